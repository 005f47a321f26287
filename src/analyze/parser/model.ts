// The parser's run-time weights: a move model (3 classes) and an arc-label model, quantised, and their binary form.
//
// Moves are scored on every step, so their weights are a dense table of 16-bit rows (SHIFT,
// LEFT, RIGHT, padding) indexed by the feature hash's low bits: one memory access a feature.
// Labels are scored once per arc over ~45 classes, mostly sparse, so they are packed rows:
// row -> offset, then [count, (weight << 8 | label)...].
//
// Binary layout (gzipped on disk by model-files.ts): magic 'NGDP', version, header length, JSON
// header (labels, bits, scales, training notes), then for moves: row count, row-id deltas (u32),
// 3 x i16 per row; for labels: row count, entry count, row-id deltas (u32), entries per row (u8),
// label of each entry (u8), weight of each entry (i16).
import { fromLists, toLists, type LabelSet } from './classes.js';

const MAGIC = 0x5044474e; // 'NGDP'
const VERSION = 2;

export class ParserModel {
  readonly labels: LabelSet;
  readonly moveBits: number;
  readonly labelBits: number;
  private readonly moveMask: number;
  private readonly labelMask: number;
  /** (1 << moveBits) rows x 4 (SHIFT, LEFT, RIGHT, unused). */
  private readonly moves: Int16Array;
  private readonly labelOffset: Int32Array;
  private readonly labelPacked: Int32Array;
  readonly moveScale: number;
  readonly labelScale: number;
  /** Free-form notes stored with the weights (training data, settings). */
  readonly meta: Record<string, unknown>;

  constructor(labels: LabelSet, moveBits: number, moves: Int16Array, moveScale: number,
    labelBits: number, labelOffset: Int32Array, labelPacked: Int32Array, labelScale: number, meta: Record<string, unknown> = {}) {
    this.labels = labels;
    this.moveBits = moveBits;
    this.labelBits = labelBits;
    this.moveMask = (1 << moveBits) - 1;
    this.labelMask = (1 << labelBits) - 1;
    this.moves = moves;
    this.moveScale = moveScale;
    this.labelOffset = labelOffset;
    this.labelPacked = labelPacked;
    this.labelScale = labelScale;
    this.meta = meta;
  }

  /** Number of non-zero weights kept. */
  get entries(): number {
    let n = 0;
    for (let i = 0; i < this.moves.length; i++) if (this.moves[i] !== 0) n++;
    for (let r = 0; r < this.labelOffset.length; r++) { const o = this.labelOffset[r]!; if (o >= 0) n += this.labelPacked[o]!; }
    return n;
  }

  /** Scores of SHIFT, LEFT, RIGHT (in quantisation units) into out[0..2]. */
  scoreMoves(feats: Int32Array, nFeats: number, out: Float64Array): void {
    const m = this.moves, mask = this.moveMask;
    let a = 0, b = 0, c = 0;
    for (let i = 0; i < nFeats; i++) {
      const base = (feats[i]! & mask) << 2;
      a += m[base]!;
      b += m[base + 1]!;
      c += m[base + 2]!;
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
  }

  /** Adds label scores (indexed by label id) into `scores`, which the caller zeroes. */
  scoreLabels(feats: Int32Array, nFeats: number, scores: Float64Array): void {
    const offset = this.labelOffset, packed = this.labelPacked, mask = this.labelMask;
    for (let i = 0; i < nFeats; i++) {
      const off = offset[feats[i]! & mask]!;
      if (off < 0) continue;
      const end = off + packed[off]!;
      for (let j = off + 1; j <= end; j++) {
        const e = packed[j]!;
        scores[e & 255]! += e >> 8;
      }
    }
  }

  /**
   * Builds a model from dense averaged weights: moves (row * 3 + move) and labels
   * (row * nLabels + label); weights with |w| below the thresholds are dropped, the rest are
   * quantised to 16 bits.
   */
  static fromDense(labels: LabelSet, moveBits: number, moveDense: Float32Array, labelBits: number, labelDense: Float32Array,
    prune: { moves: number; labels: number }, meta: Record<string, unknown> = {}): ParserModel {
    const L = labels.labels.length;
    const maxAbs = (a: Float32Array): number => { let m = 0; for (let i = 0; i < a.length; i++) { const v = Math.abs(a[i]!); if (v > m) m = v; } return m; };
    const moveScale = (maxAbs(moveDense) || 1) / 32767;
    const moves = new Int16Array((1 << moveBits) * 4);
    for (let r = 0; r < 1 << moveBits; r++) {
      for (let k = 0; k < 3; k++) {
        const w = moveDense[r * 3 + k]!;
        if (Math.abs(w) >= prune.moves) moves[(r << 2) + k] = Math.round(w / moveScale);
      }
    }
    const labelScale = (maxAbs(labelDense) || 1) / 32767;
    const offset = new Int32Array(1 << labelBits).fill(-1);
    const packed: number[] = [];
    for (let r = 0; r < 1 << labelBits; r++) {
      const at = packed.length;
      let kept = 0;
      for (let c = 0; c < L; c++) {
        const w = labelDense[r * L + c]!;
        if (Math.abs(w) < prune.labels) continue;
        const q = Math.round(w / labelScale);
        if (q === 0) continue;
        if (kept === 0) packed.push(0);
        packed.push((q << 8) | c);
        kept++;
      }
      if (kept > 0) { offset[r] = at; packed[at] = kept; }
    }
    return new ParserModel(labels, moveBits, moves, moveScale, labelBits, offset, Int32Array.from(packed), labelScale, meta);
  }

  /** The binary form (model-files.ts gzips it when writing). */
  serialize(): Uint8Array {
    const header = Buffer.from(JSON.stringify({
      ...toLists(this.labels), moveBits: this.moveBits, labelBits: this.labelBits,
      moveScale: this.moveScale, labelScale: this.labelScale, meta: this.meta,
    }), 'utf8');
    // Moves: the rows with any non-zero weight.
    const mRows: number[] = [];
    for (let r = 0; r < 1 << this.moveBits; r++) {
      const b = r << 2;
      if (this.moves[b] !== 0 || this.moves[b + 1] !== 0 || this.moves[b + 2] !== 0) mRows.push(r);
    }
    const mDeltas = new Uint32Array(mRows.length), mVals = new Int16Array(mRows.length * 3);
    mRows.forEach((r, k) => {
      mDeltas[k] = r - (k > 0 ? mRows[k - 1]! : 0);
      for (let j = 0; j < 3; j++) mVals[k * 3 + j] = this.moves[(r << 2) + j]!;
    });
    // Labels: packed rows in row order.
    const lRows: number[] = [];
    for (let r = 0; r < this.labelOffset.length; r++) if (this.labelOffset[r]! >= 0) lRows.push(r);
    let nEntries = 0;
    for (const r of lRows) nEntries += this.labelPacked[this.labelOffset[r]!]!;
    const lDeltas = new Uint32Array(lRows.length), counts = new Uint8Array(lRows.length);
    const cls = new Uint8Array(nEntries), vals = new Int16Array(nEntries);
    let o = 0;
    lRows.forEach((r, k) => {
      lDeltas[k] = r - (k > 0 ? lRows[k - 1]! : 0);
      const off = this.labelOffset[r]!, cnt = this.labelPacked[off]!;
      counts[k] = cnt;
      for (let j = 1; j <= cnt; j++) { const e = this.labelPacked[off + j]!; cls[o] = e & 255; vals[o] = e >> 8; o++; }
    });
    const head = Buffer.alloc(24);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(header.length, 8);
    head.writeUInt32LE(mRows.length, 12);
    head.writeUInt32LE(lRows.length, 16);
    head.writeUInt32LE(nEntries, 20);
    return Buffer.concat([head, header, Buffer.from(mDeltas.buffer), Buffer.from(mVals.buffer),
      Buffer.from(lDeltas.buffer), Buffer.from(counts.buffer), Buffer.from(cls.buffer), Buffer.from(vals.buffer)]);
  }

  /** Reads the form `serialize` writes; `source` names the file in errors. */
  static deserialize(bytes: Uint8Array, source: string): ParserModel {
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (raw.length < 24 || raw.readUInt32LE(0) !== MAGIC) throw new Error(`parser: ${source}: not a parser weights file`);
    const version = raw.readUInt32LE(4);
    if (version !== VERSION) throw new Error(`parser: ${source}: weights format ${version}, expected ${VERSION} (retrain with \`npm run train -- --model parser\`)`);
    const hLen = raw.readUInt32LE(8), nM = raw.readUInt32LE(12), nL = raw.readUInt32LE(16), nE = raw.readUInt32LE(20);
    const need = 24 + hLen + nM * 10 + nL * 5 + nE * 3;
    if (raw.length !== need) throw new Error(`parser: ${source}: truncated weights (${raw.length} bytes, expected ${need})`);
    const h = JSON.parse(raw.subarray(24, 24 + hLen).toString('utf8')) as {
      labels: string[]; left: string[]; right: string[]; moveBits: number; labelBits: number; moveScale: number; labelScale: number; meta: Record<string, unknown>;
    };
    let o = 24 + hLen;
    const take = <T extends Uint32Array | Int16Array | Uint8Array>(arr: T): T => {
      new Uint8Array(arr.buffer).set(raw.subarray(o, o + arr.byteLength));
      o += arr.byteLength;
      return arr;
    };
    const mDeltas = take(new Uint32Array(nM)), mVals = take(new Int16Array(nM * 3));
    const lDeltas = take(new Uint32Array(nL)), counts = take(new Uint8Array(nL)), cls = take(new Uint8Array(nE)), vals = take(new Int16Array(nE));
    const moves = new Int16Array((1 << h.moveBits) * 4);
    let r = 0;
    for (let k = 0; k < nM; k++) {
      r += mDeltas[k]!;
      const b = r << 2;
      moves[b] = mVals[k * 3]!; moves[b + 1] = mVals[k * 3 + 1]!; moves[b + 2] = mVals[k * 3 + 2]!;
    }
    const offset = new Int32Array(1 << h.labelBits).fill(-1);
    const packed = new Int32Array(nL + nE);
    r = 0;
    let p = 0, e = 0;
    for (let k = 0; k < nL; k++) {
      r += lDeltas[k]!;
      offset[r] = p;
      const cnt = counts[k]!;
      packed[p++] = cnt;
      for (let j = 0; j < cnt; j++, e++) packed[p++] = (vals[e]! << 8) | cls[e]!;
    }
    return new ParserModel(fromLists(h.labels, h.left, h.right), h.moveBits, moves, h.moveScale, h.labelBits, offset, packed, h.labelScale, h.meta ?? {});
  }
}
