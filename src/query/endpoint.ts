// The SPARQL 1.1 Protocol endpoint at /sparql (GET, POST form, POST sparql-query/sparql-update), with CORS, and the viewer at /.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { statSync } from 'node:fs';
import { QueryRunner } from './query-runner.js';
import type { WorkerResponse } from './query-worker.js';

export interface SparqlServerOptions {
  /** Build output folder or RDF file. */
  source: string;
  port?: number;
  /** Address to bind; loopback unless told otherwise. */
  host?: string;
  /** Accept SPARQL Update (POST application/sparql-update or form `update=`). */
  writable?: boolean;
  /** Milliseconds a query may run before it is stopped (default 30 000). */
  timeoutMs?: number;
  /** Most solutions or triples returned; more are cut, with an `X-Newsgraph-Truncated` header (default 10 000). */
  maxResults?: number;
  unionDefaultGraph?: boolean;
  /** Largest request body accepted (default 10 MiB). */
  maxBodyBytes?: number;
}

export interface RunningSparqlServer {
  /** The server's root URL (the viewer). */
  url: string;
  /** The SPARQL endpoint's URL. */
  endpoint: string;
  /** Quads loaded. */
  size: number;
  server: Server;
  close(): Promise<void>;
}

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type, Authorization',
  'Access-Control-Expose-Headers': 'X-Newsgraph-Truncated',
  'Access-Control-Max-Age': '86400',
};

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string, head = false): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...CORS, ...headers, ...(status === 204 ? {} : { 'Content-Length': String(bytes.length) }) });
  res.end(head || status === 204 ? undefined : bytes);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A cross-site page may POST a form to a loopback server without asking: refuse updates from other origins. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function serviceDescription(endpoint: string, writable: boolean, union: boolean): string {
  return `@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .

<${endpoint}> a sd:Service ;
  sd:endpoint <${endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query${writable ? ', sd:SPARQL11Update' : ''} ;
${union ? '  sd:feature sd:UnionDefaultGraph ;\n' : ''}  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
    formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD .
`;
}

function fallbackPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph SPARQL endpoint</title></head>
<body>
<h1>newsgraph SPARQL endpoint</h1>
<p>The SPARQL 1.1 endpoint is at <a href="/sparql">${endpoint}</a>. Point YASGUI or any SPARQL client at it, or try
<a href="/sparql?query=SELECT%20%3Fs%20%3Fp%20%3Fo%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%2010">a first query</a>.</p>
<p>The graph viewer is served here when the build output folder holds graph.json and the viewer app is built.</p>
</body></html>
`;
}

export async function startSparqlServer(options: SparqlServerOptions): Promise<RunningSparqlServer> {
  const host = options.host ?? '127.0.0.1';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const writable = options.writable ?? false;
  const runner = new QueryRunner({
    source: options.source, unionDefaultGraph: options.unionDefaultGraph, timeoutMs, maxResults: options.maxResults ?? 10_000,
  });
  const size = await runner.start();
  const folder = (() => {
    try {
      return statSync(options.source).isDirectory() ? options.source : undefined;
    } catch {
      return undefined;
    }
  })();
  let endpoint = '';

  const handleSparql = async (req: IncomingMessage, url: URL): Promise<WorkerResponse | { status: number; headers: Record<string, string>; body: string }> => {
    const params = url.searchParams;
    let query: string | null = null;
    let update: string | null = null;
    let dataset = { defaultGraphs: params.getAll('default-graph-uri'), namedGraphs: params.getAll('named-graph-uri') };
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (params.has('update')) throw new HttpError(400, 'SPARQL Update must be sent with POST', { Allow: 'POST' });
      query = params.get('query');
      if (query === null) {
        return { status: 200, headers: { 'Content-Type': 'text/turtle; charset=utf-8' }, body: serviceDescription(endpoint, writable, options.unionDefaultGraph ?? true) };
      }
    } else if (req.method === 'POST') {
      const type = mediaType(req.headers['content-type']);
      const body = await readBody(req, maxBody);
      if (type === 'application/x-www-form-urlencoded') {
        const form = new URLSearchParams(body);
        query = form.get('query');
        update = form.get('update');
        if (form.has('default-graph-uri') || form.has('named-graph-uri')) {
          dataset = { defaultGraphs: form.getAll('default-graph-uri'), namedGraphs: form.getAll('named-graph-uri') };
        }
        if (query === null && update === null) throw new HttpError(400, 'the form has neither a query nor an update parameter');
      } else if (type === 'application/sparql-query') {
        query = body;
      } else if (type === 'application/sparql-update') {
        update = body;
      } else {
        throw new HttpError(415, `unsupported Content-Type ${type || '(none)'}: use application/sparql-query, application/sparql-update or application/x-www-form-urlencoded`);
      }
    } else {
      throw new HttpError(405, `method ${req.method} not allowed on /sparql`, { Allow: 'GET, POST, OPTIONS' });
    }
    if (update !== null) {
      if (!writable) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is refused (start newsgraph serve with --writable to allow it)');
      if (!sameOrigin(req)) throw new HttpError(403, 'SPARQL Update from another origin is refused');
      if (update.trim() === '') throw new HttpError(400, 'empty update');
      return runner.run({ kind: 'update', text: update });
    }
    if (query === null || query.trim() === '') throw new HttpError(400, 'empty query');
    return runner.run({
      kind: 'query', text: query, accept: req.headers.accept, format: params.get('format') ?? undefined,
      defaultGraphs: dataset.defaultGraphs, namedGraphs: dataset.namedGraphs,
    });
  };

  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') return send(res, 204, {}, '');
      if (url.pathname === '/sparql') {
        const answer = await handleSparql(req, url);
        return send(res, answer.status, { 'Cache-Control': 'no-store', ...answer.headers }, answer.body, head);
      }
      if (folder) {
        try {
          const { serveViewer } = await import('../view/server.js');
          if (await serveViewer(req, res, folder)) return;
        } catch {
          // no viewer available: fall through to the small page
        }
      }
      if (url.pathname === '/' && (req.method === 'GET' || head)) return send(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, fallbackPage(endpoint), head);
      return send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, `not found: ${url.pathname} (the SPARQL endpoint is /sparql)\n`, head);
    })().catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpError) return send(res, error.status, { 'Content-Type': 'text/plain; charset=utf-8', ...error.headers }, `${error.message}\n`, head);
      return send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, `internal error: ${error instanceof Error ? error.message : String(error)}\n`, head);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3030, host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await runner.close();
    throw new Error(`serve: cannot listen on ${host}:${options.port ?? 3030} (${error.code ?? error.message})`);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 3030;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}/`;
  endpoint = `${url}sparql`;
  return {
    url, endpoint, size, server,
    close: async () => {
      await runner.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
