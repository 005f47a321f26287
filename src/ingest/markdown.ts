// Reads a `.md` article: YAML-style front matter (title, date, url) between `---` lines, then the body as written.
import { FormatError, hasText, type Draft } from './draft.js';
import { toIsoDay } from './dates.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Parses a Markdown article. Only flat `key: value` front matter is read (the fields an article
 * needs); nested YAML is ignored rather than half-understood. The body is kept exactly, Markdown
 * marks included, so offsets stay offsets into the file; when there is no title in the front
 * matter, a leading `# Heading` gives it.
 */
export function parseMarkdown(content: string): Draft {
  const draft: Partial<Draft> = {};
  let pos = 0;
  const fm = FRONT_MATTER.exec(content);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = FIELD.exec(line);
      if (!m) continue;
      const key = m[1]!.toLowerCase();
      const value = unquote(m[2]!.trim());
      if (!value) continue;
      if (key === 'title' || key === 'headline') draft.title ??= value;
      else if (key === 'date' || key === 'published' || key === 'datepublished' || key === 'pubdate') draft.published ??= toIsoDay(value);
      else if (key === 'url' || key === 'link' || key === 'source') {
        if (/^https?:\/\//.test(value)) draft.url ??= value;
      }
    }
    pos = fm[0].length;
    pos += /^(?:[ \t]*\r?\n)*/.exec(content.slice(pos))![0].length;
  } else if (/^---[ \t]*\r?\n/.test(content)) {
    throw new FormatError('front matter opened with "---" is never closed');
  }
  const text = content.slice(pos);
  if (!hasText(text)) throw new FormatError('no text found');
  if (!draft.title) {
    const h = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(0, 2000));
    if (h && text.slice(0, h.index).trim() === '') draft.title = h[1]!.trim();
  }
  return { ...draft, text, textOffset: pos };
}

function unquote(value: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(value);
  if (m) return m[1]!.replace(/\\(.)/g, '$1');
  const s = /^'((?:[^']|'')*)'$/.exec(value);
  if (s) return s[1]!.replace(/''/g, "'");
  return value;
}
