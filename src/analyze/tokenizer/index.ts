// Sentences and tokens with exact character offsets: wink-nlp's sentence splitter, tokens re-cut to UD English EWT.
import { winkTokens } from './raw.js';
import { toEwt, type Span } from './ewt.js';
import { splitBareContractions } from './contractions.js';
import { splitFinalStop } from './final-stop.js';
import { splitGlued } from './glue.js';

export type { Span } from './ewt.js';

const LOWER_START = /^\p{Ll}/u;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const CLOSING_QUOTE = /^["'”’»]$/;
// A stop, or a word wink read as an abbreviation because of its stop ("No." in '"No." Then').
const STOP = /(?:[.!?]|…)$/;
const UPPER_WORD = /^\p{Lu}/u;
const ABBREVIATION = /^(?:\p{L}+\.)*\p{L}+\.$/u;
const DIGIT_START = /^\d/;
// Emoticons, as wink and toEwt leave them (":)", ";-)", ":D", "=)", "^_^", "<3").
const EMOTICON = /^(?:[:;=8][-'^o]?[()[\]DPpOo3|\\/*@$]{1,3}|\^_*\^|-_+-|[oO]_[oO]|T_T|<3+|x[DP])$/;
// A company form after an abbreviation's stop continues the name ("Gases Pvt. Ltd.", "Foo Co. Inc.").
const COMPANY_FORM = /^(?:ltd|inc|co|corp|llc|llp|plc)\.?$/i;

/** One sentence: its span in the text and its tokens (offsets into the same text, end exclusive). */
export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: Span[];
}

/** A word with its stop ("No.", "U.S."): ABBREVIATION, asked of every token, after the one check most fail. */
function isAbbreviation(text: string): boolean {
  return text.endsWith('.') && ABBREVIATION.test(text);
}

/** Whether a word wink starts a sentence with does begin one, after the word `last` (the sentence's so far, if any). */
function beginsSentence(word: string, last: Span | undefined): boolean {
  // Nor does a number follow an abbreviation's stop at a sentence start ("ext. 3-5213", "No. 5"),
  // nor a company form ("Gases Pvt. Ltd.").
  const abbreviation = last !== undefined && isAbbreviation(last.text);
  if (abbreviation && (DIGIT_START.test(word) || COMPANY_FORM.test(word))) return false;
  // Text written all in lower case (chat, e-mail) still ends its sentences: a lower-case word may begin
  // one after a bare stop (not after an abbreviation's stop or "..."). Not after "?" or "!": in news
  // those end titles inside sentences ("Are We There Yet? and ...", "OutRage! said").
  return !LOWER_START.test(word) || (last !== undefined && last.text === '.');
}

/**
 * Splits `text` into sentences and tokens. Every token satisfies
 * `text.slice(token.start, token.end) === token.text`; a blank line always ends a sentence.
 */
export function tokenize(text: string): TokenizedSentence[] {
  const sentences: TokenizedSentence[] = [];
  if (!text.trim()) return sentences;
  let tokens: Span[] = [];
  let paragraphStart = true;
  const close = () => {
    if (!tokens.length) return;
    const last = sentences[sentences.length - 1];
    // A closing quote or stop that wink left on its own belongs to the sentence before it.
    if (last && !paragraphStart && tokens.every((t) => PUNCTUATION_ONLY.test(t.text))) {
      last.tokens.push(...tokens);
      last.end = tokens[tokens.length - 1]!.end;
    } else sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    tokens = [];
  };
  // A sentence start moved past an emoticon that closes the sentence before it.
  let carriedStart = false;
  const cut = toEwt(splitGlued(winkTokens(text)), text);
  for (let k = 0; k < cut.length; k++) {
    const token = cut[k]!;
    const first = token.first || carriedStart;
    carriedStart = false;
    const last = tokens.length > 0 ? tokens[tokens.length - 1]! : undefined;
    // An emoticon after a stop ends that sentence ("Had fun. :) See you"): the next word begins the new one.
    if (first && !token.paragraph && last && EMOTICON.test(token.text) && STOP.test(last.text)) {
      tokens.push({ text: token.text, start: token.start, end: token.end });
      carriedStart = true;
      continue;
    }
    // wink ends a sentence at "?" or "!" inside quotes ("Why?" he asked); a sentence does not begin in lower case.
    // It misses the end of a quoted sentence followed by a new one ('He said: "No." Then he left.').
    // (A closing quote is one character: most words fail that before any pattern runs.)
    const quoteEnd = tokens.length >= 2 && last!.text.length === 1 && CLOSING_QUOTE.test(last!.text) && STOP.test(tokens[tokens.length - 2]!.text) &&
      tokens[tokens.length - 2]!.end === last!.start && UPPER_WORD.test(token.text);
    if (token.paragraph || quoteEnd || (first && beginsSentence(token.text, last))) {
      close();
      paragraphStart = Boolean(token.paragraph);
    }
    tokens.push({ text: token.text, start: token.start, end: token.end });
  }
  close();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    s.tokens = splitFinalStop(splitBareContractions(s.tokens), i === sentences.length - 1);
  }
  return sentences;
}
