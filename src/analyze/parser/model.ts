// The parser's run-time weights: sparse rows of quantised class weights, and their compact binary form.
//
// Layout (gzipped on disk by model-files.ts): magic 'NGDP', version, header length, JSON header (labels, classes,
// row bits, scale), then the kept rows: row-id deltas (u32), entries per row (u8), class of each
// entry (u8), quantised weight of each entry (i16). Loading builds a dense row -> entry index so
// scoring a feature is one array lookup and a short loop.
import { fromPairs, toPairs, type ClassSet } from './classes.js';

const MAGIC = 0x5044474e; // 'NGDP'
const VERSION = 1;

export interface Scorer {
  readonly nClasses: number;
  /** Adds the weights of `feats[0..nFeats)` into `scores` (which the caller zeroes). */
  score(feats: Int32Array, nFeats: number, scores: Float32Array): void;
}

export class ParserModel implements Scorer {
  readonly classes: ClassSet;
  readonly nClasses: number;
  readonly rowBits: number;
  private readonly mask: number;
  /** Row -> index into ptr, -1 when the row has no weights. */
  private readonly index: Int32Array;
  private readonly ptr: Int32Array;
  private readonly cls: Uint8Array;
  private readonly val: Float32Array;
  /**
   * Scoring form: row -> offset into `packed`, where packed[off] is the entry count and each
   * entry is (quantised weight << 8) | class. One lookup and one contiguous block per feature
   * keeps the hot loop to two cache misses; scores are in quantisation units (argmax is unchanged).
   */
  private readonly rowOffset: Int32Array;
  private readonly packed: Int32Array;

  constructor(classes: ClassSet, rowBits: number, rows: Uint32Array, ptr: Int32Array, cls: Uint8Array, val: Float32Array) {
    this.classes = classes;
    this.nClasses = classes.move.length;
    this.rowBits = rowBits;
    this.mask = (1 << rowBits) - 1;
    this.index = new Int32Array(1 << rowBits).fill(-1);
    for (let k = 0; k < rows.length; k++) this.index[rows[k]!] = k;
    this.ptr = ptr;
    this.cls = cls;
    this.val = val;
    this.rowOffset = new Int32Array(1 << rowBits).fill(-1);
    this.packed = new Int32Array(rows.length + cls.length);
    const scale = this.scaleOf(val);
    let o = 0;
    for (let k = 0; k < rows.length; k++) {
      this.rowOffset[rows[k]!] = o;
      this.packed[o++] = ptr[k + 1]! - ptr[k]!;
      for (let j = ptr[k]!; j < ptr[k + 1]!; j++) this.packed[o++] = (Math.round(val[j]! / scale) << 8) | cls[j]!;
    }
  }

  /** Smallest unit of the weights, so they pack into 24-bit integers. */
  private scaleOf(val: Float32Array): number {
    let maxAbs = 0;
    for (let j = 0; j < val.length; j++) { const a = Math.abs(val[j]!); if (a > maxAbs) maxAbs = a; }
    return maxAbs > 0 ? maxAbs / 32767 : 1;
  }

  get entries(): number {
    return this.cls.length;
  }

  score(feats: Int32Array, nFeats: number, scores: Float32Array): void {
    const rowOffset = this.rowOffset, packed = this.packed, mask = this.mask;
    for (let i = 0; i < nFeats; i++) {
      const off = rowOffset[feats[i]! & mask]!;
      if (off < 0) continue;
      const end = off + packed[off]!;
      for (let j = off + 1; j <= end; j++) {
        const e = packed[j]!;
        scores[e & 255]! += e >> 8;
      }
    }
  }

  /**
   * Builds a model from dense averaged weights (row * nClasses + class), dropping weights with
   * |w| < threshold and quantising the rest to 16 bits.
   */
  static fromDense(classes: ClassSet, rowBits: number, dense: Float32Array, threshold: number): ParserModel {
    const C = classes.move.length, R = 1 << rowBits;
    let maxAbs = 0;
    for (let i = 0; i < dense.length; i++) { const a = Math.abs(dense[i]!); if (a > maxAbs) maxAbs = a; }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const rows: number[] = [], ptr: number[] = [0], cls: number[] = [], val: number[] = [];
    for (let r = 0; r < R; r++) {
      const base = r * C;
      let kept = 0;
      for (let c = 0; c < C; c++) {
        const w = dense[base + c]!;
        if (Math.abs(w) < threshold) continue;
        const q = Math.round(w / scale);
        if (q === 0) continue;
        cls.push(c);
        val.push(q * scale);
        kept++;
      }
      if (kept > 0) { rows.push(r); ptr.push(cls.length); }
    }
    const m = new ParserModel(classes, rowBits, Uint32Array.from(rows), Int32Array.from(ptr), Uint8Array.from(cls), Float32Array.from(val));
    m.scale = scale;
    return m;
  }

  /** Quantisation step of the stored weights. */
  scale = 1;

  /** The binary form (model-files.ts gzips it when writing). */
  serialize(meta: Record<string, unknown> = {}): Uint8Array {
    const header = Buffer.from(JSON.stringify({
      labels: this.classes.labels,
      classes: toPairs(this.classes),
      rowBits: this.rowBits,
      scale: this.scale,
      ...meta,
    }), 'utf8');
    const rows: number[] = [];
    for (let r = 0; r < this.index.length; r++) if (this.index[r]! >= 0) rows.push(r);
    const nRows = rows.length, nEntries = this.cls.length;
    const deltas = new Uint32Array(nRows);
    let prev = 0;
    for (let k = 0; k < nRows; k++) { deltas[k] = rows[k]! - prev; prev = rows[k]!; }
    const counts = new Uint8Array(nRows);
    for (let k = 0; k < nRows; k++) {
      const r = rows[k]!, i = this.index[r]!;
      const cnt = this.ptr[i + 1]! - this.ptr[i]!;
      if (cnt > 255) throw new Error('parser: a feature row has more than 255 classes');
      counts[k] = cnt;
    }
    // Entries in row order (the index may not be in row order after fromDense; it is, but be safe).
    const cls = new Uint8Array(nEntries), q = new Int16Array(nEntries);
    let o = 0;
    for (let k = 0; k < nRows; k++) {
      const i = this.index[rows[k]!]!;
      for (let j = this.ptr[i]!; j < this.ptr[i + 1]!; j++) {
        cls[o] = this.cls[j]!;
        q[o] = Math.round(this.val[j]! / this.scale);
        o++;
      }
    }
    const head = Buffer.alloc(20);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(header.length, 8);
    head.writeUInt32LE(nRows, 12);
    head.writeUInt32LE(nEntries, 16);
    const raw = Buffer.concat([head, header, Buffer.from(deltas.buffer), Buffer.from(counts.buffer), Buffer.from(cls.buffer), Buffer.from(q.buffer)]);
    return raw;
  }

  /** Reads the form `serialize` writes; `source` names the file in errors. */
  static deserialize(bytes: Uint8Array, source: string): ParserModel {
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (raw.length < 20 || raw.readUInt32LE(0) !== MAGIC) throw new Error(`parser: ${source}: not a parser weights file`);
    const version = raw.readUInt32LE(4);
    if (version !== VERSION) throw new Error(`parser: ${source}: weights version ${version}, expected ${VERSION}`);
    const hLen = raw.readUInt32LE(8), nRows = raw.readUInt32LE(12), nEntries = raw.readUInt32LE(16);
    const header = JSON.parse(raw.subarray(20, 20 + hLen).toString('utf8')) as { labels: string[]; classes: [number, number][]; rowBits: number; scale: number };
    let o = 20 + hLen;
    const need = o + nRows * 5 + nEntries * 3;
    if (raw.length !== need) throw new Error(`parser: ${source}: truncated weights (${raw.length} bytes, expected ${need})`);
    const deltas = new Uint32Array(nRows);
    Buffer.from(deltas.buffer).set(raw.subarray(o, o + nRows * 4)); o += nRows * 4;
    const counts = raw.subarray(o, o + nRows); o += nRows;
    const cls = new Uint8Array(nEntries); cls.set(raw.subarray(o, o + nEntries)); o += nEntries;
    const q = new Int16Array(nEntries);
    Buffer.from(q.buffer).set(raw.subarray(o, o + nEntries * 2));
    const rows = new Uint32Array(nRows), ptr = new Int32Array(nRows + 1);
    let r = 0;
    for (let k = 0; k < nRows; k++) { r += deltas[k]!; rows[k] = r; ptr[k + 1] = ptr[k]! + counts[k]!; }
    const val = new Float32Array(nEntries);
    for (let j = 0; j < nEntries; j++) val[j] = q[j]! * header.scale;
    const m = new ParserModel(fromPairs(header.labels, header.classes), header.rowBits, rows, ptr, cls, val);
    m.scale = header.scale;
    return m;
  }
}
