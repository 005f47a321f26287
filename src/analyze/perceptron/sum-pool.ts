// One growable Int32Array holding every score sum the tagger or the recogniser caches, each row addressed by its offset.
//
// Why one array: their per-token loops add eight to twelve cached rows. When each row is a typed array of its own,
// the optimised loop loads and bounds-checks every array's base and length for each element it reads; rows of one
// array share them, which halved the loop's time (1.1 vs 2.2 µs a token for the tagger's eight rows of 93 classes in a
// micro-benchmark), and a cached row costs no object, so a cold pass over news makes less garbage.
//
// Why sized once, up front, to the most its owner can cache (`reserve`): a zeroed typed array that large is mapped
// fresh from the operating system, which commits a page only when a row is first written into it, so the unused
// reserve costs address space, not memory. Grown by doubling instead, the pool copied all its rows at each step, and
// each step's new array and the old one it replaced (garbage until the next full collection) were both resident:
// on the cold pass over the BBC corpus, seven copies of up to 16 MB and about twice the pages touched.

export class SumPool {
  /** The rows; replaced by a larger copy when it fills, so read it after the last `take` of a step. */
  data: Int32Array;
  private used = 0;

  /** `reserve`: ints allocated at once (see above); past it, the pool still grows, by doubling. */
  constructor(reserve = 1 << 16) {
    this.data = new Int32Array(reserve);
  }

  /** Ints handed out so far. */
  get size(): number {
    return this.used;
  }

  /** Offset of `length` fresh zeroed ints. Offsets stay valid until `clear`. */
  take(length: number): number {
    const at = this.used, end = at + length;
    if (end > this.data.length) {
      let grown = this.data.length * 2;
      while (grown < end) grown *= 2;
      const data = new Int32Array(grown);
      data.set(this.data.subarray(0, at));
      this.data = data;
    }
    this.used = end;
    return at;
  }

  /** Offset of fresh rows holding a copy of the `length` ints at `from` (a class combination's sums a word starts from). */
  copy(from: number, length: number): number {
    const at = this.take(length);
    this.data.copyWithin(at, from, from + length);
    return at;
  }

  /** Forgets every row: offsets handed out before are invalid. The array is kept, zeroed. */
  clear(): void {
    this.data.fill(0, 0, this.used);
    this.used = 0;
  }
}
