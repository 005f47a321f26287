// Decides which nodes and edges the current filters show; computed once per filter change, read by the reducers.
import { relationFilterActive, type ViewState } from './state.js';
import type { ViewerGraph, ViewerStatement } from './types.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Whether one statement passes the article, date and confidence filters. */
export function statementPasses(graph: ViewerGraph, st: ViewerStatement, state: ViewState): boolean {
  if ((st.confidence ?? 1) < state.minConfidence) return false;
  const doc = graph.documents[st.document];
  if (state.document && doc?.id !== state.document) return false;
  if (state.from && !(doc?.date && doc.date >= state.from)) return false;
  if (state.to && !(doc?.date && doc.date <= state.to)) return false;
  return true;
}

export function computeVisibility(graph: ViewerGraph, state: ViewState): Visibility {
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenPredicates = new Set(state.hiddenPredicates);
  const typeShown = new Map<string, boolean>();
  for (const node of graph.nodes) typeShown.set(node.id, !hiddenTypes.has(node.type));
  const statementFilter = !!state.document || !!state.from || !!state.to || state.minConfidence > 0;

  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of graph.edges) {
    if (!typeShown.get(edge.source) || !typeShown.get(edge.target)) continue;
    if (hiddenPredicates.has(graph.predicates[edge.predicate]?.id ?? '')) continue;
    if ((edge.kind === 'claim' && state.hideClaims) || (edge.kind === 'denial' && state.hideDenials)) continue;
    if (statementFilter) {
      // A plain triple with no statement has no article or date: it passes only the confidence filter.
      const passes = edge.statements.length === 0
        ? !state.document && !state.from && !state.to && edge.confidence >= state.minConfidence
        : edge.statements.some((st) => statementPasses(graph, st, state));
      if (!passes) continue;
    }
    edges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }

  const keepUnrelated = !relationFilterActive(state);
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (typeShown.get(node.id) && (keepUnrelated || touched.has(node.id))) nodes.add(node.id);
  }
  return { nodes, edges };
}
