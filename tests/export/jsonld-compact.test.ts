// Tests for the fast JSON-LD compactor: every kind of value reads back through jsonld.js as the same RDF, and jsonld.js's own compaction agrees.
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { DataFactory, type Quad } from 'n3';
import { ContextCompactor, compactNodes } from '../../src/export/jsonld-compact.js';
import { jsonLdText, loadContext, offlineDocumentLoader, toJsonLd } from '../../src/export/jsonld.js';
import { sortQuads } from '../../src/export/order.js';
import { mergedQuads } from '../../src/export/write-outputs.js';
import { buildStore } from '../../src/graph/build-store.js';
import { NG, RDF, RDFS, XSD } from '../../src/graph/vocabulary.js';
import { corpus } from '../graph/fixture.js';
import { compareGraphs, toN3Quads } from './rdf-compare.js';

const { namedNode: n, literal: l, quad: q, blankNode: b } = DataFactory;
const kb = (x: string) => n(`https://w3id.org/newsgraph/kb/${x}`);
const toRdf = async (doc: object) => toN3Quads(await jsonld.toRDF(doc, { documentLoader: offlineDocumentLoader } as never) as unknown as Quad[]);

describe('ContextCompactor', () => {
  it.each<[string, Quad, Record<string, unknown>]>([
    ['an IRI on an @id term', q(kb('s'), n(`${RDF}subject`), kb('o')), { subject: 'kb:o' }],
    ['a string literal on an @id term', q(kb('s'), n(`${RDF}object`), l('an act of war')), { 'rdf:object': 'an act of war' }],
    ['a date on an @id term', q(kb('s'), n(`${RDF}object`), l('2030-01-02', n(`${XSD}date`))), { 'rdf:object': { '@value': '2030-01-02', '@type': 'xsd:date' } }],
    ['a decimal on a decimal term', q(kb('s'), n(`${NG}confidence`), l('0.5', n(`${XSD}decimal`))), { confidence: '0.5' }],
    ['a double on a decimal term', q(kb('s'), n(`${NG}confidence`), l('5.0E-1', n(`${XSD}double`))), { 'ng:confidence': { '@value': '5.0E-1', '@type': 'xsd:double' } }],
    ['an IRI on a @vocab term', q(kb('s'), n(`${NG}polarity`), n(`${NG}Denied`)), { polarity: 'Denied' }],
    ['an unknown individual on a @vocab term', q(kb('s'), n(`${NG}polarity`), n(`${NG}Unheard`)), { polarity: 'ng:Unheard' }],
    ['a language string', q(kb('s'), n(`${RDFS}label`), l('Moskau', 'de')), { label: { '@value': 'Moskau', '@language': 'de' } }],
    ['an IRI outside every prefix', q(kb('s'), n('http://example.org/p'), n('http://example.org/o')), { 'http://example.org/p': { '@id': 'http://example.org/o' } }],
    ['a set term', q(kb('s'), n('http://www.w3.org/2004/02/skos/core#altLabel'), l('x')), { altLabel: ['x'] }],
  ])('writes %s so that it reads back unchanged', async (_name, quad, expected) => {
    const context = await loadContext();
    const [node] = compactNodes([quad], new ContextCompactor(context));
    expect(node).toEqual({ '@id': 'kb:s', ...expected });
    const back = await toRdf({ '@context': context, '@graph': [node] });
    expect((await compareGraphs(back, [quad])).isomorphic).toBe(true);
  });

  it('refuses context features it does not implement', () => {
    expect(() => new ContextCompactor({ x: { '@id': 'http://e/x', '@container': '@language' } })).toThrow(/fast compactor/);
    expect(() => new ContextCompactor({ x: { '@reverse': 'http://e/x' } })).toThrow(/fast compactor/);
  });
});

describe('jsonLdText', () => {
  it('agrees with jsonld.js on the whole example graph', async () => {
    const context = await loadContext();
    const quads = mergedQuads(buildStore(corpus()));
    const ours = JSON.parse(await jsonLdText(quads, context));
    const theirs = await toJsonLd(quads, context);
    expect((await compareGraphs(await toRdf(ours), await toRdf(theirs))).isomorphic).toBe(true);
    // and node for node: same ids, same keys (jsonld.js drops @graph for one node only)
    const ids = (doc: any) => (doc['@graph'] as any[]).map((x) => x['@id']).sort();
    expect(ids(ours)).toEqual(ids(theirs));
  });

  it('falls back to jsonld.js for graphs with blank nodes', async () => {
    const context = await loadContext();
    const quads = sortQuads([q(kb('s'), n(`${NG}killed`), b('q1')), q(b('q1'), n(`${NG}minimum`), l('3', n(`${XSD}integer`)))]);
    const back = await toRdf(JSON.parse(await jsonLdText(quads, context)));
    expect((await compareGraphs(back, quads)).isomorphic).toBe(true);
  });
});
