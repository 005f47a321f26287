// The acts of the law, of office and of selection told of the one acted on ("was charged with fraud", "pleaded not guilty
// to", "was named manager", "police charged two men with murder"): events.ts reads them in each sentence with the other
// event statements.
import type { Token } from '../analyze/analysis.js';
import type { Argument, Candidate, EntityArgument } from './candidate.js';
import { argumentFor, conceptArgument, entityFromMention, type Context } from './arguments.js';
import { isInnerHyphen, kids, lemmaOf, lower, type SentenceView } from './sentence-view.js';
import { verbLemma } from './verb-lemma.js';
import { camel, titlePredicate, verbPredicate } from './predicates/index.js';
import { spanPhrase } from './relations/phrases.js';
import { isTime } from './relations/time-frames.js';
import { modalityOf, negated, NEGATORS } from './relations/modality.js';
import { subjectsOf, withConjuncts } from './relations/subjects.js';
import { ACTOR_NOUNS } from './relations/confidence.js';
import { wordTable } from '../util/word-table.js';
import { BE_WORDS } from './predicates/lexicon.js';

/**
 * Verbs of the law, of office and of a team's selection whose news is mostly told of the one acted on: in the passive
 * ("was charged with fraud", "has been appointed chairman"), as a reduced relative ("a man charged with murder", "one of
 * five players included in the squad") or with an adjective ("pleaded not guilty to", "was found guilty of").
 */
const PROCESS_VERBS = new Set(['charge', 'sentence', 'convict', 'acquit', 'jail', 'imprison', 'fine', 'ban', 'suspend', 'indict', 'accuse',
  'clear', 'arrest', 'detain', 'remand', 'prosecute', 'find', 'plead', 'name', 'appoint', 'elect', 're-elect', 'nominate', 'sack', 'fire',
  'dismiss', 'replace', 'promote', 'select', 'choose', 'include', 'recall', 'drop', 'pick', 'omit', 'install', 'call', 'leave', 'unveil']);
/** Verbs of the class only with their agent ("replaced by X"): their phrases say how, not what the act was ("replaced with"). */
const AGENT_ONLY = new Set(['replace']);
/** The verbs of PROCESS_VERBS whose second noun says what the one acted on becomes ("named chairman", "elected president"). */
const NAMING_VERBS = new Set(['name', 'appoint', 'elect', 're-elect', 'nominate', 'install', 'promote', 'choose']);
/** Verbs of dismissal whose "as" phrase is the post lost, with or without a name it is of: "was sacked as coach". */
const DISMISSAL_VERBS = new Set(['sack', 'fire', 'dismiss']);
/** Verbs of the class only with a role of a name after "as": "was unveiled as the new Zenta manager" (not "unveiled at"). */
const ROLE_ONLY = new Set(['unveil']);
/** Verbs of the class only with "as": "was chosen as the best gadget" (not "the finishes chosen for the furniture"). */
const AS_ONLY = new Set(['choose']);
/** Verbs of the class only with their particle: "called up", "left out". */
const PROCESS_PARTICLES: Record<string, string> = wordTable({ call: 'up', leave: 'out' });
/** Verbs of the class only with their verdict, which joins the relation: "found guilty of", "pleaded not guilty to". */
const VERDICT_VERBS = new Set(['find', 'plead']);
const VERDICTS = new Set(['guilty', 'innocent']);
/** Prepositions that say what the act is for, to or in: "charged with", "sentenced to", "included in", "sacked as". */
const PROCESS_PREPS = new Set(['with', 'of', 'to', 'for', 'in', 'from', 'as', 'over', 'into']);
/** Forms of "be" and "get" a passive participle follows. */
const PASSIVE_AUX = new Set([...BE_WORDS, 'get', 'gets', 'got', 'getting', 'gotten']);
/** Words that end a phrase read from the words: a relative word or a clause's opener. */
const PHRASE_ENDS = new Set(['which', 'who', 'whom', 'that', 'where', 'when', 'after', 'before', 'while', 'because', 'but', 'and', 'or', 'until', 'since', 'as']);
/** Parts of speech that may follow a noun phrase's last word. */
const AFTER_PHRASE = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART', 'ADV']);
/** Signs of money a phrase runs on through ("running a $2bn fraud"). */
const CURRENCY_SIGNS = /^[$£€¥]$/;
/** Nouns of people a process verb acts on in the active ("charged two men with", "recalled three players to"). */
const PEOPLE_OBJECTS = new Set(['man', 'woman', 'men', 'women', 'person', 'people', 'suspect', 'player', 'teenager', 'youth', 'boy', 'girl', 'officer', 'official', 'executive', 'director', 'manager', 'coach', 'striker', 'defender', 'midfielder', 'captain', 'minister', 'driver', 'member', 'worker', 'soldier', 'student']);
/** Words before an of-phrase that pick its subject out of a group: "X is one of five players included in ...". */
const ONE_OF = new Set(['one', 'among']);

/** The verb lemma of a process participle: the tagger's where it read a verb, else the word's (a participle tagged a noun). */
function processLemma(t: Token): string | undefined {
  const lemma = t.upos === 'VERB' ? lemmaOf(t) : ['NOUN', 'ADJ'].includes(t.upos) ? verbLemma(lower(t)) : undefined;
  if (lemma === undefined || !PROCESS_VERBS.has(lemma)) return undefined;
  // a participle ("charged", "found"), not a gerund ("is charging for the service"); "plead" in any finite form
  if (lemma === 'plead') return t.tag === 'VBG' ? undefined : lemma;
  return t.tag === 'VBN' || t.tag === 'VBD' || t.upos !== 'VERB' && !/ing$/i.test(t.text) ? lemma : undefined;
}

/**
 * The verb group before the participle (only auxiliaries, adverbs and particles): whether a form of "be" or "get" is in it
 * (a passive) and whether a negation is (the group's negation, passive or not: "did not plead guilty").
 */
function verbGroupBefore(v: SentenceView, i: number): { passive: boolean; negated: boolean } {
  let negated = false, passive = false;
  for (let k = i - 1; k >= 0; k--) {
    const u = v.tokens[k]!;
    const w = lower(u);
    if (!(u.upos === 'AUX' || u.upos === 'ADV' || u.upos === 'PART' || PASSIVE_AUX.has(w))) break;
    if (NEGATORS.has(w)) negated = true;
    if (PASSIVE_AUX.has(w)) passive = true;
  }
  return { passive, negated };
}

/**
 * The phrase from token `from` on, read from the words where the parse may have lost it ("pleaded guilty to charges
 * that ..." with "charges" tagged a verb, "charged with planning the raids" with the gerund tagged a noun): a gerund's
 * clause as written, else the noun phrase's argument (the name, or the common noun's phrase), up to a comma, a relative
 * word or another clause.
 */
function phraseFrom(ctx: Context, v: SentenceView, from: number): Argument | undefined {
  // (an adverb before a gerund is the gerund's clause's: "accused of effectively buying votes")
  const s = v.tokens[from]?.upos === 'ADV' && /ing$/i.test(v.tokens[from + 1]?.text ?? '') ? from + 1 : from;
  const t = v.tokens[s];
  if (!t || isTime(v, s)) return undefined;
  const gerund = /ing$/i.test(t.text) && (t.tag === 'VBG' || t.upos === 'NOUN' && verbLemma(lower(t)) !== undefined);
  const ends = (k: number): boolean => {
    const u = v.tokens[k]!;
    return u.upos === 'PUNCT' && !isInnerHyphen(v, k) && !CURRENCY_SIGNS.test(u.text) || PHRASE_ENDS.has(lower(u)) || u.upos === 'AUX' || u.upos === 'VERB' && !gerund && u.tag !== 'VBZ';
  };
  let e = s;
  while (e + 1 < v.tokens.length && e + 1 - s < 12 && !ends(e + 1)) e++;
  return gerund ? gerundClause(ctx, v, s, e) : nounPhraseIn(ctx, v, s, e);
}

/**
 * A gerund's clause, tokens `s` to `e`, as written without the function words it ends on; a gerund alone may be an
 * event's word ("accused of killing": the event).
 */
function gerundClause(ctx: Context, v: SentenceView, s: number, e: number): Argument | undefined {
  if (e === s) return argumentFor(ctx, v, s) ?? spanPhrase(v, s, e);
  while (e > s && ['ADP', 'DET', 'CCONJ', 'PART', 'SCONJ'].includes(v.tokens[e]!.upos)) e--;
  return spanPhrase(v, s, e);
}

/**
 * The noun phrase from token `s` within the words up to `e`, up to its first preposition: its head is its last noun, name
 * or number; the name there, else the head's argument, cut back to the words where the parse's phrase runs past them.
 */
function nounPhraseIn(ctx: Context, v: SentenceView, s: number, e: number): Argument | undefined {
  let head = -1;
  let k = s;
  for (; k <= e; k++) {
    const u = v.tokens[k]!;
    if (k > s && (u.upos === 'ADP' || u.upos === 'CCONJ')) break;
    // (a plural noun the tagger took for a verb right after the preposition: "to charges")
    if (['NOUN', 'PROPN', 'NUM', 'PRON'].includes(u.upos) || u.upos === 'VERB' && (u.tag === 'VBZ' || k === s)) head = k;
    else if (!['DET', 'ADJ'].includes(u.upos) && !isInnerHyphen(v, k) && u.tag !== 'POS') break;
  }
  if (head < 0) return undefined;
  if (v.tokens[head]!.upos === 'VERB') return spanPhrase(v, s, head);
  const m = v.mentionAt[head];
  if (m) return entityFromMention(m);
  const a = argumentFor(ctx, v, head);
  if (a?.kind === 'literal' && a.datatype !== 'integer' && a.datatype !== 'decimal') return undefined;
  // (the parse's phrase may run past the words into the next clause, "named best novel while X won": the words' phrase)
  // ("appointed president only two months ago": past the noun run only through a preposition's phrase)
  const through = v.tokens[k]?.upos === 'ADP' && k <= e;
  if (a?.kind === 'concept' && (a.end > v.tokens[through ? e : head]!.end || a.start < v.tokens[s]!.start)) return conceptArgument(v, Array.from({ length: head - s + 1 }, (_, n) => s + n).filter((k) => v.tokens[k]!.upos !== 'DET' || k > s));
  return a;
}

/**
 * "named Zenta manager", "appointed chairman of Vexa", "sacked as Zenta coach": a role noun from token `s` on with the
 * name it is a role of, before it or in its of-, at- or for-phrase, or the `owner` an "its"/"their" before it stands for;
 * undefined when the phrase names no role of a name.
 */
function roleOf(v: SentenceView, s: number, owner?: Argument): { words: string[]; of: Argument } | undefined {
  let k = s;
  let named: number | undefined;
  let possessive = false;
  const words: string[] = [];
  for (; k < v.tokens.length; k++) {
    const u = v.tokens[k]!;
    if (v.mentionAt[k] && v.mentionAt[k]!.type !== 'Person') { named = k; k = v.mentionAt[k]!.tokenEnd - 1; continue; }
    if (u.tag === 'PRP$' && !words.length) { possessive = ['its', 'their'].includes(lower(u)); continue; }
    if (u.upos === 'DET' || u.tag === 'POS' || u.upos === 'ADJ' && !words.length) continue;
    if (u.upos === 'NOUN' || isInnerHyphen(v, k) || u.upos === 'ADJ') { words.push(lower(u)); continue; }
    break;
  }
  const role = words.join(' ').replace(/ - /g, '-');
  if (!words.length || !(titlePredicate(role) ?? titlePredicate(words[words.length - 1]!))) return undefined;
  if (named === undefined && ['of', 'at', 'for'].includes(lower(v.tokens[k] ?? v.tokens[s]!))) {
    const m = v.mentionAt[k + 1] ?? v.mentionAt[k + 2];
    if (m && m.type !== 'Person') named = m.tokenStart;
  }
  const of = named !== undefined ? entityFromMention(v.mentionAt[named]!) : possessive ? owner : undefined;
  return of && { words: [...role.split(' '), 'of'], of };
}

/**
 * The ones a reduced relative's participle acts on: the noun it hangs on, or the one that noun's group is said to hold
 * ("Ana Reis is one of four new players included in the squad": the subject of "one").
 */
function relativePatients(v: SentenceView, i: number): number[] {
  const h = v.tokens[i]!.head;
  const g = v.tokens[h]!.head;
  if (g >= 0 && kids(v, h, 'case').some((c) => lower(v.tokens[c]!) === 'of') && ONE_OF.has(lower(v.tokens[g]!))) {
    const subjects = subjectsOf(v, g);
    if (subjects.length) return subjects;
  }
  return withConjuncts(v, h);
}

/**
 * The noun phrases joined to the one from token `s` ("charged with murder and robbery", "found guilty of conspiracy and
 * obstruction of justice"): after its words (no preposition between: "the murder of Ana and Tom" is one phrase), "and"
 * or "or" and another noun phrase, up to two more.
 */
function conjunctPhrases(ctx: Context, v: SentenceView, s: number): Argument[] {
  const out: Argument[] = [];
  const nominal = (k: number): boolean => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(v.tokens[k]?.upos ?? '') || v.tokens[k]?.tag === 'POS' || isInnerHyphen(v, k);
  let k = s;
  while (out.length < 2) {
    if (!nominal(k) || /ing$/i.test(v.tokens[k]!.text)) break;
    while (nominal(k)) k++;
    if (!['and', 'or'].includes(lower(v.tokens[k] ?? v.tokens[s]!)) || !nominal(k + 1) || /ing$/i.test(v.tokens[k + 1]!.text)) break;
    const a = phraseFrom(ctx, v, k + 1);
    if (!a) break;
    out.push(a);
    k++;
  }
  return out;
}

/**
 * The named agent of a passive participle: a "by" phrase among its words before the clause ends ("was replaced at Zenta
 * by Ana Reis"); not a gerund's means ("by sharing files") nor a phrase of time ("by March").
 */
function agentOf(v: SentenceView, i: number): EntityArgument | undefined {
  for (let k = i + 1; k < v.tokens.length - 1; k++) {
    const u = v.tokens[k]!;
    if (u.upos === 'PUNCT' && !isInnerHyphen(v, k) || u.upos === 'VERB' || u.upos === 'AUX' || PHRASE_ENDS.has(lower(u))) return undefined;
    if (lower(u) !== 'by') continue;
    let h = k + 1;
    if (v.tokens[h]!.upos === 'DET') h++;
    const m = v.mentionAt[h];
    // (a name that only begins the agent's phrase, "by the Ardanian authorities", is not the agent: the phrase ends with it)
    const after = v.tokens[m?.tokenEnd ?? h];
    if (!m || m.type === 'Misc' || isTime(v, h) || after && !AFTER_PHRASE.has(after.upos)) return undefined;
    return entityFromMention(m);
  }
  return undefined;
}

/**
 * The party an active process verb in the past acts on ("charged two men", "recalled Ana Reis", "accused the party"): its
 * object right after it, a name, a personal pronoun or a noun of people or of a body; with the last token of its words.
 * Undefined for a thing ("dropped its plans", "named a price") or a present tense, whose participle is not the word written.
 */
function personActedOn(v: SentenceView, i: number): { token: number; end: number } | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'VERB' || t.tag !== 'VBD' && !(t.tag === 'VBN' && kids(v, i, 'aux').length)) return undefined;
  const o = kids(v, i, 'obj').find((k) => k > i);
  if (o === undefined) return undefined;
  const m = v.mentionAt[o];
  // (a party accused or fined may be an organisation: "accused the party of", "fined the club for")
  const noun = lemmaOf(v.tokens[o]!);
  const person = m ? m.type !== 'Misc' : ['him', 'her', 'them'].includes(lower(v.tokens[o]!)) || v.tokens[o]!.upos === 'NOUN' && (PEOPLE_OBJECTS.has(noun) || ACTOR_NOUNS.has(noun));
  if (!person) return undefined;
  // the object's words: from the verb (its particle, determiner, numbers and adjectives) to the object's last word
  const end = m ? m.tokenEnd - 1 : o;
  for (let k = i + 1; k < (m ? m.tokenStart : o); k++) if (!['DET', 'NUM', 'ADJ', 'ADP', 'PART', 'NOUN', 'PROPN'].includes(v.tokens[k]!.upos)) return undefined;
  return { token: o, end };
}

/** How a process participle is told of the one acted on. */
interface Telling {
  /** after a form of "be" or "get": "was charged" */
  passive: boolean;
  /** a reduced relative on a noun: "a man charged with" */
  relative: boolean;
  /** after a comma, with no subject of its own: "is on trial, accused of" */
  adverbial: boolean;
  /** joined to a passive: "was arrested and charged with" */
  joined: boolean;
  /** the party an active verb in the past acts on, its token and its words' last token: "charged two men with" */
  acted?: { token: number; end: number };
  /** a negation in the verb group before the participle: "was not charged" */
  negated: boolean;
}

/**
 * How the participle at `i` is told of the one acted on: a passive, a reduced relative, a participle after a comma, one
 * joined to a passive, a plea, or an active verb in the past with a party it acts on; undefined for none of these and for
 * what is refused.
 */
function tellingOf(v: SentenceView, i: number, lemma: string): Telling | undefined {
  const t = v.tokens[i]!;
  const group = verbGroupBefore(v, i);
  const passive = lemma !== 'plead' && group.passive;
  const head = t.head >= 0 ? v.tokens[t.head]! : undefined;
  const relative = !passive && t.tag === 'VBN' && t.dep === 'acl' && v.tokens[i - 1]?.text !== ',' && t.head < i && !!head && ['NOUN', 'PROPN'].includes(head.upos);
  // "X is on trial, accused of fraud": a participle after a comma, with no subject or auxiliary of its own, is told of
  // the clause's subject
  const adverbial = !passive && t.tag === 'VBN' && ['advcl', 'parataxis', 'acl', 'conj'].includes(t.dep) && v.tokens[i - 1]?.text === ',' && !kids(v, i, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'cc').length;
  const joined = !passive && !adverbial && t.tag === 'VBN' && t.dep === 'conj' && t.head < i && t.head >= 0 && !kids(v, i, 'nsubj', 'obj').length && verbGroupBefore(v, t.head).passive;
  // "police charged two men with murder", "recalled Lee to the squad", "the jury found him guilty of theft": in the active,
  // the verb's phrase after a person it acts on is that person's ("two men | charged with | murder"); the agent's own
  // relation is the verb's (police | charge | two men)
  const told = passive || relative || joined || adverbial || lemma === 'plead';
  const acted = told ? undefined : personActedOn(v, i);
  if (!told && acted === undefined) return undefined;
  // ("declined to be named", "refused to be drawn on"): what is refused is no act, done or denied
  if (t.dep === 'xcomp' && t.head >= 0 && ['decline', 'refuse'].includes(lemmaOf(v.tokens[t.head]!))) return undefined;
  return { passive, relative, adverbial, joined, acted, negated: group.negated };
}

/**
 * What the words after the participle (after the party an active verb acts on) say of the act: the relation's words (the
 * participle as written, its particle, verdict, preposition or role) and its objects, none where they name nothing of the
 * class; undefined where the verb's particle or verdict is not there.
 */
function actWords(ctx: Context, v: SentenceView, i: number, lemma: string, acted: Telling['acted']): { words: string[]; objects: Argument[] } | undefined {
  const t = v.tokens[i]!;
  // (an active verb by its lemma, as the verb's relations name it: "plead guilty to"; a participle as written)
  const words = [lemma === 'plead' ? lemma : lower(t)];
  let j = acted === undefined ? i + 1 : acted.end + 1;
  const particle = PROCESS_PARTICLES[lemma];
  if (particle !== undefined) {
    if (lower(v.tokens[j] ?? t) !== particle) return undefined;
    words.push(particle);
    j++;
  }
  if (VERDICT_VERBS.has(lemma)) {
    if (lower(v.tokens[j] ?? t) === 'not') { words.push('not'); j++; }
    if (!VERDICTS.has(lower(v.tokens[j] ?? t))) return undefined;
    words.push(lower(v.tokens[j]!));
    j++;
  }
  const next = v.tokens[j];
  let object: Argument | undefined;
  let more: Argument[] = [];
  // (the organisation that acts, whose possessive a role may carry: "Zenta appointed Lee as their manager")
  const owner = acted === undefined ? undefined : subjectsOf(v, i).map((k) => argumentFor(ctx, v, k)).find((a) => a?.kind === 'entity' && a.type !== 'Person');
  const prep = next ? lower(next) : '';
  // ("selected to fight the seat": an infinitive says what for, it names no party; a plural noun the tagger took for a
  // verb, "to charges", is no infinitive: the lexicon reads it as an inflected form)
  const infinitive = prep === 'to' && ['VERB', 'AUX'].includes(v.tokens[j + 1]?.upos ?? '') && v.tokens[j + 1]!.tag === 'VB' && verbLemma(lower(v.tokens[j + 1]!)) === undefined;
  if (AGENT_ONLY.has(lemma)) { /* the agent only */ }
  else if (next && PROCESS_PREPS.has(prep) && ['ADP', 'SCONJ', 'PART'].includes(next.upos) && !infinitive) {
    const role = prep === 'as' || NAMING_VERBS.has(lemma) ? roleOf(v, j + 1, owner) : undefined;
    if (role) { words.push(...role.words); object = role.of; }
    else if (ROLE_ONLY.has(lemma) || AS_ONLY.has(lemma) && prep !== 'as') { /* no act of the class */ }
    else if (prep !== 'as' || NAMING_VERBS.has(lemma) || DISMISSAL_VERBS.has(lemma)) { words.push(prep); object = phraseFrom(ctx, v, j + 1); more = conjunctPhrases(ctx, v, j + 1); }
  } else if (next && NAMING_VERBS.has(lemma) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(next.upos) && v.mentionAt[j]?.type !== 'Person') {
    // "was named best novel", "was appointed chairman of Vexa", "was named Zenta manager"
    const role = roleOf(v, j, owner);
    if (role) { words.push(...role.words); object = role.of; }
    else object = phraseFrom(ctx, v, j);
  }
  if (object?.kind === 'literal' && words[words.length - 1] !== 'to') object = undefined;
  return { words, objects: object ? [object, ...more] : [] };
}

/**
 * The tokens the act at `i` is told of: the party an active verb acts on; the subject of the clause a joined participle or
 * one set off by a comma hangs on, as of a passive adverbial clause whose subject the parse leaves unsaid ("is furious
 * after being fined by X"); the one a reduced relative's noun stands for; else the participle's own subjects.
 */
function patientTokens(v: SentenceView, i: number, told: Telling): number[] {
  const t = v.tokens[i]!;
  const own = subjectsOf(v, i);
  if (told.acted !== undefined) return withConjuncts(v, told.acted.token);
  if (told.joined || told.adverbial && t.dep !== 'acl' || !own.length && t.dep === 'advcl') return subjectsOf(v, t.head);
  return told.relative || told.adverbial ? relativePatients(v, i) : own;
}

/**
 * The one acted on that token `p` stands for (a description set off by dashes was read as the name beside it by
 * subjectsOf's appositionTarget): its argument (one the
 * resolver placed, "the party" for the party named before, is that entity); an active verb's object by its own words, not
 * the phrases the parse hung on it ("charged two men with murder"). Undefined for a literal (a dateline the parse took for
 * the subject is the repair's: datelinesOffClauses).
 */
function patientArgument(ctx: Context, v: SentenceView, i: number, p: number, acted: Telling['acted']): Argument | undefined {
  const read = argumentFor(ctx, v, p);
  const patient = acted !== undefined && p === acted.token && read?.kind === 'concept'
    ? conceptArgument(v, Array.from({ length: p - i }, (_, n) => i + 1 + n).filter((k) => v.tokens[k]!.upos !== 'DET'))
    : read;
  return patient && patient.kind !== 'literal' ? patient : undefined;
}

/**
 * The legal, office and selection acts of a sentence told of the one acted on: "X was charged with fraud" -> X | charged
 * with | fraud; "X pleaded not guilty to murder" -> X | pleaded not guilty to | murder; "X was named Zenta manager" ->
 * X | named manager of | Zenta; "X is one of five players included in the squad" -> X | included in | squad; "was not
 * charged" denied. The relation is the participle as written with its preposition, the patient its subject (an agent the
 * sentence names makes an active relation, which the verb's relations give). Read from the words after the participle,
 * which the parser often misreads in these phrases ("guilty" as a noun, "charges" as a verb). The rows are `extractor`'s;
 * `anchor` places those pushed since `from` in the reported words around token `at`.
 */
export function processActs(ctx: Context, v: SentenceView, extractor: string, out: Candidate[], anchor: (from: number, at: number) => void): void {
  v.tokens.forEach((t, i) => {
    const lemma = processLemma(t);
    if (!lemma) return;
    const told = tellingOf(v, i, lemma);
    if (!told) return;
    const act = actWords(ctx, v, i, lemma, told.acted);
    if (!act) return;
    const { words, objects } = act;
    const agent = told.passive || told.joined ? agentOf(v, i) : undefined;
    if (!objects.length && agent === undefined) return;
    // (a "not" right after a verb of verdict is the verdict's, "pleaded not guilty", and is in the relation's words)
    const verdictNot = VERDICT_VERBS.has(lemma) && lower(v.tokens[i + 1] ?? t) === 'not';
    const polarity = told.negated || !verdictNot && negated(v, i) ? 'denied' : 'asserted';
    const modality = modalityOf(v, i);
    const from = out.length;
    const push = (subject: Argument, name: string, label: string, o: Argument, confidence: number): void => {
      out.push({ subject, predicate: name, predicateLabel: label, object: o, polarity, modality, fact: polarity === 'asserted' && !modality,
        sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor, confidence });
    };
    for (const p of patientTokens(v, i, told)) {
      const patient = patientArgument(ctx, v, i, p, told.acted);
      if (!patient) continue;
      // (just above the graph's floor and below the verb's own relations, which keep a row both find: open extraction
      // reads theirs, not these)
      const confidence = v.mentionAt[p] ? 0.42 : 0.41;
      for (const o of objects) push(patient, camel(words), words.join(' '), o, confidence);
      // the agent a "by" phrase names does the act: "was fined by the federation" -> federation | fine | X
      if (agent) { const pred = verbPredicate(lemma, PROCESS_PARTICLES[lemma], undefined); push(agent, pred.name, pred.label, patient, confidence); }
    }
    anchor(from, i);
  });
}
