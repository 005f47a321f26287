// Plain calendar arithmetic on days (no clock, no time zone): what resolving news dates needs and nothing more.

/** A calendar day; month 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface Interval {
  start: string;
  end: string;
}

export function parseIsoDay(text: string | undefined): Day | undefined {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (!match) return undefined;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m) ? day : undefined;
}

export function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds months, keeping the day within the target month. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** The days' names by weekday number (0 = Sunday), and the months' by month number less one, as written. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;
/**
 * Days' and months' names as written, capitalised ("Monday", "May"): a date, no name, where a name's words stop ("in Texas
 * Monday", "Leeds last Sunday"). Matched as written: "may" and "march" in lower case are other words.
 */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const CALENDAR_LOWER: ReadonlySet<string> = new Set([...CALENDAR_NAMES].map((w) => w.toLowerCase()));
/** Whether `word` is a day's or month's name written in any case ("Tuesday", "TUESDAY", "tuesday"): for words already known to be capitalised. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_LOWER.has(word.toLowerCase());
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

/** Monday of the day's week (ISO weeks start on Monday). */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function span(start: Day, end: Day): Interval {
  return { start: iso(start), end: iso(end) };
}

export function monthSpan(y: number, m: number): Interval {
  return span({ y, m, d: 1 }, { y, m, d: daysInMonth(y, m) });
}

export function yearSpan(y: number): Interval {
  return span({ y, m: 1, d: 1 }, { y, m: 12, d: 31 });
}

/** Compares two days: negative when a is earlier. */
export function compare(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
