// Benchmarks the viewer on generated graphs of 1k, 10k and 50k nodes: ForceAtlas2 layout time in Node, load-to-first-draw
// in headless Chromium (software WebGL), and hover highlight time at 10k. Prints figures; asserts nothing.
/// <reference lib="dom" />
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeLayout, assignLayout, defaultIterations } from '../../src/view/layout.js';
import { seededRandom } from '../../src/util/seeded-random.js';
import { serializeViewerGraph, writeFileAtomic } from '../../src/view/write-graph.js';
import { startViewerServer, viewerDistDir } from '../../src/view/server.js';
import type { RelationKind, ViewerEdge, ViewerGraph, ViewerNode } from '../../src/view/graph-json.js';
import { launchChromium } from '../browser/chromium.js';
import '../browser/viewer-window.js';

const SIZES = [1_000, 10_000, 50_000];
const HOVER_SIZE = 10_000;
const HOVER_SAMPLES = 7;
const TYPES = ['Person', 'Person', 'Person', 'Organization', 'Country', 'City', 'Event', 'GovernmentBody', 'Company', 'Location'];


/** A news-like graph: about two relations a node, a few hubs (targets drawn with a skew), one statement each. */
export function generateGraph(order: number, seed = 1): ViewerGraph {
  const random = seededRandom(seed);
  const documents = Array.from({ length: Math.max(5, Math.round(order / 40)) }, (_, i) => ({
    id: `https://example.org/doc/${i}`, title: `Generated article ${i}`, date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
  const predicates = ['warn', 'meet', 'blame', 'visit', 'attack', 'accuse', 'sue', 'appoint'].map((p) => ({ id: `https://w3id.org/newsgraph/ns#${p}`, label: p, count: 0 }));
  const nodes: ViewerNode[] = Array.from({ length: order }, (_, i) => ({
    id: `https://example.org/kb/n${i}`, label: `Entity ${i}`, type: TYPES[i % TYPES.length]!, aliases: [`E${i}`], links: {}, x: 0, y: 0, degree: 0,
  }));
  const edges: ViewerEdge[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < order * 2; k++) {
    const s = Math.floor(random() * order);
    const t = Math.floor(Math.pow(random(), 2.5) * order);
    const p = Math.floor(random() * predicates.length);
    if (s === t || seen.has(`${s} ${t} ${p}`)) continue;
    seen.add(`${s} ${t} ${p}`);
    const r = random();
    const kind: RelationKind = r < 0.8 ? 'fact' : r < 0.95 ? 'claim' : 'denial';
    const sentence = `Entity ${s} said to ${predicates[p]!.label} Entity ${t} on Monday, officials said.`;
    edges.push({
      id: `e${edges.length}`, source: nodes[s]!.id, target: nodes[t]!.id, predicate: p, kind, confidence: 0.5 + random() / 2,
      statements: [{
        id: `https://example.org/st/${edges.length}`, polarity: kind === 'denial' ? 'denied' : 'asserted', fact: kind === 'fact',
        document: Math.floor(random() * documents.length), sentence, confidence: 0.7, extractor: 'bench', highlights: [{ start: 0, end: `Entity ${s}`.length, role: 'subject' }],
      }],
    });
    nodes[s]!.degree++;
    nodes[t]!.degree++;
    predicates[p]!.count++;
  }
  return { format: 'newsgraph-viewer', version: 1, nodes, edges, attributes: [], documents, predicates };
}

/**
 * CPU seconds used so far by every process of the Chromium started with `profile` (from /proc): on a shared,
 * loaded machine wall time overstates the work, CPU time does not. `processType` (gpu-process, renderer) counts only
 * those: the GPU process is where SwiftShader rasterises. Undefined where /proc is unavailable.
 */
function browserCpuSeconds(profile: string, processType?: string): number | undefined {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes(profile)) continue;
        if (processType && !cmdline.includes(`--type=${processType}`)) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        total += (Number(fields[11]) + Number(fields[12])) / tick;
      } catch {
        // the process ended while we looked
      }
    }
    return total;
  } catch {
    return undefined;
  }
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Sizes to measure: all by default; `VIEWER_BENCH_SIZES=10000` (comma-separated) picks some while iterating. */
function benchSizes(): number[] {
  const picked = process.env.VIEWER_BENCH_SIZES;
  if (!picked) return SIZES;
  const sizes = picked.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  if (!sizes.length) throw new Error(`viewer bench: VIEWER_BENCH_SIZES=${picked}: expected node counts such as 1000,10000`);
  return sizes;
}

const seconds = (ms: number | undefined): string => ((ms ?? NaN) / 1000).toFixed(2);

export async function benchViewer(): Promise<void> {
  console.log('viewer: generated graphs (about 2 relations a node); layout in Node, first draw in headless Chromium (SwiftShader WebGL)');
  console.log(`viewer: load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine: wall times include waiting for the CPU, CPU times do not`);
  try {
    viewerDistDir();
  } catch (error) {
    throw new Error(`viewer bench: ${(error as Error).message}`);
  }
  const root = join(tmpdir(), `newsgraph-bench-viewer-${process.pid}`);
  const browser = await launchChromium({ width: 1400, height: 900 });
  try {
    for (const order of benchSizes()) {
      const graph = generateGraph(order);
      const iterations = defaultIterations(order);
      const t0 = performance.now();
      const c0 = cpuSeconds();
      const positions = computeLayout(graph);
      const layoutMs = performance.now() - t0;
      const layoutCpu = cpuSeconds() - c0;
      assignLayout(graph, positions);
      const dir = join(root, String(order));
      mkdirSync(dir, { recursive: true });
      const text = serializeViewerGraph(graph);
      await writeFileAtomic(join(dir, 'graph.json'), text);
      console.log(
        `viewer ${order.toLocaleString('en')} nodes, ${graph.edges.length.toLocaleString('en')} edges: ` +
        `layout ${(layoutMs / 1000).toFixed(2)} s wall, ${layoutCpu.toFixed(2)} s CPU (${iterations} iterations${order > 2000 ? ', Barnes-Hut' : ''}); ` +
        `graph.json ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`,
      );
      await measureInBrowser(browser, dir, graph, order === HOVER_SIZE);
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Opens the viewer on the graph in `dir`: prints load-to-first-draw (page timings, wall and browser CPU) and, when
 * `hover`, the hover highlight time over the biggest hubs. "Painted" is two animation frames after sigma's render, so
 * it includes the software rasterisation of that frame, which sigma's own render call does not wait for.
 */
export async function measureInBrowser(browser: Awaited<ReturnType<typeof launchChromium>>, dir: string, graph: ViewerGraph, hover: boolean): Promise<void> {
  const order = graph.nodes.length;
  const server = await startViewerServer({ outputDir: dir, port: 0 });
  const page = await browser.context.newPage();
  try {
    const started = performance.now();
    const cpuBefore = browserCpuSeconds(browser.profile);
    const gpuBefore = browserCpuSeconds(browser.profile, 'gpu-process');
    await page.goto(server.url);
    await page.waitForFunction(() => window.__viewerTimings?.painted !== undefined || !!window.__viewerError, undefined, { timeout: 300_000, polling: 50 });
    const wallMs = performance.now() - started;
    const cpuAfter = browserCpuSeconds(browser.profile);
    const gpuAfter = browserCpuSeconds(browser.profile, 'gpu-process');
    const loadCpu = cpuBefore !== undefined && cpuAfter !== undefined
      ? `, browser CPU ${(cpuAfter - cpuBefore).toFixed(2)} s, of which GPU process ${(gpuAfter! - gpuBefore!).toFixed(2)} s` : '';
    const timings = await page.evaluate(() => ({ ...window.__viewerTimings, error: window.__viewerError }));
    if (timings.error) throw new Error(`viewer bench: ${order} nodes: ${timings.error}`);
    console.log(
      `viewer ${order.toLocaleString('en')} nodes: first draw painted ${seconds(timings.painted)} s after navigation ` +
      `(fetched ${seconds(timings.fetched)} s, parsed ${seconds(timings.parsed)} s, graph built ${seconds(timings.built)} s, ` +
      `rendered ${seconds(timings.firstDraw)} s, panels ${seconds(timings.constructed)} s; wall ${(wallMs / 1000).toFixed(2)} s${loadCpu})` +
      (order === HOVER_SIZE ? '  [target < 3 s]' : ''),
    );
    if (!hover) return;
    const hubs = [...graph.nodes].sort((a, b) => b.degree - a.degree).slice(0, HOVER_SAMPLES);
    const corner = await page.evaluate(() => {
      const box = window.__viewer!.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + 3, y: box.top + 3 };
    });
    const painted: number[] = [];
    const rendered: number[] = [];
    const cpu: number[] = [];
    const gpu: number[] = [];
    const resetHover = () => page.evaluate(() => { window.__viewerTimings!.hover = undefined; window.__viewerTimings!.hoverPainted = undefined; });
    const awaitHover = () => page.waitForFunction(() => window.__viewerTimings?.hoverPainted !== undefined, undefined, { timeout: 60_000, polling: 20 });
    for (const hub of hubs) {
      const point = await page.evaluate((id) => {
        const app = window.__viewer!;
        const a = app.graph.getNodeAttributes(id) as { x: number; y: number };
        const p = app.sigma.graphToViewport({ x: a.x, y: a.y });
        const box = app.sigma.getContainer().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      }, hub.id);
      await resetHover();
      const c0 = browserCpuSeconds(browser.profile);
      const g0 = browserCpuSeconds(browser.profile, 'gpu-process');
      await page.mouse.move(point.x, point.y);
      await awaitHover();
      const c1 = browserCpuSeconds(browser.profile);
      const g1 = browserCpuSeconds(browser.profile, 'gpu-process');
      if (g0 !== undefined && g1 !== undefined) gpu.push((g1 - g0) * 1000);
      const t = await page.evaluate(() => ({ hover: window.__viewerTimings!.hover!, painted: window.__viewerTimings!.hoverPainted! }));
      rendered.push(t.hover);
      painted.push(t.painted);
      if (c0 !== undefined && c1 !== undefined) cpu.push((c1 - c0) * 1000);
      // Leave the node for an empty corner of the canvas and wait for the plain view, so the next hover starts from it.
      await resetHover();
      await page.mouse.move(corner.x, corner.y);
      await awaitHover();
    }
    console.log(
      `viewer ${order.toLocaleString('en')} nodes: hover highlight painted median ${median(painted).toFixed(0)} ms, max ${Math.max(...painted).toFixed(0)} ms ` +
      `(sigma render done at median ${median(rendered).toFixed(0)} ms` +
      `${cpu.length ? `; browser CPU median ${median(cpu).toFixed(0)} ms a hover, GPU process ${median(gpu).toFixed(0)} ms` : ''}) ` +
      `over ${painted.length} hubs, from the mouse event` + (order === HOVER_SIZE ? '  [target < 200 ms]' : ''),
    );
  } finally {
    await page.close();
    await server.close();
  }
}
