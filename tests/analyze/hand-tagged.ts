// Sentences tagged by hand for the mention tests: every word a noun unless `tags` says otherwise, capitalised words
// proper nouns, "." and "," punctuation; no parse. No trained model is involved.
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { findMentions } from '../../src/analyze/mentions/index.js';
import type { EntitySpan } from '../../src/analyze/ner/index.js';
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

/** The recogniser's spans, by the words they cover: [first word, word count, type]. */
export type HandSpans = Array<[string, number, EntitySpan['type']]>;

/** The mentions findMentions gives the hand-tagged `text` with the recogniser's `spans`, as [text, type]. */
export function handMentions(text: string, tags: Record<string, Upos> = {}, spans: HandSpans = []): Array<[string, string]> {
  const sentences = handTagged(text, tags);
  const entities = sentences.map((s) => spans.flatMap(([first, length, type]) => {
    const start = s.tokens.findIndex((t) => t.text === first);
    return start < 0 ? [] : [{ start, end: start + length, type, confidence: 0.9 }];
  }));
  return findMentions(text, sentences, entities).map((m) => [m.text, m.type]);
}
