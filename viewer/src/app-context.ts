// What the app's parts (legend, filters, search, details) may read and ask of the app, so they do not import each other.
import type { DrawnGraph } from './build-graph.js';
import type { ViewState } from './state.js';
import type { Visibility } from './visibility.js';
import type { ViewerAttribute, ViewerEdge, ViewerGraph, ViewerNode } from './types.js';

export interface AppContext {
  readonly data: ViewerGraph;
  readonly graph: DrawnGraph;
  readonly nodesById: ReadonlyMap<string, ViewerNode>;
  readonly edgesById: ReadonlyMap<string, ViewerEdge>;
  readonly attributesBySubject: ReadonlyMap<string, ViewerAttribute[]>;
  /** Edges with at least one statement attributed to the node (what that speaker claims or denies). */
  readonly edgesBySpeaker: ReadonlyMap<string, ViewerEdge[]>;
  state(): ViewState;
  visibility(): Visibility;
  /** Changes the state; filters are recomputed, the URL and the panels updated. */
  update(change: Partial<ViewState>): void;
  /** Selects a node, opens its panel and, when `focus`, moves the camera to it. */
  selectNode(id: string, focus?: boolean): void;
  selectEdge(id: string): void;
  clearSelection(): void;
}
