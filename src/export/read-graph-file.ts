// Reads a written graph back as quads: a build output folder (graph.trig, graph.nq, graph.ttl, graph.jsonld) or one RDF file, offline.
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad } from 'n3';
import { offlineDocumentLoader } from './jsonld.js';

const FORMATS: Record<string, string> = {
  '.trig': 'application/trig', '.nq': 'application/n-quads', '.ttl': 'text/turtle', '.nt': 'application/n-triples',
};

/** Files tried in a folder, most complete first (TriG and N-Quads keep the named graphs). */
export const GRAPH_FILES = ['graph.trig', 'graph.nq', 'graph.ttl', 'graph.jsonld'];

/** The file a path names: itself, or the first graph file of a folder. Errors name the path. */
export async function graphFileOf(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  if (!info.isDirectory()) return path;
  for (const name of GRAPH_FILES) {
    if (await stat(join(path, name)).then((s) => s.isFile(), () => false)) return join(path, name);
  }
  throw new Error(`${path}: no ${GRAPH_FILES.join(', ')} in this folder`);
}

/** The quads of one RDF file (Turtle, TriG, N-Triples, N-Quads or JSON-LD), with errors naming the file and line. */
export async function readGraphFile(file: string): Promise<Quad[]> {
  const text = await readFile(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonld' || ext === '.json') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not JSON: ${(error as Error).message}`);
    }
    const raw = await jsonld.toRDF(doc as object, { documentLoader: offlineDocumentLoader } as never) as unknown as Array<{ subject: any; predicate: any; object: any; graph: any }>;
    const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
    const term = (t: any): any => (t.termType === 'NamedNode' ? namedNode(t.value)
      : t.termType === 'BlankNode' ? blankNode(t.value.replace(/^_:/, ''))
        : t.termType === 'Literal' ? literal(t.value, t.language || namedNode(t.datatype.value)) : defaultGraph());
    return raw.map((q) => quad(term(q.subject), term(q.predicate), term(q.object), term(q.graph)));
  }
  const format = FORMATS[ext];
  if (!format) throw new Error(`${file}: unknown RDF file type "${ext}" (expected .ttl, .trig, .nt, .nq or .jsonld)`);
  try {
    return new Parser({ format }).parse(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
