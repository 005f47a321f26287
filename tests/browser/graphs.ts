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
