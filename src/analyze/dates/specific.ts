// Day-level dates: calendar dates through chrono-node ("March 7", "16 December 2003", "07/03/2003"), with the year of
// a year-less date chosen by news convention; days relative to the article ("yesterday", "two weeks ago") by rule,
// durations ago kept at the granularity they name.
// chrono-node's English entry point alone: the package root loads every locale (about 250 ms at start-up instead of 65).
import * as chrono from 'chrono-node/en';
import { addDays, addMonths, daysInMonth, iso, monthSpan, yearSpan, type Day } from './calendar.js';
import { MONTH, inferYear, monthNumber, type Found } from './rules.js';
import { wordTable } from '../../util/word-table.js';

// Stretches worth handing to chrono (it is the slow part of the stage): a month next to a number, numeric dates.
const CHRONO_CUE =
  /\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*\.?\s+|\.)\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b/i;
// Days counted from the article's own.
const RELATIVE =
  /\b(?:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|tomorrow|tonight|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|(?:a\s+)?few|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\b/gi;
// A month's name and a day without a year ("December 19", "Dec. 19th"): chrono, set to read day-before-month dates, passes
// over a two-digit day after a month's name as a possible year, so these are read here (a stated year is chrono's).
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(?<month>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d|\\p{L}|,?\\s*(?:1[89]|20)\\d\\d\\b)`,
  'gu',
);
// Where scraped text lost a space chrono needs: after a month's abbreviation ("Jan.30") and after a year that runs into
// the next sentence's first word ("2013Tamerlan").
const GLUED = /(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?=\d)|(?<=(?<!\d)(?:1[89]|20)\d\d)(?=\p{Lu}\p{Ll})/gu;
// A weekday before a calendar date ("Friday, 21 July 1972"): the comma after it does not end the date.
const WEEKDAY_LEAD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+/;
// Leading words chrono includes that are not part of the time itself.
const PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|before|after|of|for|as of)\s+/i;

// Strict mode (calendar dates only, no "now"/"tonight" guesses), day before month in numeric dates as in most news.
const parser = new chrono.Chrono(chrono.configuration.createConfiguration(true, true));
// A date that states its own year ("7 March 2001", "07/03/2001", "2001-03-07").
const EXPLICIT_YEAR = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/;

// How far around a cue chrono gets to read: enough for "on the 7th of March 2003 at 5pm", no more.
const WINDOW = 40;
const CUES = new RegExp(CHRONO_CUE.source, 'gi');

/** Stretches of the sentence around each cue, merged where they meet, cut at spaces. */
function windows(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const cue of sentence.matchAll(CUES)) {
    let from = Math.max(0, cue.index! - WINDOW);
    let to = Math.min(sentence.length, cue.index! + cue[0].length + WINDOW);
    while (from > 0 && !/\s/.test(sentence[from - 1]!)) from--;
    while (to < sentence.length && !/\s/.test(sentence[to]!)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Calendar and article-relative dates in one sentence (offsets relative to it), as resolvable expressions. */
export function findSpecific(sentence: string): Found[] {
  const found: Found[] = [];
  for (const [from, to] of windows(sentence)) found.push(...inWindow(sentence.slice(from, to), from));
  for (const match of sentence.matchAll(MONTH_DAY)) {
    const m = monthNumber(match.groups!['month']!);
    const d = Number(match.groups!['day']);
    // the year is not chosen yet, so a leap year's month lengths (2000's) bound the day
    if (d < 1 || d > daysInMonth(2000, m)) continue;
    found.push(yearless(match.index!, match.index! + match[0].length, match[0], m, d));
  }
  for (const match of sentence.matchAll(RELATIVE)) {
    found.push(relativeTo(match.index!, match.index! + match[0].length, match[0], match[0].toLowerCase()));
  }
  return found;
}

/** A day and month without a year, chrono's or MONTH_DAY's: the year is the article's by news convention (inferYear). */
function yearless(start: number, end: number, text: string, m: number, d: number): Found {
  return {
    start, end, text, relative: true,
    resolve: (ref, future) => (ref ? { date: iso({ y: inferYear(m, d, ref, future), m, d }) } : undefined),
  };
}

/** The window with a space put back at each glued place, and the window offset of each of its offsets. */
function unglue(window: string): { text: string; original: (at: number) => number } {
  const glued = [...window.matchAll(GLUED)].map((m) => m.index!);
  if (glued.length === 0) return { text: window, original: (at) => at };
  let text = '';
  let from = 0;
  for (const at of glued) {
    text += window.slice(from, at) + ' ';
    from = at;
  }
  text += window.slice(from);
  // the j-th inserted space stands at glued[j] + j of the new text
  return { text, original: (at) => at - glued.filter((g, j) => g + j < at).length };
}

function inWindow(window: string, offset: number): Found[] {
  const found: Found[] = [];
  const spaced = unglue(window);
  // The reference only orders chrono's own guesses; every value is recomputed from what the text states.
  for (const result of parser.parse(spaced.text, new Date(Date.UTC(2000, 0, 1, 12)))) {
    const known = result.start;
    const has = (c: chrono.Component) => known.isCertain(c);
    let text = result.text;
    let at = result.index;
    const lead = PREPOSITION.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      at += lead[0].length;
    }
    // chrono joins lists ("last Friday, yesterday"); keep the first item unless what follows is the year, or the
    // first item is the weekday of the date after it.
    const weekday = WEEKDAY_LEAD.exec(text)?.[0].length ?? 0;
    const comma = text.slice(weekday).search(/,\s+(?!(?:1[89]|20)\d\d\b)/);
    if (comma >= 0 && weekday + comma > 0) text = text.slice(0, weekday + comma);
    text = text.replace(/[\s,.;:]+$/, '');
    const start = offset + spaced.original(at);
    const end = offset + spaced.original(at + text.length);
    text = window.slice(start - offset, end - offset);
    if (has('year') && has('month') && has('day') && EXPLICIT_YEAR.test(text)) {
      const day = iso({ y: known.get('year')!, m: known.get('month')!, d: known.get('day')! });
      // A range ("15 November 2004 to 3 January 2005") is an interval when both ends state their day.
      const last = result.end;
      const until = last?.isCertain('year') && last.isCertain('month') && last.isCertain('day')
        ? iso({ y: last.get('year')!, m: last.get('month')!, d: last.get('day')! }) : undefined;
      found.push({ start, end, text, relative: false, resolve: () => (until && until > day ? { interval: { start: day, end: until } } : { date: day }) });
    } else if (has('month') && has('day') && !has('year')) {
      found.push(yearless(start, end, text, known.get('month')!, known.get('day')!));
    }
  }
  return found;
}

const NUMBERS: Record<string, number> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, several: 3, few: 3, couple: 2,
});

/** "yesterday", "two weeks ago", "three years ago": a day, or the month or year the distance names. */
function relativeTo(start: number, end: number, text: string, lower: string): Found {
  return {
    start, end, text, relative: true,
    resolve(ref) {
      if (!ref) return undefined;
      if (/before\s+yesterday/.test(lower)) return { date: iso(addDays(ref, -2)) };
      if (/after\s+tomorrow/.test(lower)) return { date: iso(addDays(ref, 2)) };
      if (lower.includes('yesterday')) return { date: iso(addDays(ref, -1)) };
      if (lower.includes('tomorrow')) return { date: iso(addDays(ref, 1)) };
      if (/\b(?:today|tonight)\b/.test(lower)) return { date: iso(ref) };
      const ago = /(\d+|[a-z]+)\s+(?:of\s+)?(day|week|month|year|decade)s?\s+ago/.exec(lower.replace(/\s+/g, ' '));
      if (!ago) return undefined;
      const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : NUMBERS[ago[1]!];
      if (n === undefined) return undefined;
      const unit = ago[2]!;
      if (unit === 'day') return { date: iso(addDays(ref, -n)) };
      if (unit === 'week') return { date: iso(addDays(ref, -7 * n)) };
      if (unit === 'month') {
        const month: Day = addMonths(ref, -n);
        return { interval: monthSpan(month.y, month.m) };
      }
      return { interval: yearSpan(ref.y - n * (unit === 'decade' ? 10 : 1)) };
    },
  };
}
