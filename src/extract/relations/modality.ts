// Negation, modality and conditionals of a relation's verb: whether its act is denied, supposed, planned or not yet done.
import type { Modality } from '../candidate.js';
import { ATTEMPT_VERBS, BE_PLAN_VERBS, DENIAL_VERBS, MODAL_AUX, PLAN_VERBS, SPEECH_VERBS } from '../predicates/lexicon.js';
import { base, DOUBLE_QUOTES, kids, lemmaOf, lower, toInfinitive, type SentenceView } from '../sentence-view.js';
import { subjectsOf } from './subjects.js';
import { beToInfinitive } from './be-to.js';
import { wordTable } from '../../util/word-table.js';

export const NEGATORS = new Set(['not', "n't", 'never', 'no']);
// Verbs whose "to" infinitive names an act that did not happen ("failed to pay", "refused to sign", "declined to
// comment"), and verbs whose infinitive's act did not happen when they are themselves denied ("did not manage to
// score", "was never allowed to speak"). verb.ts reads the failure or refusal itself as a relation too.
export const FAILED_ACT_VERBS = new Set(['fail', 'refuse', 'decline']);
const ENABLING_VERBS = new Set(['manage', 'allow', 'permit']);

// Words after "not" that take the negation away from the verb: "not until X had stretched him" (he did), "not before
// he was tested", "not only did X buy Y" (it did).
const NOT_SCOPED = new Set(['until', 'till', 'before', 'only', 'just', 'merely', 'least']);

/**
 * Whether the negator at `k` denies what it is attached to: not when a word after it narrows it to a time or a degree
 * ("not until", "not only"), nor a "no" of a comparison ("no better than a placebo", "no more than five": the act
 * happened; "no longer" still denies).
 */
function denies(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  if (!next) return true;
  if (NOT_SCOPED.has(lower(next))) return false;
  if (lower(v.tokens[k]!) !== 'no' || !['JJR', 'RBR'].includes(next.tag) || lower(next) === 'longer') return true;
  // ("no more troops were sent" denies the troops; "no more than five", "proved no better": a comparison, the act stands)
  return lower(v.tokens[k + 2] ?? next) !== 'than' && v.tokens[k]!.head !== k + 1;
}

/** "no longer owns": the parser hangs "no" on "longer", not on the verb. */
function noLonger(v: SentenceView, k: number): boolean {
  return lower(v.tokens[k]!) === 'longer' && kids(v, k, 'advmod', 'neg', 'det').some((n) => lower(v.tokens[n]!) === 'no');
}

export function negated(v: SentenceView, p: number): boolean {
  const own = kids(v, p, 'advmod', 'neg', 'det', 'aux').some((k) => NEGATORS.has(lower(v.tokens[k]!)) && denies(v, k) || noLonger(v, k))
    || notYet(v, p) || neitherNor(v, p);
  // "stopped providing", "ruled out raising": an -ing form under a verb of ending or excluding is an act not done
  const ing = gerundGovernor(v, p);
  if (ing !== undefined) return own !== !negated(v, ing);
  // "failed to provide", "refused to pay or sign": the act the infinitive names did not happen, unless the failing is
  // itself denied ("did not fail to pay"); "did not manage to score", "was never allowed to speak": an act let happen
  // did not when the letting is denied. A negated infinitive ("refused not to pay") turns it round again.
  const gov = infinitiveGovernor(v, p);
  if (gov === undefined) return own;
  const lemma = lemmaOf(v.tokens[gov]!);
  if (FAILED_ACT_VERBS.has(lemma)) return own !== !negated(v, gov);
  // "is not going to be released", "does not plan to sell", "will not seek to" (seek is a PLAN_VERB): a plan or attempt
  // denied is an act denied
  if (PLAN_VERBS[lemma] || BE_PLAN_VERBS[lemma] || ATTEMPT_VERBS.has(lemma)) return own !== negated(v, gov);
  return ENABLING_VERBS.has(lemma) ? own !== negated(v, gov) : own;
}

/** Verbs whose -ing complement names an act ended or excluded ("stopped providing", "ruled out raising"). */
const ENDING_VERBS = new Set(['stop', 'cease', 'quit', 'rule']);

/** The verb of ending an -ing form hangs on ("stopped" in "stopped providing"; "ruled" with its particle "out"). */
function gerundGovernor(v: SentenceView, p: number): number | undefined {
  const t = v.tokens[p]!;
  if (t.tag !== 'VBG' || t.dep !== 'xcomp' && t.dep !== 'obj' && t.dep !== 'ccomp' || t.head < 0) return undefined;
  const h = t.head, lemma = lemmaOf(v.tokens[h]!);
  if (!ENDING_VERBS.has(lemma)) return undefined;
  if (lemma === 'rule' && !kids(v, h, 'compound:prt').some((k) => lower(v.tokens[k]!) === 'out')) return undefined;
  return h;
}

/** Argument links of a clause whose "neither X nor Y" denies the clause of each of them. */
const SUBJECTS = ['nsubj', 'nsubj:pass'];
const NEITHER_ARGS = [...SUBJECTS, 'obj', 'iobj', 'obl'];

/**
 * "Neither X nor Y was charged", "signed neither the treaty nor the pact", "X nor Y attended": an argument of the clause
 * (or of the clause whose subject a conjunct verb shares) opened by "neither", or with a conjunct joined by "nor",
 * denies the act for each of them. (An "or" after a negated verb, "did not meet X or Y", is the verb's own negation.)
 */
function neitherNor(v: SentenceView, p: number): boolean {
  const clause = v.tokens[p]!.dep === 'conj' && v.tokens[p]!.head >= 0 && !kids(v, p, 'nsubj', 'nsubj:pass').length ? [p, v.tokens[p]!.head] : [p];
  return clause.some((c) => kids(v, c, ...(c === p ? NEITHER_ARGS : SUBJECTS)).some((k) =>
    kids(v, k, 'cc', 'cc:preconj', 'det', 'advmod').some((x) => lower(v.tokens[x]!) === 'neither')
    || kids(v, k, 'conj').some((j) => kids(v, j, 'cc').some((x) => lower(v.tokens[x]!) === 'nor'))));
}

/** The open complement `p` is, or is a conjunct of ("pay" for "sign" in "failed to pay or sign"); undefined if none. */
function openComplement(v: SentenceView, p: number): number | undefined {
  const n = v.tokens[p]!.dep === 'conj' && v.tokens[p]!.head >= 0 ? v.tokens[p]!.head : p;
  return v.tokens[n]!.dep === 'xcomp' && v.tokens[n]!.head >= 0 ? n : undefined;
}

/** The verb governing a "to" infinitive (or a conjunct of one): "failed" in "failed to pay or sign". */
function infinitiveGovernor(v: SentenceView, p: number): number | undefined {
  const n = openComplement(v, p);
  return n !== undefined && toInfinitive(v, n) ? v.tokens[n]!.head : undefined;
}

/** "have yet to confirm or deny the meeting", "is yet to sign": an act not done so far (a conjunct's too). */
function notYet(v: SentenceView, p: number): boolean {
  const n = openComplement(v, p);
  if (n === undefined) return false;
  const h = v.tokens[n]!.head;
  if (!['have', 'be'].includes(lemmaOf(v.tokens[h]!))) return false;
  const mods = kids(v, h, 'advmod', 'neg', 'aux').map((k) => lower(v.tokens[k]!));
  return mods.includes('yet') && !mods.some((w) => NEGATORS.has(w));
}

/** Conjunctions opening a clause whose content is supposed or asked, not asserted. */
const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);
/** Clause links through which a clause is part of the one above it (not an adverbial or relative clause of its own). */
const INNER_CLAUSE = new Set(['conj', 'xcomp', 'ccomp', 'csubj']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether the clause of `p` is under "if"/"unless"/"whether": its own mark, or that of a clause it is part of ("If X
 * wins and fulfils his promise": "fulfils" too; "if X ratifies its offer for Y to cooperate": "cooperate" too;
 * "investigating whether lyrics incite ...").
 */
function conditional(v: SentenceView, p: number): boolean {
  for (let n = p, depth = 0; n >= 0 && depth < 6; depth++) {
    if (kids(v, n, 'mark').some((k) => CONDITIONAL_MARKS.has(lower(v.tokens[k]!)))) return true;
    const t = v.tokens[n]!;
    // (a clause on a noun, "its offer for Y to cooperate", is part of the clause the noun is in)
    if (!INNER_CLAUSE.has(base(t.dep)) && t.dep !== 'acl' && !(n !== p && NOMINALS.has(t.upos))) return false;
    n = t.head;
  }
  return false;
}

/** Modality from auxiliaries, conditionals and governing verbs of planning ("plans to buy"). */
export function modalityOf(v: SentenceView, p: number): Modality | undefined {
  for (const a of kids(v, p, 'aux')) {
    const m = MODAL_AUX[lower(v.tokens[a]!)];
    if (m) return m;
  }
  if (conditional(v, p)) return 'hypothetical';
  // "BMW is to recall the cars": an act announced, still to come
  if (beToInfinitive(v, p)) return 'future';
  // "could buy X and sell Y", "agreed to buy X and sell Y": a verb coordinated with another, with no subject or
  // auxiliary of its own, shares that verb's auxiliary and governor, so its modality ("has bought X and will sell Y"
  // and "bought X and could sell Y" have their own; "had hoped to finish X but got Y" sets what happened against
  // what was wanted)
  const t = v.tokens[p]!;
  if (t.dep === 'conj' && t.head >= 0 && t.upos === 'VERB' && v.tokens[t.head]!.upos === 'VERB' && !kids(v, p, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark').length
    && !kids(v, p, 'cc').some((k) => ['but', 'yet'].includes(lower(v.tokens[k]!)))) return modalityOf(v, t.head);
  let n = p;
  while (v.tokens[n]!.dep === 'xcomp' && v.tokens[n]!.head >= 0) {
    n = v.tokens[n]!.head;
    const m = PLAN_VERBS[lemmaOf(v.tokens[n]!)] ?? beGoverned(v, n) ?? attempted(v, p, n) ?? disposed(v, n);
    if (m) return m;
    const aux = kids(v, n, 'aux').map((a) => MODAL_AUX[lower(v.tokens[a]!)]).find(Boolean);
    if (aux) return aux;
  }
  return undefined;
}

/**
 * Whether the clause of `p` is a direct question ("Did X attack Y?", "Why did X resign?", "'Will X sell?' asked Y" for
 * "sell"): the first mark ending a sentence after it is a question mark. Read from punctuation, not from the parse, so a
 * different attachment of the question's words does not assert them. A quotation mark or a colon on the way opens
 * someone's words: "He asked: 'Will X sell?'" asks, it is no question itself.
 */
export function questionClause(v: SentenceView, p: number): boolean {
  for (let k = p + 1; k < v.tokens.length; k++) {
    const w = v.tokens[k]!.text;
    if (w === '?') return true;
    // (a question mark after a quotation mark closes a quoted sentence, not the clause before the mark)
    if (w === '.' || w === '!' || w === ':' || w === ';' || DOUBLE_QUOTES.has(w)) return false;
  }
  return false;
}

/** "is going to", "is set to": a governor of BE_PLAN_VERBS with "be" as its auxiliary (the verb itself is then "going"/"set"). */
function beGoverned(v: SentenceView, n: number): 'future' | undefined {
  const m = BE_PLAN_VERBS[lemmaOf(v.tokens[n]!)];
  // (the tagger reads "set" after "is" as a participle or as an adjective with a copula)
  if (!m || !['VBG', 'VBN', 'JJ'].includes(v.tokens[n]!.tag)) return undefined;
  return kids(v, n, 'aux', 'aux:pass', 'cop').some((a) => lemmaOf(v.tokens[a]!) === 'be') ? m : undefined;
}

// Adjectives whose "to" infinitive names an act not done (yet): "was willing to buy", "is likely to attend", "keen to sign".
// ("able to" is left out: "was able to score" says the act happened.)
const DISPOSED_ADJECTIVES: Record<string, 'possible' | 'planned' | 'future'> = wordTable({
  willing: 'possible', likely: 'possible', unlikely: 'possible', ready: 'possible', eager: 'planned', keen: 'planned',
  anxious: 'planned', determined: 'planned', poised: 'future', certain: 'future', sure: 'future', bound: 'future',
});

/** "had been willing to buy the firm": an adjective (with its copula) governing the infinitive. */
function disposed(v: SentenceView, n: number): 'possible' | 'planned' | 'future' | undefined {
  const t = v.tokens[n]!;
  if (t.upos !== 'ADJ' && t.tag !== 'JJ') return undefined;
  return DISPOSED_ADJECTIVES[lower(t)];
}

/** Acts a speaker performs by attempting them: "tried to blame X", "tried to pin responsibility on X" blame X. */
const PERFORMED_BY_ATTEMPT = new Set([...SPEECH_VERBS, 'blame', 'pin']);

/** "tried to buy", "attempted to flee": an act intended; "tried to blame" is blaming all the same. */
function attempted(v: SentenceView, p: number, n: number): 'planned' | undefined {
  return ATTEMPT_VERBS.has(lemmaOf(v.tokens[n]!)) && !PERFORMED_BY_ATTEMPT.has(lemmaOf(v.tokens[p]!)) ? 'planned' : undefined;
}

/** Argument denied by its own determiner: "no evidence", "zero evidence". */
export function argumentNegated(v: SentenceView, i: number): boolean {
  // "zero evidence": the tagger may read "zero" as an adjective or a compound noun
  return kids(v, i, 'det', 'nummod', 'advmod', 'amod', 'compound').some((k) => ['no', 'zero', 'none'].includes(lower(v.tokens[k]!)) && denies(v, k));
}

/** A noun denied by a verb of denying: who denies it, or `open` when the denying is itself denied. */
export interface NounDenial { denier?: number; open: boolean }

/**
 * "X denied involvement in Y", "X rejected any role in Y", "a statement denying responsibility for Y": the relation the
 * noun names is denied, on the word of the verb's subject (a participle on a noun, "issued a statement denying", has
 * the subject of the verb the noun belongs to). "refused to deny involvement", "did not deny any role": the relation is
 * neither denied nor asserted (`open`). Undefined when the noun is no denial's object.
 */
export function nounDenial(v: SentenceView, n: number): NounDenial | undefined {
  const t = v.tokens[n]!;
  if (t.dep !== 'obj' || t.head < 0 || !DENIAL_VERBS.has(lemmaOf(v.tokens[t.head]!))) return undefined;
  const d = t.head;
  if (negated(v, d)) return { open: true };
  // (its own subject, one shared with a verb it is coordinated with, or its controller's)
  let denier: number | undefined = subjectsOf(v, d)[0];
  const up = v.tokens[d]!;
  // (a participle on a statement or letter, "a statement denying", is said by whoever issued it, not by the noun)
  const onNoun = up.dep === 'acl' && denier === up.head && !v.mentionAt[up.head];
  if ((denier === undefined || onNoun) && ['acl', 'advcl', 'xcomp'].includes(up.dep) && up.head >= 0) {
    const h = v.tokens[up.head]!;
    const verb = h.upos === 'NOUN' && h.head >= 0 ? h.head : up.head;
    denier = v.tokens[verb]!.upos === 'VERB' ? subjectsOf(v, verb)[0] : undefined;
  }
  return { denier, open: false };
}
