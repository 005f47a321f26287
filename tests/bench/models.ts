// Benchmark of the trained models: weight loading time and tokens/s of tagger, recogniser and parser on one core over EWT dev text.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPackageRoot, modelPath } from '../../src/analyze/model-files.js';
import { loadRecognizer } from '../../src/analyze/ner/index.js';
import { readEwt } from '../../src/analyze/tagger/corpus.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';
import { DocumentIds, listArticleFiles, readArticleFile } from '../../src/ingest/ingest.js';
import { loadTagger } from '../../src/analyze/tagger/index.js';
import { mainThreadCpu } from './threads.js';

interface ParserLike {
  parse(words: string[], upos: string[], tags: string[]): unknown;
}

async function loadParserIfPresent(): Promise<ParserLike | null> {
  if (!existsSync(modelPath('parser'))) return null;
  try {
    const mod = (await import('../../src/analyze/parser/index.js' as string)) as { loadParser?: () => ParserLike };
    return mod.loadParser ? mod.loadParser() : null;
  } catch {
    return null;
  }
}

/** CPU seconds this process has used so far. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Runs `work` over all sentences repeatedly for at least `seconds` of CPU time; returns tokens per
 * CPU-second of this process (one core), which holds steady when other processes share the machine.
 */
function throughput(sentences: string[][], seconds: number, work: (words: string[]) => void): number {
  for (const s of sentences.slice(0, 200)) work(s); // warm-up
  let tokens = 0;
  const started = cpu();
  while (cpu() - started < seconds) {
    for (const s of sentences) { work(s); tokens += s.length; }
  }
  return tokens / (cpu() - started);
}

/** EWT sentence ids are `<document>-<number>`: consecutive sentences of one document form one batch. */
function groupByDocument(ids: string[], sentences: string[][]): string[][][] {
  const documents: string[][][] = [];
  let last = '';
  ids.forEach((id, i) => {
    const doc = id.replace(/-\d+$/, '');
    if (doc !== last || documents.length === 0) documents.push([]);
    last = doc;
    documents[documents.length - 1]!.push(sentences[i]!);
  });
  return documents;
}

/** Like `throughput`, over batches of sentences handed to `work` together. */
function throughputOfBatches(batches: string[][][], seconds: number, work: (batch: string[][]) => void): number {
  for (const b of batches.slice(0, 20)) work(b); // warm-up
  let tokens = 0;
  const started = cpu();
  while (cpu() - started < seconds) {
    for (const b of batches) { work(b); for (const s of b) tokens += s.length; }
  }
  return tokens / (cpu() - started);
}

export async function benchModels(): Promise<void> {
  const data = join(findPackageRoot(), '..', 'shared', 'data');
  const sizes = ['tagger', 'ner', 'parser'].filter((m) => existsSync(modelPath(m))).map((m) => `${m} ${(statSync(modelPath(m)).size / 1e6).toFixed(2)} MB`);
  console.log(`models: weights on disk: ${sizes.join(', ')}`);

  // Wall time and this process's CPU time of each load (wall time grows when other processes share the cores).
  const cpuMs = () => cpu() * 1e3;
  const timed = async <T>(load: () => T | Promise<T>): Promise<[T, number, number]> => {
    const w = performance.now(), c = cpuMs();
    const value = await load();
    return [value, performance.now() - w, cpuMs() - c];
  };
  const [tagger, tTagger, cTagger] = await timed(loadTagger);
  // The recogniser's gazetteer is built on its first sentence: part of its load.
  const [recognizer, tNer, cNer] = await timed(() => { const r = loadRecognizer(); r.recognize(['Paris'], ['NNP']); return r; });
  const [parser, tParser, cParser] = await timed(loadParserIfPresent);
  const ms = (wall: number, cpu: number) => `${wall.toFixed(0)} ms (${cpu.toFixed(0)} ms CPU)`;
  console.log(`models: load time: tagger ${ms(tTagger, cTagger)}, ner ${ms(tNer, cNer)}${parser ? `, parser ${ms(tParser, cParser)}` : ', parser absent'}; all ${ms(tTagger + tNer + tParser, cTagger + cNer + cParser)} (target < 1 s)`);

  // First, before the models have seen a word: one pass over the BBC corpus, document by document as the
  // analyze stage runs them. The tagger and recogniser cache entries per word form, so the repeated passes
  // over EWT dev below run on warm caches; this single cold pass over news is the figure a build sees.
  const bbc = join(findPackageRoot(), '..', 'shared', 'corpus', 'bbc');
  if (existsSync(bbc)) {
    const ids = new DocumentIds();
    const documents: string[][][] = [];
    for (const file of (await listArticleFiles([bbc])).files) {
      for (const document of (await readArticleFile(file, ids)).documents) {
        documents.push(tokenize(document.text).map((s) => s.tokens.map((t) => t.text)));
      }
    }
    let tokens = 0, tagging = 0, parsing = 0, recognising = 0;
    const started = cpu(), mainStarted = mainThreadCpu();
    for (const doc of documents) {
      const t0 = cpu();
      const out = doc.map((w) => tagger.tag(w));
      const ptb = out.map((ts) => ts.map((x) => x.tag));
      const t1 = cpu();
      if (parser) doc.forEach((w, i) => parser.parse(w, out[i]!.map((x) => x.upos), ptb[i]!));
      const t2 = cpu();
      recognizer.recognizeDocument(doc, ptb, 0); // as analyze runs it: every span, each sentence reading the document's history
      const t3 = cpu();
      tagging += t1 - t0;
      parsing += t2 - t1;
      recognising += t3 - t2;
      for (const w of doc) tokens += w.length;
    }
    const all = cpu() - started, mainEnded = mainThreadCpu();
    const rate = Math.round(tokens / all).toLocaleString('en-US');
    console.log(`models: BBC corpus, ${documents.length} documents, ${tokens} tokens, one pass from cold word caches, as analyze runs them:`);
    console.log(`models:   tagger + ner${parser ? ' + parser' : ''} together: ${rate} tokens/s per CPU-second (target >= 50,000)`);
    // Where the pass's processor time went (garbage collection and compilation counted where they happened).
    const s = (x: number) => `${x.toFixed(2)} s`;
    console.log(`models:   of which tagger ${s(tagging)}, ${parser ? `parser ${s(parsing)}, ` : ''}ner ${s(recognising)} CPU`);
    // The same pass split by thread: what a cold pass spends on V8's compiler threads (optimising the models' code as
    // it gets hot) is the largest part of its gap to the warm passes below.
    if (mainStarted !== null && mainEnded !== null) {
      const main = mainEnded - mainStarted;
      console.log(`models:   of which V8's helper threads (optimising compiler, GC) ${s(Math.max(0, all - main))}; the main thread alone: ${Math.round(tokens / main).toLocaleString('en-US')} tokens/s per CPU-second`);
    }
  }

  if (!existsSync(join(data, 'ud-english-ewt', 'en_ewt-ud-dev.conllu'))) {
    console.log(`models: ${data}: no EWT dev data, throughput not measured`);
    return;
  }
  const ewt = readEwt(data, 'dev');
  const sentences = ewt.map((s) => s.words.map((w) => w.form));
  const tagged = sentences.map((words) => tagger.tag(words));
  const tags = tagged.map((ts) => ts.map((x) => x.tag));
  const upos = tagged.map((ts) => ts.map((x) => x.upos as string));
  const byWords = new Map(sentences.map((s, i) => [s, i]));
  const seconds = 3;
  const tagRate = throughput(sentences, seconds, (w) => tagger.tag(w));
  const nerRate = throughput(sentences, seconds, (w) => recognizer.recognize(w, tags[byWords.get(w)!]!));
  const parseRate = parser ? throughput(sentences, seconds, (w) => parser.parse(w, upos[byWords.get(w)!]!, tags[byWords.get(w)!]!)) : NaN;
  const interleavedRate = throughput(sentences, seconds, (w) => {
    const out = tagger.tag(w);
    const ptb = out.map((x) => x.tag);
    recognizer.recognize(w, ptb);
    parser?.parse(w, out.map((x) => x.upos), ptb);
  });
  // As the analyze stage runs them: each model over a whole document before the next (EWT's documents).
  const documents = groupByDocument(ewt.map((s) => s.sentId), sentences);
  const allRate = throughputOfBatches(documents, seconds, (doc) => {
    const out = doc.map((w) => tagger.tag(w));
    const ptb = out.map((ts) => ts.map((x) => x.tag));
    if (parser) doc.forEach((w, i) => parser.parse(w, out[i]!.map((x) => x.upos), ptb[i]!));
    recognizer.recognizeDocument(doc, ptb, 0);
  });
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const k = (x: number) => `${Math.round(x).toLocaleString('en-US')} tokens/s`;
  console.log(`models: EWT dev, ${sentences.length} sentences, ${tokens} tokens, repeated passes (warm word caches), tokens per CPU-second on one core:`);
  console.log(`models:   tagger ${k(tagRate)}; ner ${k(nerRate)}${parser ? `; parser ${k(parseRate)}` : ''}`);
  console.log(`models:   tagger + ner${parser ? ' + parser' : ''} together, sentence by sentence: ${k(interleavedRate)}`);
  console.log(`models:   tagger + ner${parser ? ' + parser' : ''} together, document by document as analyze runs them (${documents.length} documents): ${k(allRate)}`);
}
