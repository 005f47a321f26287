// Turns graph.json into the graphology graph sigma draws: positions from the file, colours by type, sizes by degree.
import Graph from 'graphology';
import { KIND_COLORS, typeColor } from './palette.js';
import type { EdgeAttrs, NodeAttrs, ViewerEdge, ViewerGraph } from './types.js';

export type DrawnGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Node radius in pixels: grows with the square root of degree, smaller overall in large graphs. */
export function nodeSize(degree: number, order: number): number {
  if (order > 5000) return Math.min(10, 1.5 + Math.sqrt(degree));
  return Math.min(24, 5 + 2.5 * Math.sqrt(degree));
}

export function edgeLabel(graph: ViewerGraph, edge: ViewerEdge): string {
  const predicate = graph.predicates[edge.predicate]?.label ?? '';
  if (edge.kind === 'denial') return `denied: ${predicate}`;
  if (edge.kind === 'claim') return `claimed: ${predicate}`;
  return predicate;
}

/** Checks the file is a viewer graph before anything is drawn, naming what is wrong. */
export function validateGraph(data: unknown): ViewerGraph {
  const g = data as Partial<ViewerGraph> | null;
  if (!g || typeof g !== 'object' || g.format !== 'newsgraph-viewer') throw new Error('graph.json is not a newsgraph viewer graph');
  if (g.version !== 1) throw new Error(`graph.json has version ${String(g.version)}; this viewer reads version 1`);
  for (const key of ['nodes', 'edges', 'attributes', 'documents', 'predicates'] as const) {
    if (!Array.isArray(g[key])) throw new Error(`graph.json has no ${key} list`);
  }
  return g as ViewerGraph;
}

/** `lines`: every edge drawn by the plain line program (dense graphs), else facts solid and claims/denials dashed. */
export function buildGraph(data: ViewerGraph, options: { lines?: boolean } = {}): DrawnGraph {
  const graph: DrawnGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const order = data.nodes.length;
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      size: nodeSize(node.degree, order),
      color: typeColor(node.type),
      label: node.label,
      entityType: node.type,
    });
  }
  const thin = data.edges.length > 5000;
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      size: thin ? 1 : 1.6,
      color: KIND_COLORS[edge.kind],
      label: edgeLabel(data, edge),
      type: options.lines ? 'line' : edge.kind === 'fact' ? 'arrow' : 'dashed',
      kind: edge.kind,
    });
  }
  return graph;
}
