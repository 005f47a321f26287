// Sends a loaded graph to an existing triplestore: SPARQL 1.1 Graph Store HTTP Protocol or SPARQL Update, in bounded batches.
import type { NewsGraph } from '../query/open-graph.js';

export interface PushOptions {
  /** SPARQL Update endpoint (used when no graph store is given). */
  endpoint?: string;
  /** Graph Store Protocol endpoint (`...?graph=<iri>` / `...?default`); preferred when given. */
  graphStore?: string;
  user?: string;
  password?: string;
  /** Most triples per request (default 10 000). Triples with blank nodes travel together in one request per graph. */
  batchSize?: number;
  /** Replace each graph on the server (GSP PUT, or CLEAR before INSERT) instead of adding to it. */
  replace?: boolean;
  /** Milliseconds one request may take (default 120 000). */
  requestTimeoutMs?: number;
  /** Called after each request. */
  onProgress?: (sent: number, total: number) => void;
  fetch?: typeof fetch;
}

export interface PushReport {
  protocol: 'graph-store' | 'update';
  graphs: number;
  triples: number;
  requests: number;
}

interface GraphChunk {
  /** undefined for the default graph. */
  graph?: string;
  lines: string[];
}

const BLANK_LINE = /^_:|\s_:\S+\s*\.\s*$/;

/** The graph's triples, graph by graph, as N-Triples lines cut into batches. */
function chunksOf(graph: NewsGraph, batchSize: number): { chunks: GraphChunk[]; graphs: number; triples: number } {
  const store = graph.store;
  const names = graph.select('SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g').map((row) => row.g!);
  const targets: Array<string | undefined> = [undefined, ...names.filter((g) => g.type === 'uri').map((g) => g.value)];
  const chunks: GraphChunk[] = [];
  let triples = 0;
  let graphs = 0;
  for (const target of targets) {
    // oxigraph's own writer: correct N-Triples escaping, and blank node labels consistent within the dump.
    const text = store.dump({ format: 'application/n-triples', from_graph_name: target === undefined ? defaultGraphTerm(graph) : namedTerm(graph, target) });
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    graphs++;
    triples += lines.length;
    const blank = lines.filter((l) => BLANK_LINE.test(l));
    const plain = blank.length ? lines.filter((l) => !BLANK_LINE.test(l)) : lines;
    for (let i = 0; i < plain.length; i += batchSize) chunks.push({ graph: target, lines: plain.slice(i, i + batchSize) });
    if (blank.length) chunks.push({ graph: target, lines: blank });
  }
  return { chunks, graphs, triples };
}

/** oxigraph's term factory, loaded by pushGraph before any dump. */
let terms: typeof import('oxigraph') | undefined;
function defaultGraphTerm(_graph: NewsGraph): import('oxigraph').DefaultGraph {
  return terms!.defaultGraph();
}
function namedTerm(_graph: NewsGraph, iri: string): import('oxigraph').NamedNode {
  return terms!.namedNode(iri);
}

function authHeader(options: PushOptions): Record<string, string> {
  if (options.user === undefined) return {};
  return { Authorization: `Basic ${Buffer.from(`${options.user}:${options.password ?? ''}`).toString('base64')}` };
}

function gspUrl(base: string, graph: string | undefined): string {
  const url = new URL(base);
  if (graph === undefined) url.searchParams.set('default', '');
  else url.searchParams.set('graph', graph);
  // `?default=` is what URLSearchParams writes; the protocol names the bare `?default`.
  return url.href.replace(/([?&])default=(&|$)/, '$1default$2');
}

async function send(url: string, init: RequestInit, options: PushOptions, what: string): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { ...init, signal: AbortSignal.timeout(options.requestTimeoutMs ?? 120_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new Error(`push: ${url}: ${what} failed (${cause})`);
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).trim().replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`push: ${url}: ${what} failed: HTTP ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`);
  }
  await response.arrayBuffer().catch(() => undefined);
}

/** Pushes every graph of `graph` (the default graph and each named graph) to the server. */
export async function pushGraph(graph: NewsGraph, options: PushOptions): Promise<PushReport> {
  if (!options.graphStore && !options.endpoint) throw new Error('push: give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)');
  for (const url of [options.endpoint, options.graphStore]) {
    if (url && !/^https?:\/\//i.test(url)) throw new Error(`push: ${url}: not an http(s) URL`);
  }
  terms = (await import('oxigraph')).default;
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  const { chunks, graphs, triples } = chunksOf(graph, batchSize);
  const headers = authHeader(options);
  let requests = 0;
  let sent = 0;
  const started = new Set<string>();
  const key = (g: string | undefined) => g ?? '';

  for (const chunk of chunks) {
    const first = !started.has(key(chunk.graph));
    started.add(key(chunk.graph));
    const body = `${chunk.lines.join('\n')}\n`;
    const name = chunk.graph ? `<${chunk.graph}>` : 'the default graph';
    if (options.graphStore) {
      const method = first && options.replace ? 'PUT' : 'POST';
      await send(gspUrl(options.graphStore, chunk.graph), { method, headers: { ...headers, 'Content-Type': 'application/n-triples' }, body }, options, `${method} of ${chunk.lines.length} triples into ${name}`);
    } else {
      const clear = first && options.replace ? `${chunk.graph ? `CLEAR SILENT GRAPH <${chunk.graph}>` : 'CLEAR SILENT DEFAULT'} ;\n` : '';
      // N-Triples lines are valid SPARQL triples, so the data goes into INSERT DATA as it is.
      const update = chunk.graph ? `${clear}INSERT DATA { GRAPH <${chunk.graph}> {\n${body}} }\n` : `${clear}INSERT DATA {\n${body}}\n`;
      await send(options.endpoint!, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/sparql-update; charset=utf-8' }, body: update }, options, `INSERT DATA of ${chunk.lines.length} triples into ${name}`);
    }
    requests++;
    sent += chunk.lines.length;
    options.onProgress?.(sent, triples);
  }
  return { protocol: options.graphStore ? 'graph-store' : 'update', graphs, triples, requests };
}
