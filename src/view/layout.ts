// Precomputes node positions for the viewer in Node: ForceAtlas2 from seeded starting positions, so the page draws
// at once and the same graph always gets the same picture. Compute and assign are separate steps (graphology style).
import { createRequire } from 'node:module';
import type graphology from 'graphology';
import type fa2 from 'graphology-layout-forceatlas2';
import type { ViewerEdge, ViewerGraph } from './graph-json.js';
import { connectedComponents } from './components.js';
import { forceAtlas2Exact } from './forceatlas2.js';
import { packParts } from './pack.js';
import { seededRandom } from '../util/seeded-random.js';

export interface LayoutOptions {
  /** Seed of the starting positions; the same seed gives the same layout. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
  /** Node count above which the Barnes-Hut approximation is used. */
  barnesHutThreshold?: number;
}

export type Positions = Map<string, { x: number; y: number }>;

// Both packages are CommonJS whose module.exports is the class or function itself (typed here as what Node gives).
// They are loaded only for a component big enough for Barnes-Hut: a build of news rarely has one, and loading
// them cost every build about 40 ms.
const require = createRequire(import.meta.url);
let barnesHut: { Graph: typeof graphology.default; forceAtlas2: typeof fa2.default } | undefined;
function barnesHutLayout(): NonNullable<typeof barnesHut> {
  return (barnesHut ??= { Graph: require('graphology'), forceAtlas2: require('graphology-layout-forceatlas2') });
}

/**
 * graphology-layout-forceatlas2's inferSettings (0.10.1), which the layout starts from; a copy, so that the exact
 * path needs no package (tests/view/layout.test.ts checks it against the package).
 */
export function inferSettings(order: number): { barnesHutOptimize: boolean; strongGravityMode: boolean; gravity: number; scalingRatio: number; slowDown: number } {
  return { barnesHutOptimize: order > 2000, strongGravityMode: true, gravity: 0.05, scalingRatio: 10, slowDown: 1 + Math.log(order) };
}

export const DEFAULT_SEED = 42;
// The exact O(n²) repulsion is affordable up to about two thousand related nodes in a component at the
// iterations below (about half a second of processor time at 1,000); Barnes-Hut takes over above that.
const DEFAULT_BARNES_HUT_THRESHOLD = 2000;

/**
 * Iterations for a component of this size: a second or so of processor time at most, not minutes. Measured on
 * the BBC corpus's 1,003-node component (exact forces, no slow-down): 50 iterations leave edges as long relative
 * to the picture (36%) and as few neighbours nearest (2%) as 150 with ForceAtlas2's inferred slow-down of
 * 1 + ln(order), at a third of the cost; on its 2,593 related nodes laid out together (Barnes-Hut), 40 iterations
 * without slow-down did better than 80 with it (35% against 42%). Components above 10,000 nodes get 30 by the same
 * ratio. Small components settle well within their 400.
 *
 * Measured again on the BBC corpus (1,157-node component, 502 small ones), for the write stage's cost: the large
 * component has fewer iterations than it could use, not more. Its median edge is 1.02 RMS radii at 50 iterations,
 * 0.90 at 80, 0.73 at 150, and the nodes nearer their nearest neighbour than 5% of the median edge fall from 43% to
 * 22% to 1%. Barnes-Hut there costs about as much and leaves 61% so near. The small components take about 40% of a
 * warm layout at 400 iterations, but never reach a bit-exact fixed point (strong gravity draws them slowly to the
 * origin, which packing undoes), so no early stop keeps positions identical. Stopping each once no node moved 0.001
 * in an iteration changed shapes by up to 1.5% and saved ~150 ms warm, but only ~3% of the layout run once cold as a
 * build runs it (the large component, laid out last, then starts in less optimised code): not adopted.
 */
export function defaultIterations(order: number): number {
  if (order <= 500) return 400;
  if (order <= 2000) return 50;
  if (order <= 10_000) return 40;
  return 30;
}

/** A 32-bit FNV-1a hash: mixes a node id into the seed so a node's start does not depend on the others. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Seeded starting positions in a square that grows with the graph. */
export function initialPositions(ids: readonly string[], seed = DEFAULT_SEED): Positions {
  const side = Math.max(10, Math.sqrt(ids.length) * 10);
  const positions: Positions = new Map();
  for (const id of ids) {
    const random = seededRandom(hash32(id, seed));
    positions.set(id, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  return positions;
}

/** Computes positions for the graph's nodes; the graph itself is not changed. */
export function computeLayout(graph: Pick<ViewerGraph, 'nodes' | 'edges'>, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? DEFAULT_SEED;
  // Sorted, so the layout does not depend on the order the nodes are listed in.
  const ids = graph.nodes.map((n) => n.id).sort();
  const known = new Set(ids);
  const edges = [...graph.edges]
    .filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Entities with no relation to draw (a third of a news corpus's nodes) carry no force information: they are
  // left out of ForceAtlas2, which then costs less, and set around the connected part afterwards.
  const linked = new Set<string>();
  for (const e of edges) linked.add(e.source).add(e.target);
  const connected = ids.filter((id) => linked.has(id));
  const isolated = ids.filter((id) => !linked.has(id));

  // Each connected component is laid out on its own and the components are packed side by side, largest in the
  // middle. News graphs are one large component and hundreds of pairs and triples: laid out together, ForceAtlas2
  // spends its iterations pushing the small ones apart and stops long before they settle (with 2,600 related
  // nodes, 80 iterations left edges about as long as between random points); alone, a pair settles at once and
  // the large component costs what it costs by itself.
  const positions: Positions = new Map();
  if (connected.length > 0) {
    const components = connectedComponents(connected, edges);
    const componentOf = new Map<string, number>();
    components.forEach((ids, i) => ids.forEach((id) => componentOf.set(id, i)));
    const edgesOf: ViewerEdge[][] = components.map(() => []);
    for (const e of edges) edgesOf[componentOf.get(e.source)!]!.push(e);
    // Each component's layout depends on it alone. Those with exact forces and the same settings are run together,
    // as one set of nodes whose repulsion stays inside each component (the same operations on every node as one at
    // a time, so the same bits; tested): the hundreds of pairs and triples then cost one pass per iteration rather
    // than one each, and the large component, computed last, gets the iteration already optimised.
    const parts: Positions[] = new Array(components.length);
    const batches = new Map<string, { plan: LayoutPlan; members: number[]; largest: number }>();
    components.forEach((ids, i) => {
      const plan = planOf(ids.length, options);
      if (plan.barnesHut) {
        parts[i] = layoutBarnesHut(ids, edgesOf[i]!, seed, plan);
        return;
      }
      const key = `${plan.iterations} ${plan.scalingRatio}`;
      const batch = batches.get(key);
      if (!batch) batches.set(key, { plan, members: [i], largest: ids.length });
      else {
        batch.members.push(i);
        batch.largest = Math.max(batch.largest, ids.length);
      }
    });
    const bySize = [...batches.values()].sort((a, b) => a.largest - b.largest);
    for (const { plan, members } of bySize) {
      const laidOut = layoutExact(members.map((i) => components[i]!), members.map((i) => edgesOf[i]!), seed, plan);
      members.forEach((i, k) => (parts[i] = laidOut[k]!));
    }
    for (const [id, p] of packParts(parts, gapOf(parts, edges))) positions.set(id, { x: round(p.x), y: round(p.y) });
  }
  for (const [id, p] of ringAround(positions, isolated)) positions.set(id, { x: round(p.x), y: round(p.y) });
  return positions;
}

/** How a component of this size is laid out: iterations, ForceAtlas2's scaling ratio, exact forces or Barnes-Hut. */
interface LayoutPlan {
  iterations: number;
  scalingRatio: number;
  barnesHut: boolean;
}

function planOf(order: number, options: LayoutOptions): LayoutPlan {
  return {
    iterations: options.iterations ?? defaultIterations(order),
    scalingRatio: inferSettings(order).scalingRatio,
    barnesHut: order > (options.barnesHutThreshold ?? DEFAULT_BARNES_HUT_THRESHOLD),
  };
}

// LinLog with strong gravity packs a component and keeps its edges long enough to see (measured on the examples'
// graph: edges about 8 times longer relative to the whole than with the inferred settings). No slow-down
// (ForceAtlas2's default): the inferred 1 + ln(order) only makes every iteration move nodes less.
const GRAVITY = 1;
const SLOW_DOWN = 1;

/**
 * ForceAtlas2 with exact forces (every component up to the Barnes-Hut threshold) over components of one plan, each
 * from its seeded starting positions (ids sorted, edges sorted by id): our unboxed copy of the package's iteration,
 * the same result as the package gives each component alone.
 */
function layoutExact(components: ReadonlyArray<readonly string[]>, edgesOf: ReadonlyArray<readonly ViewerEdge[]>, seed: number, plan: LayoutPlan): Positions[] {
  const start: Array<{ x: number; y: number }> = [];
  const links: Array<readonly [number, number]> = [];
  const bounds = [0];
  components.forEach((ids, c) => {
    const offset = start.length;
    const at = initialPositions(ids, seed);
    const index = new Map(ids.map((id, i) => [id, offset + i]));
    for (const id of ids) start.push(at.get(id)!);
    for (const e of edgesOf[c]!) links.push([index.get(e.source)!, index.get(e.target)!]);
    bounds.push(start.length);
  });
  const xy = forceAtlas2Exact(start, links, plan.iterations, { scalingRatio: plan.scalingRatio, gravity: GRAVITY, slowDown: SLOW_DOWN }, bounds);
  return components.map((ids, c) => {
    const positions: Positions = new Map();
    ids.forEach((id, i) => positions.set(id, { x: xy[2 * (bounds[c]! + i)]!, y: xy[2 * (bounds[c]! + i) + 1]! }));
    return positions;
  });
}

/** ForceAtlas2 with Barnes-Hut over one large component, by graphology-layout-forceatlas2 itself. */
function layoutBarnesHut(ids: readonly string[], edges: readonly ViewerEdge[], seed: number, plan: LayoutPlan): Positions {
  const start = initialPositions(ids, seed);
  const settings = { ...inferSettings(ids.length), linLogMode: true, gravity: GRAVITY, slowDown: SLOW_DOWN, barnesHutOptimize: true };
  const { Graph, forceAtlas2 } = barnesHutLayout();
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const id of ids) g.addNode(id, start.get(id));
  for (const e of edges) g.addEdge(e.source, e.target);
  const mapping = forceAtlas2(g, { iterations: plan.iterations, settings });
  const positions: Positions = new Map();
  for (const id of ids) positions.set(id, { x: mapping[id]!.x, y: mapping[id]!.y });
  return positions;
}

/** Space between packed components: the median edge length, so components sit about an edge apart. */
function gapOf(parts: readonly Positions[], edges: readonly ViewerEdge[]): number {
  const at = new Map<string, { x: number; y: number }>();
  for (const part of parts) for (const [id, p] of part) at.set(id, p);
  const lengths = edges.map((e) => Math.hypot(at.get(e.source)!.x - at.get(e.target)!.x, at.get(e.source)!.y - at.get(e.target)!.y)).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  return median > 0 && Number.isFinite(median) ? median : 1;
}

/**
 * Places nodes on a sunflower (Vogel) spiral in a band around the laid-out ones, at about the same density,
 * in the given order: deterministic, evenly spread, and never on top of the connected part.
 */
function ringAround(laidOut: Positions, ids: readonly string[]): Positions {
  const placed: Positions = new Map();
  if (ids.length === 0) return placed;
  let cx = 0;
  let cy = 0;
  for (const p of laidOut.values()) {
    cx += p.x;
    cy += p.y;
  }
  const n = laidOut.size;
  if (n > 0) {
    cx /= n;
    cy /= n;
  }
  let radius = 0;
  for (const p of laidOut.values()) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  const inner = radius * 1.1;
  // Area per node as in the connected disc; a fixed spacing when there is nothing else to measure by.
  const areaPerNode = n > 1 && radius > 0 ? (Math.PI * radius * radius) / n : 100;
  const golden = Math.PI * (3 - Math.sqrt(5));
  ids.forEach((id, i) => {
    const r = Math.sqrt(inner * inner + (areaPerNode * (i + 0.5)) / Math.PI);
    const angle = i * golden;
    placed.set(id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  });
  return placed;
}

function round(value: number): number {
  const r = Math.round(value * 1000) / 1000;
  return Object.is(r, -0) || !Number.isFinite(r) ? 0 : r;
}

/** Writes positions into the viewer graph's nodes. */
export function assignLayout(graph: Pick<ViewerGraph, 'nodes'>, positions: Positions): void {
  for (const node of graph.nodes) {
    const p = positions.get(node.id);
    if (p) {
      node.x = p.x;
      node.y = p.y;
    }
  }
}

/** Computes and assigns in one step. */
export function layoutViewerGraph(graph: ViewerGraph, options: LayoutOptions = {}): ViewerGraph {
  assignLayout(graph, computeLayout(graph, options));
  return graph;
}
