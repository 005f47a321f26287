// Tests of the averaged perceptron: learning, averaging, serialisation, hashing and seeded shuffling.
import { describe, expect, it } from 'vitest';
import { argmax, FeatureTable, hashString, mix, normalizeWord, Perceptron, seededRandom, shuffle, SumPool, wordHashes, wordShape } from '../../src/analyze/perceptron/index.js';

describe('Perceptron', () => {
  it('learns a separable problem and predicts it after averaging', () => {
    // Class c is signalled by feature 100 + c; feature 1 fires everywhere (a bias).
    const p = new Perceptron(3);
    const random = seededRandom(7);
    for (let n = 0; n < 300; n++) {
      const truth = Math.floor(random() * 3);
      const feats = [1, 100 + truth];
      p.update(feats, truth, argmax(p.score(feats)));
    }
    p.average();
    for (const c of [0, 1, 2]) expect(argmax(p.score([1, 100 + c]))).toBe(c);
  });

  it('averages weights over all instances, not only the last', () => {
    const p = new Perceptron(2);
    p.update([5], 0, 1); // instance 1: w[5] = (+1, -1)
    p.update([5], 1, 1); // instance 2: correct, no change
    p.update([5], 1, 0); // instance 3: w[5] = (0, 0)
    p.update([5], 1, 1); // instance 4
    p.average();
    const s = p.score([5]);
    // Weights were (+1,-1) during instances 1-2 of 4, then (0,0): average (0.5, -0.5).
    expect(s[0]).toBeCloseTo(0.5);
    expect(s[1]).toBeCloseTo(-0.5);
  });

  it('serialises and loads back with nearly the same scores, pruning nothing that matters', () => {
    const p = new Perceptron(4);
    const random = seededRandom(3);
    for (let n = 0; n < 2000; n++) {
      const truth = Math.floor(random() * 4);
      const feats = [mix(1, truth), mix(2, Math.floor(random() * 50)), 77];
      p.update(feats, truth, argmax(p.score(feats)));
    }
    const bytes = p.serialize({ labels: ['a', 'b', 'c', 'd'] });
    const q = Perceptron.deserialize(bytes);
    expect(q.meta).toEqual({ labels: ['a', 'b', 'c', 'd'] });
    for (let t = 0; t < 4; t++) {
      const feats = [mix(1, t), mix(2, 9), 77];
      const a = Array.from(p.score(feats));
      const b = Array.from(q.score(feats));
      a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 1));
      expect(argmax(b)).toBe(t);
    }
  });

  it('refuses bytes that are not a model and updates after loading', () => {
    expect(() => Perceptron.deserialize(new Uint8Array(40))).toThrow(/not a model file/);
    const q = Perceptron.deserialize(new Perceptron(2).serialize());
    expect(() => q.update([1], 0, 1)).toThrow(/update after average/);
  });

  it('adds every kept row of a loaded model and nothing for unknown features (its Bloom filter drops no known key)', () => {
    const p = new Perceptron(5);
    const random = seededRandom(11);
    const keys = Array.from({ length: 4000 }, (_, i) => mix(3, i));
    for (let n = 0; n < 20000; n++) {
      const truth = Math.floor(random() * 5);
      const feats = [keys[Math.floor(random() * keys.length)]!, keys[Math.floor(random() * keys.length)]!];
      p.update(feats, truth, argmax(p.score(feats)));
    }
    const q = Perceptron.deserialize(p.serialize(null, { pruneRatio: 0 }));
    const all = new Int32Array(5), one = new Int32Array(5), sum = new Int32Array(5);
    let nonzero = 0;
    for (const k of keys) {
      one.fill(0);
      q.addRows([k], 1, one);
      if (one.some((v) => v !== 0)) nonzero++;
      one.forEach((v, c) => { sum[c]! += v; });
    }
    // Every kept row has a non-zero entry, so a key the filter wrongly dropped would show as a missing row.
    expect(nonzero).toBe(q.size);
    q.addRows(keys, keys.length, all);
    expect(Array.from(all)).toEqual(Array.from(sum));
    const unknown = new Int32Array(5);
    q.addRows(Array.from({ length: 1000 }, (_, i) => mix(4, i)), 1000, unknown);
    expect(Array.from(unknown)).toEqual([0, 0, 0, 0, 0]);
  });

  it.each([
    ['one row', [[3, 5, 8]]],
    ['three rows, known and unknown keys mixed', [[1, 2], [7, -1, 9, 11], [-2, 4]]],
    ['an empty group between two', [[6], [], [0, 10]]],
  ])('adds each feature at its own row offset as addRows does per row: %s', (_, groups) => {
    const p = new Perceptron(4);
    const random = seededRandom(5);
    const keys = Array.from({ length: 12 }, (_, i) => mix(9, i));
    for (let n = 0; n < 3000; n++) {
      const feats = [keys[Math.floor(random() * keys.length)]!, keys[Math.floor(random() * keys.length)]!];
      p.update(feats, Math.floor(random() * 4), argmax(p.score(feats)));
    }
    const q = Perceptron.deserialize(p.serialize(null, { pruneRatio: 0 }));
    // A negative index stands for a key the model has no row for.
    const key = (i: number) => (i < 0 ? mix(10, -i) : keys[i]!);
    const expected = new Int32Array(4 * groups.length + 3), got = new Int32Array(4 * groups.length + 3);
    const feats: number[] = [], at: number[] = [];
    groups.forEach((g, r) => {
      q.addRows(g.map(key), g.length, expected, 3 + 4 * r);
      for (const i of g) { feats.push(key(i)); at.push(3 + 4 * r); }
    });
    q.addRowsAt(feats, feats.length, Int32Array.from(at), got);
    expect(Array.from(got)).toEqual(Array.from(expected));
    expect(got.some((v) => v !== 0)).toBe(true);
  });

  it('ignores unknown features when scoring', () => {
    const p = new Perceptron(2);
    expect(Array.from(p.score([123456]))).toEqual([0, 0]);
  });
});

describe('feature hashing and helpers', () => {
  it.each([
    ['', 'x'],
    ['a', 'b'],
    ['word', 'Word'],
  ])('hashes %j and %j differently and never to 0', (a, b) => {
    expect(hashString(a)).not.toBe(hashString(b));
    expect(hashString(a)).not.toBe(0);
    expect(mix(hashString(a), 1)).not.toBe(mix(hashString(b), 1));
  });

  it('keeps rows stable in the feature table across growth', () => {
    const t = new FeatureTable(4);
    const keys = Array.from({ length: 5000 }, (_, i) => mix(9, i));
    keys.forEach((k, i) => expect(t.getOrAdd(k)).toBe(i));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get(mix(10, 1))).toBe(-1);
    expect(Array.from(t.keysByRow().slice(0, 3))).toEqual(keys.slice(0, 3));
  });

  it('shuffles the same way for the same seed, differently for another', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    const b = shuffle([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    const c = shuffle([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.each([
    [[3, 5, 465]],
    [[1, 1, 1]],
    [[20_000, 40_000, 100_000]],
  ])('hands out zeroed, separate rows of lengths %j, kept when the pool grows and zeroed again after clear', (lengths) => {
    const pool = new SumPool(16);
    const at = lengths.map((n, i) => {
      const o = pool.take(n);
      expect(pool.data.subarray(o, o + n).every((v) => v === 0)).toBe(true);
      pool.data.fill(i + 1, o, o + n);
      return o;
    });
    at.forEach((o, i) => expect(pool.data.subarray(o, o + lengths[i]!).every((v) => v === i + 1)).toBe(true));
    expect(pool.size).toBe(lengths.reduce((a, b) => a + b, 0));
    pool.clear();
    expect(pool.size).toBe(0);
    const o = pool.take(lengths[0]!);
    expect(o).toBe(0);
    expect(pool.data.subarray(0, lengths[0]!).every((v) => v === 0)).toBe(true);
  });

  it.each([
    [4, 3],
    [16, 40],
  ])('copies %i ints into fresh rows of a pool of %i, growing it when full, the source left as it was', (length, initial) => {
    const pool = new SumPool(initial);
    const from = pool.take(length);
    for (let i = 0; i < length; i++) pool.data[from + i] = i - 2;
    const to = pool.copy(from, length);
    expect(to).toBe(from + length);
    expect([...pool.data.subarray(to, to + length)]).toEqual(Array.from({ length }, (_, i) => i - 2));
    expect([...pool.data.subarray(from, from + length)]).toEqual(Array.from({ length }, (_, i) => i - 2));
    expect(pool.size).toBe(2 * length);
  });

  it.each([
    ['London', 'Xx'],
    ['U.S.', 'X.X.'],
    ['1996', 'd'],
    ['iPhone', 'xXx'],
    ['e-mail', 'x-x'],
  ])('shape of %s is %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });

  // wordHashes hashes the properties in place; it must give what hashing each property's string gives.
  it.each([
    ['London'], ['U.S.'], ['1996'], ['iPhone'], ['e-mail'], ['a'], [''], ['Über'], ['ÉCOLE'], ['naïve'], ['北京'], ['x²'],
    ['internationalisation'], ['https://example.org/a-very-long-path'], ['COVID-19'], ["'s"], ['😀ok'], ['ß'],
    ['ab'], ['abc'], ['abcd'], ['İstanbul'], ['0'],
  ])('hashes of %j are the hashes of its properties as strings', (word) => {
    const norm = normalizeWord(word), n = norm.length, h = (s: string) => hashString(s) | 0;
    expect(wordHashes(word)).toEqual({
      form: h(word), lower: h(norm), shape: h(wordShape(word)),
      prefix1: h(norm.slice(0, 1)), prefix2: h(norm.slice(0, 2)), prefix3: h(norm.slice(0, 3)),
      suffix1: h(norm.slice(n - 1)), suffix2: h(norm.slice(Math.max(0, n - 2))), suffix3: h(norm.slice(Math.max(0, n - 3))), suffix4: h(norm.slice(Math.max(0, n - 4))),
    });
  });
});
