// Graphs the browser tests serve: the example graph (a build of examples/ when the build command exists, else the
// viewer's fixture store) and a hostile one whose entity names and sentences carry HTML.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serializeViewerGraph, writeFileAtomic, writeViewerGraph } from '../../src/view/write-graph.js';
import type { ViewerGraph } from '../../src/view/graph-json.js';
import { fixtureStore } from '../view/fixture-store.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TMP = join(ROOT, 'tests', '.tmp', 'browser');

/** Builds viewer/dist when it is missing (npm test builds it first; a lone vitest run may not have). */
export function ensureViewerBuilt(): void {
  if (existsSync(join(ROOT, 'viewer', 'dist', 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'viewer', '--config', 'viewer/vite.config.ts'],
    { cwd: ROOT, stdio: 'inherit' });
}

export function readGraph(dir: string): ViewerGraph {
  return JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as ViewerGraph;
}

/** The fixture store's graph, laid out, in `dir`. */
export async function writeFixtureGraph(dir: string): Promise<ViewerGraph> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return (await writeViewerGraph(fixtureStore(), dir)).graph;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** The fixture graph with HTML injected where article text ends up: a label, an alias, a title, a sentence. */
export async function writeHostileGraph(dir: string): Promise<ViewerGraph> {
  const graph = await writeFixtureGraph(dir);
  const victim = graph.nodes.find((n) => n.label === 'Matthew Miller')!;
  victim.label = HOSTILE;
  victim.aliases = [`<script>alert(2)</script>`, '<b onmouseover=alert(3)>Miller</b>'];
  graph.documents[0]!.title = `<iframe src="javascript:alert(4)"></iframe>`;
  for (const edge of graph.edges) {
    for (const st of edge.statements) {
      if (st.attributedTo?.id === victim.id) {
        st.attributedTo.label = HOSTILE;
        st.sentence = `${HOSTILE} said <svg onload=alert(5)> things.`;
        st.highlights = [{ start: 0, end: HOSTILE.length, role: 'speaker' }];
      }
    }
  }
  await writeFileAtomic(join(dir, 'graph.json'), serializeViewerGraph(graph));
  return graph;
}

/**
 * The example graph: `newsgraph build examples` when the CLI has a build command and examples/ has articles,
 * otherwise the fixture graph. Returns which one it made, so the tests can say so.
 */
export async function writeExampleGraph(dir: string): Promise<{ graph: ViewerGraph; source: 'examples' | 'fixture' }> {
  const cli = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const examples = join(ROOT, 'examples');
  const hasBuild = existsSync(cli) && existsSync(join(ROOT, 'dist', 'src', 'cli', 'commands', 'build.js'));
  const hasArticles = existsSync(examples) && readdirSync(examples).some((f) => /\.(txt|md|html?|jsonl|xml|rss|atom)$/.test(f));
  if (hasBuild && hasArticles) {
    rmSync(dir, { recursive: true, force: true });
    try {
      execFileSync(process.execPath, [cli, 'build', examples, '--out', dir], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      // The build's own tests own its failures; here the viewer is tested on the fixture instead, and says so.
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-1)[0];
      console.warn(`browser tests: newsgraph build examples failed (${stderr ?? 'no message'}); using the fixture graph`);
    }
    if (existsSync(join(dir, 'graph.json'))) return { graph: readGraph(dir), source: 'examples' };
  }
  return { graph: await writeFixtureGraph(dir), source: 'fixture' };
}

/**
 * A dense graph (more edges than the viewer's dense limit of 3,000): nodes on a sunflower spiral (no layout needed),
 * each linked to two others and a sixth of them to one hub, which so has many neighbours. Deterministic.
 */
export async function writeDenseGraph(dir: string, order = 1500): Promise<ViewerGraph> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const kinds = ['fact', 'fact', 'fact', 'claim', 'denial'] as const;
  const nodes: ViewerGraph['nodes'] = Array.from({ length: order }, (_, i) => ({
    id: `https://example.org/kb/d${i}`, label: `Dense ${i}`, type: ['Person', 'Organization', 'Country', 'City'][i % 4]!,
    aliases: [], links: {}, x: Math.sqrt(i) * Math.cos(i * 2.39996), y: Math.sqrt(i) * Math.sin(i * 2.39996), degree: 0,
  }));
  const edges: ViewerGraph['edges'] = [];
  const link = (s: number, t: number): void => {
    if (s === t) return;
    edges.push({
      id: `e${edges.length}`, source: nodes[s]!.id, target: nodes[t]!.id, predicate: edges.length % 2, kind: kinds[edges.length % kinds.length]!,
      confidence: 0.9, statements: [],
    });
    nodes[s]!.degree++;
    nodes[t]!.degree++;
  };
  for (let i = 0; i < order; i++) {
    link(i, (i * 7 + 3) % order);
    link(i, (i * 13 + 5) % order);
    // One hub at the centre of the spiral, alone under its own centre so the mouse finds it.
    if (i % 6 === 0) link(i, 0);
  }
  const graph: ViewerGraph = {
    format: 'newsgraph-viewer', version: 1, nodes, edges, attributes: [], documents: [],
    predicates: [{ id: 'https://w3id.org/newsgraph/ns#warn', label: 'warn', count: 0 }, { id: 'https://w3id.org/newsgraph/ns#meet', label: 'meet', count: 0 }],
  };
  await writeFileAtomic(join(dir, 'graph.json'), serializeViewerGraph(graph));
  return graph;
}
