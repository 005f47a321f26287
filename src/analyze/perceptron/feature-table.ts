// Open-addressing hash table from 32-bit feature keys to row numbers: the perceptron's feature index.

/** Maps non-zero uint32 keys to dense row numbers 0..size-1 in insertion order. */
export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n);
    this.mask = n - 1;
  }

  /** Row of `key`, or -1 when the key is unknown. */
  get(key: number): number {
    const keys = this.keys;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of `key`, adding it as the next row when unknown. */
  getOrAdd(key: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const keys = this.keys;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) {
        keys[i] = key;
        this.rows[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out[this.rows[i]!] = this.keys[i]!;
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const n = oldKeys.length * 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === 0) continue;
      let j = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (this.keys[j] !== 0) j = (j + 1) & this.mask;
      this.keys[j] = key;
      this.rows[j] = oldRows[i]!;
    }
  }
}
