// Reads a `.jsonl` file: one article a line, `{id?, url?, title?, date?, text}`.
import { FormatError, hasText, type ParseResult } from './draft.js';
import { toIsoDay } from './dates.js';
import { slugify } from './slug.js';

/**
 * Parses JSON Lines. A line that is not JSON, or has no text, is reported with its line number
 * and the other lines are still read. The item suffix is the record's own `id` when it has one
 * (so ids survive reordering), else its line number.
 */
export function parseJsonl(content: string): ParseResult {
  const result: ParseResult = { drafts: [], problems: [] };
  const lines = content.split('\n');
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const lineItem = `#${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      result.problems.push({ item: lineItem, reason: `line ${i + 1}: not valid JSON (${(error as Error).message})` });
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      result.problems.push({ item: lineItem, reason: `line ${i + 1}: expected a JSON object` });
      return;
    }
    const r = record as Record<string, unknown>;
    if (typeof r.text !== 'string' || !hasText(r.text)) {
      result.problems.push({ item: lineItem, reason: `line ${i + 1}: no text found (a "text" string is required)` });
      return;
    }
    const idSlug = typeof r.id === 'string' || typeof r.id === 'number' ? slugify(String(r.id)) : '';
    const item = idSlug && !seen.has(idSlug) ? `#${idSlug}` : lineItem;
    seen.add(idSlug);
    const url = typeof r.url === 'string' && /^https?:\/\//.test(r.url) ? r.url : undefined;
    const date = r.date ?? r.published ?? r.datePublished;
    result.drafts.push({
      text: r.text,
      title: typeof r.title === 'string' && r.title.trim() ? r.title.trim() : undefined,
      published: toIsoDay(date),
      url,
      item,
    });
  });
  if (result.drafts.length === 0 && result.problems.length === 0) throw new FormatError('no text found');
  return result;
}
