// The graph.json contract (shared with the Node writer) and the viewer's own attribute types for graphology.
export type {
  Highlight, RelationKind, ViewerAttribute, ViewerDocument, ViewerEdge, ViewerGraph, ViewerNode,
  ViewerPredicate, ViewerStatement,
} from '../../src/view/graph-json.js';
import type { RelationKind } from '../../src/view/graph-json.js';

/** Node attributes held in the graphology graph that sigma draws. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type?: string;
  entityType: string;
}

/** Edge attributes held in the graphology graph that sigma draws. */
export interface EdgeAttrs {
  size: number;
  color: string;
  label: string;
  /** sigma edge program: 'arrow' for facts, 'dashed' for claims and denials; 'line' for all in dense graphs. */
  type: string;
  kind: RelationKind;
}
