// The analyze stage: sentences and tokens, the project's tagger, recogniser and parser, then mentions and time expressions.
import type { NewsDocument } from '../ingest/document.js';
import type { Analysis, Mention, Sentence, Token, Upos } from './analysis.js';
import { findTimes } from './dates/index.js';
import { findMentions } from './mentions/index.js';
import { loadRecognizer, type EntitySpan } from './ner/index.js';
import { loadParser, type Arc } from './parser/index.js';
import { loadTagger, type TaggedWord } from './tagger/index.js';
import { tokenize, type TokenizedSentence } from './tokenizer/index.js';

/**
 * The analyses of `documents`, in order; a document whose analysis fails gets its error instead; `onAnalysed` hears of each
 * document's index as it is done (a progress bar). Every document is cut
 * into sentences and tokens before any model runs: the tokenizer's tables (wink's lexicon cache) stay in the processor's
 * cache across documents instead of being evicted by the models' at every document.
 */
export function analyzeAll(documents: readonly NewsDocument[], onAnalysed: (index: number) => void = () => {}): Array<Analysis | Error> {
  const cut: Array<TokenizedSentence[] | Error> = [];
  for (const d of documents) {
    try {
      cut.push(tokenize(d.text));
    } catch (error) {
      cut.push(asError(error));
    }
  }
  const out: Array<Analysis | Error> = [];
  for (let i = 0; i < documents.length; i++) {
    const spans = cut[i]!;
    cut[i] = undefined!;
    try {
      if (spans instanceof Error) throw spans;
      out.push(analyze(documents[i]!, spans));
    } catch (error) {
      out.push(asError(error));
    }
    onAnalysed(i);
  }
  return out;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Analyses one document, from its sentences and tokens when given (`tokenize`'s of its text). Reads `document.text` and `document.published`; every offset in the result
 * points into `document.text`. The models are loaded on the first call and shared afterwards.
 */
export function analyze(document: NewsDocument, spans: readonly TokenizedSentence[] = tokenize(document.text)): Analysis {
  const text = document.text;
  const tagger = loadTagger();
  const recognizer = loadRecognizer();
  const parser = loadParser();
  // Each model runs over the whole document before the next starts: one model's weights stay in the
  // processor's cache across sentences instead of three models evicting each other at every sentence
  // (measured on EWT dev: about 20% more tokens/s than tagging, parsing and recognising sentence by sentence).
  const words = spans.map((s) => s.tokens.map((t) => t.text));
  const tagged = words.map((w) => tagger.tag(w));
  const upos = tagged.map((ts) => ts.map((t) => t.upos));
  const tags = tagged.map((ts) => ts.map((t) => t.tag));
  const arcs = words.map((w, i) => parser.parse(w, upos[i]!, tags[i]!));
  // every span: the mention finder weighs confidences itself; by document: each sentence reads the types earlier ones gave its names
  const entities: EntitySpan[][] = recognizer.recognizeDocument(words, tags, 0);
  const sentences = sentencesOf(text, spans, tagged, arcs);
  return {
    document,
    sentences,
    mentions: uniformMentions(findMentions(text, sentences, entities)),
    times: findTimes(text, sentences, document.published),
  };
}

// The arrays every later stage reads are filled by `push` (below), not made by `map`. Why: an array `map` makes is packed
// in unoptimised code and holey once the code making it is optimised, so the analyses of later articles came with arrays
// of another kind than earlier ones', and the rules reading them, optimised on the first kind, were thrown away and
// compiled again on meeting the second (wrong map). `push` makes packed arrays in both. The loops are functions of their
// own so that `analyze`, run once an article, is never optimised itself.

/** The sentences with their tokens, as the tokenizer cut them and the tagger and parser read them. */
function sentencesOf(text: string, spans: readonly TokenizedSentence[], tagged: ReadonlyArray<readonly TaggedWord[]>, arcs: ReadonlyArray<readonly Arc[]>): Sentence[] {
  const sentences: Sentence[] = [];
  for (let s = 0; s < spans.length; s++) {
    const { start, end, tokens: sentenceSpans } = spans[s]!;
    const tokens: Token[] = [];
    for (let i = 0; i < sentenceSpans.length; i++) {
      const span = sentenceSpans[i]!;
      const word = tagged[s]![i]!;
      const arc = arcs[s]![i]!;
      tokens.push({
        text: span.text, start: span.start, end: span.end, lemma: word.lemma, upos: word.upos as Upos, tag: word.tag, head: arc.head, dep: arc.dep, extractLemma: undefined, extractLower: undefined,
      });
    }
    sentences.push({ index: s, start, end, text: text.slice(start, end), tokens });
  }
  return sentences;
}

function uniformMentions(found: readonly Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (const m of found) mentions.push(uniformMention(m));
  return mentions;
}

/**
 * The mention with every field present, in one order. Why: mentions were built with their optional fields added one by
 * one (and some deleted again), so they came in a dozen hidden classes; every extraction rule reading a mention then met
 * new ones as the articles went by, and V8 threw the rule's optimised code away and compiled it again. Absent fields
 * read as undefined either way.
 */
function uniformMention(m: Mention): Mention {
  return {
    start: m.start, end: m.end, text: m.text, type: m.type, sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd,
    source: m.source, confidence: m.confidence, canonical: m.canonical, links: m.links, country: m.country, standsFor: m.standsFor,
  };
}
