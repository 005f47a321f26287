// The SPARQL 1.1 Protocol endpoint: GET/POST forms, negotiation, CORS, 400 with line/column, timeouts, result limit, read-only.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSparqlServer, type RunningSparqlServer } from '../../src/query/endpoint.js';
import { ensureBuilt, ROOT } from './built-cli.js';

const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');
const BLAME = 'SELECT ?who ?whom WHERE { ?who ng:blame ?whom }';
/** Four-way cross product of the fixture: billions of solutions, far past any small timeout. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

let ro: RunningSparqlServer;
let rw: RunningSparqlServer;
beforeAll(async () => {
  ensureBuilt();
  ro = await startSparqlServer({ source: FIXTURE, port: 0, timeoutMs: 1500, maxResults: 5 });
  rw = await startSparqlServer({ source: FIXTURE, port: 0, writable: true, timeoutMs: 1500 });
});
afterAll(async () => {
  await ro?.close();
  await rw?.close();
});

const form = (params: Record<string, string>) => ({
  method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString(),
});

describe('queries', () => {
  it('binds to loopback', () => expect(ro.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/));

  it('answers GET ?query= with SPARQL JSON and CORS headers', async () => {
    const res = await fetch(`${ro.endpoint}?query=${encodeURIComponent(BLAME)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/sparql-results+json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const json = await res.json() as { results: { bindings: Array<Record<string, { value: string }>> } };
    expect(json.results.bindings[0]!.whom!.value).toBe('https://w3id.org/newsgraph/kb/sylvania');
  });

  const negotiated: Array<[string, string, RegExp]> = [
    ['application/sparql-results+xml', 'application/sparql-results+xml', /<sparql xmlns=/],
    ['text/csv', 'text/csv; charset=utf-8', /^who,whom\r\n/],
    ['text/tab-separated-values', 'text/tab-separated-values; charset=utf-8', /^\?who\t\?whom\n/],
  ];
  it.each(negotiated)('POST form with Accept %s', async (accept, type, body) => {
    const res = await fetch(ro.endpoint, { ...form({ query: BLAME }), headers: { ...form({}).headers, Accept: accept } });
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toMatch(body);
  });

  const graphs: Array<[string, string, RegExp]> = [
    ['text/turtle', 'text/turtle; charset=utf-8', /kb:freedonia ng:blame kb:sylvania/],
    ['application/n-triples', 'application/n-triples; charset=utf-8', /^<https:\/\/w3id\.org\/newsgraph\/kb\/freedonia> <https:\/\/w3id\.org\/newsgraph\/ns#blame>/],
    ['application/ld+json', 'application/ld+json', /"ng:blame"/],
  ];
  it.each(graphs)('POST application/sparql-query CONSTRUCT with Accept %s', async (accept, type, body) => {
    const res = await fetch(ro.endpoint, {
      method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: accept }, body: 'CONSTRUCT WHERE { ?a ng:blame ?b }',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toMatch(body);
  });

  it('answers CORS preflight', async () => {
    const res = await fetch(ro.endpoint, { method: 'OPTIONS', headers: { Origin: 'http://yasgui.example', 'Access-Control-Request-Method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('gives 400 with the line and column of a malformed query', async () => {
    const res = await fetch(ro.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: 'SELECT * WHERE {\n  ?s foo:p ?o }' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/line 2, column \d+: unknown prefix "foo:"/);
  });

  it('stops a query past the timeout and keeps serving', async () => {
    const res = await fetch(ro.endpoint, form({ query: SLOW }));
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/timed out after 1500 ms/);
    const after = await fetch(`${ro.endpoint}?query=${encodeURIComponent(BLAME)}`);
    expect(after.status).toBe(200);
  });

  it('cuts results at the limit and says so', async () => {
    const res = await fetch(`${ro.endpoint}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o }')}`);
    expect(res.headers.get('x-newsgraph-truncated')).toBe('5');
    expect(((await res.json()) as { results: { bindings: unknown[] } }).results.bindings).toHaveLength(5);
  });

  it('gives 406 when no accepted type fits', async () => {
    const res = await fetch(`${ro.endpoint}?query=${encodeURIComponent(BLAME)}`, { headers: { Accept: 'image/png' } });
    expect(res.status).toBe(406);
  });

  it('serves a service description and a page at /', async () => {
    expect(await (await fetch(ro.endpoint)).text()).toContain('sd:Service');
    const root = await fetch(ro.url);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('/sparql');
  });
});

describe('updates', () => {
  it('refuses SPARQL Update unless writable', async () => {
    const res = await fetch(ro.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'INSERT DATA { kb:x ng:y kb:z }' });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/read-only.*--writable/);
    expect((await fetch(ro.endpoint, form({ update: 'CLEAR ALL' }))).status).toBe(403);
  });

  it('applies updates when writable, and they survive a timeout restart', async () => {
    const res = await fetch(rw.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'INSERT DATA { kb:globex ng:sue kb:acme-corp }' });
    expect(res.status).toBe(204);
    const ask = `${rw.endpoint}?query=${encodeURIComponent('ASK { kb:globex ng:sue kb:acme-corp }')}`;
    expect(await (await fetch(ask)).json()).toEqual({ head: {}, boolean: true });
    expect((await fetch(rw.endpoint, form({ query: SLOW }))).status).toBe(503);
    expect(await (await fetch(ask)).json()).toEqual({ head: {}, boolean: true });
  });

  it('refuses updates sent from another origin', async () => {
    const res = await fetch(rw.endpoint, { ...form({ update: 'CLEAR ALL' }), headers: { ...form({}).headers, Origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('gives 400 for a malformed update', async () => {
    const res = await fetch(rw.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'INSERT DATA { kb:x }' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/malformed update: line 1, column \d+/);
  });
});
