// Writes output/graph.json for the viewer: the viewer graph derived from the store, laid out, written atomically.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quad, Store } from 'n3';
import { readOntologyQuads } from '../graph/ontology-files.js';
import type { ViewerGraph } from './graph-json.js';
import { layoutViewerGraph, type LayoutOptions } from './layout.js';
import { viewerGraphFromStore, type ViewerGraphOptions } from './viewer-graph.js';

export const GRAPH_JSON = 'graph.json';

/** Writes `text` to `path` through a temporary file in the same folder, so readers never see half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`view: ${path}: cannot write (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Serialises a viewer graph; one line per node and edge keeps diffs of rebuilt graphs readable. */
export function serializeViewerGraph(graph: ViewerGraph): string {
  const lines = (items: unknown[]): string => items.map((item) => JSON.stringify(item)).join(',\n');
  return `{"format":${JSON.stringify(graph.format)},"version":${graph.version},\n` +
    `"documents":[\n${lines(graph.documents)}],\n` +
    `"predicates":[\n${lines(graph.predicates)}],\n` +
    `"nodes":[\n${lines(graph.nodes)}],\n` +
    `"edges":[\n${lines(graph.edges)}],\n` +
    `"attributes":[\n${lines(graph.attributes)}]}\n`;
}

/**
 * The shipped ontology's quads (parsed once per process), for the labels of predicates the output does not label
 * itself (empty if absent); the viewer graph reads them as they are:
 * indexing them in a store first cost a build some 25 MB of allocation for a few dozen lookups.
 */
export function shippedVocabularyQuads(): Quad[] {
  const quads: Quad[] = [];
  for (const file of ['newsgraph.ttl', 'events.ttl']) {
    try {
      quads.push(...readOntologyQuads(file));
    } catch {
      // an installation without ontology/ still gets readable labels from the predicates' names
    }
  }
  return quads;
}

/** Derives, lays out and writes `graph.json` into `outDir` (from `options.quads` when given, else from the store); returns the path written and the graph. */
export async function writeViewerGraph(
  store: Store | undefined,
  outDir: string,
  options: ViewerGraphOptions & LayoutOptions = {},
): Promise<{ path: string; graph: ViewerGraph }> {
  const vocabulary = options.vocabulary ?? shippedVocabularyQuads();
  const graph = layoutViewerGraph(viewerGraphFromStore(store, { ...options, vocabulary }), options);
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, GRAPH_JSON);
  await writeFileAtomic(path, serializeViewerGraph(graph));
  return { path, graph };
}
