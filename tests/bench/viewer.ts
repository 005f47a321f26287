// Benchmarks the viewer on generated graphs of 1k, 10k and 50k nodes: ForceAtlas2 layout time in Node, load-to-first-draw
// in headless Chromium (software WebGL), and hover highlight time at 10k. Prints figures; asserts nothing.
/// <reference lib="dom" />
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeLayout, assignLayout, defaultIterations } from '../../src/view/layout.js';
import { serializeViewerGraph, writeFileAtomic } from '../../src/view/write-graph.js';
import { startViewerServer, viewerDistDir } from '../../src/view/server.js';
import type { RelationKind, ViewerEdge, ViewerGraph, ViewerNode } from '../../src/view/graph-json.js';
import { launchChromium } from '../browser/chromium.js';
import '../browser/viewer-window.js';

const SIZES = [1_000, 10_000, 50_000];
const HOVER_SIZE = 10_000;
const HOVER_SAMPLES = 7;
const TYPES = ['Person', 'Person', 'Person', 'Organization', 'Country', 'City', 'Event', 'GovernmentBody', 'Company', 'Location'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A news-like graph: about two relations a node, a few hubs (targets drawn with a skew), one statement each. */
export function generateGraph(order: number, seed = 1): ViewerGraph {
  const random = mulberry32(seed);
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
 * loaded machine wall time overstates the work, CPU time does not. Undefined where /proc is unavailable.
 */
function browserCpuSeconds(profile: string): number | undefined {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes(profile)) continue;
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
    for (const order of SIZES) {
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

      const server = await startViewerServer({ outputDir: dir, port: 0 });
      const page = await browser.context.newPage();
      try {
        const started = performance.now();
        const cpuBefore = browserCpuSeconds(browser.profile);
        await page.goto(server.url);
        await page.waitForFunction(() => window.__viewerReady === true || !!window.__viewerError, undefined, { timeout: 300_000, polling: 50 });
        const wallMs = performance.now() - started;
        const cpuAfter = browserCpuSeconds(browser.profile);
        const loadCpu = cpuBefore !== undefined && cpuAfter !== undefined ? `, browser CPU ${(cpuAfter - cpuBefore).toFixed(2)} s` : '';
        const timings = await page.evaluate(() => ({ ...window.__viewerTimings, error: window.__viewerError }));
        if (timings.error) throw new Error(`viewer bench: ${order} nodes: ${timings.error}`);
        console.log(
          `viewer ${order.toLocaleString('en')} nodes, ${graph.edges.length.toLocaleString('en')} edges: ` +
          `layout ${(layoutMs / 1000).toFixed(2)} s wall, ${layoutCpu.toFixed(2)} s CPU (${iterations} iterations${order > 2000 ? ', Barnes-Hut' : ''}); ` +
          `graph.json ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB; ` +
          `first draw ${((timings.firstDraw ?? NaN) / 1000).toFixed(2)} s after navigation ` +
          `(fetched ${((timings.fetched ?? NaN) / 1000).toFixed(2)} s, graph built ${((timings.built ?? NaN) / 1000).toFixed(2)} s; wall ${(wallMs / 1000).toFixed(2)} s${loadCpu})` +
          (order === HOVER_SIZE ? `  [target < 3 s]` : ''),
        );
        if (order === HOVER_SIZE) {
          const hubs = [...graph.nodes].sort((a, b) => b.degree - a.degree).slice(0, HOVER_SAMPLES);
          const samples: number[] = [];
          for (const hub of hubs) {
            const point = await page.evaluate((id) => {
              const app = window.__viewer!;
              const a = app.graph.getNodeAttributes(id) as { x: number; y: number };
              const p = app.sigma.graphToViewport({ x: a.x, y: a.y });
              const box = app.sigma.getContainer().getBoundingClientRect();
              window.__viewerTimings!.hover = undefined;
              return { x: box.left + p.x, y: box.top + p.y };
            }, hub.id);
            await page.mouse.move(point.x, point.y);
            await page.waitForFunction(() => window.__viewerTimings?.hover !== undefined, undefined, { timeout: 30_000, polling: 20 });
            samples.push(await page.evaluate(() => window.__viewerTimings!.hover!));
            // Leave the node for an empty corner of the canvas, so the next hover starts from the plain view.
            const corner = await page.evaluate(() => {
              const box = window.__viewer!.sigma.getContainer().getBoundingClientRect();
              return { x: box.left + 3, y: box.top + 3 };
            });
            await page.mouse.move(corner.x, corner.y);
            await page.waitForFunction(() => window.__viewerTimings?.hover !== undefined, undefined, { timeout: 30_000, polling: 20 });
          }
          console.log(`viewer ${order.toLocaleString('en')} nodes: hover highlight median ${median(samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${samples.length} hubs  [target < 200 ms]`);
        }
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}
