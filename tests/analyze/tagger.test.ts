// Tests of the part-of-speech tagger: training on a slice of EWT beats a most-frequent-tag baseline; lemmas; the shipped model's API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot, modelPath, readModelFile } from '../../src/analyze/model-files.js';
import { readEwt, toTagged } from '../../src/analyze/tagger/corpus.js';
import { scoreGoldTokens } from '../../src/analyze/tagger/evaluate.js';
import { loadTagger, Tagger, trainTaggerModel } from '../../src/analyze/tagger/index.js';
import { Lemmatizer } from '../../src/analyze/tagger/lemmatizer.js';
import { wordHashes } from '../../src/analyze/perceptron/index.js';
import { CLASS_PART, contextFeatures, FORM_PART, isTitleCase, next2Features, nextFeatures, prev2Features, prevFeatures, selfFeatures } from '../../src/analyze/tagger/features.js';

const DATA = join(findPackageRoot(), '..', 'shared', 'data');
const haveData = existsSync(join(DATA, 'ud-english-ewt', 'en_ewt-ud-train.conllu'));

describe.skipIf(!haveData)('training on a slice of EWT', () => {
  it('beats the most-frequent-tag baseline and survives a save and load', () => {
    const train = readEwt(DATA, 'train', 300).map(toTagged);
    const dev = readEwt(DATA, 'dev', 150);
    const tagger = trainTaggerModel(train, { iterations: 4, seed: 1 });
    // Baseline: each word's most frequent UPOS in the slice, NOUN for unknown words.
    const counts = new Map<string, Map<string, number>>();
    for (const s of train) s.words.forEach((w, i) => {
      const m = counts.get(w) ?? new Map<string, number>();
      m.set(s.upos[i]!, (m.get(s.upos[i]!) ?? 0) + 1);
      counts.set(w, m);
    });
    let n = 0, baseline = 0;
    for (const s of dev) for (const w of s.words) {
      n++;
      const m = counts.get(w.form);
      const guess = m ? [...m].sort((a, b) => b[1] - a[1])[0]![0] : 'NOUN';
      if (guess === w.upos) baseline++;
    }
    const score = scoreGoldTokens(tagger, dev);
    expect(score.upos).toBeGreaterThan(baseline / n + 0.03);
    const reloaded = Tagger.fromBytes(tagger.serialize());
    expect(scoreGoldTokens(reloaded, dev).upos).toBeCloseTo(score.upos, 2);
  });

  it('tags a loaded model the same through the cached word sums as feature by feature', () => {
    const train = readEwt(DATA, 'train', 200).map(toTagged);
    const loaded = Tagger.fromBytes(trainTaggerModel(train, { iterations: 2, seed: 3 }).serialize());
    const sentences = [
      ['The', 'Ministry', 'said', 'it', 'would', 'not', 'comment', '.'],
      ['SHARES', 'FELL', 'ON', 'MONDAY', 'IN', 'TOKYO'],
      ['unseenword', 'x'],
      ['ok'],
      ...readEwt(DATA, 'dev', 40).map((s) => s.words.map((w) => w.form)),
    ];
    for (const words of sentences) {
      // Twice: the second pass reads the sums cached by the first.
      for (let pass = 0; pass < 2; pass++) expect(loaded.predict(words)).toEqual(loaded.predictSparse(words, words.map(wordHashes)));
    }
  });

  it('trains the same model twice with the same seed', () => {
    const train = readEwt(DATA, 'train', 60).map(toTagged);
    const a = trainTaggerModel(train, { iterations: 2, seed: 5 }).serialize();
    const b = trainTaggerModel(train, { iterations: 2, seed: 5 }).serialize();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('Lemmatizer', () => {
  const tables = Lemmatizer.learn([
    { word: 'walked', xpos: 'VBD', lemma: 'walk' },
    { word: 'talked', xpos: 'VBD', lemma: 'talk' },
    { word: 'jumped', xpos: 'VBD', lemma: 'jump' },
    { word: 'went', xpos: 'VBD', lemma: 'go' },
    { word: 'cats', xpos: 'NNS', lemma: 'cat' },
    { word: 'dogs', xpos: 'NNS', lemma: 'dog' },
    { word: 'Paris', xpos: 'NNP', lemma: 'Paris' },
    { word: 'The', xpos: 'DT', lemma: 'the' },
  ]);
  const lemmatizer = new Lemmatizer(tables);
  it.each([
    ['kicked', 'VBD', 'kick'], // suffix rule learned from walked/talked/jumped
    ['went', 'VBD', 'go'], // exception
    ['Birds', 'NNS', 'bird'], // lowercased, then the plural rule
    ['London', 'NNP', 'London'], // proper nouns keep their case
    ['THE', 'DT', 'the'],
  ])('%s/%s -> %s', (word, xpos, lemma) => {
    expect(lemmatizer.lemmatize(word, xpos)).toBe(lemma);
  });

  // a proper adjective keeps its capital in the treebank: the rule learned from it replaces the whole word
  const proper = new Lemmatizer(Lemmatizer.learn(['Syrian', 'Syrian', 'Syrian', 'Arab', 'Arab', 'Arab'].map((word) => ({ word, xpos: 'JJ', lemma: word }))));
  it.each([
    ['Syrian', 'Syrian'],
    ['pedestrian', 'pedestrian'], // not "pedeSyrian"
    ['dumb', 'dumb'], // not "Arab"
  ])('a capitalised lemma is not grafted onto another word: %s -> %s', (word, lemma) => {
    expect(proper.lemmatize(word, 'JJ')).toBe(lemma);
  });
});

describe('the shipped tagger', () => {
  const tagger = loadTagger();
  it.each([
    [['The', 'minister', 'resigned', 'on', 'Tuesday', '.'], ['DET', 'NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT']],
    [['She', 'has', 'denied', 'the', 'reports', '.'], ['PRON', 'AUX', 'VERB', 'DET', 'NOUN', 'PUNCT']],
  ])('tags %j', (words, upos) => {
    expect(tagger.tag(words).map((t) => t.upos)).toEqual(upos);
  });

  it('gives PTB tags and lemmas', () => {
    const out = tagger.tag(['Rebels', 'were', 'seized', 'by', 'soldiers']);
    expect(out.map((t) => t.tag)).toEqual(['NNS', 'VBD', 'VBN', 'IN', 'NNS']);
    expect(out.map((t) => t.lemma)).toEqual(['rebel', 'be', 'seize', 'by', 'soldier']);
  });

  it('keeps lower-case adjectives that end like a proper adjective', () => {
    const out = tagger.tag(['a', 'busy', 'pedestrian', 'street', 'and', 'an', 'obese', 'man']);
    expect(out.filter((t) => t.tag === 'JJ').map((t) => t.lemma)).toEqual(['busy', 'pedestrian', 'obese']);
  });

  it('gives each word the lemma of the tag it gets each time, through its cached lemmas', () => {
    const lemmatizer = new Lemmatizer(tagger.meta.lemmas);
    const sentences = [['I', 'saw', 'the', 'saw', 'they', 'left'], ['The', 'saw', 'was', 'left', 'there'], ['I', 'saw', 'it', 'and', 'left']];
    for (const words of [...sentences, ...sentences]) {
      for (const [i, t] of tagger.tag(words).entries()) expect(t.lemma).toBe(lemmatizer.lemmatize(words[i]!, t.tag));
    }
  });

  it('rejects a weights file of another kind with a clear error', () => {
    expect(() => Tagger.fromBytes(new Uint8Array(64))).toThrow(/tagger: weights file is not a tagger model/);
  });

  it('returns nothing for no words and is cached', () => {
    expect(tagger.tag([])).toEqual([]);
    expect(loadTagger()).toBe(tagger);
  });

  it('tags the same once its word caches are full and emptied', () => {
    // A tagger of its own: this one sees more word forms than it keeps (20,000), so it forgets every cached sum once.
    const fresh = Tagger.fromBytes(readModelFile(modelPath('tagger')));
    const sentences = [['The', 'minister', 'resigned', 'on', 'Tuesday', '.'], ['Zorblat', 'quexed', 'the', 'Vrindle', 'Accord', 'in', '1997', '.']];
    const before = sentences.map((words) => fresh.tag(words));
    const forms = (i: number) => Array.from({ length: 50 }, (_, j) => (j % 2 ? `kv${i}x${j}` : `Qa${i}y${j}`));
    for (let i = 0; i < 420; i++) fresh.tag(forms(i));
    expect((fresh as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThan(20_000);
    expect(sentences.map((words) => fresh.tag(words))).toEqual(before);
    for (const words of [...sentences, forms(3)]) expect(fresh.predict(words)).toEqual(fresh.predictSparse(words, words.map(wordHashes)));
  });
});

describe('title case', () => {
  it.each([
    [['Rebels', 'Seize', 'Capital', 'After', 'Long', 'Siege'], true],
    [['Rebels', 'seized', 'the', 'capital', 'after', 'a', 'siege'], false],
    [['Écoles', 'Über', 'Ärger'], true],
    [['écoles', 'über', 'ärger', 'Today'], false],
    [['1996', '2004', 'Talks', 'Start', 'Again'], true],
    [['Big', 'Day'], false],
  ])('%j is in title case: %s', (words, expected) => {
    expect(isTitleCase(words)).toBe(expected);
  });

  it.each([0, 1, 2])('a title-case sentence adds two features to word %i and changes none of the others', (i) => {
    const words = ['Rebels', 'Seize', 'Capital'];
    const x = { words: words.map(wordHashes), amb: [1, 2, 3], lex: [0, 0, 0], right: [4, 5, 6], titleCase: false };
    const plain = new Uint32Array(64), title = new Uint32Array(64);
    const k = contextFeatures(x, i, 7, plain, 0), kTitle = contextFeatures({ ...x, titleCase: true }, i, 7, title, 0);
    expect(kTitle).toBe(k + 2);
    expect(Array.from(title.subarray(0, k))).toEqual(Array.from(plain.subarray(0, k)));
    expect(new Set(title.subarray(0, kTitle)).size).toBe(kTitle);
  });
});

// The tagger caches the sums of a word's CLASS_PART features per (shape, ambiguity class, lexicon class) and
// adds its FORM_PART features per word form: the two parts must be the whole group, and the class part must
// read nothing else.
describe('tagger feature parts', () => {
  type Group = (word: string, amb: number, lex: number, out: Uint32Array, part?: number) => number;
  const groups: Array<[string, Group]> = [
    ['self', (w, a, l, out, part) => selfFeatures(wordHashes(w), a, l, out, 0, part)],
    ['prev', (w, a, l, out, part) => prevFeatures(wordHashes(w), a, l, out, 0, part)],
    ['prev2', (w, _a, _l, out, part) => prev2Features(wordHashes(w), out, 0, part)],
    ['next', (w, a, l, out, part) => nextFeatures(wordHashes(w), a, l, out, 0, part)],
    ['next2', (w, a, _l, out, part) => next2Features(wordHashes(w), a, out, 0, part)],
  ];
  const run = (g: Group, word: string, amb: number, lex: number, part?: number) => {
    const out = new Uint32Array(64);
    return Array.from(out.subarray(0, g(word, amb, lex, out, part)));
  };

  it.each(groups)('%s: the class and form parts together are every feature of the group', (_, g) => {
    for (const [word, amb, lex] of [['Paris', 11, 21], ['walked', 12, 22], ['1996', 13, 23]] as const) {
      const all = run(g, word, amb, lex), parts = [...run(g, word, amb, lex, CLASS_PART), ...run(g, word, amb, lex, FORM_PART)];
      expect([...parts].sort()).toEqual([...all].sort());
      expect(all.length).toBeGreaterThan(0);
    }
  });

  it.each(groups)('%s: the class part is the same for words of one shape, ambiguity and lexicon class', (_, g) => {
    expect(run(g, 'Paris', 5, 7, CLASS_PART)).toEqual(run(g, 'London', 5, 7, CLASS_PART));
    expect(run(g, 'Paris', 5, 7, FORM_PART)).not.toEqual(run(g, 'London', 5, 7, FORM_PART));
  });
});
