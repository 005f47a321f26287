// Words the relation readers share: a phrase's preposition, verbs that accuse or praise, types of places.
import { kids, lower, type SentenceView } from '../sentence-view.js';

/** Verbs whose "of"/"for" clause says what their object is claimed to have done. */
export const ACCUSE_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticise', 'criticize', 'condemn', 'praise', 'thank', 'convict', 'sue', 'fine', 'punish']);

export const LOCATIVE_TYPES = new Set(['Country', 'City', 'Location', 'Facility']);

/** Adverbs that make a following "from" an exception ("apart from", "aside from"). */
const EXCEPTIVE_ADVERBS = new Set(['apart', 'aside']);

/** The preposition words of an oblique or nominal modifier ("on", "out of", "according to"). */
export function prepOf(v: SentenceView, i: number): string | undefined {
  const cs = kids(v, i, 'case');
  if (!cs.length) return undefined;
  const words: string[] = [];
  // "apart from X", "aside from X": the parser hangs the adverb on the verb, but the phrase is an exception, not the verb's
  // "from" argument ("all grew apart from X" is no "grow from X")
  const before = v.tokens[cs[0]! - 1];
  if (before && before.upos === 'ADV' && EXCEPTIVE_ADVERBS.has(lower(before)) && lower(v.tokens[cs[0]!]!) === 'from') words.push(lower(before));
  for (const c of cs) {
    if (v.tokens[c]!.upos === 'PART' && v.tokens[c]!.text.includes("'")) continue; // possessive 's
    words.push(lower(v.tokens[c]!));
    for (const f of kids(v, c, 'fixed')) words.push(lower(v.tokens[f]!));
  }
  return words.length ? words.join(' ') : undefined;
}
