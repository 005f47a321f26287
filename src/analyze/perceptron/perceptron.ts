// A multi-class averaged perceptron over hashed sparse features, shared by the tagger, the recogniser and the parser.
//
// Usage, training:   const p = new Perceptron(nClasses);
//                    for each instance: s = p.score(feats); guess = argmax(s); p.update(feats, truth, guess);
//                    p.average(); const bytes = p.serialize(meta);
// Usage, inference:  const p = Perceptron.deserialize(bytes); p.score(feats) -> Float32Array of class scores.
// Features are non-zero uint32 keys (see hash.ts); a feature's value is always 1.
import { FeatureTable } from './feature-table.js';

const MAGIC = 0x3150474e; // 'NGP1'

/** Options for `serialize`: pruning and quantisation of the averaged weights. */
export interface SerializeOptions {
  /**
   * Weights with |w| below this fraction of the 99th percentile of |w| are dropped (default 0.01).
   * A percentile, not the maximum: a few huge weights (the bias of the majority class) must not
   * set the scale for all.
   */
  pruneRatio?: number;
}

export class Perceptron {
  readonly nClasses: number;
  private table: FeatureTable;
  // Training form: dense rows (row * nClasses + class).
  private w: Float32Array;
  private u: Float64Array;
  private instances = 1;
  private averaged = false;
  // Inference form after deserialize, laid out for few cache misses per feature: `slots` is an
  // open-addressing table of (key, offset) pairs side by side; `entries[offset]` is the row's entry
  // count, followed by its entries, each (class << 16) | (int16 quantised weight).
  private slots: Int32Array | null = null;
  private slotMask = 0;
  private entries: Int32Array | null = null;
  /**
   * A Bloom filter of the keys in `slots` (three bits of one 32-bit word per key, about 8-16 bits a key),
   * small enough to stay in the processor's cache: most features of news text have no row (20-40% of
   * the lookups), and the filter answers those without touching the large slot table, whose every
   * probe is a cache and TLB miss. It never says no to a key that has a row, so the sums are unchanged.
   */
  private bloom: Int32Array | null = null;
  private bloomMask = 0;
  private scale = 1;
  private loadedRows = 0;
  private readonly scores: Float32Array;
  /** Entry offsets of the rows `addRowsAt` found, each with the offset it is added at; reused between calls. */
  private rowScratch = new Int32Array(128);
  /** Integer class sums of a loaded model's `score`, reused between calls. */
  private sums: Int32Array | null = null;
  /** Free-form metadata (labels, tables) stored with the weights. */
  meta: unknown = null;

  constructor(nClasses: number) {
    if (nClasses < 1 || nClasses > 255) throw new Error(`perceptron: ${nClasses} classes (1-255 supported)`);
    this.nClasses = nClasses;
    this.table = new FeatureTable(1 << 16);
    this.w = new Float32Array(1 << 16);
    this.u = new Float64Array(1 << 16);
    this.scores = new Float32Array(nClasses);
  }

  /** Number of features with a weight row. */
  get size(): number {
    return this.slots ? this.loadedRows : this.table.size;
  }

  /**
   * Class scores for the first `count` features (all when omitted). The returned array is reused
   * by the next call: copy it to keep it.
   */
  score(features: ArrayLike<number>, count = features.length): Float32Array {
    const s = this.scores;
    s.fill(0);
    const table = this.table;
    if (this.slots) {
      // Integer sums are exact (as in addRows), so scaling once at the end gives the same scores.
      const sums = (this.sums ??= new Int32Array(s.length));
      sums.fill(0);
      this.addRows(features, count, sums);
      const scale = this.scale;
      for (let c = 0; c < s.length; c++) s[c] = sums[c]! * scale;
      return s;
    }
    const n = this.nClasses, w = this.w;
    for (let f = 0; f < count; f++) {
      const r = table.get(features[f]!);
      if (r < 0) continue;
      const base = r * n;
      for (let c = 0; c < n; c++) s[c]! += w[base + c]!;
    }
    return s;
  }

  /** True for a model read by `deserialize` (integer weights, `addRows` available). */
  get loaded(): boolean {
    return this.slots !== null;
  }

  /** Factor turning the integer sums of `addRows` into scores (`score` = sum x scale). */
  get quantScale(): number {
    return this.scale;
  }

  /**
   * Adds the integer (quantised) weights of the first `count` features to `acc[offset + class]`.
   * Loaded models only. Integer sums are exact, so a caller may cache the sum of a group of
   * features (e.g. all features of one word) and add it later with the same result as scoring them.
   */
  addRows(features: ArrayLike<number>, count: number, acc: Int32Array, offset = 0): void {
    this.addRowsAt(features, count, null, acc, offset);
  }

  /**
   * Like `addRows`, with each feature's row added at its own offset, `acc[at[f] + class]` (`offset` for all when `at` is
   * null): one call for features that go to several rows (a word's features in each position) probes all of them
   * before adding any, so more of their cache misses overlap than in one call per row.
   */
  addRowsAt(features: ArrayLike<number>, count: number, at: Int32Array | null, acc: Int32Array, offset = 0): void {
    const slots = this.slots, entries = this.entries;
    if (!slots || !entries) throw new Error('perceptron: addRows needs a loaded model');
    const mask = this.slotMask;
    if (this.rowScratch.length < 2 * count) this.rowScratch = new Int32Array(Math.max(2 * count, 2 * this.rowScratch.length));
    const rows = this.rowScratch, bloom = this.bloom!, bloomMask = this.bloomMask;
    // First find every feature's row (and where it goes), then add the rows: the probes of the first loop do not depend
    // on each other, so their cache misses overlap instead of queueing behind each row's inner loop.
    let nRows = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f]! | 0;
      const g = Math.imul(key, 0x85ebca6b), bits = (1 << (g & 31)) | (1 << ((g >>> 5) & 31)) | (1 << ((g >>> 10) & 31));
      if ((bloom[(g >>> 15) & bloomMask]! & bits) !== bits) continue;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const k = slots[2 * i]!;
        if (k === key) { rows[nRows++] = slots[2 * i + 1]!; rows[nRows++] = at === null ? offset : at[f]!; break; }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
    for (let r = 0; r < nRows; r += 2) {
      const row = rows[r]!, to = rows[r + 1]!;
      for (let j = row + 1, end = row + 1 + entries[row]!; j < end; j++) {
        const e = entries[j]!;
        acc[to + (e >>> 16)]! += (e << 16) >> 16;
      }
    }
  }

  /** Builds `bloom` from the keys in `slots` (see there). */
  private buildBloom(): void {
    const slots = this.slots!;
    let words = 1024;
    while (words * 4 < this.loadedRows) words *= 2;
    const bloom = new Int32Array(words), bloomMask = words - 1;
    for (let i = 0; i < slots.length; i += 2) {
      const key = slots[i]!;
      if (key === 0) continue;
      const g = Math.imul(key, 0x85ebca6b);
      bloom[(g >>> 15) & bloomMask]! |= (1 << (g & 31)) | (1 << ((g >>> 5) & 31)) | (1 << ((g >>> 10) & 31));
    }
    this.bloom = bloom;
    this.bloomMask = bloomMask;
  }

  /**
   * Learns from one instance: call it for every training instance, also when `guess === truth`
   * (that still advances the averaging clock). `amount` scales the step (cost-sensitive updates).
   */
  update(features: ArrayLike<number>, truth: number, guess: number, count = features.length, amount = 1): void {
    if (this.averaged || this.slots) throw new Error('perceptron: update after average() or on a loaded model');
    if (truth !== guess) {
      const n = this.nClasses, c = this.instances;
      for (let f = 0; f < count; f++) {
        const r = this.row(features[f]!);
        const base = r * n;
        this.w[base + truth]! += amount;
        this.u[base + truth]! += c * amount;
        this.w[base + guess]! -= amount;
        this.u[base + guess]! -= c * amount;
      }
    }
    this.instances++;
  }

  /** Replaces the weights by their average over all updates so far (call once, after training). */
  average(): void {
    if (this.averaged || this.slots) return;
    // u holds sum(k * step) over steps taken at instance k; with T = instances seen, the mean of the
    // weights after each instance is ((T + 1) * w - u) / T.
    const t = this.instances - 1, total = this.table.size * this.nClasses;
    if (t > 0) for (let i = 0; i < total; i++) this.w[i] = ((t + 1) * this.w[i]! - this.u[i]!) / t;
    this.u = new Float64Array(0);
    this.averaged = true;
  }

  /**
   * Binary form: weights below `pruneRatio` x the 99th percentile of |w| dropped, the rest quantised
   * to int16, with `meta` as JSON, written as the tables `score` reads (version 2, see writeTables).
   */
  serialize(meta: unknown = null, options: SerializeOptions = {}): Uint8Array {
    // A loaded model is written as it is (its weights are already pruned and quantised).
    const loaded = this.slots ? this : Perceptron.deserialize(this.serializeCompact(meta, options));
    return loaded.writeTables(meta);
  }

  /**
   * Version 2 file: header, meta JSON, then the inference tables (`slots`, `entries`) exactly as
   * `score` reads them, so loading is two typed-array views on the file's bytes: no parsing, no
   * per-weight loop. Deterministic: the tables are built from rows sorted by key.
   */
  private writeTables(meta: unknown): Uint8Array {
    const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
    const pad = (x: number) => (x + 3) & ~3;
    const slots = this.slots!, entries = this.entries!;
    const size = 32 + pad(metaBytes.length) + 4 * slots.length + 4 * entries.length;
    const buf = new ArrayBuffer(size);
    const view = new DataView(buf);
    let o = 0;
    for (const x of [MAGIC, 2, this.nClasses, this.loadedRows, this.slotMask + 1, entries.length]) { view.setUint32(o, x, true); o += 4; }
    view.setFloat32(o, this.scale, true); o += 4;
    view.setUint32(o, metaBytes.length, true); o += 4;
    new Uint8Array(buf, o, metaBytes.length).set(metaBytes); o += pad(metaBytes.length);
    // Typed arrays are little-endian on every platform Node runs on (x64, arm64).
    new Int32Array(buf, o, slots.length).set(slots); o += 4 * slots.length;
    new Int32Array(buf, o, entries.length).set(entries);
    return new Uint8Array(buf);
  }

  /** Version 1 file: rows sorted by key, classes and int16 weights in separate arrays (smallest, slower to load). */
  private serializeCompact(meta: unknown, options: SerializeOptions): Uint8Array {
    this.average();
    const n = this.nClasses;
    const { keys, dense } = this.denseWeights();
    const rows = keys.length;
    let maxAbs = 0;
    for (let i = 0; i < rows * n; i++) maxAbs = Math.max(maxAbs, Math.abs(dense[i]!));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const magnitudes = new Float32Array(rows * n);
    let nonzero = 0;
    for (let i = 0; i < rows * n; i++) if (dense[i] !== 0) magnitudes[nonzero++] = Math.abs(dense[i]!);
    const sorted = magnitudes.subarray(0, nonzero).sort();
    const p99 = nonzero ? sorted[Math.floor(nonzero * 0.99)]! : 0;
    const threshold = Math.max((options.pruneRatio ?? 0.01) * p99, scale / 2);
    const keptKeys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const values: number[] = [];
    // Rows sorted by key so the file is independent of training order.
    const order = Array.from({ length: rows }, (_, r) => r).sort((a, b) => keys[a]! - keys[b]!);
    for (const r of order) {
      let k = 0;
      for (let c = 0; c < n; c++) {
        const v = dense[r * n + c]!;
        if (Math.abs(v) < threshold) continue;
        classes.push(c);
        values.push(Math.max(-32767, Math.min(32767, Math.round(v / scale))));
        k++;
      }
      if (k === 0) continue;
      keptKeys.push(keys[r]!);
      counts.push(k);
    }
    const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
    const pad = (x: number) => (x + 3) & ~3;
    const nnz = values.length, nRows = keptKeys.length;
    const size = 28 + pad(metaBytes.length) + 4 * nRows + pad(nRows) + pad(nnz) + pad(2 * nnz);
    const buf = new ArrayBuffer(size);
    const view = new DataView(buf);
    let o = 0;
    for (const x of [MAGIC, 1, n, nRows, nnz]) { view.setUint32(o, x, true); o += 4; }
    view.setFloat32(o, scale, true); o += 4;
    view.setUint32(o, metaBytes.length, true); o += 4;
    new Uint8Array(buf, o, metaBytes.length).set(metaBytes); o += pad(metaBytes.length);
    new Uint32Array(buf, o, nRows).set(keptKeys); o += 4 * nRows;
    new Uint8Array(buf, o, nRows).set(counts); o += pad(nRows);
    new Uint8Array(buf, o, nnz).set(classes); o += pad(nnz);
    new Int16Array(buf, o, nnz).set(values);
    return new Uint8Array(buf);
  }

  /** Loads a model written by `serialize`, ready for `score` (not for further training). */
  static deserialize(bytes: Uint8Array): Perceptron {
    // Copy into an aligned buffer so typed-array views can be taken at 4-byte offsets.
    const buf = bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.slice().buffer;
    const base = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
    const view = new DataView(buf, base);
    if (bytes.length < 28 || view.getUint32(0, true) !== MAGIC) throw new Error('perceptron: not a model file (bad magic number)');
    const pad = (x: number) => (x + 3) & ~3;
    if (view.getUint32(4, true) === 2) {
      const n = view.getUint32(8, true), nRows = view.getUint32(12, true), capacity = view.getUint32(16, true);
      const entriesLen = view.getUint32(20, true), scale = view.getFloat32(24, true), metaLen = view.getUint32(28, true);
      let o = base + 32;
      if (bytes.length < 32 + pad(metaLen) + 8 * capacity + 4 * entriesLen || (capacity & (capacity - 1)) !== 0) {
        throw new Error('perceptron: model file is truncated or damaged');
      }
      const p = new Perceptron(n);
      p.meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, o, metaLen)));
      o += pad(metaLen);
      p.slots = new Int32Array(buf, o, 2 * capacity); o += 8 * capacity;
      p.entries = new Int32Array(buf, o, entriesLen);
      p.slotMask = capacity - 1;
      p.scale = scale;
      p.loadedRows = nRows;
      p.table = new FeatureTable(1);
      p.w = new Float32Array(0);
      p.u = new Float64Array(0);
      p.averaged = true;
      p.buildBloom();
      return p;
    }
    const n = view.getUint32(8, true), nRows = view.getUint32(12, true), nnz = view.getUint32(16, true);
    const scale = view.getFloat32(20, true), metaLen = view.getUint32(24, true);
    let o = base + 28;
    const p = new Perceptron(n);
    p.meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, o, metaLen)));
    o += pad(metaLen);
    const keys = new Uint32Array(buf, o, nRows); o += 4 * nRows;
    const counts = new Uint8Array(buf, o, nRows); o += pad(nRows);
    const cls = new Uint8Array(buf, o, nnz); o += pad(nnz);
    const q = new Int16Array(buf, o, nnz);
    let capacity = 1024;
    while (capacity < nRows * 2) capacity *= 2;
    p.slots = new Int32Array(2 * capacity);
    p.slotMask = capacity - 1;
    p.entries = new Int32Array(nRows + nnz);
    p.scale = scale;
    p.loadedRows = nRows;
    p.table = new FeatureTable(1);
    let src = 0, dst = 0;
    for (let r = 0; r < nRows; r++) {
      const key = keys[r]! | 0;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & p.slotMask;
      while (p.slots[2 * i] !== 0) i = (i + 1) & p.slotMask;
      p.slots[2 * i] = key;
      p.slots[2 * i + 1] = dst;
      const n = counts[r]!;
      p.entries[dst++] = n;
      for (let k = 0; k < n; k++, src++) p.entries[dst++] = (cls[src]! << 16) | (q[src]! & 0xffff);
    }
    p.w = new Float32Array(0);
    p.u = new Float64Array(0);
    p.averaged = true;
    p.buildBloom();
    return p;
  }

  private denseWeights(): { keys: Uint32Array; dense: Float32Array } {
    if (!this.slots) return { keys: this.table.keysByRow(), dense: this.w };
    // A loaded model: rebuild dense rows from the slots.
    const n = this.nClasses, keys = new Uint32Array(this.loadedRows), dense = new Float32Array(this.loadedRows * n);
    let r = 0;
    for (let i = 0; i <= this.slotMask; i++) {
      const key = this.slots[2 * i]!;
      if (key === 0) continue;
      keys[r] = key >>> 0;
      const offset = this.slots[2 * i + 1]!;
      for (let j = offset + 1; j <= offset + this.entries![offset]!; j++) {
        const e = this.entries![j]!;
        dense[r * n + (e >>> 16)] = ((e << 16) >> 16) * this.scale;
      }
      r++;
    }
    return { keys, dense };
  }

  private row(key: number): number {
    const r = this.table.getOrAdd(key);
    const need = (r + 1) * this.nClasses;
    if (need > this.w.length) {
      let len = this.w.length * 2;
      while (len < need) len *= 2;
      const w = new Float32Array(len); w.set(this.w); this.w = w;
      const u = new Float64Array(len); u.set(this.u); this.u = u;
    }
    return r;
  }
}

/** Index of the highest score (the first on ties), optionally only among `allowed` classes. */
export function argmax(scores: ArrayLike<number>, allowed?: (c: number) => boolean): number {
  let best = -1, bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) { bestScore = scores[c]!; best = c; }
  }
  return best;
}
