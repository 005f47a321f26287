// What the relation readers share about phrases: the prepositions and heads that are no party to an act, ages, phrases
// as written, and the phrases a common noun continues a relation with.
import type { Argument } from '../candidate.js';
import { isNamed } from '../arguments.js';
import { kids, lemmaOf, lower, spanText, type SentenceView } from '../sentence-view.js';
import { prepOf } from './words.js';
import { isTime } from './time-frames.js';
import type { SentenceState } from './sentence-state.js';

/** Heads of prepositional phrases that are adverbials, not arguments ("in turn", "of course", "with respect to"). */
export const ADVERBIAL_HEADS = new Set(['turn', 'course', 'respect', 'addition', 'fact', 'contrast', 'general', 'particular', 'short', 'total', 'return', 'order', 'part', 'spite', 'case', 'effect', 'terms', 'view', 'light', 'way', 'time', 'end', 'meantime', 'response', 'attempt', 'bid', 'effort', 'hope', 'order', 'statement', 'interview', 'recent', 'least', 'most', 'first', 'last', 'aftermath', 'wake', 'face', 'midst', 'name', 'behalf', 'connection', 'occasion', 'example', 'instance', 'accordance']);

/** Prepositions of ranking and sequence ("among the countries", "ahead of", "following the defeat"): no relation of a state. */
export const STATE_PREPS_SKIP = new Set(['among', 'amongst', 'following', 'ahead', 'behind', 'beyond', 'below', 'above', 'around']);
/** Prepositions of time and manner whose phrase is rarely a relation's argument on its own. */
export const SKIP_PREPS = new Set(['during', 'after', 'before', 'since', 'until', 'despite', 'as', 'like', 'than', 'because', 'while', 'including', 'amid', 'via', 'per', 'through', 'throughout', 'without', 'within',
  // time ("competed well following a drugs ban"), example ("stars who appear, such as X") and company or addition
  // ("along with Y", "in addition to Z"): the phrase is no party to the verb's act
  'following', 'such as', 'along with', 'together with', 'in addition to', 'prior to', 'ahead of', 'rather than', 'unlike', 'except', 'besides',
  'apart from', 'aside from']);

/** "aged 44": an age, whatever the parser attached it to. */
export function isAge(v: SentenceView, i: number): boolean {
  return v.tokens[i]!.upos === 'NUM' && i > 0 && ['aged', 'age'].includes(lower(v.tokens[i - 1]!));
}

/** The words from `from` to `to` as written, as a phrase argument (a clause or gerund a relation is about). */
export function spanPhrase(v: SentenceView, from: number, to: number): Argument {
  const text = spanText(v, from, to);
  return { kind: 'concept', text, start: v.tokens[from]!.start, end: v.tokens[to]!.end, label: text };
}

/**
 * The prepositional phrases of a common noun that name an entity or an event ("renegotiation at the summit", "a buyout
 * by Verizon"): with the noun, they continue a relation. A noun that is itself a name, an event, a time or a vague
 * adverbial ("in turn") has none.
 */
export function chained(state: SentenceState, m: number): Array<[number, string]> {
  const { v, arg } = state;
  const mt = v.tokens[m]!;
  if (mt.upos !== 'NOUN' || v.mentionAt[m] || isTime(v, m) || ADVERBIAL_HEADS.has(lemmaOf(mt))) return [];
  const out: Array<[number, string]> = [];
  for (const m2 of kids(v, m, 'nmod')) {
    const pr2 = prepOf(v, m2);
    if (!pr2 || SKIP_PREPS.has(pr2) || pr2 === 'of' || isTime(v, m2)) continue;
    const a2 = arg(m2);
    // (a day or month the recogniser took for a name is no party: "headed to the city on Monday")
    if (a2 && (isNamed(a2) && !(a2.kind === 'entity' && a2.type === 'Misc') || a2.kind === 'event')) out.push([m2, pr2]);
  }
  return out;
}
