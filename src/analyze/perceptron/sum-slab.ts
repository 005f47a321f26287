// Hands out small zeroed Int32Array views carved from large shared blocks, for the per-word score sums the tagger and recogniser cache.
//
// Why: `new Int32Array(465)` gets a backing store of its own outside the V8 heap (an allocation, an
// ArrayBuffer extension to track, external-memory accounting that brings garbage collections forward);
// a cold pass over news text allocates tens of thousands of them. Views into one large block share a
// single backing store, so each cached word costs only a small view object.

/** Ints per block (1 MB): a block is freed once no view into it is left. */
const BLOCK = 1 << 18;

export class SumSlab {
  private block = new Int32Array(0);
  private used = 0;

  /** A zeroed array of `length` ints; it stays valid as long as the caller keeps it. */
  take(length: number): Int32Array {
    if (length > BLOCK >> 4) return new Int32Array(length);
    if (this.used + length > this.block.length) {
      this.block = new Int32Array(BLOCK);
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}
