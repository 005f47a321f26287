// Tests global (beam, max-violation) training of the parser's move model on sentences written for the test and on an EWT slice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConllu, type TreebankSentence } from '../../src/analyze/parser/conllu.js';
import { GreedyDecoder } from '../../src/analyze/parser/decode.js';
import { FEATURE_SET } from '../../src/analyze/parser/features.js';
import { trainGlobal } from '../../src/analyze/parser/global.js';
import { loadParserFrom } from '../../src/analyze/parser/index.js';
import { attachmentScores } from '../../src/analyze/parser/scores.js';
import { BeamDecoder } from '../../src/analyze/parser/search.js';
import { trainParser } from '../../src/analyze/parser/trainer.js';
import { writeModelFile } from '../../src/analyze/model-files.js';
import { EWT_DEV, EWT_TRAIN, HAVE_EWT } from './parser-data.js';

/** A sentence from `word/PTB head label` tokens (heads 1-based, 0 = root), written for the test. */
function tree(text: string): TreebankSentence {
  const rows = text.split(' | ').map((t) => t.split(' '));
  return {
    words: rows.map((r) => r[0]!.split('/')[0]!),
    upos: rows.map(() => 'X'),
    tags: rows.map((r) => r[0]!.split('/')[1]!),
    heads: rows.map((r) => Number(r[1]) - 1),
    deps: rows.map((r) => r[2]!),
  };
}

const SENTENCES = [
  'Officials/NNS 2 nsubj | said/VBD 0 root | talks/NNS 4 nsubj | failed/VBD 2 ccomp | ./. 2 punct',
  'The/DT 2 det | army/NN 3 nsubj | seized/VBD 0 root | the/DT 5 det | port/NN 3 obj | on/IN 7 case | Monday/NNP 3 obl | ./. 3 punct',
  'Rebels/NNS 3 nsubj | quickly/RB 3 advmod | fled/VBD 0 root | to/IN 6 case | the/DT 6 det | hills/NNS 3 obl | ./. 3 punct',
  'She/PRP 2 nsubj | denied/VBD 0 root | that/IN 6 mark | the/DT 5 det | firm/NN 6 nsubj | paid/VBD 2 ccomp | bribes/NNS 6 obj | ./. 2 punct',
].map(tree);

describe('trainGlobal on sentences written for the test', () => {
  const greedy = trainParser(SENTENCES, { iterations: 10, seed: 1, moveBits: 16, labelBits: 14 });
  const opts = { iterations: 10, seed: 1, beam: 2, moveBits: 16, prune: 0 };
  const model = trainGlobal(SENTENCES, greedy, opts);

  it.each(SENTENCES.map((s) => [s.words.join(' '), s] as const))('learns the heads of "%s" for a beam of 2', (_, s) => {
    const arcs = new BeamDecoder(model, 2).parse(s.words, s.tags);
    expect(arcs.map((a) => a.head)).toEqual(s.heads);
  });

  it('keeps the label model it was given', () => {
    expect(model.labels).toBe(greedy.labels);
    const s = SENTENCES[1]!;
    expect(new BeamDecoder(model, 2).parse(s.words, s.tags).map((a) => a.dep)).toEqual(s.deps);
  });

  it('takes the label model\'s labels for the gold sequence, and starting weights, when asked', () => {
    const base = Buffer.from(model.serialize());
    const predicted = trainGlobal(SENTENCES, greedy, { ...opts, predictedLabels: true });
    const started = trainGlobal(SENTENCES, greedy, { ...opts, init: greedy.moveWeights() });
    // The greedy model labels these sentences as written, so labelled gold sequences learn the same heads.
    for (const s of SENTENCES) expect(new BeamDecoder(predicted, 2).parse(s.words, s.tags).map((a) => a.head)).toEqual(s.heads);
    expect(Buffer.from(started.serialize()).equals(base)).toBe(false);
    // Zero starting weights are no starting weights.
    const zero = trainGlobal(SENTENCES, greedy, { ...opts, init: new Float32Array(3 << 16) });
    expect(Buffer.from(zero.serialize()).equals(base)).toBe(true);
  });

  it('is deterministic for a seed, and reports every pass', () => {
    const again = trainGlobal(SENTENCES, greedy, opts);
    expect(Buffer.from(again.serialize()).equals(Buffer.from(model.serialize()))).toBe(true);
    const passes: number[] = [];
    trainGlobal(SENTENCES, greedy, { ...opts, iterations: 3, onIteration: (it, clean) => passes.push(it, clean) });
    expect(passes.filter((_, i) => i % 2 === 0)).toEqual([1, 2, 3]);
    passes.filter((_, i) => i % 2 === 1).forEach((c) => expect(c).toBeGreaterThanOrEqual(0));
  });
});

describe.skipIf(!HAVE_EWT)('trainGlobal on 150 EWT sentences', () => {
  const trainSet = HAVE_EWT ? readConllu(EWT_TRAIN).slice(0, 150) : [];
  const heldOut = HAVE_EWT ? readConllu(EWT_DEV).slice(0, 100) : [];
  const greedy = trainParser(trainSet, { iterations: 3, seed: 1, moveBits: 18, labelBits: 16 });
  const dir = mkdtempSync(join(tmpdir(), 'parser-global-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const model = trainGlobal(trainSet, greedy, { iterations: 3, seed: 1, beam: 4, moveBits: 18, prune: 1, meta: { features: FEATURE_SET, search: { beam: 4 } } });

  it('beats attach-to-previous by 15 points UAS with its beam', () => {
    const beam = new BeamDecoder(model, 4);
    const scores = attachmentScores(heldOut, heldOut.map((s) => beam.parse(s.words, s.tags)));
    const base = attachmentScores(heldOut, heldOut.map((s) => s.words.map((_, i) => ({ head: i - 1, dep: 'dep' }))));
    expect(scores.uas).toBeGreaterThan(base.uas + 0.15);
    expect(scores.las).toBeGreaterThan(0.3);
  });

  it('is decoded with the beam its weights name (meta.search), or as asked', () => {
    const file = join(dir, 'global.bin.gz');
    writeModelFile(file, model.serialize());
    const beam = new BeamDecoder(model, 4), greedyDecoder = new GreedyDecoder(model);
    const byDefault = loadParserFrom(file), asGreedy = loadParserFrom(file, { beam: 1 });
    let differ = 0;
    for (const s of heldOut) {
      const blank = s.words.map(() => '');
      const b = beam.parse(s.words, s.tags);
      expect(byDefault.parse(s.words, blank, s.tags)).toEqual(b);
      const g = greedyDecoder.parse(s.words, s.tags);
      expect(asGreedy.parse(s.words, blank, s.tags)).toEqual(g);
      if (JSON.stringify(g) !== JSON.stringify(b)) differ++;
    }
    expect(differ).toBeGreaterThan(0);
  });
});
