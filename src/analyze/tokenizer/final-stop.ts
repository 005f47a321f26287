// The stop that ends a sentence is a word of its own in EWT, also after an abbreviation ("etc." -> "etc|.", "St." -> "St|.").
import type { Span } from './ewt.js';

// A word that carries the stop, or lower-case dotted initials ("p.m.", "e.g."); not a run of stops
// ("...") or a number ("3."). Capital initials ("U.S.", "R.I.") keep it, although EWT cuts it ("U.S|."):
// names are looked up with their dots ("U.S." is a country).
const CARRIES_STOP = /^(?:\p{L}+|(?:\p{Ll}\.)+\p{Ll})\.$/u;
// Closing quotes and brackets may follow the stop ("(on South Michigan Ave.)").
const CLOSING = /^[)\]}"'”’»]+$/u;

/**
 * One sentence's tokens with the stop at its end cut from the word it was read with. A sentence of
 * one such word followed by more text ("P.S. I moved") is more likely a label the sentence splitter
 * cut off than a sentence: it keeps its stop.
 */
export function splitFinalStop(tokens: readonly Span[], lastInText: boolean): Span[] {
  let i = tokens.length - 1;
  while (i >= 0 && CLOSING.test(tokens[i]!.text)) i--;
  const t = tokens[i];
  if (!t || !CARRIES_STOP.test(t.text) || (i === 0 && !lastInText)) return tokens as Span[];
  const out = tokens.slice();
  out.splice(i, 1, { text: t.text.slice(0, -1), start: t.start, end: t.end - 1 }, { text: '.', start: t.end - 1, end: t.end });
  return out;
}
