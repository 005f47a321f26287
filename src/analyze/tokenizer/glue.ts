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
 * Names written with a lower-case first part that the lexicon knows, so that they look glued: whole names, and the
 * prefixes of brand families ("easyJet", "easyHotel", "easyCar" ... of the easyGroup). The repetition rule (splitGlued)
 * keeps a name the document writes twice, but a short story or a brief names a brand once ("Shares in easyJet rose"),
 * and nothing else in the text tells it from a glue; these are known. Only prefixes no sentence is likely to end with
 * belong in BRAND_FAMILIES; a word that often ends one ("open", "air") is listed with its whole name instead.
 */
const BRANDS = new Set(['airBaltic', 'citizenM', 'openDemocracy']);
const BRAND_FAMILIES = ['easy'];

function isBrand(word: string, lower: string): boolean {
  return BRANDS.has(word) || BRAND_FAMILIES.includes(lower);
}

/**
 * The tokens with each glued word cut in two at its case change. The capitalised part begins a sentence: the glue is
 * where a heading or a paragraph break was, so what follows it is never the same sentence. `tokens` are the whole
 * document's: a line break is lost once, where a name written in camel case comes back, so a form the document writes
 * twice or more is a name and stays whole ("Shares in easyJet ... easyJet's fleet"), as does a known brand written once.
 */
export function splitGlued(tokens: RawToken[]): RawToken[] {
  const seen = new Map<string, number>();
  for (const t of tokens) if (t.type === 'word' && GLUED.test(t.text)) seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
  if (!seen.size) return tokens;
  const out: RawToken[] = [];
  for (const t of tokens) {
    const m = t.type === 'word' && seen.get(t.text) === 1 ? GLUED.exec(t.text) : null;
    if (!m || isBrand(t.text, m[1]!) || !dictionaryWord(m[1]!)) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1]!.length;
    out.push({ ...t, text: m[1]!, end: cut });
    out.push({ text: m[2]!, start: cut, end: t.end, type: 'word', first: true });
  }
  return out;
}
