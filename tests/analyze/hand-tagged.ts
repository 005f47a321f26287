// Sentences tagged by hand for the mention tests: every word a noun unless `tags` says otherwise, capitalised words
// proper nouns, "." and "," punctuation; no parse. No trained model is involved.
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

export function handTagged(text: string, tags: Record<string, Upos> = {}): Sentence[] {
  return tokenize(text).map((raw, index) => ({
    index, start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end),
    tokens: raw.tokens.map((t) => ({
      ...t,
      lemma: t.text.toLowerCase(),
      upos: (tags[t.text] ?? (/^[.,]$/.test(t.text) ? 'PUNCT' : /^\p{Lu}/u.test(t.text) ? 'PROPN' : 'NOUN')) as Upos,
      tag: 'NN',
      head: -1,
      dep: 'dep',
    })),
  }));
}
