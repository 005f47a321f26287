// The one key function every gazetteer table is indexed by: case, accents and apostrophe styles folded.
import { memoize } from '../../util/memo.js';

const MARKS = /\p{M}+/gu;

// ASCII with no backquote and no space but one between each two words ("Kabul", "foreign secretary", as the rules join a
// phrase): the slow path would only lower-case it (no accents or marks, no quote to fold, no run of spaces, nothing to
// trim), so lower case is its key.
const PLAIN = /^(?:[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*)?$/;
/** The key of a text off the fast path, remembered per text. */
const slowKey = memoize((text) =>
  text.normalize('NFKD').replace(MARKS, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase());

/** "Côte d’Ivoire" -> "cote d'ivoire". Periods are kept: "U.S." and "us" must stay apart. */
export function key(text: string): string {
  // Fast path for the common case, ASCII words (see PLAIN): lower case is the key.
  if (PLAIN.test(text)) return text.toLowerCase();
  return slowKey(text);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Whether a text is ASCII only: a name with accents written so has left them out ("Munster" for "Münster"). */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** Splits a gazetteer name into the tokens our tokenizer gives it: words, and hyphens as their own tokens. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const piece of name.trim().split(/\s+/)) {
    if (!piece) continue;
    // "Lord's": the tokenizer splits a possessive ending off its word, so the entry must too
    const possessive = /^(.+?)(['’]s)$/u.exec(piece);
    if (possessive) {
      out.push(possessive[1]!, possessive[2]!);
      continue;
    }
    const parts = piece.split(/(-)/).filter(Boolean);
    // "e-mail"-like prefixes never occur in names; every inner hyphen is a token, as in UD EWT.
    if (parts.length > 1 && /^\p{L}/u.test(piece)) out.push(...parts);
    else out.push(piece);
  }
  return out;
}

/** True when the first letter is upper case ("Kabul", "U.S.", "ISIS"). */
export function isCapitalized(word: string): boolean {
  // Words whose first letter comes before any non-ASCII character are settled without a Unicode match.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 65 && c <= 90) return true;
    if (c >= 97 && c <= 122) return false;
    if (i === word.length - 1) return false;
  }
  const first = word.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}
