// Tests parser training and evaluation on tiny slices of UD English-EWT: the model must beat attach-to-previous.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConllu } from '../../src/analyze/parser/conllu.js';
import { GreedyDecoder } from '../../src/analyze/parser/decode.js';
import { evaluate } from '../../src/analyze/parser/evaluate.js';
import { loadParserFrom } from '../../src/analyze/parser/index.js';
import { ParserModel } from '../../src/analyze/parser/model.js';
import { attachmentScores } from '../../src/analyze/parser/scores.js';
import { DEFAULTS, train } from '../../src/analyze/parser/train.js';
import { trainParser } from '../../src/analyze/parser/trainer.js';
import { trainGlobal } from '../../src/analyze/parser/global.js';
import { trainTaggerModel } from '../../src/analyze/tagger/index.js';
import { readModelFile, writeModelFile } from '../../src/analyze/model-files.js';
import { EWT_DEV, EWT_TRAIN, HAVE_EWT } from './parser-data.js';

const trainSet = HAVE_EWT ? readConllu(EWT_TRAIN).slice(0, 150) : [];
const heldOut = HAVE_EWT ? readConllu(EWT_DEV).slice(0, 100) : [];

/** Baselines a parser must beat: every word attached to the previous one / to the next one. */
const baselines: [string, (n: number) => number[]][] = [
  ['attach-to-previous', (n) => Array.from({ length: n }, (_, i) => i - 1)],
  ['attach-to-next', (n) => Array.from({ length: n }, (_, i) => (i + 1 < n ? i + 1 : -1))],
];

describe.skipIf(!HAVE_EWT)('parser: training on 150 EWT sentences', () => {
  const model = trainParser(trainSet, { iterations: 3, seed: 1, moveBits: 18, labelBits: 16 });
  const decoder = new GreedyDecoder(model);
  const predicted = heldOut.map((s) => decoder.parse(s.words, s.tags));
  const scores = attachmentScores(heldOut, predicted);

  it.each(baselines)('beats the %s baseline by 15 points UAS on 100 held-out sentences', (_, heads) => {
    const base = attachmentScores(heldOut, heldOut.map((s) => heads(s.words.length).map((head) => ({ head, dep: 'dep' }))));
    expect(scores.uas).toBeGreaterThan(base.uas + 0.15);
  });

  it('labels most attached words correctly', () => {
    expect(scores.las).toBeGreaterThan(0.4);
    expect(scores.las).toBeLessThanOrEqual(scores.uas);
  });

  it('produces one root and a tree for every sentence', () => {
    for (const arcs of predicted) {
      expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
      expect(arcs.find((a) => a.head === -1)!.dep).toBe('root');
      // Following heads from any word reaches the root without a cycle.
      arcs.forEach((_, i) => {
        let k = i, steps = 0;
        while (k !== -1 && steps <= arcs.length) { k = arcs[k]!.head; steps++; }
        expect(k).toBe(-1);
      });
    }
  });

  it('gives the same parses after a serialise/deserialise round trip', () => {
    const back = ParserModel.deserialize(model.serialize(), 'memory');
    const again = new GreedyDecoder(back);
    const diff = heldOut.filter((s, k) => JSON.stringify(again.parse(s.words, s.tags)) !== JSON.stringify(predicted[k]));
    expect(diff).toHaveLength(0);
  });

  it('is deterministic for a fixed seed', () => {
    const other = trainParser(trainSet.slice(0, 50), { iterations: 2, seed: 3, moveBits: 16, labelBits: 15 });
    const same = trainParser(trainSet.slice(0, 50), { iterations: 2, seed: 3, moveBits: 16, labelBits: 15 });
    expect(Buffer.from(other.serialize()).equals(Buffer.from(same.serialize()))).toBe(true);
  });
});

describe.skipIf(!HAVE_EWT)('parser: train() and evaluate() on a data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parser-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains with jackknifed tags, writes weights and scores dev', async () => {
    // A copy of the first 120 training and 60 dev sentences, laid out like ../shared/data.
    const ewt = join(dir, 'ud-english-ewt');
    mkdirSync(ewt);
    const head = (file: string, n: number) => readFileSync(file, 'utf8').split(/\n\n/).slice(0, n).join('\n\n') + '\n\n';
    writeFileSync(join(ewt, 'en_ewt-ud-train.conllu'), head(EWT_TRAIN, 120));
    writeFileSync(join(ewt, 'en_ewt-ud-dev.conllu'), head(EWT_DEV, 60));
    const out = join(dir, 'parser.bin.gz');
    await train({ data: dir, out, iterations: 2, seed: 1 });
    // A tagger trained on the same slice stands in for the shipped one, so the test depends on neither.
    const tagger = trainTaggerModel(readConllu(join(ewt, 'en_ewt-ud-train.conllu')).map((s) => ({ words: s.words, upos: s.upos, xpos: s.tags })), { iterations: 3 });
    const scores = await evaluate({ data: dir, parser: loadParserFrom(out), tagger });
    expect(scores.tokens).toBeGreaterThan(500);
    expect(scores.uas).toBeGreaterThan(0.45);
    expect(scores.las).toBeGreaterThan(0.3);
    expect(scores.uas_gold_tags).toBeGreaterThan(0.45);
  }, 120_000);

  it('with --beam, retrains the move model for that beam after the greedy model and names the beam in the header', async () => {
    // Its own 60 training sentences with gold tags (no jackknifing), laid out like ../shared/data.
    const data = join(dir, 'beam');
    mkdirSync(join(data, 'ud-english-ewt'), { recursive: true });
    writeFileSync(join(data, 'ud-english-ewt', 'en_ewt-ud-train.conllu'), readFileSync(EWT_TRAIN, 'utf8').split(/\n\n/).slice(0, 60).join('\n\n') + '\n\n');
    const out = join(data, 'parser.bin.gz');
    await train({ data, out, iterations: 2, globalIterations: 2, seed: 1, beam: 2, goldTags: true });
    const written = ParserModel.deserialize(readModelFile(out), out);
    expect(written.meta.search).toEqual({ beam: 2, threshold: DEFAULTS.threshold });
    expect(written.meta.training).toMatch(/beam 2, max-violation update, 2 passes/);
    // Byte for byte trainGlobal over the greedy model that train() makes without --beam.
    const sentences = readConllu(join(data, 'ud-english-ewt', 'en_ewt-ud-train.conllu'));
    const greedy = trainParser(sentences, { iterations: 2, seed: 1, moveBits: DEFAULTS.moveBits, labelBits: DEFAULTS.labelBits, prune: DEFAULTS.prune });
    const expected = trainGlobal(sentences, greedy, {
      iterations: 2, seed: 1, beam: 2, moveBits: DEFAULTS.moveBits, prune: DEFAULTS.prune.moves,
      predictedLabels: DEFAULTS.predictedLabels, init: DEFAULTS.init ? greedy.moveWeights() : undefined, meta: written.meta,
    });
    expect(Buffer.from(readModelFile(out)).equals(Buffer.from(expected.serialize()))).toBe(true);
    // With --beam 1 it stops at the greedy model, whose header names no search.
    const greedyOut = join(data, 'greedy.bin.gz');
    await train({ data, out: greedyOut, iterations: 2, seed: 1, beam: 1, goldTags: true });
    const greedyWritten = ParserModel.deserialize(readModelFile(greedyOut), greedyOut);
    expect(greedyWritten.meta.search).toBeUndefined();
    expect(Buffer.from(greedyWritten.serialize()).equals(Buffer.from(trainParser(sentences, {
      iterations: 2, seed: 1, moveBits: DEFAULTS.moveBits, labelBits: DEFAULTS.labelBits, prune: DEFAULTS.prune, meta: greedyWritten.meta,
    }).serialize()))).toBe(true);
  }, 120_000);

  it('trains the shipped configuration by default: a beam of 4, named with its threshold in the header', async () => {
    const data = join(dir, 'beam');
    const out = join(data, 'default.bin.gz');
    await train({ data, out, iterations: 1, globalIterations: 1, seed: 1, goldTags: true });
    const written = ParserModel.deserialize(readModelFile(out), out);
    expect(DEFAULTS.beam).toBe(4);
    expect(written.meta.search).toEqual({ beam: 4, threshold: DEFAULTS.threshold });
    expect(written.meta.training).toMatch(/beam 4, max-violation update, 1 passes, gold sequence labelled by the label model/);
  }, 120_000);

  it('counts the greedy and the beam stage passes apart (--iterations, --global-iterations)', async () => {
    const data = join(dir, 'beam');
    const out = join(data, 'passes.bin.gz');
    await train({ data, out, iterations: 2, globalIterations: 1, seed: 1, beam: 2, goldTags: true });
    const written = ParserModel.deserialize(readModelFile(out), out);
    expect(written.meta.iterations).toBe(2);
    expect(written.meta.training).toMatch(/beam 2, max-violation update, 1 passes/);
  }, 120_000);

  it('names the file when weights are missing or damaged', () => {
    expect(() => loadParserFrom(join(dir, 'missing.bin.gz'))).toThrow(/missing\.bin\.gz/);
    const bad = join(dir, 'bad.bin.gz');
    writeFileSync(bad, 'not gzip');
    expect(() => loadParserFrom(bad)).toThrow(/bad\.bin\.gz/);
  });

  it('refuses weights trained for another feature set', () => {
    const stale = join(dir, 'stale.bin.gz');
    const model = trainParser(trainSet.slice(0, 20), { iterations: 1, seed: 1, moveBits: 12, labelBits: 12, meta: { features: 'an older template set' } });
    writeModelFile(stale, model.serialize());
    expect(() => loadParserFrom(stale)).toThrow(/stale\.bin\.gz: weights were trained for feature set "an older template set"/);
  });
});
