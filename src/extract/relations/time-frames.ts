// Time expressions among a verb's phrases: dates and spans of time that date the act rather than take part in it.
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';

/** Whether token `i` lies in a time expression ("in 2004", "on Thursday", "early this month"). */
export function isTime(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  return v.times.some((x) => x.start <= t.start && x.end >= t.end);
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'season', 'night']);
const FRAME_PREPS = new Set(['in', 'over', 'during', 'within', 'throughout', 'on', 'at']);
// (an ordinal or "same" picks one span out of a sequence: "in his first year", "on the same day")
const FRAME_MODIFIERS = new Set(['last', 'past', 'recent', 'next', 'coming', 'previous', 'few', 'several', 'first', 'second', 'third', 'final', 'opening', 'same']);

/**
 * Whether a prepositional phrase is a span of time the act falls in ("in the last six years", "over the past two
 * years", "in recent years", "within 14 days"), which the date parser leaves unread: it dates the relation, it is not
 * what the verb relates.
 */
export function timeFrame(v: SentenceView, o: number, prep: string): boolean {
  const t = v.tokens[o]!;
  if (!FRAME_PREPS.has(prep) || t.upos !== 'NOUN' || !TIME_UNITS.has(lemmaOf(t))) return false;
  return kids(v, o, 'amod', 'nummod', 'det', 'advmod').some((k) => FRAME_MODIFIERS.has(lower(v.tokens[k]!)) || v.tokens[k]!.upos === 'NUM');
}

/** "clashed just days after the launch", "resigned two weeks later": a length of time measuring "after"/"ago", no object. */
export function timeBeforeAfter(v: SentenceView, o: number): boolean {
  const next = v.tokens[o + 1];
  return TIME_UNITS.has(lemmaOf(v.tokens[o]!)) && !!next && ['after', 'before', 'ago', 'later', 'earlier'].includes(lower(next));
}
