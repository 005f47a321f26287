// push: the graph reaches a loopback triplestore intact, over SPARQL Update and the Graph Store Protocol, in bounded batches.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph, type NewsGraph } from '../../src/query/open-graph.js';
import { pushGraph } from '../../src/push/push.js';
import { startSparqlServer, type RunningSparqlServer } from '../../src/query/endpoint.js';
import { ensureBuilt, ROOT } from '../query/built-cli.js';

const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');

interface Received { method: string; url: string; type: string; auth?: string; body: string }

/** A tiny Graph Store Protocol stub: records each request, answers 201/204, or fails when told to. */
function gspStub(fail = false): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, type: req.headers['content-type'] ?? '', auth: req.headers.authorization, body });
      res.writeHead(fail ? 500 : req.method === 'PUT' ? 201 : 204, { 'Content-Type': 'text/plain' });
      res.end(fail ? 'disk full' : '');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${address.port}/ds/data`, received });
  }));
}

let graph: NewsGraph;
beforeAll(async () => {
  graph = await openGraph(FIXTURE);
});

describe('Graph Store Protocol', () => {
  let stub: Awaited<ReturnType<typeof gspStub>>;
  afterAll(() => stub?.server.close());

  it('PUTs then POSTs each graph in batches of N-Triples, with basic auth', async () => {
    stub = await gspStub();
    const report = await pushGraph(graph, { graphStore: stub.url, replace: true, batchSize: 30, user: 'admin', password: 's3cret' });
    expect(report).toMatchObject({ protocol: 'graph-store', graphs: 3, triples: graph.size });
    const lines = stub.received.flatMap((r) => r.body.split('\n').filter(Boolean));
    expect(lines).toHaveLength(graph.size);
    expect(Math.max(...stub.received.map((r) => r.body.split('\n').filter(Boolean).length))).toBeLessThanOrEqual(30);
    expect(stub.received.every((r) => r.type === 'application/n-triples')).toBe(true);
    expect(stub.received[0]!.auth).toBe(`Basic ${Buffer.from('admin:s3cret').toString('base64')}`);
    const byGraph = new Map<string, string[]>();
    for (const r of stub.received) byGraph.set(r.url.replace(/^.*\?/, ''), [...(byGraph.get(r.url.replace(/^.*\?/, '')) ?? []), r.method]);
    expect([...byGraph.keys()].sort()).toEqual([
      'default',
      `graph=${encodeURIComponent('https://w3id.org/newsgraph/kb/graph/harbor-talks')}`,
      `graph=${encodeURIComponent('https://w3id.org/newsgraph/kb/graph/trade-deal')}`,
    ]);
    for (const methods of byGraph.values()) expect(methods).toEqual(['PUT', ...methods.slice(1).map(() => 'POST')]);
  });

  it('stops at the first failure and names the server and the status', async () => {
    const failing = await gspStub(true);
    await expect(pushGraph(graph, { graphStore: failing.url })).rejects.toThrow(/push: http:\/\/127\.0\.0\.1:\d+\/ds\/data\?default: POST of \d+ triples into the default graph failed: HTTP 500 .*disk full/);
    failing.server.close();
  });

  it('names an unreachable server', async () => {
    const closed = await gspStub();
    await new Promise((resolve) => closed.server.close(resolve));
    await expect(pushGraph(graph, { graphStore: closed.url })).rejects.toThrow(/failed \(ECONNREFUSED\)/);
  });
});

describe('SPARQL Update', () => {
  let target: RunningSparqlServer;
  beforeAll(async () => {
    ensureBuilt();
    target = await startSparqlServer({ source: join(ROOT, 'tests', 'push', 'fixtures', 'seed.ttl'), port: 0, writable: true });
  });
  afterAll(async () => target?.close());

  it('sends every quad, graph by graph, with INSERT DATA in batches', async () => {
    const report = await pushGraph(graph, { endpoint: target.endpoint, batchSize: 40 });
    expect(report.protocol).toBe('update');
    expect(report.requests).toBeGreaterThanOrEqual(Math.ceil(graph.size / 40));
    const query = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';
    const res = await fetch(`${target.endpoint}?query=${encodeURIComponent(query)}`);
    const json = await res.json() as { results: { bindings: Array<{ n: { value: string } }> } };
    const named = graph.select(query)[0]!.n!.value;
    expect(Number(json.results.bindings[0]!.n.value)).toBe(named);
    const ask = `${target.endpoint}?query=${encodeURIComponent('ASK { GRAPH <https://w3id.org/newsgraph/kb/graph/harbor-talks> { kb:freedonia ng:blame kb:sylvania } }')}`;
    expect(await (await fetch(ask)).json()).toEqual({ head: {}, boolean: true });
  });

  it('refuses a URL that is not http(s)', async () => {
    await expect(pushGraph(graph, { endpoint: 'ftp://example.org/sparql' })).rejects.toThrow(/not an http\(s\) URL/);
  });
});
