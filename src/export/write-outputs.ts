// Writes a built store as graph.ttl, graph.jsonld, graph.trig, triples.csv (and graph.nq on request), atomically and byte-identically for the same input.
import { join } from 'node:path';
import { DataFactory, Writer, type Quad, type Store } from 'n3';
import type { ResolvedCorpus } from '../resolve/entity.js';
import { DEFAULT_KB, prefixes } from '../graph/vocabulary.js';
import { normaliseBase } from '../graph/iri.js';
import { writeFilesAtomically, type OutputFile } from './atomic-write.js';
import { csvChunks } from './csv.js';
import { jsonLdText, loadContext } from './jsonld.js';
import { compareStrings, distinctTriples, sortQuads, subjectRanks, termKey } from './order.js';
import { TermEncoder, trigChunks, turtleChunks } from './turtle-syntax.js';

export interface WriteOutputsOptions {
  /** Base IRI the store was built with (for the `kb:` prefixes); default kb:. */
  base?: string;
  /** Also write graph.nq (N-Quads, one named graph per article). */
  nquads?: boolean;
  /** `store.getQuads(null, null, null, null)` when the caller has it already (a build's writers share one copy); the store is not read then. */
  quads?: Quad[];
}

/** The file names writeOutputs produces, in the order it writes them. */
export const OUTPUT_FILES = ['graph.ttl', 'graph.jsonld', 'graph.trig', 'triples.csv'] as const;

const toDefault = (q: Quad): Quad => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph());

/** The whole graph (all named graphs merged into the default graph), sorted: what graph.ttl and graph.jsonld hold. */
export function mergedQuads(store: Store): Quad[] {
  return distinctTriples(sortQuads(store.getQuads(null, null, null, null), true)).map(toDefault);
}

/** N-Quads lines, sorted, so the file is stable and diffs line by line. */
function nquadsText(quads: Quad[]): string {
  const writer = new Writer({ format: 'N-Quads' });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph));
  lines.sort(compareStrings);
  return lines.join('');
}

/** The quads grouped by graph, graphs in code-unit order of their keys, each group in the order given. */
function groupByGraph(quads: Quad[]): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = termKey(q.graph);
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.keys()].sort(compareStrings).flatMap((key) => groups.get(key)!);
}

/**
 * Writes the outputs into outDir (created if missing); returns the paths written. Existing files are replaced only when all
 * are complete. The graph is `options.quads` when given (the store may then be undefined), else the store's quads.
 */
export async function writeOutputs(store: Store | undefined, corpus: ResolvedCorpus, outDir: string, options: WriteOutputsOptions = {}): Promise<string[]> {
  const base = normaliseBase(options.base ?? DEFAULT_KB);
  const names = prefixes(base);
  const quads = options.quads ?? store?.getQuads(null, null, null, null);
  if (!quads) throw new Error(`export: ${outDir}: neither a store nor its quads to write`);
  // One sort serves both orders: sorted with graphs ignored, then split by graph (stably), the quads are in
  // sortQuads(quads, false) order, since no two quads of one graph share subject, predicate and object.
  const byTriple = sortQuads(quads, true, subjectRanks(quads));
  const all = groupByGraph(byTriple);
  // The Turtle and JSON-LD writers ignore graph names, so the merged triples need no copies in the default graph.
  const merged = distinctTriples(byTriple);
  const context = await loadContext(base);
  // Turtle and TriG write the same terms with the same prefixes: one encoder serves both.
  const encoder = new TermEncoder(names);
  const files: OutputFile[] = [
    { path: join(outDir, 'graph.ttl'), content: turtleChunks(merged, names, encoder) },
    { path: join(outDir, 'graph.jsonld'), content: await jsonLdText(merged, context) },
    { path: join(outDir, 'graph.trig'), content: trigChunks(all, names, encoder) },
    { path: join(outDir, 'triples.csv'), content: csvChunks(corpus, base) },
  ];
  if (options.nquads) files.push({ path: join(outDir, 'graph.nq'), content: nquadsText(all) });
  return writeFilesAtomically(files);
}
