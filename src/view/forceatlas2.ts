// ForceAtlas2 with exact repulsion, LinLog attraction and strong gravity on flat arrays: the iteration of
// graphology-layout-forceatlas2 (MIT, by Guillaume Plique) for the settings the layout uses, rewritten so that V8
// keeps its temporaries unboxed. The package declares them once per call with `var`, so its optimised code keeps
// them as heap numbers: a build's layout allocated about 450 MB of them and ran 1.7 times slower. The arithmetic
// and its order are the package's own, so positions come out the same to the bit (tests/view/forceatlas2.test.ts).

/** Settings of the exact, LinLog, strong-gravity variant (the package's `inferSettings` plus the layout's choices). */
export interface ExactSettings {
  scalingRatio: number;
  gravity: number;
  slowDown: number;
}

// Node matrix layout, as in the package: 10 floats a node.
const PPN = 10;
const X = 0;
const Y = 1;
const DX = 2;
const DY = 3;
const OLD_DX = 4;
const OLD_DY = 5;
const MASS = 6;
const CONVERGENCE = 7;
const SIZE = 8;
const FIXED = 9;

/**
 * Runs `iterations` of ForceAtlas2 over nodes 0..n-1 starting at `start` (x, y per node) with the given links
 * (pairs of node indices, each of weight 1, in the order the package would meet them), and returns the positions
 * as the package's float32 matrix would hold them: x at 2i, y at 2i + 1.
 */
export function forceAtlas2Exact(
  start: ReadonlyArray<{ x: number; y: number }>,
  links: ReadonlyArray<readonly [number, number]>,
  iterations: number,
  settings: ExactSettings,
): Float64Array {
  const order = start.length;
  const nodes = new Float32Array(order * PPN);
  start.forEach((p, i) => {
    const j = i * PPN;
    nodes[j + X] = p.x;
    nodes[j + Y] = p.y;
    nodes[j + MASS] = 1;
    nodes[j + CONVERGENCE] = 1;
    nodes[j + SIZE] = 1;
  });
  const edges = new Float32Array(links.length * 3);
  links.forEach(([s, t], e) => {
    // Mass is the weighted degree plus one; every link weighs 1.
    nodes[s * PPN + MASS] += 1;
    nodes[t * PPN + MASS] += 1;
    edges[e * 3] = s * PPN;
    edges[e * 3 + 1] = t * PPN;
    edges[e * 3 + 2] = 1;
  });
  for (let i = 0; i < iterations; i++) iterate(nodes, edges, settings);
  const out = new Float64Array(order * 2);
  for (let i = 0; i < order; i++) {
    out[2 * i] = nodes[i * PPN + X]!;
    out[2 * i + 1] = nodes[i * PPN + Y]!;
  }
  return out;
}

/** One iteration; mirrors the package's `iterate` with adjustSizes, outbound attraction distribution and Barnes-Hut off. */
function iterate(nodes: Float32Array, edges: Float32Array, settings: ExactSettings): void {
  const order = nodes.length;
  const size = edges.length;

  for (let n = 0; n < order; n += PPN) {
    nodes[n + OLD_DX] = nodes[n + DX]!;
    nodes[n + OLD_DY] = nodes[n + DY]!;
    nodes[n + DX] = 0;
    nodes[n + DY] = 0;
  }

  // Repulsion, every pair once (linear repulsion).
  const repulsion = settings.scalingRatio;
  for (let n1 = 0; n1 < order; n1 += PPN) {
    const x1 = nodes[n1 + X]!;
    const y1 = nodes[n1 + Y]!;
    const m1 = nodes[n1 + MASS]!;
    for (let n2 = 0; n2 < n1; n2 += PPN) {
      const xDist = x1 - nodes[n2 + X]!;
      const yDist = y1 - nodes[n2 + Y]!;
      const distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (repulsion * m1 * nodes[n2 + MASS]!) / distance / distance;
        nodes[n1 + DX] += xDist * factor;
        nodes[n1 + DY] += yDist * factor;
        nodes[n2 + DX] -= xDist * factor;
        nodes[n2 + DY] -= yDist * factor;
      }
    }
  }

  // Strong gravity.
  const g = settings.gravity / settings.scalingRatio;
  const gravity = settings.scalingRatio;
  for (let n = 0; n < order; n += PPN) {
    const xDist = nodes[n + X]!;
    const yDist = nodes[n + Y]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    const factor = distance > 0 ? gravity * nodes[n + MASS]! * g : 0;
    nodes[n + DX] -= xDist * factor;
    nodes[n + DY] -= yDist * factor;
  }

  // LinLog attraction along the links (weight 1, edge weight influence 1).
  const attraction = 1;
  for (let e = 0; e < size; e += 3) {
    const n1 = edges[e]!;
    const n2 = edges[e + 1]!;
    const ewc = Math.pow(edges[e + 2]!, 1);
    const xDist = nodes[n1 + X]! - nodes[n2 + X]!;
    const yDist = nodes[n1 + Y]! - nodes[n2 + Y]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    if (distance > 0) {
      const factor = (-attraction * ewc * Math.log(1 + distance)) / distance;
      nodes[n1 + DX] += xDist * factor;
      nodes[n1 + DY] += yDist * factor;
      nodes[n2 + DX] -= xDist * factor;
      nodes[n2 + DY] -= yDist * factor;
    }
  }

  // Moves, with each node's adaptive speed.
  for (let n = 0; n < order; n += PPN) {
    if (nodes[n + FIXED] === 1) continue;
    const dx = nodes[n + DX]!;
    const dy = nodes[n + DY]!;
    const oldDx = nodes[n + OLD_DX]!;
    const oldDy = nodes[n + OLD_DY]!;
    const swinging = nodes[n + MASS]! * Math.sqrt((oldDx - dx) * (oldDx - dx) + (oldDy - dy) * (oldDy - dy));
    const traction = Math.sqrt((oldDx + dx) * (oldDx + dx) + (oldDy + dy) * (oldDy + dy)) / 2;
    const nodespeed = (nodes[n + CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    nodes[n + CONVERGENCE] = Math.min(1, Math.sqrt((nodespeed * (Math.pow(dx, 2) + Math.pow(dy, 2))) / (1 + Math.sqrt(swinging))));
    nodes[n + X] = nodes[n + X]! + dx * (nodespeed / settings.slowDown);
    nodes[n + Y] = nodes[n + Y]! + dy * (nodespeed / settings.slowDown);
  }
}
