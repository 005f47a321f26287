// Runs wink-nlp over a text and maps its sentences and tokens back to exact character offsets.
import { wink } from './wink.js';

/** A token as wink-nlp cut it, located in the text. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  /** wink's token type: word, number, punctuation, url, email, time, currency, symbol, ... */
  type: string;
  /** True when a sentence begins with this token. */
  first?: boolean;
  /** True when a blank line precedes this token (it then always begins a sentence). */
  paragraph?: boolean;
}

// A blank line (two line breaks with only spaces or tabs between) always ends a sentence.
const BLANK_LINE = /\n[ \t\r\f\v]*\n/;
// So does a line break before a list bullet, or after a short line with no closing punctuation (a headline,
// a dateline, a list item) when the next line opens with a capital.
const BULLET = /^[-•*–—·▪►]$/;
const SHORT_LINE = 60;
const LINE_END_PUNCTUATION = /[.!?:;,"'”’)\]]$/;
const UPPER_START = /^[\p{Lu}\d"“‘']/u;

/**
 * wink's tokens of `text`, located, whitespace dropped, `first` set where wink (or a blank line) starts a sentence.
 * wink keeps token text verbatim, so each token is found at or after the cursor; a token that
 * cannot be found (never seen, but wink is a third party) is skipped rather than given a wrong offset.
 */
export function winkTokens(text: string): RawToken[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const types = doc.tokens().out(its.type) as string[];
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  const located: Array<RawToken | undefined> = new Array(values.length);
  let cursor = 0;
  let previousEnd = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const type = types[i]!;
    if (type === 'tabCRLF' || value.trim() === '') continue;
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0) continue;
    // Every token with the same fields in the same order (one object shape for the passes after this one).
    const token: RawToken = { text: value, start: at, end: at + value.length, type, first: undefined, paragraph: undefined };
    if (previousEnd === 0) token.paragraph = true;
    else if (hasLineBreak(text, previousEnd, at)) {
      // Only a gap with a line break can hold a blank line: the gap is cut out of the text for these tests alone.
      const gap = text.slice(previousEnd, at);
      if (BLANK_LINE.test(gap) || BULLET.test(value) || lineBreakEnds(text, previousEnd, value)) token.paragraph = true;
    }
    located[i] = token;
    cursor = previousEnd = token.end;
  }
  const tokens: RawToken[] = [];
  for (const [first, last] of spans) {
    let starts = true;
    for (let i = first!; i <= last!; i++) {
      const token = located[i];
      if (!token) continue;
      if (starts || token.paragraph) token.first = true;
      starts = false;
      tokens.push(token);
    }
  }
  return tokens;
}

/** True when the line ending at `lineEnd` is short, has no closing punctuation, and the next line starts a sentence. */
function lineBreakEnds(text: string, lineEnd: number, next: string): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length > 0 && line.length <= SHORT_LINE && !LINE_END_PUNCTUATION.test(line) && UPPER_START.test(next);
}

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xfeff;
}
