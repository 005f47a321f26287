// Packs laid-out components into one picture: the widest in the middle, the others on rings around it, widest first.

export interface Point {
  x: number;
  y: number;
}

/** A component's positions, relative to any origin. */
export type Part = Map<string, Point>;

/**
 * Places the parts without overlap: the widest at the origin, the others side by side on concentric rings around it,
 * widest first (equal ones in the order given), `gap` apart. Each part is treated as the disc around its centroid that holds its
 * nodes; all discs of a ring have their centres at the same distance (set by the ring's first, largest disc), and
 * each takes the angle its disc and half a gap need. Deterministic.
 */
export function packParts(parts: readonly Part[], gap: number): Map<string, Point> {
  const out = new Map<string, Point>();
  let inner = 0; // inner radius of the ring being filled
  let width = 0; // its width: the diameter of its first disc
  let distance = 0; // distance of its centres from the origin
  let angle = Infinity; // angle used on it so far (none open yet)
  // Widest first (stable: equal discs keep the given order), so every disc fits the width of its ring.
  const discs = parts.map((part) => ({ part, ...disc(part) })).sort((a, b) => b.radius - a.radius);
  discs.forEach(({ part, cx, cy, radius }, i) => {
    let x = 0;
    let y = 0;
    if (i === 0) {
      inner = radius + gap;
    } else {
      let half = halfAngle(radius, gap, distance);
      if (angle + 2 * half > 2 * Math.PI || 2 * radius > width) {
        // A new ring outside the last one (the first ring starts just outside the central part); the guard on the
        // width only matters for discs of equal radius up to rounding.
        if (Number.isFinite(angle)) inner += width + gap;
        width = 2 * radius;
        distance = inner + radius;
        angle = 0;
        half = halfAngle(radius, gap, distance);
      }
      const theta = angle + half;
      x = distance * Math.cos(theta);
      y = distance * Math.sin(theta);
      angle += 2 * half;
    }
    for (const [id, p] of part) out.set(id, { x: p.x - cx + x, y: p.y - cy + y });
  });
  return out;
}

/**
 * Half the angle a disc of this radius takes on a ring at this distance, with half a gap on each side. Since sine is
 * concave there, neighbours given their half angles are at least their radii and a gap apart.
 */
function halfAngle(radius: number, gap: number, distance: number): number {
  if (distance <= 0) return Math.PI;
  return Math.asin(Math.min(1, (radius + gap / 2) / distance));
}

/** Centroid of a part and the distance from it to its farthest node. */
function disc(part: Part): { cx: number; cy: number; radius: number } {
  let cx = 0;
  let cy = 0;
  for (const p of part.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= part.size || 1;
  cy /= part.size || 1;
  let radius = 0;
  for (const p of part.values()) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  return { cx, cy, radius };
}
