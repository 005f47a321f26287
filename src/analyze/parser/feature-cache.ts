// An exact memo by feature vector, for the search decoders (search.ts): the labels of arcs met again in a sentence.

/**
 * A per-sentence memo of results by feature vector: open addressing over a hash of the features, each slot holding the
 * whole vector, so a hit is an exact match (never a collision). `clear` is O(1) (a generation stamp). The decoders ask it
 * before scoring: the same features always score the same, so the parses are those computed without it.
 */
export class FeatureCache {
  private readonly bits = 9;
  private readonly stamp = new Int32Array(1 << this.bits);
  private readonly keys: Int32Array;
  readonly values: Int32Array;
  private generation = 1;
  private used = 0;
  /** Whether the last `find` found the vector (else the slot returned is a new one, to be filled by the caller). */
  hit = false;
  constructor(private readonly width: number, valueWidth: number) {
    this.keys = new Int32Array((1 << this.bits) * width);
    this.values = new Int32Array((1 << this.bits) * valueWidth);
  }

  clear(): void {
    this.generation++;
    this.used = 0;
  }

  /** The slot of `feats`: `hit` tells whether it holds their result; -1 when the table is too full to add them. */
  find(feats: Int32Array): number {
    const w = this.width, keys = this.keys, stamp = this.stamp, gen = this.generation;
    let h = 0;
    for (let i = 0; i < w; i++) h = Math.imul(h ^ feats[i]!, 0x9e3779b1) + i;
    const mask = (1 << this.bits) - 1;
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      if (stamp[slot] !== gen) break;
      const base = slot * w;
      let same = true;
      for (let i = 0; i < w; i++) if (keys[base + i] !== feats[i]) { same = false; break; }
      if (same) { this.hit = true; return slot; }
      slot = (slot + 1) & mask;
    }
    this.hit = false;
    if (2 * this.used >= mask) return -1;
    this.used++;
    stamp[slot] = gen;
    const base = slot * w;
    for (let i = 0; i < w; i++) keys[base + i] = feats[i]!;
    return slot;
  }
}
