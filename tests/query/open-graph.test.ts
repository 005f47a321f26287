// openGraph: loading every supported file kind, union default graph, typed rows, ask/construct/update, and errors.
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openGraph, SparqlError, SparqlSyntaxError, queryForm, type NewsGraph } from '../../src/query/open-graph.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/news.trig', import.meta.url));
const KB = 'https://w3id.org/newsgraph/kb/';

let g: NewsGraph;
beforeAll(async () => {
  g = await openGraph(FIXTURE);
});

describe('openGraph loading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-open-'));
  const ttl = '@prefix ex: <http://example.org/> .\nex:a ex:knows ex:b .\nex:b ex:age 42 .\n';
  const cases: Array<[string, string, number]> = [
    ['a.ttl', ttl, 2],
    ['a.nt', '<http://example.org/a> <http://example.org/knows> <http://example.org/b> .\n', 1],
    ['a.nq', '<http://example.org/a> <http://example.org/knows> <http://example.org/b> <http://example.org/g> .\n', 1],
    ['a.trig', '@prefix ex: <http://example.org/> .\nex:g { ex:a ex:knows ex:b . }\nex:a ex:age 3 .\n', 2],
    ['a.jsonld', JSON.stringify({ '@context': { ex: 'http://example.org/' }, '@id': 'ex:a', 'ex:knows': { '@id': 'ex:b' }, 'ex:age': 42 }), 2],
  ];
  it.each(cases)('loads %s', async (name, text, size) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const graph = await openGraph(path);
    expect(graph.size).toBe(size);
    expect(graph.ask('ASK { <http://example.org/a> ?p ?o }')).toBe(true);
  });

  it('prefers graph.trig in a folder', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    copyFileSync(FIXTURE, join(out, 'graph.trig'));
    writeFileSync(join(out, 'graph.ttl'), ttl);
    const graph = await openGraph(out);
    expect(graph.sources[0]).toMatch(/graph\.trig$/);
    expect(graph.size).toBe(g.size);
  });

  it('reads a JSON-LD context from a file next to the document, never the network', async () => {
    writeFileSync(join(dir, 'context.jsonld'), JSON.stringify({ '@context': { ex: 'http://example.org/', knows: { '@id': 'ex:knows', '@type': '@id' } } }));
    writeFileSync(join(dir, 'ctx.jsonld'), JSON.stringify({ '@context': 'https://w3id.org/somewhere/context.jsonld', '@id': 'http://example.org/a', knows: 'http://example.org/b' }));
    const graph = await openGraph(join(dir, 'ctx.jsonld'));
    expect(graph.ask('ASK { <http://example.org/a> <http://example.org/knows> <http://example.org/b> }')).toBe(true);
    writeFileSync(join(dir, 'far.jsonld'), JSON.stringify({ '@context': 'https://example.net/unknown-ctx.json', '@id': 'http://example.org/a' }));
    await expect(openGraph(join(dir, 'far.jsonld'))).rejects.toThrow(/not available offline/);
  });

  const bad: Array<[string, string | undefined, RegExp]> = [
    ['missing.ttl', undefined, /missing\.ttl: no such file/],
    ['broken.ttl', '@prefix ex: <http://example.org/> .\nex:a ex:b .\n', /broken\.ttl: line 2/],
    ['data.xyz', 'hello', /data\.xyz: unknown RDF file type/],
    ['broken.jsonld', '{ not json', /broken\.jsonld: not JSON/],
  ];
  it.each(bad)('reports %s clearly', async (name, text, message) => {
    if (text !== undefined) writeFileSync(join(dir, name), text);
    await expect(openGraph(join(dir, name))).rejects.toThrow(message);
  });

  it('names a folder without a graph', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(openGraph(empty)).rejects.toThrow(/no graph\.trig, graph\.nq, graph\.ttl or graph\.jsonld/);
  });
});

describe('select', () => {
  it('sees every article graph through the union default graph', () => {
    const rows = g.select('SELECT ?who ?whom WHERE { ?who ng:blame ?whom }');
    expect(rows.map((r) => [r.who!.value, r.whom!.value])).toEqual([[`${KB}freedonia`, `${KB}sylvania`]]);
    expect(g.select('SELECT ?a WHERE { ?a ng:accuse ?b }')).toHaveLength(1);
  });

  it('keeps the real default graph when asked', async () => {
    const strict = await openGraph(FIXTURE, { unionDefaultGraph: false });
    expect(strict.select('SELECT ?who WHERE { ?who ng:blame ?whom }')).toHaveLength(0);
    expect(strict.select('SELECT ?who WHERE { GRAPH ?g { ?who ng:blame ?whom } }')).toHaveLength(1);
  });

  it('converts literals by datatype and keeps the raw term', () => {
    const [row] = g.select(`SELECT ?c ?fact ?start ?sentence ?date WHERE {
      stmt:a5 ng:confidence ?c ; ng:fact ?fact ; ng:start ?start ; ng:sentence ?sentence ; rdf:object ?date }`);
    expect(row!.c).toMatchObject({ type: 'literal', value: 0.7, lexical: '0.7', datatype: 'http://www.w3.org/2001/XMLSchema#decimal' });
    expect(row!.fact!.value).toBe(true);
    expect(row!.start!.value).toBe(121);
    expect(row!.sentence!.value).toBe('The blast on Friday killed at least 12 people.');
    expect(row!.date!.value).toBe('2025-02-07');
    expect(row!.date!.term.termType).toBe('Literal');
    expect(JSON.parse(JSON.stringify(row!.start))).toEqual({ type: 'literal', value: 121, lexical: '121', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
  });

  it('gives IRIs, blank nodes, language tags and unbound variables their documented shape', () => {
    const [row] = g.select('SELECT ?iri ?b ?l ?none WHERE { BIND(kb:globex AS ?iri) BIND(BNODE() AS ?b) BIND("Berg"@de AS ?l) }');
    expect(row!.iri).toMatchObject({ type: 'uri', value: `${KB}globex` });
    expect(row!.iri!.term.termType).toBe('NamedNode');
    expect(row!.b!.type).toBe('bnode');
    expect(row!.l).toMatchObject({ type: 'literal', value: 'Berg', language: 'de' });
    expect('none' in row!).toBe(false);
  });

  it('lets a query declare its own prefixes over the predeclared ones', () => {
    const rows = g.select('PREFIX ng: <http://other.example/>\nSELECT ?x WHERE { ?x ng:blame ?y }');
    expect(rows).toHaveLength(0);
  });

  it('reads results term by term (the path for results too large for one string) with the same bindings', () => {
    const q = 'SELECT ?st ?c ?l WHERE { ?st ng:confidence ?c . OPTIONAL { ?st ng:cue ?l } } ORDER BY ?st';
    const native = (g as unknown as { selectNative(q: string, o: object): ReturnType<NewsGraph['selectResults']> }).selectNative(q, {});
    expect(native.bindings).toEqual(g.selectResults(q).bindings);
  });

  it('gives the projected variables in order', () => {
    expect(g.selectResults('SELECT ?z ?a WHERE { ?a ng:blame ?z }').variables).toEqual(['z', 'a']);
  });
});

describe('ask, construct, update', () => {
  it('asks', () => {
    expect(g.ask('ASK { kb:sylvania ng:blame ?x }')).toBe(false);
    expect(g.ask('ASK { ?s ng:polarity ng:Denied }')).toBe(true);
  });

  it('constructs RDF/JS quads', () => {
    const quads = g.construct('CONSTRUCT { ?who ng:blamedBy ?accuser } WHERE { ?accuser ng:blame ?who }');
    expect(quads).toHaveLength(1);
    expect(quads[0]!.subject.value).toBe(`${KB}sylvania`);
    expect(quads[0]!.graph.termType).toBe('DefaultGraph');
    expect(g.construct('DESCRIBE kb:globex').length).toBeGreaterThan(0);
  });

  it('updates', async () => {
    const copy = await openGraph(FIXTURE);
    const before = copy.size;
    copy.update('INSERT DATA { kb:globex ng:sue kb:acme-corp }');
    expect(copy.size).toBe(before + 1);
    expect(copy.ask('ASK { kb:globex ng:sue kb:acme-corp }')).toBe(true);
  });

  it('refuses the wrong query form for the method', () => {
    expect(() => g.select('ASK { ?s ?p ?o }')).toThrow(SparqlError);
    expect(() => g.ask('SELECT * WHERE { ?s ?p ?o }')).toThrow(/ask\(\) needs an ASK query/);
    expect(() => g.construct('SELECT * WHERE { ?s ?p ?o }')).toThrow(/construct\(\) needs a CONSTRUCT/);
  });
});

describe('syntax errors', () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['unknown prefix', 'SELECT ?x WHERE {\n  ?x foo:bar ?y }', 2, 13, /unknown prefix "foo:"/],
    ['unclosed group', 'SELECT ?x WHERE {\n  ?x ng:blame ?y', 2, 17, /expected/],
    ['bad LIMIT', 'SELECT * WHERE { ?s ?p ?o }\nLIMIT ten', 2, 7, /expected/],
  ];
  it.each(cases)('%s: reported at the line and column of the user\'s text', (_name, query, line, column, detail) => {
    let caught: unknown;
    try {
      g.select(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SparqlSyntaxError);
    const e = caught as SparqlSyntaxError;
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toMatch(new RegExp(`^line ${line}, column ${column}: `));
    expect(e.detail).toMatch(detail);
  });

  it('reports malformed updates too', () => {
    expect(() => g.update('INSERT DATA { kb:a ng:b }')).toThrow(SparqlSyntaxError);
  });
});

describe('queryForm', () => {
  const cases: Array<[string, string | undefined]> = [
    ['SELECT * {}', 'SELECT'],
    ['prefix ex:\t<http://example.org/s#>\n# a comment <x>\nask {}', 'ASK'],
    ['BASE <http://x/> CONSTRUCT WHERE { ?s ?p ?o }', 'CONSTRUCT'],
    ['describe <x>', 'DESCRIBE'],
    ['INSERT DATA {}', undefined],
  ];
  it.each(cases)('%s -> %s', (q, form) => expect(queryForm(q)).toBe(form));
});
