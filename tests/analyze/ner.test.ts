// Tests of the named-entity recogniser: training on a slice of CoNLL-2003 beats a dictionary baseline; the shipped model's API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bioSpans } from '../../src/analyze/corpus/index.js';
import { findPackageRoot } from '../../src/analyze/model-files.js';
import { readConll } from '../../src/analyze/ner/corpus.js';
import { scoreNer } from '../../src/analyze/ner/evaluate.js';
import { gazetteerLabels } from '../../src/analyze/ner/gazetteer-features.js';
import { loadRecognizer, Recognizer, trainRecognizerModel } from '../../src/analyze/ner/index.js';
import { EntityScorer } from '../../src/analyze/ner/score.js';
import { loadTagger } from '../../src/analyze/tagger/index.js';

const DATA = join(findPackageRoot(), '..', 'shared', 'data');
const haveData = existsSync(join(DATA, 'conll2003', 'eng.train'));

describe.skipIf(!haveData)('training on a slice of CoNLL-2003', () => {
  it('beats a dictionary of the training entities and survives a save and load', () => {
    const tagger = loadTagger();
    const train = readConll(DATA, 'train', 400).map((s) => ({ words: s.words, labels: s.tags }));
    const dev = readConll(DATA, 'dev', 200);
    const recognizer = trainRecognizerModel(train, { iterations: 4, seed: 1, tag: (w) => tagger.tag(w).map((t) => t.tag) });
    // Baseline: every training entity string, found again wherever it occurs, with its training type.
    const known = new Map<string, string>();
    for (const s of train) for (const e of bioSpans(s.labels)) known.set(s.words.slice(e.start, e.end).join(' '), e.type);
    const baseline = new EntityScorer();
    for (const s of dev) {
      const found = [];
      for (let i = 0; i < s.words.length; i++) {
        for (let j = Math.min(s.words.length, i + 4); j > i; j--) {
          const type = known.get(s.words.slice(i, j).join(' '));
          if (type) { found.push({ start: i, end: j, type }); i = j - 1; break; }
        }
      }
      baseline.add(bioSpans(s.tags), found);
    }
    const score = scoreNer(recognizer, tagger, dev);
    expect(score.f1).toBeGreaterThan(baseline.result().f1 + 0.05);
    const reloaded = Recognizer.fromBytes(recognizer.serialize());
    expect(scoreNer(reloaded, tagger, dev).f1).toBeCloseTo(score.f1, 2);
  });

  it('labels a loaded model the same through the cached sums as feature by feature', () => {
    const tagger = loadTagger();
    const train = readConll(DATA, 'train', 200).map((s) => ({ words: s.words, labels: s.tags }));
    const loaded = Recognizer.fromBytes(trainRecognizerModel(train, { iterations: 2, seed: 2, tag: (w) => tagger.tag(w).map((t) => t.tag) }).serialize());
    const sentences = [
      ['Acme', 'Corp', 'hired', 'John', 'Smith', 'in', 'Paris', '.'],
      ['PRIME', 'MINISTER', 'VISITS', 'NEW', 'ZEALAND', 'AND', 'THE', 'UNITED', 'STATES'],
      ['x'],
      ...readConll(DATA, 'dev', 40).map((s) => s.words),
    ];
    for (const words of sentences) {
      const tags = tagger.tag(words).map((t) => t.tag);
      for (let pass = 0; pass < 2; pass++) {
        const fast = loaded.label(words, tags), slow = loaded.labelSparse(words, tags);
        expect(fast.labels).toEqual(slow.labels);
        fast.probs.forEach((p, i) => expect(p).toBeCloseTo(slow.probs[i]!, 5));
      }
    }
  });
});

describe('gazetteer features', () => {
  it.each([
    [['He', 'flew', 'to', 'New', 'Zealand'], 3, 'country-B'],
    [['He', 'flew', 'to', 'New', 'Zealand'], 4, 'country-I'],
    [['the', 'ukrainian', 'side'], 1, 'demonym-B'],
    [['Acme', 'Corp', 'said'], 1, 'orgword-B'],
    [['the', 'US', 'said'], 1, 'country-B'],
  ])('%j word %i has %s', (words, i, label) => {
    expect(gazetteerLabels(words)[i]).toContain(label);
  });

  it('does not take the pronoun "us" for the country', () => {
    expect(gazetteerLabels(['tell', 'us'])[1]).toEqual([]);
  });
});

describe('the shipped recogniser', () => {
  const tagger = loadTagger();
  const recognizer = loadRecognizer();
  const find = (sentence: string) => {
    const words = sentence.split(' ');
    return recognizer.recognize(words, tagger.tag(words).map((t) => t.tag)).map((e) => [words.slice(e.start, e.end).join(' '), e.type]);
  };
  it.each([
    ['Prime Minister Olena Kovalenko arrived in Warsaw on Monday .', [['Olena Kovalenko', 'PER'], ['Warsaw', 'LOC']]],
    ['Shares of Northwind Corp fell 5 % in New York .', [['Northwind Corp', 'ORG'], ['New York', 'LOC']]],
    ['the french government said nothing .', [['french', 'MISC']]],
  ])('%s', (sentence, expected) => {
    expect(find(sentence)).toEqual(expected);
  });

  it('gives token spans with confidences between 0 and 1', () => {
    const words = ['Maria', 'Lopez', 'visited', 'Germany', '.'];
    const out = recognizer.recognize(words, tagger.tag(words).map((t) => t.tag));
    for (const e of out) {
      expect(e.start).toBeLessThan(e.end);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(recognizer.recognize([], [])).toEqual([]);
    expect(() => recognizer.recognize(['a'], [])).toThrow(/1 words but 0 tags/);
  });
});
