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
 * document's index as it is done (a progress bar). Documents go in batches of `BATCH`, and each step runs over every
 * document of a batch before the next starts: the tokenizer over all, then the tagger over all, the parser over all,
 * the recogniser over all, then mentions and times document by document. One step's tables (wink's lexicon cache, a model's weights and cached sums) stay in the
 * processor's cache across documents instead of being evicted by the others' at every document (as within a document,
 * where each model runs over all its sentences before the next starts: about 20% more tokens/s on EWT dev than
 * sentence by sentence). Each model is called on the documents in the same order as before, so its caches (exact
 * integer sums) give the same results.
 */
export function analyzeAll(documents: readonly NewsDocument[], onAnalysed: (index: number) => void = () => {}): Array<Analysis | Error> {
  const out: Array<Analysis | Error> = [];
  for (let from = 0; from < documents.length; from += BATCH) {
    const done = analyzeBatch(documents.slice(from, from + BATCH));
    for (let i = 0; i < done.length; i++) {
      out.push(done[i]!);
      onAnalysed(from + i);
    }
  }
  return out;
}

/**
 * Documents analysed step by step together (analyzeAll): enough sentences (some hundreds) for each model's tables to
 * stay warm across them, few enough that the steps' intermediate results (words, tags, arcs, spans of every document
 * of the batch) stay small beside the analyses whatever the corpus's size.
 */
const BATCH = 32;

function analyzeBatch(documents: readonly NewsDocument[]): Array<Analysis | Error> {
  const cut = eachDocument(documents, (d) => tokenize(d.text));
  const words = eachDocument(cut, (spans) => spans.map((s) => s.tokens.map((t) => t.text)));
  const tagger = loadTagger();
  const tagged = eachDocument(words, (w) => w.map((x) => tagger.tag(x)));
  const upos = eachDocument(tagged, (ts) => ts.map((t) => t.map((x) => x.upos)));
  const tags = eachDocument(tagged, (ts) => ts.map((t) => t.map((x) => x.tag)));
  const parser = loadParser();
  const arcs = eachDocument(words, (w, i) => { const u = got(upos[i]!), t = got(tags[i]!); return w.map((x, k) => parser.parse(x, u[k]!, t[k]!)); });
  const recognizer = loadRecognizer();
  // every span: the mention finder weighs confidences itself; by document: each sentence reads the types earlier ones gave its names
  const entities = eachDocument(words, (w, i): EntitySpan[][] => recognizer.recognizeDocument(w, got(tags[i]!), 0));
  const out: Array<Analysis | Error> = [];
  for (let i = 0; i < documents.length; i++) {
    try {
      const document = documents[i]!, text = document.text;
      const sentences = sentencesOf(text, got(cut[i]!), got(tagged[i]!), got(arcs[i]!));
      const found = got(entities[i]!);
      out.push({ document, sentences, mentions: uniformMentions(findMentions(text, sentences, found)), times: findTimes(text, sentences, document.published) });
    } catch (error) {
      out.push(asError(error));
    }
    cut[i] = words[i] = tagged[i] = upos[i] = tags[i] = arcs[i] = entities[i] = undefined!;
  }
  return out;
}

/** `step` of each item, or the error it threw; an item that is an error (an earlier step's) stays that error. */
function eachDocument<A, B>(items: ReadonlyArray<A | Error>, step: (item: A, index: number) => B): Array<B | Error> {
  const out: Array<B | Error> = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item instanceof Error) { out.push(item); continue; }
    try {
      out.push(step(item, i));
    } catch (error) {
      out.push(asError(error));
    }
  }
  return out;
}

/** The value of a step, or its error thrown. */
function got<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Analyses one document. Reads `document.text` and `document.published`; every offset in the result
 * points into `document.text`. The models are loaded on the first call and shared afterwards.
 */
export function analyze(document: NewsDocument): Analysis {
  return got(analyzeAll([document])[0]!);
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
