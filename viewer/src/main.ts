// The viewer app: loads graph.json, draws it with sigma at its precomputed positions, and wires search, hover,
// selection, filters, the details panel, live layout, PNG export and the URL state together.
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { downloadAsPNG } from '@sigma/export-image';
import './style.css';
import type { AppContext } from './app-context.js';
import { buildGraph, validateGraph, type DrawnGraph } from './build-graph.js';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { EdgeDashedArrowProgram, EdgeSolidArrowProgram } from './edge-programs.js';
import { FocusOverlay } from './focus-overlay.js';
import { renderEdgeDetails, renderNodeDetails } from './details-panel.js';
import { clear, el } from './dom.js';
import { renderFilters } from './filters-panel.js';
import { renderLegend } from './legend.js';
import { FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE } from './palette.js';
import { setupSearch } from './search.js';
import { parseState, serializeState, type ViewState } from './state.js';
import type { EdgeAttrs, NodeAttrs, ViewerAttribute, ViewerEdge, ViewerGraph, ViewerNode } from './types.js';
import { computeVisibility, type Visibility } from './visibility.js';

/** Above this many nodes the in-browser layout is offered no more: it would take minutes in a tab. */
const LIVE_LAYOUT_LIMIT = 5000;
/**
 * Above this many edges the graph is "dense" and drawn the light way, which software WebGL (SwiftShader) can afford:
 * nodes as GL points, edges as one-pixel lines coloured by kind (no dashes, arrow heads or labels, which cannot be
 * read at that density anyway), no edge picking pass (relations are reached from a node's panel), and the hovered or
 * selected node's neighbourhood drawn on an overlay (FocusOverlay) rather than by re-rendering every item through the
 * reducers. Measured at 10k nodes in tests/bench/viewer.ts.
 */
const DENSE_EDGE_LIMIT = 3000;

interface Timings {
  fetched?: number;
  parsed?: number;
  built?: number;
  /** sigma has rendered the first frame (its constructor does), not yet rasterised. */
  firstDraw?: number;
  /** The app is set up: first frame rendered, panels filled. */
  constructed?: number;
  /** Two animation frames after the first render: that frame has been rasterised and composited. */
  painted?: number;
  /** Time from the last hover's mouse event to the render that shows it. */
  hover?: number;
  /** Time from the last hover's mouse event to two animation frames after that render. */
  hoverPainted?: number;
}

declare global {
  interface Window {
    __viewerReady?: boolean;
    __viewerError?: string;
    __viewerTimings?: Timings;
    __viewer?: ViewerApp;
  }
}

const $ = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: #${id} missing from the page`);
  return node as T;
};

class ViewerApp implements AppContext {
  readonly nodesById: Map<string, ViewerNode>;
  readonly edgesById: Map<string, ViewerEdge>;
  readonly attributesBySubject: Map<string, ViewerAttribute[]>;
  readonly edgesBySpeaker: Map<string, ViewerEdge[]>;
  readonly sigma: Sigma;
  readonly timings: Timings;
  private current: ViewState;
  private visible: Visibility;
  private hovered: string | undefined;
  /** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
  private focus: string | undefined;
  private focusNeighbors = new Set<string>();
  /** Edges touching the focused node. */
  private focusEdges = new Set<string>();
  /** Drawn the light way (see DENSE_EDGE_LIMIT). */
  private readonly dense: boolean;
  /** Dense graphs only: where the focus is highlighted. */
  private readonly overlay: FocusOverlay | undefined;
  private hoverStartedAt: number | undefined;
  private layout: FA2Layout | undefined;
  private readonly search: { refresh(): void };

  constructor(readonly data: ViewerGraph, readonly graph: DrawnGraph, container: HTMLElement, timings: Timings) {
    this.timings = timings;
    this.nodesById = new Map(data.nodes.map((n) => [n.id, n]));
    this.edgesById = new Map(data.edges.map((e) => [e.id, e]));
    this.attributesBySubject = new Map();
    for (const a of data.attributes) {
      const list = this.attributesBySubject.get(a.subject) ?? [];
      list.push(a);
      this.attributesBySubject.set(a.subject, list);
    }
    this.edgesBySpeaker = new Map();
    for (const e of data.edges) {
      for (const speaker of new Set(e.statements.map((st) => st.attributedTo?.id).filter((id): id is string => !!id))) {
        const list = this.edgesBySpeaker.get(speaker) ?? [];
        list.push(e);
        this.edgesBySpeaker.set(speaker, list);
      }
    }
    this.dense = data.edges.length > DENSE_EDGE_LIMIT;
    this.current = parseState(location.hash);
    this.visible = computeVisibility(data, this.current);
    this.updateFocus();

    // sigma's constructor processes the graph and renders the first frame, synchronously.
    this.sigma = new Sigma(graph as unknown as Graph, container, {
      renderEdgeLabels: !this.dense,
      enableEdgeEvents: !this.dense,
      zIndex: true,
      defaultEdgeType: this.dense ? 'line' : 'arrow',
      // Only the programs in use: each costs a shader compilation, slow in software WebGL.
      edgeProgramClasses: this.dense ? { line: EdgeLineProgram } : { arrow: EdgeSolidArrowProgram, dashed: EdgeDashedArrowProgram },
      // Dense graphs: nodes as GL points, one vertex each; measured about five times cheaper to rasterise in
      // SwiftShader than sigma's circle triangles at 10k nodes, and the same discs on screen.
      ...(this.dense ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#4b5563' },
      labelRenderedSizeThreshold: data.nodes.length > 2000 ? 8 : 5,
      minEdgeThickness: 1,
      nodeReducer: (node, attrs) => this.nodeReducer(node, attrs as NodeAttrs),
      edgeReducer: (edge, attrs) => this.edgeReducer(edge, attrs as EdgeAttrs),
    });
    timings.firstDraw = performance.now();
    if (this.dense) {
      this.overlay = new FocusOverlay(this.sigma, graph);
      // A link that names a node opens with its neighbourhood highlighted.
      this.updateFocus();
    }

    this.search = setupSearch(this, $('search'), $('suggestions'));
    this.bindCanvasEvents();
    this.bindToolbar();
    window.addEventListener('hashchange', () => {
      if (location.hash !== serializeState(this.current)) this.applyState(parseState(location.hash));
    });
    this.renderPanels();
    this.search.refresh();
    // A link that names a node opens with the camera on it.
    if (this.current.node && this.nodesById.has(this.current.node)) this.focusCamera(this.current.node, 0);
  }

  state(): ViewState {
    return this.current;
  }

  visibility(): Visibility {
    return this.visible;
  }

  update(change: Partial<ViewState>): void {
    this.applyState({ ...this.current, ...change });
  }

  selectNode(id: string, focus = false): void {
    if (!this.nodesById.has(id)) return;
    this.applyState({ ...this.current, node: id, edge: undefined });
    if (focus) this.focusCamera(id);
  }

  selectEdge(id: string): void {
    const edge = this.edgesById.get(id);
    if (!edge) return;
    // Keep the node selected when the relation is one of its own, so the panel can lead back to it.
    const node = this.current.node === edge.source || this.current.node === edge.target ? this.current.node : undefined;
    this.applyState({ ...this.current, node, edge: id });
  }

  clearSelection(): void {
    this.applyState({ ...this.current, node: undefined, edge: undefined });
  }

  private applyState(next: ViewState): void {
    const filtersChanged = JSON.stringify({ ...next, node: 0, edge: 0, query: 0 }) !== JSON.stringify({ ...this.current, node: 0, edge: 0, query: 0 });
    const edgeChanged = next.edge !== this.current.edge;
    this.current = next;
    if (filtersChanged) this.visible = computeVisibility(this.data, next);
    this.updateFocus();
    const hash = serializeState(next);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    }
    this.renderPanels(filtersChanged);
    // In a dense graph a new selected node only moves the overlay's highlight; nothing under it changes.
    if (this.dense && !filtersChanged && !edgeChanged) return;
    this.sigma.refresh({ skipIndexation: true });
  }

  private renderPanels(filters = true): void {
    if (filters) {
      renderLegend(this, $('legend'));
      renderFilters(this, $('filters'));
    }
    const details = $('details');
    if (this.current.edge) {
      renderEdgeDetails(this, details, this.current.edge);
      details.hidden = false;
    } else if (this.current.node) {
      renderNodeDetails(this, details, this.current.node);
      details.hidden = false;
    } else {
      clear(details);
      details.hidden = true;
    }
    const status = $('status');
    status.textContent = `${this.visible.nodes.size.toLocaleString('en')} of ${this.data.nodes.length.toLocaleString('en')} entities · ` +
      `${this.visible.edges.size.toLocaleString('en')} of ${this.data.edges.length.toLocaleString('en')} relations · ` +
      `${this.data.documents.length.toLocaleString('en')} articles`;
  }

  // The reducers run for every item on each refresh: O(1) set lookups, and they change sigma's own copy of the
  // attributes in place rather than allocating another object.
  private nodeReducer(node: string, attrs: NodeAttrs): Partial<NodeDisplayData> {
    const display = attrs as Partial<NodeDisplayData>;
    if (!this.visible.nodes.has(node)) {
      display.hidden = true;
    } else if (this.focus && !this.dense) {
      if (node === this.focus) {
        display.highlighted = true;
        display.zIndex = 2;
        display.forceLabel = true;
      } else if (this.focusNeighbors.has(node)) {
        display.zIndex = 1;
        display.forceLabel = true;
      } else {
        display.color = FADED_NODE;
        display.label = '';
        display.zIndex = 0;
        display.highlighted = false;
      }
    }
    return display;
  }

  private edgeReducer(edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> {
    const display = attrs as Partial<EdgeDisplayData> & { size: number };
    if (!this.visible.edges.has(edge)) {
      display.hidden = true;
    } else if (edge === this.current.edge) {
      display.color = HIGHLIGHT_EDGE;
      display.size += 1.5;
      display.zIndex = 2;
      display.forceLabel = true;
    } else if (this.focus && !this.dense) {
      if (this.focusEdges.has(edge)) {
        display.size += 0.8;
        display.zIndex = 1;
        display.forceLabel = true;
      } else {
        display.color = FADED_EDGE;
        display.label = '';
        display.zIndex = 0;
      }
    }
    return display;
  }

  private updateFocus(): void {
    this.focus = this.hovered ?? this.selectedVisible();
    this.focusNeighbors = new Set();
    this.focusEdges = new Set();
    if (this.focus) {
      for (const neighbor of this.graph.neighbors(this.focus)) if (this.visible.nodes.has(neighbor)) this.focusNeighbors.add(neighbor);
      for (const edge of this.graph.edges(this.focus)) if (this.visible.edges.has(edge)) this.focusEdges.add(edge);
    }
    this.overlay?.set(this.focus ? { node: this.focus, neighbors: this.focusNeighbors, edges: this.focusEdges } : undefined);
  }

  private setHovered(node: string | undefined, startedAt = performance.now()): void {
    const before = this.focus;
    this.hovered = node;
    // Leaving a node back to the selected one's view, or hovering the selected node, changes nothing to draw.
    if ((node ?? this.selectedVisible()) === before) return;
    this.updateFocus();
    if (this.dense) {
      // The overlay has drawn it already (updateFocus).
      this.timings.hover = performance.now() - startedAt;
      afterPaint(() => { this.timings.hoverPainted = performance.now() - startedAt; });
      return;
    }
    this.hoverStartedAt = startedAt;
    this.sigma.refresh({ skipIndexation: true });
  }

  private selectedVisible(): string | undefined {
    return this.current.node && this.visible.nodes.has(this.current.node) ? this.current.node : undefined;
  }

  private focusCamera(id: string, duration = 500): void {
    const display = this.sigma.getNodeDisplayData(id);
    if (!display) return;
    const camera = this.sigma.getCamera();
    const ratio = Math.min(camera.ratio, 0.5);
    if (duration) void camera.animate({ x: display.x, y: display.y, ratio }, { duration });
    else camera.setState({ x: display.x, y: display.y, ratio });
  }

  private bindCanvasEvents(): void {
    // Hover times run from the mouse event itself, so they include sigma's picking before the handler.
    this.sigma.on('enterNode', ({ node, event }) => this.setHovered(node, event.original.timeStamp));
    this.sigma.on('leaveNode', ({ event }) => this.setHovered(undefined, event.original.timeStamp));
    this.sigma.on('clickNode', ({ node }) => this.selectNode(node));
    this.sigma.on('clickEdge', ({ edge }) => this.selectEdge(edge));
    this.sigma.on('clickStage', () => this.clearSelection());
    this.sigma.on('enterEdge', () => { this.sigma.getContainer().style.cursor = 'pointer'; });
    this.sigma.on('leaveEdge', () => { this.sigma.getContainer().style.cursor = ''; });
    this.sigma.on('afterRender', () => {
      if (this.hoverStartedAt !== undefined) {
        const started = this.hoverStartedAt;
        this.timings.hover = performance.now() - started;
        this.hoverStartedAt = undefined;
        afterPaint(() => { this.timings.hoverPainted = performance.now() - started; });
      }
    });
  }

  private bindToolbar(): void {
    const layoutButton = $<HTMLButtonElement>('layout-button');
    if (this.data.nodes.length > LIVE_LAYOUT_LIMIT || this.data.nodes.length === 0) {
      layoutButton.disabled = true;
      layoutButton.title = this.data.nodes.length ? `Live layout is for graphs up to ${LIVE_LAYOUT_LIMIT.toLocaleString('en')} nodes; this one was laid out at build time` : 'Nothing to lay out';
    }
    layoutButton.addEventListener('click', () => {
      if (!this.layout) this.layout = new FA2Layout(this.graph, { settings: { ...inferSettings(this.graph), barnesHutOptimize: this.graph.order > 2000 } });
      if (this.layout.isRunning()) {
        this.layout.stop();
        layoutButton.textContent = 'Run layout';
        layoutButton.classList.remove('running');
      } else {
        this.layout.start();
        layoutButton.textContent = 'Stop layout';
        layoutButton.classList.add('running');
      }
    });
    $('fit-button').addEventListener('click', () => void this.sigma.getCamera().animatedReset({ duration: 400 }));
    $('export-button').addEventListener('click', () => {
      // The export draws the view again in a temporary renderer; a dense graph's highlight goes on its own overlay.
      const focus = this.dense && this.focus ? { node: this.focus, neighbors: this.focusNeighbors, edges: this.focusEdges } : undefined;
      void downloadAsPNG(this.sigma, {
        fileName: 'newsgraph', backgroundColor: '#ffffff',
        withTempRenderer: focus ? (renderer: Sigma) => new FocusOverlay(renderer, this.graph).set(focus) : undefined,
      });
    });
  }
}

/** Runs `callback` two animation frames from now: the frame drawn before has then been rasterised and shown. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}

function showError(message: string): void {
  window.__viewerError = message;
  const graph = $('graph');
  clear(graph);
  graph.append(el('div', { className: 'error' }, [el('h2', { text: 'The graph could not be shown' }), el('p', { text: message })]));
}

async function main(): Promise<void> {
  const timings: Timings = {};
  window.__viewerTimings = timings;
  let data: ViewerGraph;
  try {
    const response = await fetch('graph.json', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}; run newsgraph build first`);
    const text = await response.text();
    timings.fetched = performance.now();
    data = validateGraph(JSON.parse(text));
    timings.parsed = performance.now();
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
    return;
  }
  const graph = buildGraph(data, { lines: data.edges.length > DENSE_EDGE_LIMIT });
  timings.built = performance.now();
  const container = $('graph');
  if (!data.nodes.length) container.append(el('div', { className: 'empty', text: 'This graph has no entities yet.' }));
  // The app draws the first frame as sigma is constructed (timings.firstDraw), then fills the panels.
  const app = new ViewerApp(data, graph, container, timings);
  timings.constructed = performance.now();
  window.__viewer = app;
  // Ready once the first frame is drawn and the panels filled: tests and benchmarks wait for this, not for a delay.
  window.__viewerReady = true;
  document.body.dataset.ready = 'true';
  afterPaint(() => { timings.painted = performance.now(); });
}

void main();
