// Objects that are measured amounts written as a noun phrase ("the harvest shrank 3.4%", "employs 4,300 staff",
// "axed 90 jobs", "the team finished on 68 points"): the figure is the news, as exact as a money literal, though the
// phrase's head is the unit or the thing counted and so it is read as a common-noun concept. confidence.ts weighs such
// an object as a literal.
import type { Argument } from '../candidate.js';
import { COUNT_OPENERS } from '../quantities.js';
import { MONTH_NAMES } from '../../analyze/dates/calendar.js';

/** A figure as written: digits with separators, an optional currency sign before and a per cent sign after. */
const FIGURE = /^[$£€]?\d[\d,]*(?:\.\d+)?%?$/;
/** A year written alone ("the 1999 constitution"): a time, not an amount. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Scale words written after a figure ("4.7 million", "£35 billion"). */
const SCALES = new Set(['million', 'billion', 'trillion', 'thousand', 'bn', 'm']);
/** Words for a share, after the figure ("18 per cent"). */
const PERCENT_WORDS = new Set(['%', 'per', 'cent', 'percent', 'percentage', 'points']);
/**
 * Units of time: a figure of them is a duration or a date ("worked for 10 years", "23 June", "the 1990s"), when something
 * happened or how long, never the amount the verb is about.
 */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'season', 'seasons', ...MONTH_NAMES.map((m) => m.toLowerCase()),
  'am', 'pm', 'p.m.', 'a.m.', 'gmt', 'bst']);
/** Words inside a measured phrase that make it more than an amount ("40 to 1,796 cinemas", "8% to 4.7m in 2004"). */
const BREAKS = new Set(['to', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'between', 'and', 'or', 'than', 'after', 'before', 'during', 'since']);

/**
 * Whether a concept is a measured amount: an opening bound at most ("up to", "more than", "almost"), then a figure
 * (not a year), then at most three words (a scale, a unit or what is counted; six with an "of" phrase: "35% of the market"),
 * none of them a unit of time or a word that starts another phrase.
 */
export function isMeasure(a: Argument): boolean {
  if (a.kind !== 'concept') return false;
  const written = a.label.split(/\s+/);
  // (what is counted is a common noun: a capitalised head is a name or a title, "8 Mile", "Apollo 11 Crew"; the name in
  // an "of" phrase after it says of what, "20% of Fiat")
  const of = written.indexOf('of');
  if (/^\p{Lu}/u.test(written[(of > 0 ? of : written.length) - 1]!)) return false;
  const words = written.map((w) => w.toLowerCase());
  let k = 0;
  while (k < words.length - 1 && COUNT_OPENERS.has(words[k]!)) k++;
  const figure = words[k]!;
  if (!FIGURE.test(figure) || YEAR.test(figure)) return false;
  const rest = words.slice(k + 1).filter((w) => !SCALES.has(w) && !PERCENT_WORDS.has(w));
  if (rest.length > (rest.includes('of') ? 6 : 3)) return false;
  return !rest.some((w) => TIME_UNITS.has(w.replace(/[.,]$/, '')) || BREAKS.has(w));
}
