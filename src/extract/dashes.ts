// Dashes as punctuation: a spaced dash that sets off a parenthetical, and the one that ends a dateline. Read from the
// tokens alone, so that the parse repairs and the extractors ask the same question.
import type { Token } from '../analyze/analysis.js';

/** Dashes that set off a parenthetical ("X - the novel about ... - was named") or end a dateline ("LIMA \u2014 A ..."). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '--']);

/** Whether token `k` is a dash with space on both sides (a parenthetical's, not the inner hyphen of "mid-century"). */
export function spacedDash(tokens: readonly Token[], k: number): boolean {
  return DASHES.has(tokens[k]?.text ?? '') && k > 0 && tokens[k]!.start > tokens[k - 1]!.end && k + 1 < tokens.length && tokens[k + 1]!.start > tokens[k]!.end;
}

/** Words of a dateline: a place written in capitals ("LIMA", "NEW YORK", "ST. LOUIS"), and commas between its parts. */
const DATELINE_WORD = /^(?:[A-Z][A-Z.'&-]*|,)$/;

/**
 * The index of the dash that ends a sentence's dateline ("LIMA \u2014 A farmer from ... pleaded ..."): words in capitals
 * opening the sentence (at least one of two letters or more), then a dash with space on both sides, and no other such dash
 * after it; -1 when there is none.
 */
export function datelineDash(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && DATELINE_WORD.test(tokens[k]!.text)) k++;
  const dash = tokens[k];
  if (k === 0 || tokens[0]!.text === ',' || !tokens.slice(0, k).some((t) => /^[A-Z]{2}/.test(t.text))) return -1;
  if (!dash || !spacedDash(tokens, k)) return -1;
  // (a second spaced dash closes a parenthetical: "NATO - the alliance of 30 states - agreed" names no dateline)
  for (let j = k + 1; j < tokens.length; j++) if (spacedDash(tokens, j)) return -1;
  return k;
}
