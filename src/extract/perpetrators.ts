// Who set off, planted or carried out an attack, in the active, with the verb the article uses: "X set off a bomb" ->
// X | set off | bomb; "a bomb planted by X" -> X | plant | bomb; "accused X of carrying out the attack" -> X | perpetrate |
// attack (the accuser's claim, placed by events.ts in the reported words). The relations extractor misses these where the
// parser loses the verb's object ("set off two bombs" read with "bombs" as a bare oblique), where the verb is a gerund
// whose subject is the one accused ("accused X of setting off"), and in a reduced passive ("a bomb planted by X").
import type { Argument, Candidate } from './candidate.js';
import { argumentFor, conceptArgument, type Context } from './arguments.js';
import { DETONATED, DETONATION_VERBS, eventTypeOfNoun, particleOf } from './event-book.js';
import { isInnerHyphen, kids, lemmaOf, lower, type SentenceView } from './sentence-view.js';
import { verbPredicate } from './predicates/index.js';
import { modalityOf, negated } from './relations/modality.js';
import { subjectsOf } from './relations/subjects.js';
import { MODAL_AUX } from './predicates/lexicon.js';
import { wordTable } from '../util/word-table.js';

/** Verbs by which an attack is done, with their particle ("carry out"); their object is an attack. */
const PERPETRATION_VERBS: Record<string, string> = wordTable({ carry: 'out', launch: '', stage: '', mount: '', conduct: '', perpetrate: '', commit: '', orchestrate: '', mastermind: '', order: '', oversee: '', execute: '' });
/** Verbs whose object is the one they accuse of a deed their gerund tells: "accused X of setting off", "charged X with". */
const ACCUSING = new Set(['accuse', 'charge', 'suspect', 'blame', 'convict', 'indict', 'arrest', 'jail', 'sentence', 'find']);
/** Nouns a verb of firing or dropping takes that are no weapons of an attack ("fired a shot across", "dropped charges"). */
const NOT_WEAPON_UNDER: Record<string, Set<string>> = wordTable({ drop: new Set(['charge']), fire: new Set(['charge', 'shell']), leave: new Set(['charge', 'mine']), launch: new Set(['charge', 'device', 'weapon']) });

/**
 * Whether a verb's particle (`particle`, '' for none) is the one its table entry (`needed`) asks for: "carry out". A verb
 * that needs no particle and has another is another verb ("carry on", "set up"); "fire off" is the verb.
 */
function fitsParticle(needed: string | undefined, particle: string): boolean {
  return needed !== undefined && (particle === needed || needed === '' && particle === 'off');
}

/** Whether the noun at `o` is what the verb `lemma` acts on in an attack: a weapon or blast, or an attack. */
function isDeedObject(v: SentenceView, o: number, lemma: string, detonation: boolean): boolean {
  const t = v.tokens[o]!;
  if (t.upos !== 'NOUN') return false;
  const noun = lemmaOf(t);
  if (detonation && DETONATED.has(noun) && !NOT_WEAPON_UNDER[lemma]?.has(noun)) return true;
  // (only a verb of perpetration takes an attack: "launched an attack", "carried out strikes"; "fired" no attack)
  return !detonation && eventTypeOfNoun(v, o) === 'Attack';
}

/**
 * The object of a verb: its obj, or a bare noun the parser hung on it without a preposition ("set off two bombs" with
 * "bombs" as obl:unmarked), else the last noun of the words right after it and its particle ("set off an explosive device").
 */
function objectOf(v: SentenceView, p: number): number | undefined {
  const own = kids(v, p, 'obj', 'obl:unmarked').find((k) => k > p && !kids(v, k, 'case').length);
  if (own !== undefined) return own;
  let k = p + 1;
  if (['off', 'out', 'up'].includes(lower(v.tokens[k] ?? v.tokens[p]!))) k++;
  let last: number | undefined;
  for (; k < v.tokens.length && k - p <= 6; k++) {
    const u = v.tokens[k]!;
    if (u.upos === 'NOUN') last = k;
    else if (!['DET', 'NUM', 'ADJ'].includes(u.upos) && u.text !== '-') break;
  }
  return last;
}

/** A weapon's words: the noun with its modifiers before it, less determiners and numbers ("pipe bomb", "explosive device"). */
function weaponPhrase(v: SentenceView, o: number): Argument {
  const mods = kids(v, o, 'compound', 'amod').filter((k) => k < o && o - k <= 3);
  let first = mods.length ? Math.min(...mods) : o;
  // ("pressure-cooker bombs": the words hyphenated onto the first modifier)
  while (first > 1 && isInnerHyphen(v, first - 1)) first -= 2;
  const toks = Array.from({ length: o - first + 1 }, (_, n) => first + n).filter((k) => !['DET', 'NUM'].includes(v.tokens[k]!.upos));
  return conceptArgument(v, toks);
}

/** A passive participle: after a passive auxiliary ("was planted by"), or reduced on its noun ("a bomb planted by"). */
function isPassiveAt(v: SentenceView, p: number): boolean {
  const t = v.tokens[p]!;
  return t.tag === 'VBN' && (kids(v, p, 'aux:pass').length > 0 || t.dep === 'acl');
}

/**
 * The one who did the deed of verb `p`: the by-phrase of a passive ("planted by X", "was carried out by X"); the one a verb
 * of accusing accuses of a gerund ("accused X of setting off", "X was charged with planting"); else the verb's subject.
 */
function agentsOf(v: SentenceView, p: number): number[] {
  const t = v.tokens[p]!;
  const by = kids(v, p, 'obl:agent', 'obl').filter((k) => kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'by'));
  if (isPassiveAt(v, p)) return by;
  if (t.tag === 'VBG' && t.head >= 0) {
    const marked = [...kids(v, p, 'mark', 'case')].some((c) => ['of', 'with', 'for'].includes(lower(v.tokens[c]!))) || ['of', 'with', 'for'].includes(lower(v.tokens[p - 1] ?? t));
    // a gerund a verb takes as its complement has that verb's subject ("admitted planting the bomb", "ended up planting
    // bombs and carrying out shootings"); another's subject is too far for the parse ("showing his movements ... and planting")
    const complement = (k: number): boolean => v.tokens[k]!.dep === 'xcomp' || v.tokens[k]!.dep === 'conj' && v.tokens[k]!.head >= 0 && v.tokens[v.tokens[k]!.head]!.tag === 'VBG' && complement(v.tokens[k]!.head);
    if (!marked) return complement(p) ? subjectsOf(v, p) : [];
    const h = v.tokens[t.head]!;
    // "accused the man of setting off": the gerund hangs on the accused noun, the object of the verb of accusing
    if (h.upos !== 'VERB' && h.head >= 0 && h.dep === 'obj' && ACCUSING.has(lemmaOf(v.tokens[h.head]!))) return [t.head];
    // "accused X of setting off" with the gerund on the verb; "X was accused of setting off"
    if (ACCUSING.has(lemmaOf(h))) {
      const o = kids(v, t.head, 'obj');
      return o.length ? o : kids(v, t.head, 'nsubj:pass');
    }
    return [];
  }
  // ("to launch attacks": an infinitive's deed is intended, not done)
  if (kids(v, p, 'mark').some((k) => lower(v.tokens[k]!) === 'to')) return [];
  return subjectsOf(v, p);
}

/**
 * The agent rows of a sentence: for each verb of detonation or perpetration with a weapon or an attack as its object (or,
 * as a reduced passive, on the noun it describes: "a bomb planted by X"), the one who did it | the verb | the deed. The
 * deed is the event the book has at the object's token, else the object's phrase. `anchor` places the rows pushed since
 * `from` in the reported words around the verb.
 */
export function perpetrators(ctx: Context, v: SentenceView, extractor: string, out: Candidate[], anchor: (from: number, at: number) => void): void {
  if (!v.parsed) return;
  v.tokens.forEach((t, p) => {
    // (a gerund or participle the tagger read as a noun is left out: the parse says nothing of its object)
    if (t.upos !== 'VERB') return;
    const lemma = lemmaOf(t);
    const particle = particleOf(v, p) ?? '';
    const detonation = fitsParticle(DETONATION_VERBS[lemma], particle), perpetration = fitsParticle(PERPETRATION_VERBS[lemma], particle);
    if (!detonation && !perpetration) return;
    // a reduced passive describes its noun ("a bomb planted by X"); else the verb's object
    const reduced = t.tag === 'VBN' && t.dep === 'acl' && t.head >= 0 && t.head < p;
    // ("the attack was carried out by X": the passive's subject)
    const o = reduced ? t.head : isPassiveAt(v, p) ? kids(v, p, 'nsubj:pass')[0] : objectOf(v, p);
    if (o === undefined) return;
    const kind = (d: boolean): boolean => isDeedObject(v, o, lemma, d);
    if (!(detonation && kind(true) || perpetration && kind(false))) return;
    // a deed under a modal or a verb of planning is not done ("could launch attacks", "plans to plant bombs")
    if (modalityOf(v, p) || kids(v, p, 'aux').some((a) => MODAL_AUX[lower(v.tokens[a]!)] !== undefined)) return;
    // (a weapon is named as written, "planted a pipe bomb", whatever the attack it was used in is called; an attack is the
    // event the book has at the word)
    const weapon = DETONATED.has(lemmaOf(v.tokens[o]!));
    const deed: Argument | undefined = weapon ? weaponPhrase(v, o) : ctx.book.at(v.sentence.index, o)?.arg ?? argumentFor(ctx, v, o);
    if (!deed || deed.kind === 'literal') return;
    const pred = verbPredicate(lemma, particle || undefined, undefined);
    const polarity = negated(v, p) ? 'denied' : 'asserted';
    const from = out.length;
    for (const a of agentsOf(v, p)) {
      // ("By the end of the day, the brigade had detonated": a phrase with a preposition of its own is no subject)
      const cases = kids(v, a, 'case').map((c) => lower(v.tokens[c]!));
      if (cases.length && !(isPassiveAt(v, p) && cases.includes('by'))) continue;
      const agent = argumentFor(ctx, v, a);
      if (!agent || agent.kind === 'literal' || agent.kind === 'event') continue;
      out.push({ subject: agent, predicate: pred.name, predicateLabel: pred.label, object: deed, polarity, fact: polarity === 'asserted', sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor, confidence: agent.kind === 'entity' ? 0.6 : 0.5 });
    }
    anchor(from, p);
  });
}

/**
 * The verb of detonation or perpetration whose object the noun at `i` is ("set off an explosion in X on Sept. 17",
 * "launched the attack on Monday"): its place and date are the deed's. Undefined for another verb.
 */
export function deedVerbOf(v: SentenceView, i: number): number | undefined {
  const t = v.tokens[i]!;
  if (!v.parsed || t.head < 0 || !['obj', 'obl:unmarked'].includes(t.dep) || kids(v, i, 'case').length) return undefined;
  const h = v.tokens[t.head]!;
  if (h.upos !== 'VERB') return undefined;
  const particle = particleOf(v, t.head) ?? '';
  const lemma = lemmaOf(h);
  return fitsParticle(DETONATION_VERBS[lemma] ?? PERPETRATION_VERBS[lemma], particle) ? t.head : undefined;
}
