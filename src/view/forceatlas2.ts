// ForceAtlas2 with exact repulsion, LinLog attraction and strong gravity on flat arrays: the iteration of
// graphology-layout-forceatlas2 (MIT, by Guillaume Plique) for the settings the layout uses, rewritten so that V8
// keeps its temporaries unboxed. The package declares them once per call with `var`, so its optimised code keeps
// them as heap numbers: a build's layout allocated about 450 MB of them and ran 1.7 times slower. The arithmetic
// and its order are the package's own, so positions come out the same to the bit (tests/view/forceatlas2.test.ts).
// The repulsion's inner loop runs in a small WebAssembly SIMD kernel (repulse-wasm.ts) where Node has one: the same
// operations two rows at once, the same bits; the JavaScript below does the same where it has not.
import { repulsionKernel, type RepulsionKernel } from './repulse-wasm.js';

/** Settings of the exact, LinLog, strong-gravity variant (the package's `inferSettings` plus the layout's choices). */
export interface ExactSettings {
  scalingRatio: number;
  gravity: number;
  slowDown: number;
}

/**
 * Runs `iterations` of ForceAtlas2 over nodes 0..n-1 starting at `start` (x, y per node) with the given links
 * (pairs of node indices, each of weight 1, in the order the package would meet them), and returns the positions
 * as the package's float32 matrix would hold them: x at 2i, y at 2i + 1. With `bounds` (0, the first node of each
 * further component, n), the nodes are several components laid out at once, each as if alone: repulsion acts
 * inside a component only, and links must not cross components. `kernel` 'js' keeps the repulsion in JavaScript
 * (the fallback where WebAssembly is missing; tests compare the two).
 */
export function forceAtlas2Exact(
  start: ReadonlyArray<{ x: number; y: number }>,
  links: ReadonlyArray<readonly [number, number]>,
  iterations: number,
  settings: ExactSettings,
  bounds: readonly number[] = [0, start.length],
  kernel: 'wasm' | 'js' = 'wasm',
): Float64Array {
  const order = start.length;
  if (bounds[0] !== 0 || bounds[bounds.length - 1] !== order || bounds.some((b, i) => i > 0 && b < bounds[i - 1]!)) {
    throw new Error(`view: layout component bounds ${bounds.join(',')} do not cover ${order} nodes in order`);
  }
  // The package keeps every node's values in one float32 matrix; here each value has its own float32 array (the
  // same roundings on every store), so the quadratic repulsion loop reads and writes contiguous memory.
  // With the WebAssembly kernel (repulse-wasm.ts), the arrays the repulsion reads and writes live in its memory.
  const wasm = kernel === 'wasm' ? repulsionKernel(order) : undefined;
  const nodes: Nodes = {
    x: wasm?.x ?? new Float32Array(order), y: wasm?.y ?? new Float32Array(order), mass: wasm?.mass ?? new Float32Array(order),
    dx: wasm?.dx ?? new Float32Array(order), dy: wasm?.dy ?? new Float32Array(order), oldDx: new Float32Array(order), oldDy: new Float32Array(order),
    convergence: new Float32Array(order), wasm,
  };
  start.forEach((p, i) => {
    nodes.x[i] = p.x;
    nodes.y[i] = p.y;
    nodes.mass[i] = 1;
    nodes.convergence[i] = 1;
  });
  const ends = new Int32Array(links.length * 2);
  links.forEach(([s, t], e) => {
    // Mass is the weighted degree plus one; every link weighs 1.
    nodes.mass[s] += 1;
    nodes.mass[t] += 1;
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
  });
  for (let i = 0; i < iterations; i++) iterate(nodes, ends, settings, bounds);
  const out = new Float64Array(order * 2);
  for (let i = 0; i < order; i++) {
    out[2 * i] = nodes.x[i]!;
    out[2 * i + 1] = nodes.y[i]!;
  }
  return out;
}

/** The package's node matrix (size 1, never fixed), one float32 array per column. */
interface Nodes {
  x: Float32Array;
  y: Float32Array;
  mass: Float32Array;
  dx: Float32Array;
  dy: Float32Array;
  oldDx: Float32Array;
  oldDy: Float32Array;
  convergence: Float32Array;
  /** The repulsion kernel whose memory holds x, y, mass, dx and dy, if it runs here. */
  wasm: RepulsionKernel | undefined;
}

const f32 = Math.fround;

/** The repulsion between the nodes lo..hi-1 (one component), every pair once, as iterate describes. */
function repulse(nodes: Nodes, lo: number, hi: number, repulsion: number): void {
  const { x, y, mass, dx, dy, wasm } = nodes;
  let b = lo;
  if (wasm) {
    // The same blocks of four rows, their loop over earlier nodes in the kernel (the same operations, the same bits).
    const sums = wasm.sums;
    for (; b + 3 < hi; b += 4) {
      wasm.block(lo, b, repulsion);
      finishRow(nodes, b, b, sums[0]!, sums[2]!, repulsion);
      finishRow(nodes, b + 1, b, sums[1]!, sums[3]!, repulsion);
      finishRow(nodes, b + 2, b, sums[4]!, sums[6]!, repulsion);
      finishRow(nodes, b + 3, b, sums[5]!, sums[7]!, repulsion);
    }
  }
  // Four rows at a time, written out by hand: each earlier node is loaded once for four rows and the four rows' sums
  // stay in locals. Every pair still gets the package's float32
  // operations in the package's order, so positions stay bit-identical; the leftover rows run one at a time below.
  for (; b + 3 < hi; b += 4) {
    const xa = x[b]!, ya = y[b]!, ra = repulsion * mass[b]!;
    const xb = x[b + 1]!, yb = y[b + 1]!, rb = repulsion * mass[b + 1]!;
    const xc = x[b + 2]!, yc = y[b + 2]!, rc = repulsion * mass[b + 2]!;
    const xd = x[b + 3]!, yd = y[b + 3]!, rd = repulsion * mass[b + 3]!;
    let ax = 0, ay = 0, bx = 0, by = 0, cx = 0, cy = 0, dxs = 0, dys = 0;
    for (let n2 = lo; n2 < b; n2++) {
      const x2 = x[n2]!;
      const y2 = y[n2]!;
      const m2 = mass[n2]!;
      let sx = dx[n2]!;
      let sy = dy[n2]!;
      let xDist = xa - x2;
      let yDist = ya - y2;
      let distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (ra * m2) / distance / distance;
        ax = f32(ax + xDist * factor);
        ay = f32(ay + yDist * factor);
        sx = f32(sx - xDist * factor);
        sy = f32(sy - yDist * factor);
      }
      xDist = xb - x2;
      yDist = yb - y2;
      distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (rb * m2) / distance / distance;
        bx = f32(bx + xDist * factor);
        by = f32(by + yDist * factor);
        sx = f32(sx - xDist * factor);
        sy = f32(sy - yDist * factor);
      }
      xDist = xc - x2;
      yDist = yc - y2;
      distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (rc * m2) / distance / distance;
        cx = f32(cx + xDist * factor);
        cy = f32(cy + yDist * factor);
        sx = f32(sx - xDist * factor);
        sy = f32(sy - yDist * factor);
      }
      xDist = xd - x2;
      yDist = yd - y2;
      distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (rd * m2) / distance / distance;
        dxs = f32(dxs + xDist * factor);
        dys = f32(dys + yDist * factor);
        sx -= xDist * factor;
        sy -= yDist * factor;
      }
      dx[n2] = sx;
      dy[n2] = sy;
    }
    finishRow(nodes, b, b, ax, ay, repulsion);
    finishRow(nodes, b + 1, b, bx, by, repulsion);
    finishRow(nodes, b + 2, b, cx, cy, repulsion);
    finishRow(nodes, b + 3, b, dxs, dys, repulsion);
  }
  for (; b < hi; b++) finishRow(nodes, b, lo, 0, 0, repulsion);
}

/**
 * Node n1's repulsion from nodes `from`..n1-1, added to the sums (sx, sy) of its pairs with the nodes before `from`,
 * each pair's force subtracted from the other node as it goes; then n1's sums are stored.
 */
function finishRow(nodes: Nodes, n1: number, from: number, sx: number, sy: number, repulsion: number): void {
  const { x, y, mass, dx, dy } = nodes;
  const x1 = x[n1]!;
  const y1 = y[n1]!;
  const r1 = repulsion * mass[n1]!;
  for (let n2 = from; n2 < n1; n2++) {
    const xDist = x1 - x[n2]!;
    const yDist = y1 - y[n2]!;
    const distance = Math.sqrt(xDist * xDist + yDist * yDist);
    if (distance > 0) {
      const factor = (r1 * mass[n2]!) / distance / distance;
      sx = f32(sx + xDist * factor);
      sy = f32(sy + yDist * factor);
      dx[n2] -= xDist * factor;
      dy[n2] -= yDist * factor;
    }
  }
  dx[n1] = sx;
  dy[n1] = sy;
}

/**
 * One iteration; mirrors the package's `iterate` with adjustSizes, outbound attraction distribution and Barnes-Hut
 * off: every operation and its order are the package's, and every value it stores in its float32 matrix is rounded
 * to float32 here too (a running sum kept in a local is rounded after each addition, as each store would round it).
 */
function iterate(nodes: Nodes, ends: Int32Array, settings: ExactSettings, bounds: readonly number[]): void {
  const { x, y, mass, dx, dy, oldDx, oldDy, convergence } = nodes;
  const order = x.length;

  for (let n = 0; n < order; n++) {
    oldDx[n] = dx[n]!;
    oldDy[n] = dy[n]!;
  }

  // Repulsion, every pair of a component once (linear repulsion), in the package's order of additions: node n1 sums its pairs
  // with every n2 < n1 (in a local, rounded as each store would round it), then, as n2, gets its pairs with every
  // later node subtracted in turn. Rows are taken four at a time over the nodes before them: each such n2 is read
  // once for the four and gets their four subtractions in row order, and the four running sums are independent
  // chains the processor overlaps (1.4 times faster than row by row); then each of the four finishes with its pairs
  // inside the block. The same operations in the same order: the same bits.
  const repulsion = settings.scalingRatio;
  for (let c = 0; c + 1 < bounds.length; c++) repulse(nodes, bounds[c]!, bounds[c + 1]!, repulsion);

  // Strong gravity.
  const g = settings.gravity / settings.scalingRatio;
  const gravity = settings.scalingRatio;
  for (let n = 0; n < order; n++) {
    const xDist = x[n]!;
    const yDist = y[n]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    const factor = distance > 0 ? gravity * mass[n]! * g : 0;
    dx[n] -= xDist * factor;
    dy[n] -= yDist * factor;
  }

  // LinLog attraction along the links (weight 1, edge weight influence 1).
  const attraction = 1;
  for (let e = 0; e < ends.length; e += 2) {
    const n1 = ends[e]!;
    const n2 = ends[e + 1]!;
    const ewc = Math.pow(1, 1);
    const xDist = x[n1]! - x[n2]!;
    const yDist = y[n1]! - y[n2]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    if (distance > 0) {
      const factor = (-attraction * ewc * Math.log(1 + distance)) / distance;
      dx[n1] += xDist * factor;
      dy[n1] += yDist * factor;
      dx[n2] -= xDist * factor;
      dy[n2] -= yDist * factor;
    }
  }

  // Moves, with each node's adaptive speed.
  for (let n = 0; n < order; n++) {
    const ndx = dx[n]!;
    const ndy = dy[n]!;
    const odx = oldDx[n]!;
    const ody = oldDy[n]!;
    const swinging = mass[n]! * Math.sqrt((odx - ndx) * (odx - ndx) + (ody - ndy) * (ody - ndy));
    const traction = Math.sqrt((odx + ndx) * (odx + ndx) + (ody + ndy) * (ody + ndy)) / 2;
    const nodespeed = (convergence[n]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    convergence[n] = Math.min(1, Math.sqrt((nodespeed * (Math.pow(ndx, 2) + Math.pow(ndy, 2))) / (1 + Math.sqrt(swinging))));
    x[n] = x[n]! + ndx * (nodespeed / settings.slowDown);
    y[n] = y[n]! + ndy * (nodespeed / settings.slowDown);
  }
}
