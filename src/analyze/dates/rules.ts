// Period and weekday expressions chrono-node does not resolve the way news is written: "early this month",
// "last year", "in March", "in 2002", "the 1990s", and bare weekdays that mean the most recent one.
import {
  WEEKDAY_NAMES, addDays, addMonths, compare, iso, mondayOf, monthSpan, span, weekday, yearSpan, type Day, type Interval,
} from './calendar.js';
import { NAMED_DAY_WORDS } from '../gazetteer/named-days.js';
import { wordTable } from '../../util/word-table.js';

/** An expression found in a sentence, offsets relative to the sentence. */
export interface Found {
  start: number;
  end: number;
  text: string;
  /** Needs the article date (relative) or not (absolute: "in 2002", "March 2024"). */
  relative: boolean;
  /** Resolves against the article date; `future` when the sentence speaks of what is to come. */
  resolve(ref: Day | undefined, future: boolean): { date?: string; interval?: Interval } | undefined;
}

const MONTHS: Record<string, number> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** The month a name or abbreviation written in the text stands for ("Sept." -> 9). */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')]!;
}

const YEAR = '(?:1[89]|20)\\d\\d';
const PART =
  '(?:(?:[Tt]he\\s+)?(?:beginning|start|end|middle|first\\s+half|second\\s+half)\\s+of(?:\\s+the)?|[Ee]arly|[Ee]arlier|[Mm]id|[Ll]ate|[Ll]ater|[Ee]nd)';

const PERIOD = new RegExp(
  `(?<part>${PART}[\\s-]+)?(?:` +
    `(?<rel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Tt]he\\s+past|[Tt]he\\s+previous|[Tt]he\\s+coming)\\s+(?<unit>week|weekend|month|year|decade)` +
    `|(?<month>${MONTH})(?!\\.?\\s*\\d{1,2}\\b)(?:,?\\s+(?<monthYear>${YEAR}))?` +
    `|(?<decade>(?:[Tt]he\\s+)?(?:(?:1[89]|20)\\d0s|'\\d0s))` +
    `|(?<from>${YEAR})\\s*[-–]\\s*(?<to>${YEAR}|\\d\\d)` +
    `|(?<year>${YEAR})(?![\\d,.%-]\\d|\\s*(?:%|per\\s*cent|percent|bn|m\\b|km|kg))` +
    `|(?<theUnit>the\\s+(?:week|month|year))` +
    // a year may run into the next sentence's first word where scraped text lost the space ("in 2013Police said")
    `)(?:(?![\\p{L}\\d])|(?<=\\d)(?=\\p{Lu}\\p{Ll}))`,
  'gu',
);
// Words before a bare year that make it a time ("in 2002", "since 1999"); other four-digit numbers are counts or models.
const YEAR_CONTEXT = /(?:\b(?:in|since|by|until|till|from|during|before|after|through|throughout|of|as of|early|mid|late|between|year|summer|winter|spring|autumn|fall|season)\s*-?|\(|\b(?:1[89]|20)\d\d\s*(?:to|and|-|–|until))\s*$/i;
// A number right before a month name is its day ("16 December"): chrono's case.
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

// A weekday in a day's name ("Bloody Sunday", "Black Friday", "Good Friday") is no time to resolve.
const NAMED_DAY = new RegExp(`(?:^|[^\\p{L}])(?:${[...NAMED_DAY_WORDS].join('|')})\\s+$`, 'u');

const WEEKDAY = /(?<![\p{L}])(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?<tod>morning|afternoon|evening|night))?(?![\p{L}])/gu;
const WEEKDAYS: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((day, n) => [day, n]));

type Part = 'early' | 'mid' | 'late' | 'first-half' | 'second-half' | 'earlier' | 'later' | undefined;

function partOf(text: string | undefined): Part {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/first\s+half/.test(t)) return 'first-half';
  if (/second\s+half/.test(t)) return 'second-half';
  if (/earlier/.test(t)) return 'earlier';
  if (/later/.test(t)) return 'later';
  if (/early|beginning|start/.test(t)) return 'early';
  if (/mid|middle/.test(t)) return 'mid';
  return 'late';
}

function toDay(text: string): Day {
  const [y, m, d] = text.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** Narrows an interval to the part named ("early" = first third, "late" = last third, "earlier" = up to the reference day). */
function narrow(interval: Interval, part: Part, ref: Day | undefined): Interval {
  if (!part) return interval;
  const start = toDay(interval.start);
  const end = toDay(interval.end);
  const days = Math.round((Date.UTC(end.y, end.m - 1, end.d) - Date.UTC(start.y, start.m - 1, start.d)) / 86_400_000) + 1;
  const third = Math.floor(days / 3);
  const half = Math.floor(days / 2);
  // Parts of a decade go by years: early = its first four, mid = the next three, late = the last three ("late 1990s": 1997-1999).
  if (start.m === 1 && start.d === 1 && end.m === 12 && end.d === 31 && start.y % 10 === 0 && end.y === start.y + 9) {
    const y = start.y;
    switch (part) {
      case 'early': return span(start, { y: y + 3, m: 12, d: 31 });
      case 'mid': return span({ y: y + 4, m: 1, d: 1 }, { y: y + 6, m: 12, d: 31 });
      case 'late': return span({ y: y + 7, m: 1, d: 1 }, end);
      case 'first-half': return span(start, { y: y + 4, m: 12, d: 31 });
      case 'second-half': return span({ y: y + 5, m: 1, d: 1 }, end);
      default: break;
    }
  }
  // Parts of a year go by months: early = January-April, mid = May-August, late = September-December.
  if (start.m === 1 && start.d === 1 && end.m === 12 && end.d === 31 && start.y === end.y) {
    const y = start.y;
    switch (part) {
      case 'early': return span(start, { y, m: 4, d: 30 });
      case 'mid': return span({ y, m: 5, d: 1 }, { y, m: 8, d: 31 });
      case 'late': return span({ y, m: 9, d: 1 }, end);
      case 'first-half': return span(start, { y, m: 6, d: 30 });
      case 'second-half': return span({ y, m: 7, d: 1 }, end);
      default: break;
    }
  }
  switch (part) {
    case 'early': return span(start, addDays(start, third - 1));
    case 'mid': return span(addDays(start, third), addDays(start, 2 * third - 1));
    case 'late': return span(addDays(start, 2 * third), end);
    case 'first-half': return span(start, addDays(start, half - 1));
    case 'second-half': return span(addDays(start, half), end);
    case 'earlier':
      return ref && compare(ref, start) > 0 && compare(ref, end) <= 0 ? span(start, addDays(ref, -1)) : interval;
    case 'later':
      return ref && compare(ref, start) >= 0 && compare(ref, end) < 0 ? span(addDays(ref, 1), end) : interval;
  }
}

/**
 * The year of a date named without one ("16 December", "in March"): the same year as the article unless
 * that puts it more than two months ahead of a past-tense report (then the year before), or more than
 * half a month behind a future-tense one (then the year after).
 */
export function inferYear(month: number, day: number, ref: Day, future: boolean): number {
  const monthsAhead = month - ref.m + (day - ref.d) / 31;
  if (future) return monthsAhead < -0.5 ? ref.y + 1 : ref.y;
  return monthsAhead > 2 ? ref.y - 1 : ref.y;
}

function relativeUnit(rel: string, unit: string, ref: Day): Interval {
  const r = rel.toLowerCase().replace(/^the\s+/, '');
  const step = r === 'next' || r === 'coming' ? 1 : r === 'this' ? 0 : -1;
  switch (unit) {
    case 'week': {
      const monday = addDays(mondayOf(ref), 7 * step);
      return span(monday, addDays(monday, 6));
    }
    case 'weekend': {
      const saturday = addDays(mondayOf(ref), 5 + 7 * step);
      return span(saturday, addDays(saturday, 1));
    }
    case 'month': {
      const month = addMonths({ ...ref, d: 1 }, step);
      return monthSpan(month.y, month.m);
    }
    case 'year':
      return yearSpan(ref.y + step);
    default: {
      // "the past decade": the ten years up to the reference; "this decade": the calendar decade.
      if (step === 0) return span({ y: ref.y - (ref.y % 10), m: 1, d: 1 }, { y: ref.y - (ref.y % 10) + 9, m: 12, d: 31 });
      return step < 0 ? span({ ...ref, y: ref.y - 10 }, ref) : span(ref, { ...ref, y: ref.y + 10 });
    }
  }
}

/** Period expressions of one sentence. */
export function findPeriods(sentence: string): Found[] {
  const found: Found[] = [];
  for (const match of sentence.matchAll(PERIOD)) {
    const g = match.groups!;
    const start = match.index!;
    const before = sentence.slice(Math.max(0, start - 24), start);
    const part = partOf(g['part']);
    let relative = true;
    let base: (ref: Day | undefined, future: boolean) => Interval | undefined;
    if (g['rel'] && g['unit']) {
      const rel = g['rel'];
      const unit = g['unit'];
      base = (ref) => (ref ? relativeUnit(rel, unit, ref) : undefined);
    } else if (g['month']) {
      if (DAY_BEFORE.test(before)) continue;
      const month = monthNumber(g['month']);
      // "May" opens many sentences as a verb; take it only with a year, a part or a preposition.
      if (g['month'] === 'May' && !g['monthYear'] && !part && !/\b(?:in|since|by|until|from|during|of|last|next|this|early|late|mid)\s*$/i.test(before)) continue;
      if (g['monthYear']) {
        relative = false;
        const y = Number(g['monthYear']);
        base = () => monthSpan(y, month);
      } else base = (ref, future) => (ref ? monthSpan(inferYear(month, 15, ref, future), month) : undefined);
    } else if (g['decade']) {
      relative = false;
      const digits = g['decade'].replace(/^the\s+/i, '');
      let first = digits.startsWith("'") ? 1900 + Number(digits.slice(1, 3)) : Number(digits.slice(0, 4));
      if (digits.startsWith("'") && first < 1930) first += 100;
      base = () => span({ y: first, m: 1, d: 1 }, { y: first + 9, m: 12, d: 31 });
    } else if (g['from'] && g['to']) {
      // "2005-2006", "(1970–79)": the years from one to the other; a pair that does not run forward is no range
      const from = Number(g['from']);
      const to = g['to'].length === 2 ? from - (from % 100) + Number(g['to']) : Number(g['to']);
      if (to <= from) continue;
      relative = false;
      base = () => span({ y: from, m: 1, d: 1 }, { y: to, m: 12, d: 31 });
    } else if (g['year']) {
      if (!part && !YEAR_CONTEXT.test(before)) continue;
      relative = false;
      const y = Number(g['year']);
      base = () => yearSpan(y);
    } else if (g['theUnit']) {
      // "the month" alone is no time; "the end of the month" is, and means the article's month.
      if (!part) continue;
      const unit = g['theUnit'].split(/\s+/)[1]!;
      base = (ref) => (ref ? relativeUnit('this', unit, ref) : undefined);
    } else continue;
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      relative,
      resolve(ref, future) {
        const interval = base(ref, future);
        return interval ? { interval: narrow(interval, part, ref) } : undefined;
      },
    });
  }
  return found;
}

/**
 * Weekday expressions. News convention: a bare weekday ("on Friday") is the most recent one, the article's
 * own day included, unless the sentence speaks of the future; "last" is strictly before, "next" strictly after.
 */
export function findWeekdays(sentence: string): Found[] {
  const found: Found[] = [];
  for (const match of sentence.matchAll(WEEKDAY)) {
    const g = match.groups!;
    if (!g['mod'] && NAMED_DAY.test(sentence.slice(Math.max(0, match.index! - 10), match.index!))) continue;
    const target = WEEKDAYS[g['day']!]!;
    const mod = g['mod']?.toLowerCase();
    found.push({
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
      relative: true,
      resolve(ref, future) {
        if (!ref) return undefined;
        const today = weekday(ref);
        const back = (today - target + 7) % 7;
        const ahead = (target - today + 7) % 7;
        let day: Day;
        if (mod === 'last' || mod === 'past') day = addDays(ref, -(back || 7));
        else if (mod === 'next' || mod === 'coming') day = addDays(ref, ahead || 7);
        else if (mod === 'this') day = addDays(mondayOf(ref), (target + 6) % 7);
        else day = future ? addDays(ref, ahead) : addDays(ref, -back);
        return { date: iso(day) };
      },
    });
  }
  return found;
}
