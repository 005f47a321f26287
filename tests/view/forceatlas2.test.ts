// Tests our unboxed ForceAtlas2 iteration against graphology-layout-forceatlas2 itself: the same positions to the bit.
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';
import { forceAtlas2Exact } from '../../src/view/forceatlas2.js';
import { repulsionKernel } from '../../src/view/repulse-wasm.js';
import { seededRandom } from '../../src/util/seeded-random.js';

const Graph = graphology as unknown as typeof graphology.default;
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

/** A random graph of n nodes and about m links (no self loops, repeated links kept), with seeded starts. */
function randomGraph(n: number, m: number, seed: number): { start: Array<{ x: number; y: number }>; links: Array<[number, number]> } {
  const random = seededRandom(seed);
  const start = Array.from({ length: n }, () => ({ x: (random() - 0.5) * 100, y: (random() - 0.5) * 100 }));
  const links: Array<[number, number]> = [];
  for (let i = 0; i < m; i++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) links.push([a, b]);
  }
  return { start, links };
}

describe('forceAtlas2Exact', () => {
  it.each([
    ['a pair', 2, 1, 1, 50],
    ['a small tree-like graph', 12, 11, 2, 100],
    ['a denser graph with repeated links', 60, 150, 3, 40],
    ['a graph with isolated nodes and two nodes on one spot', 30, 20, 4, 30],
    // 103 nodes: blocks of four rows and three rows left over; node 57 on node 10's spot meets it inside a block's
    // loop over earlier nodes, node 1 on node 0's spot within a block.
    ['a larger graph with nodes on one spot inside and across blocks', 103, 300, 5, 20],
  ])('%s: same positions as the package', (_name, n, m, seed, iterations) => {
    const { start, links } = randomGraph(n, m, seed);
    if (n === 30 || n === 103) start[1] = { ...start[0]! };
    if (n === 103) start[57] = { ...start[10]! };
    const settings = { ...forceAtlas2.inferSettings(n), linLogMode: true, gravity: 1, slowDown: 1, barnesHutOptimize: false };
    const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    start.forEach((p, i) => g.addNode(`n${i}`, { ...p }));
    for (const [a, b] of links) g.addEdge(`n${a}`, `n${b}`);
    const expected = forceAtlas2(g, { iterations, settings });
    // The WebAssembly kernel (the default) and the JavaScript it stands in for where WebAssembly is not available.
    for (const kernel of ['wasm', 'js'] as const) {
      const ours = forceAtlas2Exact(start, links, iterations, { scalingRatio: settings.scalingRatio!, gravity: 1, slowDown: 1 }, undefined, kernel);
      for (let i = 0; i < n; i++) {
        expect([ours[2 * i], ours[2 * i + 1]], `${kernel}: node ${i}`).toEqual([expected[`n${i}`]!.x, expected[`n${i}`]!.y]);
      }
    }
  });
});

describe('the WebAssembly repulsion kernel', () => {
  it('runs here (Node has WebAssembly with 128-bit SIMD)', () => {
    expect(repulsionKernel(8)).toBeDefined();
  });

  it.each([
    // Blocks of four rows from an offset inside the nodes, a component of 8 (two blocks), one of 5 (a block and a row
    // left over), nodes on one spot in one block, across blocks and in different components, and a node at the
    // origin (strong gravity's distance 0).
    ['components of several sizes', [0, 2, 10, 15, 48, 300], 40],
    ['one component', [0, 257], 25],
  ])('%s: the same bits as the JavaScript', (_name, bounds, iterations) => {
    const n = bounds[bounds.length - 1]!;
    const { start } = randomGraph(n, 0, 21);
    const links: Array<[number, number]> = [];
    const random = seededRandom(22);
    for (let c = 0; c + 1 < bounds.length; c++) {
      const lo = bounds[c]!, size = bounds[c + 1]! - lo;
      for (let i = 1; i < size; i++) links.push([lo + i, lo + Math.floor(random() * i)]);
    }
    start[4] = { ...start[3]! };
    start[12] = { ...start[14]! };
    if (n > 100) start[100] = { ...start[60]! };
    start[n - 1] = { x: 0, y: 0 };
    const settings = { scalingRatio: 10, gravity: 1, slowDown: 1 };
    const wasm = forceAtlas2Exact(start, links, iterations, settings, bounds, 'wasm');
    const js = forceAtlas2Exact(start, links, iterations, settings, bounds, 'js');
    expect([...wasm]).toEqual([...js]);
  });
});

describe('forceAtlas2Exact over several components at once', () => {
  it('gives each component the positions it gets alone', () => {
    // A pair, a component of 7 (one block of four rows and three left over) and one of 30 with two nodes on one spot.
    const graphs = [randomGraph(2, 1, 11), randomGraph(7, 9, 12), randomGraph(30, 45, 13)];
    graphs[2]!.start[9] = { ...graphs[2]!.start[4]! };
    const settings = { scalingRatio: 10, gravity: 1, slowDown: 1 };
    const start = graphs.flatMap((g) => g.start);
    const bounds = [0];
    const links: Array<[number, number]> = [];
    for (const g of graphs) {
      const offset = bounds[bounds.length - 1]!;
      for (const [a, b] of g.links) links.push([a + offset, b + offset]);
      bounds.push(offset + g.start.length);
    }
    const together = forceAtlas2Exact(start, links, 60, settings, bounds);
    graphs.forEach((g, c) => {
      const alone = forceAtlas2Exact(g.start, g.links, 60, settings);
      expect([...together.subarray(2 * bounds[c]!, 2 * bounds[c + 1]!)], `component ${c}`).toEqual([...alone]);
    });
  });

  it('refuses bounds that do not cover the nodes in order', () => {
    const { start, links } = randomGraph(4, 3, 14);
    expect(() => forceAtlas2Exact(start, links, 1, { scalingRatio: 10, gravity: 1, slowDown: 1 }, [0, 3])).toThrow(/bounds/);
  });
});
