// Tests for buildStore: facts vs claims vs denials, statement provenance, named graphs, quantities, open relations.
import { describe, expect, it } from 'vitest';
import { DataFactory, type Store } from 'n3';
import { buildQuads, buildStore } from '../../src/graph/build-store.js';
import { documentGraphIri, documentIri } from '../../src/graph/iri.js';
import { NG, PROV, RDF, RDFS, TIME, XSD } from '../../src/graph/vocabulary.js';
import { corpus, KB } from './fixture.js';

const { namedNode: iri, literal, defaultGraph } = DataFactory;
const ng = (local: string) => iri(NG + local);
const kb = (local: string) => iri(KB + local);

function plainTriple(store: Store, s: string, p: string, o: string): boolean {
  return store.getQuads(kb(s), ng(p), kb(o), null).length > 0;
}

function statementsOf(store: Store, s: string, p: string, o: string) {
  return store.getQuads(null, iri(`${RDF}subject`), kb(s), null)
    .map((q) => q.subject)
    .filter((st) => store.has(DataFactory.quad(st as never, iri(`${RDF}predicate`), ng(p), store.getQuads(st, null, null, null)[0]!.graph))
      && store.getQuads(st, iri(`${RDF}object`), kb(o), null).length > 0);
}

function value(store: Store, subject: any, p: string): string | undefined {
  return store.getQuads(subject, iri(p), null, null)[0]?.object.value;
}

describe('buildStore: what becomes a plain triple', () => {
  const store = buildStore(corpus());
  it.each<[string, string, string, boolean, string]>([
    // [subject, predicate, object, plain triple expected, why]
    ['ruritania', 'warn', 'borduria', true, 'asserted in the article\'s voice'],
    ['borduria', 'blame', 'ruritania', true, 'the speech act is a fact'],
    ['ruritania', 'responsibleFor', 'grand-opera-attack', false, 'what Borduria claims of Ruritania is a claim'],
    ['ruritania', 'involvedIn', 'grand-opera-attack', false, 'a denial is never a fact'],
    ['planned-attack-on-the-grand-opera', 'target', 'grand-opera', false, 'a planned event is not a fact'],
    ['anna-kovac', 'spokespersonOf', 'ruritanian-foreign-ministry', true, 'an apposition asserted by the article'],
  ])('%s %s %s -> plain triple %s (%s)', (s, p, o, expected) => {
    expect(plainTriple(store, s, p, o)).toBe(expected);
    expect(statementsOf(store, s, p, o)).toHaveLength(1);
  });

  it('refuses to flatten a denied or modal candidate even when it is marked as fact', () => {
    const c = corpus();
    for (const st of c.statements) st.candidate.fact = true;
    const s = buildStore(c);
    expect(plainTriple(s, 'ruritania', 'involvedIn', 'grand-opera-attack')).toBe(false);
    expect(plainTriple(s, 'planned-attack-on-the-grand-opera', 'target', 'grand-opera')).toBe(false);
    expect(plainTriple(s, 'ruritania', 'responsibleFor', 'grand-opera-attack')).toBe(true);
  });
});

describe('buildStore: statement nodes', () => {
  const c = corpus();
  const store = buildStore(c);
  const [denial] = statementsOf(store, 'ruritania', 'involvedIn', 'grand-opera-attack');

  it('carry polarity, speaker, cue, provenance and offsets', () => {
    expect(value(store, denial, `${NG}polarity`)).toBe(`${NG}Denied`);
    expect(value(store, denial, `${NG}modality`)).toBe(`${NG}Actual`);
    expect(value(store, denial, `${NG}attributedTo`)).toBe(`${KB}anna-kovac`);
    expect(value(store, denial, `${NG}cue`)).toBe('said');
    expect(value(store, denial, `${NG}extractor`)).toBe('reported-speech');
    expect(value(store, denial, `${NG}confidence`)).toBe('0.75');
    expect(value(store, denial, `${PROV}wasDerivedFrom`)).toBe(documentIri('opera-attack'));
    expect(value(store, denial, `${NG}sentence`)).toBe('"There was no Ruritanian involvement," said Anna Kovac, a spokesperson for the Ruritanian Foreign Ministry.');
    expect(value(store, denial, `${NG}fact`)).toBe('false');
    const start = Number(value(store, denial, `${NG}start`));
    const end = Number(value(store, denial, `${NG}end`));
    expect(c.documents[0]!.text.slice(start, end)).toBe('"There was no Ruritanian involvement," said Anna Kovac');
  });

  it('sit in the named graph of their article, with the article\'s facts; entities and documents in the default graph', () => {
    const graph = iri(documentGraphIri('opera-attack'));
    expect(store.getQuads(denial, null, null, null).every((q) => q.graph.equals(graph))).toBe(true);
    expect(store.getQuads(kb('ruritania'), ng('warn'), kb('borduria'), null).map((q) => q.graph.value)).toEqual([graph.value]);
    expect(store.getQuads(kb('ruritania'), iri(`${RDFS}label`), null, defaultGraph())).toHaveLength(1);
    expect(store.getQuads(iri(documentIri('opera-attack')), null, null, graph)).toHaveLength(0);
    expect(value(store, graph, `${PROV}wasDerivedFrom`)).toBe(documentIri('opera-attack'));
  });

  it('keeps one node per statement id: the more confident extractor wins', () => {
    const blames = statementsOf(store, 'borduria', 'blame', 'ruritania');
    expect(blames).toHaveLength(1);
    expect(value(store, blames[0], `${NG}extractor`)).toBe('verb-frames');
  });

  it('writes documents with title, date, source and URL', () => {
    const a = iri(documentIri('opera-attack'));
    expect(value(store, a, 'http://purl.org/dc/terms/title')).toBe('Ruritania warned Borduria, minister says');
    expect(store.getQuads(a, iri('http://purl.org/dc/terms/date'), null, null)[0]!.object).toEqual(literal('2031-05-06', iri(`${XSD}date`)));
    expect(value(store, iri(documentIri('acme-globex')), 'https://schema.org/url')).toBe('https://news.example.org/acme?id=1&x=%222%22');
  });
});

describe('buildStore: values and declarations', () => {
  const store = buildStore(corpus());

  it('turns "at least 42 people" into a quantity node with a lower bound', () => {
    const q = store.getQuads(kb('grand-opera-attack'), ng('killed'), null, null)[0]!.object;
    expect(q.termType).toBe('NamedNode');
    expect(value(store, q, `${RDF}type`)).toBe(`${NG}Quantity`);
    expect(store.getQuads(q, ng('minimum'), null, null)[0]!.object).toEqual(literal('42', iri(`${XSD}integer`)));
    expect(value(store, q, `${NG}unit`)).toBe('people');
    expect(value(store, q, `${RDFS}label`)).toBe('at least 42 people');
  });

  it('gives money its currency', () => {
    const q = store.getQuads(kb('acme-globex-deal'), ng('amount'), null, null)[0]!.object;
    expect(value(store, q, `${RDF}value`)).toBe('6000000000');
    expect(value(store, q, `${NG}currency`)).toBe('USD');
  });

  it('turns a date span into an OWL-Time interval', () => {
    const st = store.getQuads(null, iri(`${RDF}predicate`), ng('date'), null)
      .map((x) => x.subject).find((s) => value(store, s, `${NG}modality`) === `${NG}Possible`)!;
    const interval = store.getQuads(st, iri(`${RDF}object`), null, null)[0]!.object;
    expect(value(store, interval, `${RDF}type`)).toBe(`${TIME}Interval`);
    const begin = store.getQuads(interval, iri(`${TIME}hasBeginning`), null, null)[0]!.object;
    expect(store.getQuads(begin, iri(`${TIME}inXSDDate`), null, null)[0]!.object).toEqual(literal('2031-06-01', iri(`${XSD}date`)));
  });

  it('declares relations minted from new verbs in the output, and only those', () => {
    expect(store.getQuads(ng('handFilesOnTo'), ng('openRelation'), null, null)).toHaveLength(1);
    expect(value(store, ng('handFilesOnTo'), `${RDFS}label`)).toBe('hand files on to');
    expect(value(store, ng('handFilesOnTo'), `${RDF}type`)).toBe('http://www.w3.org/2002/07/owl#ObjectProperty');
    for (const known of ['killed', 'spokespersonOf', 'target', 'date', 'amount']) {
      expect(store.getQuads(ng(known), null, null, null), known).toHaveLength(0);
    }
  });

  it('types concepts the resolver names as ng:Concept', () => {
    expect(value(store, kb('concept/files'), `${RDF}type`)).toBe(`${NG}Concept`);
    expect(store.getQuads(kb('bordurian-police'), ng('pass'), kb('concept/files'), null)).toHaveLength(1);
  });

  it('types events with the CAMEO-style scheme', () => {
    expect(value(store, kb('grand-opera-attack'), `${NG}eventType`)).toBe('https://w3id.org/newsgraph/events#Attack');
  });

  it('uses the base for documents, graphs and statements', () => {
    const s = buildStore(corpus(), { base: 'http://example.org/news' });
    const subjects = new Set(s.getQuads(null, null, null, null).map((q) => q.subject.value));
    expect(subjects.has('http://example.org/news/doc/opera-attack')).toBe(true);
    expect(subjects.has('http://example.org/news/graph/opera-attack')).toBe(true);
  });

  it.each([
    ['2031-05-06', 'date'], ['2031-05', 'gYearMonth'], ['2031', 'gYear'], ['6 May 2031', undefined], ['2031-13-01', undefined],
  ])('writes a document date %s as %s', (published, datatype) => {
    const c = corpus();
    c.documents[0]!.published = published;
    const dates = buildStore(c).getQuads(iri(documentIri('opera-attack')), iri('http://purl.org/dc/terms/date'), null, null);
    expect(dates.map((q) => (q.object as any).datatype.value)).toEqual(datatype ? [`${XSD}${datatype}`] : []);
  });

  it('describes a document only statements cite, and labels an entity with an empty label', async () => {
    const c = corpus();
    c.documents = c.documents.slice(1);
    c.entities.find((e) => e.iri === `${KB}zenda`)!.label = ' ';
    const s = buildStore(c);
    expect(value(s, iri(documentIri('opera-attack')), `${RDF}type`)).toBe(`${NG}NewsArticle`);
    expect(value(s, kb('zenda'), `${RDFS}label`)).toBe('zenda');
  });

  it('gives an unknown argument IRI a class and a label', () => {
    const c = corpus();
    c.statements[0]!.object = { kind: 'iri', iri: `${KB}nowhere-land`, label: 'Nowhere Land' };
    const s = buildStore(c);
    expect(value(s, kb('nowhere-land'), `${RDFS}label`)).toBe('Nowhere Land');
    expect(value(s, kb('nowhere-land'), `${RDF}type`)).toBe(`${NG}Misc`);
  });
});

describe('buildQuads: the store\'s quads without the store', () => {
  const n3Key = (q: { subject: { id: string }; predicate: { id: string }; object: { id: string }; graph: { id: string } }) =>
    `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`;
  it.each<[string, (c: ReturnType<typeof corpus>) => void]>([
    ['the fixture corpus', () => {}],
    ['a relation reported twice in one article (a duplicate quad)', (c) => c.statements.push({ ...c.statements[0]!, candidate: { ...c.statements[0]!.candidate, extractor: 'second' } })],
    ['statements listed in reverse', (c) => c.statements.reverse()],
    ['an IRI starting with a character N3.js marks (wrapped in its keys)', (c) => { c.statements[0]!.object = { kind: 'iri', iri: '_:not-a-blank-node', label: 'odd' }; }],
  ])('%s: the same quads in the same order as store.getQuads', (_name, change) => {
    const c = corpus();
    change(c);
    const expected = buildStore(structuredClone(c)).getQuads(null, null, null, null).map(n3Key);
    const built = buildQuads(c);
    const quads = built.map(n3Key);
    expect(quads).toEqual(expected);
    expect(new Set(quads).size).toBe(quads.length);
    // One term object per term, as in the store's own quads.
    const byId = new Map<string, unknown>();
    for (const t of built.flatMap((q) => [q.subject, q.predicate, q.object])) {
      const key = `${t.termType} ${t.id}`;
      if (!byId.has(key)) byId.set(key, t);
      expect(byId.get(key)).toBe(t);
    }
  });
});
