// Time expressions of a document, resolved against its publication date; relative ones stay unresolved when it has none.
import type { TimeExpression } from '../analysis.js';
import { parseIsoDay } from './calendar.js';
import { findPeriods, findWeekdays, type Found } from './rules.js';
import { findSpecific } from './specific.js';

// Words that put a sentence's events ahead of the article ("will meet on Friday", "is due to vote in May").
const FUTURE = /\b(?:will|shall|won't|going\s+to|(?:is|are|was|were)\s+due|scheduled|expected\s+to|set\s+to|plans?\s+to|planned\s+for|intends?\s+to|upcoming|next)\b|['’]ll\b/i;
// Quick gate: a sentence with none of these has no time expression the rules or chrono would find.
const ANY_CUE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:yesterday|today|tomorrow|tonight|days?|ago|week|weekend|month|year|decade)\b/i;

/**
 * Finds the time expressions in each sentence span of `text` and resolves them against `published`
 * (`YYYY-MM-DD`). Overlaps are settled longest first; relative expressions in an undated document keep
 * `unresolved: true` instead of a guessed date.
 */
export function findTimes(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, published?: string): TimeExpression[] {
  const ref = parseIsoDay(published);
  const times: TimeExpression[] = [];
  sentences.forEach((sentence, index) => {
    const body = text.slice(sentence.start, sentence.end);
    if (!ANY_CUE.test(body)) return;
    const found = [...findPeriods(body), ...findWeekdays(body), ...findSpecific(body)].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    );
    const kept: Found[] = [];
    for (const item of found) {
      const last = kept[kept.length - 1];
      if (last && item.start < last.end) {
        if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item;
        continue;
      }
      kept.push(item);
    }
    for (const item of kept) {
      const future = FUTURE.test(body.slice(0, item.start)) || FUTURE.test(item.text);
      const time: TimeExpression = {
        start: sentence.start + item.start,
        end: sentence.start + item.end,
        text: item.text,
        sentence: index,
      };
      const value = ref || !item.relative ? item.resolve(ref, future) : undefined;
      if (value?.date) time.date = value.date;
      else if (value?.interval) time.interval = value.interval;
      else if (item.relative) time.unresolved = true;
      else continue;
      times.push(time);
    }
  });
  return times;
}
