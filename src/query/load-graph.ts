// Finds the graph file(s) a user points at and loads them into an oxigraph store (JSON-LD through jsonld.js, offline).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Store } from 'oxigraph';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { prefixesInRdfHeader } from './prefixes.js';

/** A file to load, into the default graph or into the named graph `graph`. */
export interface GraphSource {
  path: string;
  /** IRI of the named graph to load a triples file into (ignored for TriG/N-Quads, which name their own graphs). */
  graph?: string;
}

/** Files of a build output folder, in the order we prefer them: TriG keeps the named graphs per article. */
export const FOLDER_FILES = ['graph.trig', 'graph.nq', 'graph.ttl', 'graph.jsonld'] as const;

const FORMATS: Record<string, string> = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.trig': 'application/trig',
  '.nq': 'application/n-quads',
  '.nquads': 'application/n-quads',
  '.nt': 'application/n-triples',
  '.ntriples': 'application/n-triples',
  '.rdf': 'application/rdf+xml',
  '.owl': 'application/rdf+xml',
  '.jsonld': 'application/ld+json',
  '.json': 'application/ld+json',
};

/** The file a path names: itself, or the preferred graph file of a folder. Throws a user-facing message otherwise. */
export function resolveGraphPath(path: string): string {
  if (!existsSync(path)) throw new Error(`query: ${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    for (const name of FOLDER_FILES) {
      const candidate = join(path, name);
      if (existsSync(candidate)) return candidate;
    }
    throw new Error(`query: ${path}: no ${FOLDER_FILES.slice(0, -1).join(', ')} or ${FOLDER_FILES.at(-1)} in this folder (run \`newsgraph build\` first)`);
  }
  formatOf(path);
  return path;
}

/** The oxigraph media type for a file, by its extension. */
export function formatOf(path: string): string {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new Error(`query: ${path}: unknown RDF file type (expected ${Object.keys(FORMATS).join(', ')})`);
  return format;
}

/** Loads one file; returns the prefixes its header declares. Errors name the file and the position. */
export async function loadFile(store: Store, source: GraphSource): Promise<Record<string, string>> {
  const path = source.path;
  const format = formatOf(path);
  await loadOxigraph();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`query: ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const base = pathToFileURL(resolve(path)).href;
  const graph = source.graph ? namedGraph(source.graph) : undefined;
  if (format === 'application/ld+json') {
    const nquads = await jsonLdToNQuads(bytes.toString('utf8'), path, graph?.value);
    loadText(store, nquads, 'application/n-quads', base, undefined, path);
    return {};
  }
  loadText(store, bytes, format, base, graph, path);
  // Prefixes sit at the top of the file; 64 KiB is plenty and keeps this cheap on big files.
  return format === 'text/turtle' || format === 'application/trig' ? prefixesInRdfHeader(bytes.subarray(0, 65536).toString('utf8')) : {};
}

type Oxigraph = typeof import('oxigraph');
let oxigraphModule: Oxigraph | undefined;
/** Loads oxigraph once (a large WebAssembly module, kept out of `--help`). */
export async function loadOxigraph(): Promise<Oxigraph> {
  oxigraphModule ??= (await import('oxigraph')).default;
  return oxigraphModule;
}
/** An oxigraph named node (oxigraph must have been loaded, as openGraph does). */
export function namedGraph(iri: string): import('oxigraph').NamedNode {
  if (!oxigraphModule) throw new Error('query: oxigraph not loaded');
  return oxigraphModule.namedNode(iri);
}

function loadText(store: Store, input: string | Buffer, format: string, base: string, graph: import('oxigraph').NamedNode | undefined, path: string): void {
  try {
    store.load(input as string, { format, base_iri: base, ...(graph ? { to_graph_name: graph } : {}) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /line (\d+)(?: between columns (\d+) and \d+| column (\d+))?:\s*([\s\S]*)$/.exec(message);
    if (position) {
      const column = position[2] ?? position[3];
      throw new Error(`query: ${path}: line ${position[1]}${column ? `, column ${column}` : ''}: ${position[4]}`);
    }
    throw new Error(`query: ${path}: ${message}`);
  }
}

/**
 * JSON-LD to N-Quads through jsonld.js. The document loader never touches the network: a context is read from
 * a file next to the document or from this package's ontology/ folder, matched by file name.
 */
async function jsonLdToNQuads(text: string, path: string, graph: string | undefined): Promise<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`query: ${path}: not JSON (${(error as Error).message})`);
  }
  const jsonld = (await import('jsonld')).default;
  let missing: string | undefined;
  const documentLoader = async (url: string) => {
    const local = localContext(url, path);
    if (!local) {
      missing = url;
      throw new Error(`query: ${path}: context ${url} is not available offline (put it next to the file)`);
    }
    return { contextUrl: undefined, documentUrl: url, document: JSON.parse(readFileSync(local, 'utf8')) };
  };
  let quads: Quad[];
  try {
    quads = (await jsonld.toRDF(doc as never, { base: pathToFileURL(resolve(path)).href, documentLoader } as never)) as unknown as Quad[];
  } catch (error) {
    // jsonld.js wraps the loader's error in its own; say what the user can act on.
    if (missing) throw new Error(`query: ${path}: context ${missing} is not available offline (put it next to the file)`);
    throw new Error(`query: ${path}: JSON-LD: ${(error as Error).message}`);
  }
  const writer = new Writer({ format: 'N-Quads' });
  const parts: string[] = [];
  for (const q of quads) {
    const g = graph && q.graph.termType === 'DefaultGraph' ? DataFactory.namedNode(graph) : term(q.graph);
    parts.push(writer.quadToString(term(q.subject) as never, term(q.predicate) as never, term(q.object) as never, g as never));
  }
  return parts.join('');
}

/** jsonld.js terms are plain objects; n3's writer wants its own (blank node labels without `_:`). */
function term(t: Quad['subject'] | Quad['object'] | Quad['graph'] | Quad['predicate']): unknown {
  switch (t.termType) {
    case 'NamedNode': return DataFactory.namedNode(t.value);
    case 'BlankNode': return DataFactory.blankNode(t.value.replace(/^_:/, ''));
    case 'Literal': return DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
    case 'DefaultGraph': return DataFactory.defaultGraph();
    default: throw new Error(`query: unexpected ${t.termType} in JSON-LD`);
  }
}

function localContext(url: string, documentPath: string): string | undefined {
  let name: string;
  try {
    const parsed = new URL(url, pathToFileURL(resolve(documentPath)).href);
    if (parsed.protocol === 'file:') return existsSync(fileURLToPath(parsed)) ? fileURLToPath(parsed) : undefined;
    name = basename(parsed.pathname) || 'context.jsonld';
  } catch {
    return undefined;
  }
  const packageOntology = join(packageRoot(), 'ontology');
  for (const candidate of [join(dirname(documentPath), name), join(packageOntology, name), join(packageOntology, `${name}.jsonld`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The folder holding this package's package.json (from src/ under vitest, from dist/src/ when built). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
