// The SPARQL endpoint's worker thread: holds the store, runs one query or update at a time, and serialises the answer.
// Oxigraph queries are synchronous, so they run here, where the main thread can stop them by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { openGraph, SparqlSyntaxError, type NewsGraph } from './open-graph.js';
import { chooseRdfFormat, chooseResultsFormat } from './negotiate.js';
import { RESULTS_MEDIA_TYPES, writeAsk, writeSelect } from './results-format.js';
import { RDF_MEDIA_TYPES, writeRdf } from './rdf-format.js';

export interface WorkerInit {
  source: string;
  unionDefaultGraph: boolean;
  maxResults: number;
  /** Updates applied before (replayed when the worker is restarted after a timeout). */
  replay: string[];
}

/** What the endpoint asks of the worker. */
export type WorkerJob =
  | { kind: 'query'; text: string; accept?: string; format?: string; defaultGraphs?: string[]; namedGraphs?: string[] }
  | { kind: 'update'; text: string };
export type WorkerRequest = WorkerJob & { id: number };

export interface WorkerResponse {
  id: number;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type WorkerMessage = { ready: true; size: number } | { fatal: string } | WorkerResponse;

const text = (id: number, status: number, body: string): WorkerResponse => ({
  id, status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: body.endsWith('\n') ? body : `${body}\n`,
});

async function answer(graph: NewsGraph, request: WorkerRequest, maxResults: number): Promise<WorkerResponse> {
  const { id } = request;
  try {
    if (request.kind === 'update') {
      graph.update(request.text);
      return { id, status: 204, headers: {}, body: '' };
    }
    const result = graph.run(request.text, { defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs });
    const headers: Record<string, string> = {};
    if ('quads' in result) {
      const format = chooseRdfFormat(request.accept, request.format);
      if (!format) return text(id, 406, `none of the accepted types (${request.accept}) can carry a ${result.form} result; try text/turtle, application/n-triples or application/ld+json`);
      let quads = result.quads;
      if (quads.length > maxResults) {
        quads = quads.slice(0, maxResults);
        headers['X-Newsgraph-Truncated'] = `${maxResults}`;
      }
      return { id, status: 200, headers: { ...headers, 'Content-Type': RDF_MEDIA_TYPES[format] }, body: await writeRdf(quads, format, graph.prefixes) };
    }
    const format = chooseResultsFormat(request.accept, request.format);
    if (!format) return text(id, 406, `none of the accepted types (${request.accept}) can carry a ${result.form} result; try application/sparql-results+json, application/sparql-results+xml, text/csv or text/tab-separated-values`);
    if (result.form === 'ASK') return { id, status: 200, headers: { 'Content-Type': RESULTS_MEDIA_TYPES[format] }, body: writeAsk(result.boolean, format) };
    let results = result.results;
    if (results.bindings.length > maxResults) {
      results = { variables: results.variables, bindings: results.bindings.slice(0, maxResults) };
      headers['X-Newsgraph-Truncated'] = `${maxResults}`;
    }
    return { id, status: 200, headers: { ...headers, 'Content-Type': RESULTS_MEDIA_TYPES[format] }, body: writeSelect(results, format) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SparqlSyntaxError) return text(id, 400, `malformed ${request.kind === 'update' ? 'update' : 'query'}: ${message}`);
    // Evaluation errors are the request's fault more often than the server's (unsupported LOAD, bad IRIs).
    return text(id, 400, message.replace(/^query: /, ''));
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('query-worker: not started as a worker thread');
  const init = workerData as WorkerInit;
  let graph: NewsGraph;
  try {
    graph = await openGraph(init.source, { unionDefaultGraph: init.unionDefaultGraph });
    for (const update of init.replay) graph.update(update);
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
    return;
  }
  // One request at a time: the main thread queues, so a timeout stops exactly one query.
  port.on('message', (request: WorkerRequest) => {
    void answer(graph, request, init.maxResults).then((response) => port.postMessage(response satisfies WorkerMessage));
  });
  port.postMessage({ ready: true, size: graph.size } satisfies WorkerMessage);
}

void main();
