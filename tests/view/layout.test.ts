// Tests the precomputed layout: deterministic for a seed, different for another, every node placed, finite.
import { describe, expect, it } from 'vitest';
import fa2 from 'graphology-layout-forceatlas2';
import { assignLayout, computeLayout, inferSettings, initialPositions } from '../../src/view/layout.js';
import type { ViewerEdge, ViewerNode } from '../../src/view/graph-json.js';

function ring(n: number, chords = 0): { nodes: ViewerNode[]; edges: ViewerEdge[] } {
  const nodes: ViewerNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`, label: `n${i}`, type: 'Person', aliases: [], links: {}, x: 0, y: 0, degree: 0,
  }));
  const edges: ViewerEdge[] = [];
  const link = (a: number, b: number): void => {
    edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, predicate: 0, kind: 'fact', confidence: 1, statements: [] });
  };
  for (let i = 0; i < n; i++) link(i, (i + 1) % n);
  for (let i = 0; i < chords; i++) link(i, (i * 7 + 3) % n);
  return { nodes, edges };
}

describe('computeLayout', () => {
  it.each([
    ['small graph, exact forces', 30, {}],
    ['Barnes-Hut', 60, { barnesHutThreshold: 10 }],
  ])('%s: same seed gives the same positions', (_name, n, options) => {
    const graph = ring(n, 5);
    const a = computeLayout(graph, { seed: 7, iterations: 50, ...options });
    const b = computeLayout(graph, { seed: 7, iterations: 50, ...options });
    expect([...a]).toEqual([...b]);
    expect(a.size).toBe(n);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('another seed gives another layout', () => {
    const graph = ring(20);
    const a = computeLayout(graph, { seed: 1, iterations: 20 });
    const b = computeLayout(graph, { seed: 2, iterations: 20 });
    expect([...a]).not.toEqual([...b]);
  });

  it('does not depend on the order nodes are listed in', () => {
    const graph = ring(25, 3);
    const reversed = { nodes: [...graph.nodes].reverse(), edges: graph.edges };
    const a = computeLayout(graph, { iterations: 30 });
    const b = computeLayout(reversed, { iterations: 30 });
    expect(Object.fromEntries(a)).toEqual(Object.fromEntries(b));
  });

  it('moves nodes from their start (the layout ran) and assign writes them', () => {
    const graph = ring(12);
    const start = initialPositions(graph.nodes.map((n) => n.id));
    const positions = computeLayout(graph, { iterations: 50 });
    expect(positions.get('n0')).not.toEqual(start.get('n0'));
    assignLayout(graph, positions);
    expect({ x: graph.nodes[0]!.x, y: graph.nodes[0]!.y }).toEqual(positions.get('n0'));
  });

  it('handles an empty graph', () => {
    expect(computeLayout({ nodes: [], edges: [] }).size).toBe(0);
  });
});

describe('computeLayout: components', () => {
  // Two rings of 12 and a chain of pairs: each component laid out on its own, then packed apart.
  function components(): { nodes: ViewerNode[]; edges: ViewerEdge[] } {
    const a = ring(12);
    const rename = (prefix: string, g: { nodes: ViewerNode[]; edges: ViewerEdge[] }) => ({
      nodes: g.nodes.map((n) => ({ ...n, id: prefix + n.id })),
      edges: g.edges.map((e) => ({ ...e, id: prefix + e.id, source: prefix + e.source, target: prefix + e.target })),
    });
    const b = rename('b', ring(12));
    const pairs = rename('p', ring(2));
    return { nodes: [...a.nodes, ...b.nodes, ...pairs.nodes], edges: [...a.edges, ...b.edges, ...pairs.edges] };
  }

  it('keeps components apart: every edge shorter than the distance between the two rings', () => {
    const graph = components();
    const p = computeLayout(graph, { iterations: 100 });
    const mean = (prefix: string) => {
      const ps = [...p].filter(([id]) => id.startsWith(prefix)).map(([, q]) => q);
      return { x: ps.reduce((s, q) => s + q.x, 0) / ps.length, y: ps.reduce((s, q) => s + q.y, 0) / ps.length };
    };
    const apart = Math.hypot(mean('n').x - mean('bn').x, mean('n').y - mean('bn').y);
    for (const e of graph.edges) {
      const length = Math.hypot(p.get(e.source)!.x - p.get(e.target)!.x, p.get(e.source)!.y - p.get(e.target)!.y);
      expect(length).toBeLessThan(apart);
    }
  });
});

describe('inferSettings', () => {
  const forceAtlas2 = fa2 as unknown as typeof fa2.default;
  it.each([1, 2, 48, 1033, 2000, 2001, 50_000])('is the package\'s own for %i nodes', (order) => {
    expect(inferSettings(order)).toEqual(forceAtlas2.inferSettings(order));
  });
});
