// Reads a `.txt` article: optional header lines (` date 2024-03-26 Headline`, `title Headline`, `url ...`), then the body.
import { FormatError, hasText, type Draft } from './draft.js';
import { toIsoDay } from './dates.js';

// A header line: a keyword at the very start of the file (one leading space allowed, as the
// WikiEvents export writes it), then its value. Keywords are lower case, so a body that opens
// with "Title" or "Date" as a word is not mistaken for a header.
const HEADER = /^ ?(date|title|url|source)(?:[ \t]+([^\r\n]*))?(\r?\n|$)/;
const DATED_TITLE = /^(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*))?$/;

/** Parses a plain-text article; the body is kept byte for byte as a slice of the file. */
export function parsePlainText(content: string): Draft {
  const draft: Partial<Draft> = {};
  let pos = 0;
  for (;;) {
    const m = HEADER.exec(content.slice(pos, pos + 4096));
    if (!m) break;
    const key = m[1]!;
    const value = (m[2] ?? '').trim();
    // "date" without a valid day is ordinary text ("date night was ..."), not a header.
    if (key === 'date') {
      const d = DATED_TITLE.exec(value);
      const day = d ? toIsoDay(d[1]) : undefined;
      if (!d || !day) break;
      draft.published = day;
      if (d[2]?.trim()) draft.title ??= d[2].trim();
    } else if (key === 'title') {
      if (!value) break;
      draft.title = value;
    } else if (key === 'url' || key === 'source') {
      if (!/^https?:\/\/\S+$/.test(value)) break;
      draft.url = value;
    }
    pos += m[0].length;
    if (!m[3]) break;
  }
  // Blank lines between the header and the body belong to neither.
  if (pos > 0) pos += /^(?:[ \t]*\r?\n)*/.exec(content.slice(pos))![0].length;
  const text = content.slice(pos);
  if (!hasText(text)) throw new FormatError('no text found');
  return { ...draft, text, textOffset: pos };
}
