// The parser's run-time weights: a move model (3 classes) and an arc-label model, quantised, and their binary form.
//
// Training indexes dense weight rows by the low `moveBits` / `labelBits` bits of a feature's
// hash (the hashing trick). Scoring is bound by memory latency (a cache miss per feature), so
// the tables are made small:
//
// - moves are scored on every step: a dense table of one 16-bit row per row id, holding the
//   SHIFT, LEFT and RIGHT weights as 5-bit codes (sign and one of 15 log-spaced magnitudes
//   between the smallest and largest kept weight: at most ~17% off for the shipped range, and
//   measured at -0.03 UAS against 16-bit weights), looked up without branches so the processor
//   overlaps a step's cache misses. The shipped 2^20 rows take 2 MB (298,000 of them non-zero);
//   a probing table with fingerprints, a quarter the size, was 40% slower (branches, measured
//   with 2^23 rows), and so was packing the non-zero rows 64 row ids to a 64-byte line (two
//   mask words and a population count, 1 MB): 25% slower in one pass, no faster with the lines
//   touched in a first pass (the extra arithmetic per lookup costs what the smaller table saves);
// - labels are scored once per arc over ~50 classes and only about a fifth of their rows keep a
//   weight after pruning, so the kept rows live in a compact open-addressing table keyed by row
//   id with an 8-bit fingerprint: slots of (offset << 8 | fingerprint) into packed 16-bit
//   entries [count, (code << 6 | label)...], the code one of 511 log-spaced magnitudes and a sign.
//
// Binary layout, version 4 (gzipped on disk by model-files.ts): magic 'NGDP', version, header
// length, label row count, label slot count, packed label length, JSON header (labels, bits,
// scales, codebooks, training notes) padded to 4 bytes, then the run-time tables exactly as
// scoring reads them: label slots (i32), label row ids in ascending order (u32), the move table
// (u16 per row id), packed label entries (u16). Loading is four typed-array views on the file's
// bytes: no per-row loop, no hashing, no re-encoding (version 3, rows as deltas re-encoded and
// hashed on loading, took 34 ms of a build). The table is built from rows in row-id order, so
// files are deterministic.
import { fromLists, toLists, type LabelSet } from './classes.js';

const MAGIC = 0x5044474e; // 'NGDP'
const VERSION = 4;
/** Magnitudes of the move codebook (code 0 is a zero weight). */
const LEVELS = 15;

/** Home slot of row `rid` in a table of 2^bits slots (multiplicative hashing: the top bits). */
function home(rid: number, bits: number): number {
  return Math.imul(rid, 0x9e3779b1) >>> (32 - bits);
}

/** 8-bit fingerprint of row `rid`, 1..255 (0 marks an empty slot), independent of `home`. */
function fingerprint8(rid: number): number {
  let h = Math.imul(rid ^ (rid >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return ((h >> 16) & 255) || 1;
}

/** log2 of a power-of-two table size keeping the load factor at or below `load`. */
function tableBits(rows: number, load: number): number {
  let bits = 4;
  while ((1 << bits) * load < rows) bits++;
  return bits;
}

/** Label rows as parallel arrays: row ids (ascending), entry counts, and each entry's label and weight. */
interface LabelRows { rids: Uint32Array; counts: Uint8Array; cls: Uint8Array; vals: Int16Array }

/** Magnitudes of the label codebook (9 bits; 1% relative error at most over 4.5 decades). */
const LABEL_LEVELS = 511;

/**
 * The open-addressing label table built from `rows`: entries are 16 bits, the label id (6 bits)
 * and the weight's code (sign and one of 511 log-spaced magnitudes), half the bytes of 32-bit
 * entries, since the label rows an arc reads are cache misses.
 */
class LabelTable {
  readonly slots: Int32Array;
  readonly bits: number;
  /** Per row: entry count, then (code << 6 | label) entries. */
  readonly packed: Uint16Array;
  /** Weight of each 10-bit code, in 16-bit quantisation units. */
  readonly lut: Int32Array;
  readonly levels: Int32Array;
  /** The rows' ids in ascending order, the order they were put in the slots. */
  readonly rids: Uint32Array;
  readonly rows: number;
  constructor(r: LabelRows | { slots: Int32Array; packed: Uint16Array; rids: Uint32Array }, levels?: Int32Array) {
    this.rows = r.rids.length;
    this.bits = tableBits(this.rows, 0.5);
    this.rids = r.rids;
    if (!levels) {
      if (!('vals' in r)) throw new Error('parser: a label table read back needs its codebook');
      let min = Infinity, max = 0;
      for (let i = 0; i < r.vals.length; i++) { const a = Math.abs(r.vals[i]!); if (a > 0 && a < min) min = a; if (a > max) max = a; }
      levels = codebook(min, max, LABEL_LEVELS);
    }
    this.levels = levels;
    this.lut = new Int32Array(1024);
    for (let k = 1; k <= LABEL_LEVELS; k++) { this.lut[k] = levels[k]!; this.lut[k | 512] = -levels[k]!; }
    if (!('vals' in r)) {
      // The tables as a weights file keeps them (deserialize).
      if (r.slots.length !== 1 << this.bits) throw new Error(`parser: label table of ${r.slots.length} slots for ${this.rows} rows`);
      this.slots = r.slots;
      this.packed = r.packed;
      return;
    }
    this.slots = new Int32Array(1 << this.bits);
    this.packed = new Uint16Array(this.rows + r.cls.length);
    const mask = (1 << this.bits) - 1;
    let o = 0, e = 0;
    for (let k = 0; k < this.rows; k++) {
      const rid = r.rids[k]!;
      let i = home(rid, this.bits);
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = (o << 8) | fingerprint8(rid);
      const cnt = r.counts[k]!;
      this.packed[o++] = cnt;
      for (let j = 0; j < cnt; j++, e++) {
        const c = r.cls[e]!;
        if (c > 63) throw new Error(`parser: label id ${c} does not fit the weights format (64 labels at most)`);
        this.packed[o++] = (encode(r.vals[e]!, levels, LABEL_LEVELS, 512) << 6) | c;
      }
    }
  }

  /** The rows back in row-id order (weights as their codebook values). */
  toRows(): LabelRows {
    // The slot of each row: the rows were put in the slots in row-id order, so the same probing finds them again.
    const taken = new Uint8Array(this.slots.length), mask = this.slots.length - 1;
    const order = Array.from(this.rids, (rid) => {
      let i = home(rid, this.bits);
      while (taken[i]) i = (i + 1) & mask;
      taken[i] = 1;
      return i;
    });
    const rids = Uint32Array.from(this.rids), counts = new Uint8Array(order.length);
    const cls = new Uint8Array(this.packed.length - order.length), vals = new Int16Array(cls.length);
    let e = 0;
    order.forEach((i, k) => {
      const off = this.slots[i]! >>> 8, cnt = this.packed[off]!;
      counts[k] = cnt;
      for (let j = 1; j <= cnt; j++, e++) { const x = this.packed[off + j]!; cls[e] = x & 63; vals[e] = this.lut[x >> 6]!; }
    });
    return { rids, counts, cls, vals };
  }
}

/**
 * `n` log-spaced magnitudes (index 1..n, in 16-bit quantisation units) from the smallest to
 * the largest kept |w|.
 */
function codebook(min: number, max: number, n: number): Int32Array {
  const levels = new Int32Array(n + 1);
  if (!(max > 0)) return levels;
  const lo = Math.log(Math.max(1, min)), hi = Math.log(Math.max(1, max));
  for (let k = 1; k <= n; k++) levels[k] = Math.round(Math.exp(lo + ((k - 1) * (hi - lo)) / Math.max(1, n - 1)));
  return levels;
}

/** Code of a 16-bit weight: `signBit` for negatives, and the nearest of the n magnitudes in log space. */
function encode(q: number, levels: Int32Array, n: number, signBit: number): number {
  if (q === 0) return 0;
  const a = Math.abs(q);
  // Levels are ascending: binary search, then the nearer neighbour in log space.
  let lo = 1, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid]! < a) lo = mid + 1; else hi = mid;
  }
  let best = lo;
  if (lo > 1 && Math.abs(Math.log(a / levels[lo - 1]!)) <= Math.abs(Math.log(a / levels[lo]!))) best = lo - 1;
  return q < 0 ? best | signBit : best;
}

function maxAbs(a: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) { const v = Math.abs(a[i]!); if (v > m) m = v; }
  return m;
}

/** Dense move weights as 16-bit integers in units of `moveScale` (the largest |w| maps to 32767); |w| < `prune` dropped. */
function moves16(moveDense: Float32Array, prune: number): { q16: Int16Array; moveScale: number } {
  const moveScale = (maxAbs(moveDense) || 1) / 32767;
  const q16 = new Int16Array(moveDense.length);
  for (let i = 0; i < q16.length; i++) {
    const x = moveDense[i]!;
    if (Math.abs(x) >= prune) q16[i] = Math.round(x / moveScale);
  }
  return { q16, moveScale };
}

export class ParserModel {
  readonly labels: LabelSet;
  /** Training row bits: a feature's row id is its hash's low `moveBits` bits. */
  readonly moveBits: number;
  readonly labelBits: number;
  private readonly moveMask: number;
  private readonly labelMask: number;
  /** Move table: one row per row id, codes of SHIFT (bits 0-4), LEFT (5-9), RIGHT (10-14). */
  private readonly moves: Uint16Array;
  /** Codebook magnitudes (index 1..15, in 16-bit quantisation units). */
  private readonly moveLevels: Int32Array;
  /** Weight of each 5-bit code. */
  private readonly moveLut: Int32Array;
  private readonly label: LabelTable;
  private readonly rowScratch = new Int32Array(512);
  readonly moveScale: number;
  readonly labelScale: number;
  /** Free-form notes stored with the weights (training data, settings). */
  readonly meta: Record<string, unknown>;

  private constructor(labels: LabelSet, moveBits: number, moves: Uint16Array, moveLevels: Int32Array, moveScale: number,
    labelBits: number, label: LabelTable, labelScale: number, meta: Record<string, unknown>) {
    this.labels = labels;
    this.moveBits = moveBits;
    this.labelBits = labelBits;
    this.moveMask = (1 << moveBits) - 1;
    this.labelMask = labelBits >= 31 ? 0x7fffffff : (1 << labelBits) - 1;
    this.moves = moves;
    this.moveLevels = moveLevels;
    this.moveLut = new Int32Array(32);
    for (let k = 1; k <= LEVELS; k++) { this.moveLut[k] = moveLevels[k]!; this.moveLut[k | 16] = -moveLevels[k]!; }
    this.moveScale = moveScale;
    this.label = label;
    this.labelScale = labelScale;
    this.meta = meta;
  }

  /** Number of non-zero weights kept. */
  get entries(): number {
    let n = 0;
    const m = this.moves;
    for (let i = 0; i < m.length; i++) {
      const v = m[i]!;
      if (v === 0) continue;
      if (v & 31) n++;
      if ((v >> 5) & 31) n++;
      if (v >> 10) n++;
    }
    return n + this.label.packed.length - this.label.rows;
  }

  /** Bytes of the run-time tables (what scoring reads). */
  get tableBytes(): number {
    return this.moves.byteLength + this.label.slots.byteLength + this.label.packed.byteLength;
  }

  /** Adds the move weights of feats[from..to) to out[at..at+2] (SHIFT, LEFT, RIGHT, integer units of `moveScale`). */
  addMoves(feats: Int32Array, from: number, to: number, out: Int32Array | Float64Array, at = 0): void {
    const m = this.moves, mask = this.moveMask, lut = this.moveLut;
    let a = 0, b = 0, c = 0;
    for (let i = from; i < to; i++) {
      const v = m[feats[i]! & mask]!;
      a += lut[v & 31]!;
      b += lut[(v >> 5) & 31]!;
      c += lut[v >> 10]!;
    }
    out[at] += a;
    out[at + 1] += b;
    out[at + 2] += c;
  }

  /** Scores of SHIFT, LEFT, RIGHT (in quantisation units) into out[0..2]. */
  scoreMoves(feats: Int32Array, nFeats: number, out: Float64Array): void {
    out[0] = 0; out[1] = 0; out[2] = 0;
    this.addMoves(feats, 0, nFeats, out);
  }

  /** Adds label scores (indexed by label id) into `scores`, which the caller zeroes. */
  scoreLabels(feats: Int32Array, nFeats: number, scores: Float64Array | Int32Array): void {
    const { slots, packed, bits, lut } = this.label, keyMask = this.labelMask;
    const shift = 32 - bits, sMask = (1 << bits) - 1;
    // First find every feature's row and read its entry count, then add the rows: the loads of
    // the first loop are independent, so their cache misses overlap instead of queueing behind
    // each row's data-dependent inner loop (17% faster than one pass).
    const rows = this.rowScratch.length >= 2 * nFeats ? this.rowScratch : new Int32Array(2 * nFeats);
    let nRows = 0;
    for (let f = 0; f < nFeats; f++) {
      const rid = feats[f]! & keyMask;
      let h = Math.imul(rid ^ (rid >>> 15), 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      const fp = ((h >> 16) & 255) || 1;
      let i = Math.imul(rid, 0x9e3779b1) >>> shift;
      for (;;) {
        const v = slots[i]!;
        if (v === 0) break;
        if ((v & 255) === fp) { const off = v >>> 8; rows[nRows++] = off; rows[nRows++] = off + packed[off]!; break; }
        i = (i + 1) & sMask;
      }
    }
    for (let r = 0; r < nRows; r += 2) {
      const end = rows[r + 1]!;
      for (let j = rows[r]! + 1; j <= end; j++) {
        const e = packed[j]!;
        scores[e & 63]! += lut[e >> 6]!;
      }
    }
  }

  /**
   * Builds a model from dense averaged weights: moves (row * 3 + move) and labels
   * (row * nLabels + label); weights with |w| below the thresholds are dropped, the rest are
   * quantised (moves to the 5-bit codebook, labels to 16 bits).
   */
  static fromDense(labels: LabelSet, moveBits: number, moveDense: Float32Array, labelBits: number, labelDense: Float32Array,
    prune: { moves: number; labels: number }, meta: Record<string, unknown> = {}): ParserModel {
    const L = labels.labels.length;
    const { q16, moveScale } = moves16(moveDense, prune.moves);
    const labelScale = (maxAbs(labelDense) || 1) / 32767;
    const nLabelRows = labelDense.length / L;
    const rids: number[] = [], counts: number[] = [], cls: number[] = [], vals: number[] = [];
    for (let r = 0; r < nLabelRows; r++) {
      let kept = 0;
      for (let c = 0; c < L; c++) {
        const x = labelDense[r * L + c]!;
        if (Math.abs(x) < prune.labels) continue;
        const q = Math.round(x / labelScale);
        if (q === 0) continue;
        cls.push(c);
        vals.push(q);
        kept++;
      }
      if (kept > 0) { rids.push(r); counts.push(kept); }
    }
    const rows: LabelRows = { rids: Uint32Array.from(rids), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), vals: Int16Array.from(vals) };
    return ParserModel.fromQ16(labels, moveBits, q16, moveScale, labelBits, rows, labelScale, meta);
  }

  /**
   * A model with new move weights (dense averaged weights, row * 3 + move; |w| below `prune` dropped) and the labels and
   * label table of `from`: the globally trained move model (global.ts) keeps the greedy trainer's label model.
   */
  static withMoves(from: ParserModel, moveBits: number, moveDense: Float32Array, prune: number, meta: Record<string, unknown>): ParserModel {
    const { q16, moveScale } = moves16(moveDense, prune);
    const { moves, levels } = ParserModel.moveCodes(moveBits, q16);
    return new ParserModel(from.labels, moveBits, moves, levels, moveScale, from.labelBits, from.label, from.labelScale, meta);
  }

  /** The move weights as dense rows (row * 3 + move) in training-update units, as quantised here. */
  moveWeights(): Float32Array {
    const m = this.moves, lut = this.moveLut, out = new Float32Array(m.length * 3), k = this.moveScale;
    for (let r = 0; r < m.length; r++) {
      const v = m[r]!;
      if (v === 0) continue;
      out[3 * r] = lut[v & 31]! * k;
      out[3 * r + 1] = lut[(v >> 5) & 31]! * k;
      out[3 * r + 2] = lut[v >> 10]! * k;
    }
    return out;
  }

  /** A model from 16-bit move weights (row * 3 + move), quantised here to the codebook. */
  private static fromQ16(labels: LabelSet, moveBits: number, q16: Int16Array, moveScale: number,
    labelBits: number, labelRows: LabelRows, labelScale: number, meta: Record<string, unknown>): ParserModel {
    const { moves, levels } = ParserModel.moveCodes(moveBits, q16);
    return new ParserModel(labels, moveBits, moves, levels, moveScale, labelBits, new LabelTable(labelRows), labelScale, meta);
  }

  /** The move table: 16-bit weights quantised to the 5-bit codebook, one row per row id. */
  private static moveCodes(moveBits: number, q16: Int16Array): { moves: Uint16Array; levels: Int32Array } {
    let min = Infinity, max = 0;
    for (let i = 0; i < q16.length; i++) {
      const a = Math.abs(q16[i]!);
      if (a === 0) continue;
      if (a < min) min = a;
      if (a > max) max = a;
    }
    const levels = codebook(min, max, LEVELS);
    const moves = new Uint16Array(1 << moveBits);
    for (let r = 0; r < moves.length; r++) {
      const b = r * 3;
      if (q16[b] === 0 && q16[b + 1] === 0 && q16[b + 2] === 0) continue;
      moves[r] = encode(q16[b]!, levels, LEVELS, 16) | (encode(q16[b + 1]!, levels, LEVELS, 16) << 5) | (encode(q16[b + 2]!, levels, LEVELS, 16) << 10);
    }
    return { moves, levels };
  }

  /** A copy without the weights below the thresholds (in training-update units, as `fromDense`'s). */
  pruned(prune: { moves: number; labels: number }): ParserModel {
    const mq = prune.moves / this.moveScale, lq = prune.labels / this.labelScale;
    const lut = this.moveLut;
    const keep = (code: number): number => (Math.abs(lut[code]!) >= mq ? code : 0);
    const moves = this.moves.map((v) => keep(v & 31) | (keep((v >> 5) & 31) << 5) | (keep(v >> 10) << 10));
    const r = this.label.toRows();
    const rids: number[] = [], counts: number[] = [], cls: number[] = [], vals: number[] = [];
    let e = 0;
    r.rids.forEach((rid, k) => {
      let kept = 0;
      for (let j = 0; j < r.counts[k]!; j++, e++) if (Math.abs(r.vals[e]!) >= lq) { cls.push(r.cls[e]!); vals.push(r.vals[e]!); kept++; }
      if (kept) { rids.push(rid); counts.push(kept); }
    });
    const rows: LabelRows = { rids: Uint32Array.from(rids), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), vals: Int16Array.from(vals) };
    return new ParserModel(this.labels, this.moveBits, moves, this.moveLevels, this.moveScale, this.labelBits, new LabelTable(rows, this.label.levels), this.labelScale, this.meta);
  }

  /** The binary form (model-files.ts gzips it when writing): the run-time tables as they are. */
  serialize(): Uint8Array {
    const header = Buffer.from(JSON.stringify({
      ...toLists(this.labels), moveBits: this.moveBits, labelBits: this.labelBits,
      moveScale: this.moveScale, moveLevels: Array.from(this.moveLevels), labelScale: this.labelScale, labelLevels: Array.from(this.label.levels), meta: this.meta,
    }), 'utf8');
    const l = this.label;
    const head = Buffer.alloc(24);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(header.length, 8);
    head.writeUInt32LE(l.rows, 12);
    head.writeUInt32LE(l.slots.length, 16);
    head.writeUInt32LE(l.packed.length, 20);
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, header, Buffer.alloc(pad4(header.length) - header.length), bytes(l.slots), bytes(l.rids), bytes(this.moves), bytes(l.packed)]);
  }

  /** Reads the form `serialize` writes; `source` names the file in errors. */
  static deserialize(bytes: Uint8Array, source: string): ParserModel {
    // The tables are views on the bytes, which must then start at a multiple of 4 (a copy otherwise).
    const raw = bytes.byteOffset % 4 === 0 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.from(bytes);
    if (raw.length < 24 || raw.readUInt32LE(0) !== MAGIC) throw new Error(`parser: ${source}: not a parser weights file`);
    const version = raw.readUInt32LE(4);
    if (version !== VERSION) throw new Error(`parser: ${source}: weights format ${version}, expected ${VERSION} (retrain with \`npm run train -- --model parser\`)`);
    const hLen = raw.readUInt32LE(8), nL = raw.readUInt32LE(12), nS = raw.readUInt32LE(16), nP = raw.readUInt32LE(20);
    if (raw.length < 24 + hLen) throw new Error(`parser: ${source}: truncated weights (${raw.length} bytes)`);
    const h = JSON.parse(raw.subarray(24, 24 + hLen).toString('utf8')) as {
      labels: string[]; left: string[]; right: string[]; moveBits: number; labelBits: number; moveScale: number;
      moveLevels?: number[]; labelScale: number; labelLevels?: number[]; meta: Record<string, unknown>;
    };
    const need = 24 + pad4(hLen) + nS * 4 + nL * 4 + (1 << h.moveBits) * 2 + nP * 2;
    if (raw.length !== need) throw new Error(`parser: ${source}: truncated weights (${raw.length} bytes, expected ${need})`);
    if (h.moveLevels?.length !== LEVELS + 1 || h.labelLevels?.length !== LABEL_LEVELS + 1) throw new Error(`parser: ${source}: damaged weights (no codebook)`);
    let o = raw.byteOffset + 24 + pad4(hLen);
    const view = <T>(make: new (b: ArrayBufferLike, at: number, n: number) => T, n: number, size: number): T => {
      const a = new make(raw.buffer, o, n);
      o += n * size;
      return a;
    };
    const slots = view(Int32Array, nS, 4), rids = view(Uint32Array, nL, 4), moves = view(Uint16Array, 1 << h.moveBits, 2), packed = view(Uint16Array, nP, 2);
    return new ParserModel(fromLists(h.labels, h.left, h.right), h.moveBits, moves, Int32Array.from(h.moveLevels), h.moveScale, h.labelBits,
      new LabelTable({ slots, packed, rids }, Int32Array.from(h.labelLevels)), h.labelScale, h.meta ?? {});
  }
}

/** `n` rounded up to a multiple of 4. */
function pad4(n: number): number {
  return (n + 3) & ~3;
}
