// The analyze stage: sentences and tokens, the project's tagger, recogniser and parser, then mentions and time expressions.
import type { NewsDocument } from '../ingest/document.js';
import type { Analysis, Sentence, Token, Upos } from './analysis.js';
import { findTimes } from './dates/index.js';
import { findMentions } from './mentions/index.js';
import { loadRecognizer, type EntitySpan } from './ner/index.js';
import { loadParser } from './parser/index.js';
import { loadTagger } from './tagger/index.js';
import { tokenize } from './tokenizer/index.js';

/**
 * Analyses one document. Reads `document.text` and `document.published`; every offset in the result
 * points into `document.text`. The models are loaded on the first call and shared afterwards.
 */
export function analyze(document: NewsDocument): Analysis {
  const text = document.text;
  const tagger = loadTagger();
  const recognizer = loadRecognizer();
  const parser = loadParser();
  const sentences: Sentence[] = [];
  const entities: EntitySpan[][] = [];
  for (const { start, end, tokens: spans } of tokenize(text)) {
    const words = spans.map((t) => t.text);
    const tagged = tagger.tag(words);
    const upos = tagged.map((t) => t.upos);
    const tags = tagged.map((t) => t.tag);
    const arcs = parser.parse(words, upos, tags);
    const tokens: Token[] = spans.map((span, i) => ({
      text: span.text,
      start: span.start,
      end: span.end,
      lemma: tagged[i]!.lemma,
      upos: upos[i] as Upos,
      tag: tags[i]!,
      head: arcs[i]!.head,
      dep: arcs[i]!.dep,
    }));
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens });
    entities.push(recognizer.recognize(words, tags, 0)); // every span: the mention finder weighs confidences itself
  }
  return {
    document,
    sentences,
    mentions: findMentions(text, sentences, entities),
    times: findTimes(text, sentences, document.published),
  };
}
