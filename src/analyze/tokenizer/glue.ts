// Splits words glued together where a line break was lost ("the diseaseDoctors Want ...", "for calmA police source"):
// a lower-case dictionary word and a capitalised word after it with no space, as text stripped of its headings leaves them.
import { winkLexicon } from './wink.js';
import type { RawToken } from './raw.js';

/**
 * A lower-case part of three letters or more, then a capital that starts a word: capital and lower-case letters, or a
 * capital alone ("calmA"). A brand written in camel case has a shorter lower-case part ("iPod", "eBay") or starts with
 * a capital ("YouTube", "McDonald", "PowerPoint"): none is split.
 */
const GLUED = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}*)$/u;

/** Whether the lexicon knows `word`, or a stem of it (plural, past, -ing), of three letters or more. */
function known(word: string): boolean {
  const lexicon = winkLexicon();
  const forms = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), word.replace(/e?d$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')];
  return forms.some((w) => w.length >= 3 && !lexicon.isOOV(w));
}

/** Whether the lower-case part is a word of the lexicon, or two of them written as one ("ceasefire"). */
function dictionaryWord(word: string): boolean {
  if (known(word)) return true;
  for (let i = 3; i <= word.length - 3; i++) if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}

/**
 * The tokens with each glued word cut in two at its case change. The capitalised part begins a sentence: the glue is
 * where a heading or a paragraph break was, so what follows it is never the same sentence.
 */
export function splitGlued(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    const m = t.type === 'word' ? GLUED.exec(t.text) : null;
    if (!m || !dictionaryWord(m[1]!)) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1]!.length;
    out.push({ ...t, text: m[1]!, end: cut });
    out.push({ text: m[2]!, start: cut, end: t.end, type: 'word', first: true });
  }
  return out;
}
