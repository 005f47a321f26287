// Round trips, SHACL validation and determinism of the written outputs (Turtle, JSON-LD, TriG, N-Quads, CSV).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, type Store } from 'n3';
import { buildStore } from '../../src/graph/build-store.js';
import { writeOutputs } from '../../src/export/write-outputs.js';
import { offlineDocumentLoader } from '../../src/export/jsonld.js';
import { formatProblems, validateGraph } from '../../src/export/validate.js';
import { NG, RDF } from '../../src/graph/vocabulary.js';
import { corpus } from '../graph/fixture.js';
import { compareGraphs, toN3Quads } from './rdf-compare.js';

let dir: string;
let store: Store;
const read = (name: string, d = dir) => readFile(join(d, name), 'utf8');
const parse = async (name: string, format: string) => new Parser({ format }).parse(await read(name));
const union = (quads: Quad[]) => toN3Quads(quads, true);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ng-export-'));
  store = buildStore(corpus());
  await writeOutputs(store, corpus(), dir, { nquads: true });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the isomorphism check itself', () => {
  const { namedNode: n, blankNode: b, literal: l, quad: q } = DataFactory;
  it('accepts renamed blank nodes and rejects a changed literal', async () => {
    const a = [q(n('http://x/s'), n('http://x/p'), b('one')), q(b('one'), n('http://x/q'), l('v'))];
    const renamed = [q(n('http://x/s'), n('http://x/p'), b('two')), q(b('two'), n('http://x/q'), l('v'))];
    const changed = [q(n('http://x/s'), n('http://x/p'), b('two')), q(b('two'), n('http://x/q'), l('w'))];
    expect((await compareGraphs(a, renamed)).isomorphic).toBe(true);
    expect((await compareGraphs(a, changed)).isomorphic).toBe(false);
  });
});

describe('round trips', () => {
  it('writes the files it says it wrote, and no temporary files', async () => {
    expect((await readdir(dir)).sort()).toEqual(['graph.jsonld', 'graph.nq', 'graph.trig', 'graph.ttl', 'triples.csv']);
  });

  it('graph.ttl parses back into a graph isomorphic to the store (graphs merged)', async () => {
    const result = await compareGraphs(await parse('graph.ttl', 'text/turtle'), union(store.getQuads(null, null, null, null)));
    expect(result).toEqual({ isomorphic: true, onlyA: [], onlyB: [] });
  });

  it('graph.trig and graph.nq parse back into the store, named graphs included', async () => {
    const quads = toN3Quads(store.getQuads(null, null, null, null));
    for (const [file, format] of [['graph.trig', 'application/trig'], ['graph.nq', 'application/n-quads']]) {
      const result = await compareGraphs(await parse(file!, format!), quads);
      expect(result, file).toEqual({ isomorphic: true, onlyA: [], onlyB: [] });
    }
  });

  it('graph.trig keeps one named graph per article', async () => {
    const graphs = new Set((await parse('graph.trig', 'application/trig')).map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual(['', 'https://w3id.org/newsgraph/kb/graph/acme-globex', 'https://w3id.org/newsgraph/kb/graph/opera-attack']);
  });

  it('graph.jsonld, read by jsonld.js with no network, is isomorphic to graph.ttl', async () => {
    const doc = JSON.parse(await read('graph.jsonld'));
    const quads = await jsonld.toRDF(doc, { documentLoader: offlineDocumentLoader } as never) as unknown as Quad[];
    const result = await compareGraphs(toN3Quads(quads), await parse('graph.ttl', 'text/turtle'));
    expect(result).toEqual({ isomorphic: true, onlyA: [], onlyB: [] });
  });

  it('graph.jsonld is compacted with the shipped context', async () => {
    const doc = JSON.parse(await read('graph.jsonld'));
    const context = JSON.parse(await readFile(new URL('../../ontology/context.jsonld', import.meta.url), 'utf8'))['@context'];
    expect(doc['@context']).toEqual(context);
    const denial = doc['@graph'].find((n: any) => n.polarity === 'Denied');
    expect(denial).toMatchObject({ '@type': 'Statement', confidence: '0.75', attributedTo: 'kb:anna-kovac', cue: 'said', predicate: 'ng:involvedIn' });
  });

  it('the offline document loader refuses remote contexts', async () => {
    await expect(offlineDocumentLoader('https://schema.org/')).rejects.toThrow(/refused/);
    await expect(jsonld.toRDF({ '@context': 'https://example.org/ctx.jsonld', name: 'x' }, { documentLoader: offlineDocumentLoader } as never)).rejects.toThrow();
  });

  it('Turtle is readable: prefixed names, one block per subject, a claim written as a statement node only', async () => {
    const ttl = await read('graph.ttl');
    expect(ttl).toContain('@prefix ng: <https://w3id.org/newsgraph/ns#> .');
    expect(ttl).toMatch(/\nkb:ruritania a ng:Country ;\n {4}rdfs:label "Ruritania" ;/);
    expect(ttl).toMatch(/\nkb:borduria a ng:Country ;[^.]*\n {4}ng:blame kb:ruritania/);
    expect(ttl).not.toMatch(/\nkb:ruritania [^.]*ng:involvedIn/);
    expect(ttl).toMatch(/rdf:predicate ng:involvedIn ;\n {4}rdf:object kb:grand-opera-attack ;/);
  });
});

describe('SHACL validation against ontology/shapes.ttl', () => {
  it.each([['graph.ttl', 'text/turtle'], ['graph.trig', 'application/trig'], ['graph.nq', 'application/n-quads']])('%s conforms', async (file, format) => {
    const outcome = await validateGraph(await parse(file, format));
    expect(formatProblems(outcome)).toBe('');
    expect(outcome.conforms).toBe(true);
  });

  it('graph.ttl also conforms to the SHACL-SPARQL shapes', async () => {
    const outcome = await validateGraph(await parse('graph.ttl', 'text/turtle'), { sparql: true });
    expect(formatProblems(outcome)).toBe('');
  });

  it('graph.jsonld conforms', async () => {
    const quads = await jsonld.toRDF(JSON.parse(await read('graph.jsonld')), { documentLoader: offlineDocumentLoader } as never) as unknown as Quad[];
    expect((await validateGraph(toN3Quads(quads))).conforms).toBe(true);
  });

  const { namedNode: n, literal: l, quad: q } = DataFactory;
  const xsd = (t: string) => n(`http://www.w3.org/2001/XMLSchema#${t}`);
  // Each mutation breaks one rule of the shapes; the report must name the broken property.
  const mutations: Array<[string, (quads: Quad[], st: Quad['subject']) => Quad[], RegExp, boolean?]> = [
    ['confidence above 1', (qs, st) => qs.map((x) => (x.subject.equals(st) && x.predicate.value === `${NG}confidence` ? q(st, x.predicate, l('1.5', xsd('decimal'))) : x)), /ng:confidence/],
    ['start after end', (qs, st) => qs.map((x) => (x.subject.equals(st) && x.predicate.value === `${NG}start` ? q(st, x.predicate, l('99999', xsd('integer'))) : x)), /ng:start/],
    ['a polarity outside Asserted/Denied', (qs, st) => qs.map((x) => (x.subject.equals(st) && x.predicate.value === `${NG}polarity` ? q(st, x.predicate, n(`${NG}Maybe`)) : x)), /ng:polarity/],
    ['no source document', (qs, st) => qs.filter((x) => !(x.subject.equals(st) && x.predicate.value.endsWith('wasDerivedFrom'))), /prov:wasDerivedFrom/],
    ['a denied statement marked as fact', (qs, st) => qs.map((x) => (x.subject.equals(st) && x.predicate.value === `${NG}polarity` ? q(st, x.predicate, n(`${NG}Denied`)) : x)), /Or/],
    ['a fact without its plain triple', (qs) => qs.filter((x) => !(x.predicate.value === `${NG}warn`)), /plain triple/, true],
    ['an entity with two labels', (qs) => [...qs, q(n('https://w3id.org/newsgraph/kb/ruritania'), n('http://www.w3.org/2000/01/rdf-schema#label'), l('Ruritania again'))], /rdfs:label/],
    ['an entity without a class', (qs) => qs.filter((x) => !(x.subject.value.endsWith('/zenda') && x.predicate.value === `${RDF}type`)), /rdf:type/],
  ];

  it.each(mutations)('reports %s', async (_name, mutate, expected, sparql) => {
    const quads = union(store.getQuads(null, null, null, null));
    // the "warn" statement: asserted, actual, a fact
    const st = quads.find((x) => x.predicate.value === `${RDF}predicate` && x.object.value === `${NG}warn`)!.subject;
    const outcome = await validateGraph(mutate(quads, st), { sparql });
    expect(outcome.conforms).toBe(false);
    expect(formatProblems(outcome)).toMatch(expected);
  });
});

describe('determinism', () => {
  it('two builds of the same corpus, in any input order, give byte-identical files', async () => {
    const other = await mkdtemp(join(tmpdir(), 'ng-export-'));
    try {
      const c = corpus();
      c.statements.reverse();
      c.entities.reverse();
      c.documents.reverse();
      c.analyses.reverse();
      for (const e of c.entities) e.aliases.reverse();
      await writeOutputs(buildStore(c), c, other, { nquads: true });
      for (const name of ['graph.ttl', 'graph.jsonld', 'graph.trig', 'graph.nq', 'triples.csv']) {
        expect(await read(name, other), name).toBe(await read(name));
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('an empty corpus', () => {
  it('gives empty but valid files', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ng-export-'));
    try {
      const c = { documents: [], analyses: [], entities: [], statements: [] };
      await writeOutputs(buildStore(c), c, empty, { nquads: true });
      expect(new Parser().parse(await read('graph.ttl', empty))).toEqual([]);
      expect(JSON.parse(await read('graph.jsonld', empty))['@graph']).toEqual([]);
      expect(await read('triples.csv', empty)).toMatch(/^subject,predicate,object,[^\n]*\r\n$/);
      expect(await read('graph.nq', empty)).toBe('');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('every predicate in the output is declared', () => {
  it('in the ontology, in the output itself, or by a standard vocabulary', async () => {
    const ontology = new Parser().parse(await readFile(new URL('../../ontology/newsgraph.ttl', import.meta.url), 'utf8'));
    const output = await parse('graph.ttl', 'text/turtle');
    const declared = new Set([...ontology, ...output]
      .filter((x) => x.predicate.value === `${RDF}type` && /#(ObjectProperty|DatatypeProperty|AnnotationProperty|Property)$/.test(x.object.value))
      .map((x) => x.subject.value));
    const standard = /^(http:\/\/www\.w3\.org\/(1999\/02\/22-rdf-syntax-ns|2000\/01\/rdf-schema|2004\/02\/skos\/core|ns\/prov|2006\/time|2002\/07\/owl)#|http:\/\/purl\.org\/dc\/terms\/|https:\/\/schema\.org\/)/;
    const used = new Set(output.map((x) => x.predicate.value));
    for (const x of output) if (x.predicate.value === `${RDF}predicate`) used.add(x.object.value);
    const undeclared = [...used].filter((p) => !declared.has(p) && !standard.test(p));
    expect(undeclared).toEqual([]);
  });
});
