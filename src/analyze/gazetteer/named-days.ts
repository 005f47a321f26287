// Words that, before a weekday, make it the name of a day or an event ("Bloody Sunday", "Black Friday", "Good Friday").
import { WEEKDAY_NAMES } from '../dates/calendar.js';

/** The first words of day names built on a weekday: such a day is an event or a feast, not a weekday to resolve. */
export const NAMED_DAY_WORDS = new Set(['Bloody', 'Black', 'Good', 'Holy', 'Ash', 'Palm', 'Easter', 'Super', 'Cyber', 'Maundy', 'Shrove', 'Whit', 'Fat']);

const WEEKDAYS = new Set<string>(WEEKDAY_NAMES);

/** Whether words[i] is a weekday that the word before it makes part of a day's name. */
export function isNamedDay(words: readonly string[], i: number): boolean {
  return i > 0 && WEEKDAYS.has(words[i]!) && NAMED_DAY_WORDS.has(words[i - 1]!);
}
