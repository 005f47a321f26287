// Makes a dependency tree projective by lifting non-projective arcs, so the arc-hybrid system can derive it.

/** True when the arc dep -> heads[dep] spans only descendants of the head. */
function arcIsProjective(heads: readonly number[], dep: number): boolean {
  const h = heads[dep]!;
  if (h < 0) return true;
  const lo = Math.min(h, dep), hi = Math.max(h, dep);
  for (let k = lo + 1; k < hi; k++) {
    // Walk up from k; it must reach h before the root.
    let a = k;
    let steps = 0;
    while (a !== h && a >= 0 && steps <= heads.length) { a = heads[a]!; steps++; }
    if (a !== h) return false;
  }
  return true;
}

/** True when every arc of the tree is projective. */
export function isProjective(heads: readonly number[]): boolean {
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, d)) return false;
  return true;
}

/**
 * Returns a projective copy of `heads` (0-based, -1 = root): repeatedly the shortest
 * non-projective arc is lifted to attach to its head's head (Nivre & Nilsson 2005 lifting,
 * without label encoding; labels stay as they were). Lifting always terminates: each lift
 * moves a word one step closer to the root.
 */
export function projectivize(heads: readonly number[]): number[] {
  const out = heads.slice();
  for (;;) {
    let best = -1, bestLen = Infinity;
    for (let d = 0; d < out.length; d++) {
      if (arcIsProjective(out, d)) continue;
      const len = Math.abs(out[d]! - d);
      if (len < bestLen) { bestLen = len; best = d; }
    }
    if (best < 0) return out;
    out[best] = out[out[best]!]!;
  }
}
