// Tests the RDF -> viewer graph derivation: relation kinds, provenance, highlights, documents, nodes and links.
import { describe, expect, it } from 'vitest';
import { findHighlights, humanize, viewerGraphFromStore } from '../../src/view/viewer-graph.js';
import type { ViewerEdge, ViewerGraph } from '../../src/view/graph-json.js';
import { fixtureStore } from './fixture-store.js';

const KB = 'https://w3id.org/newsgraph/kb/';
const graph: ViewerGraph = viewerGraphFromStore(fixtureStore());
const label = (id: string): string => graph.nodes.find((n) => n.id === id)?.label ?? `?${id}`;
const describeEdge = (e: ViewerEdge): string => `${label(e.source)} ${graph.predicates[e.predicate]!.label} ${label(e.target)}`;
const edgeNamed = (text: string): ViewerEdge | undefined => graph.edges.find((e) => describeEdge(e) === text);

describe('viewerGraphFromStore: relations and their kinds', () => {
  it.each([
    // relation, kind, attributed to, polarity, extractor, document title
    ['United States warned Russia', 'fact', 'Matthew Miller', 'asserted', 'reported-speech', 'Spokesperson briefs reporters on warning'],
    ['Ukraine involved in concert hall attack', 'denial', 'Matthew Miller', 'denied', 'reported-speech', 'Spokesperson briefs reporters on warning'],
    ['Ukraine responsible for concert hall attack', 'claim', 'Vladimir Putin', 'asserted', 'reported-speech', 'Spokesperson briefs reporters on warning'],
    ['Vladimir Putin blame Ukraine', 'fact', undefined, 'asserted', 'svo', 'Spokesperson briefs reporters on warning'],
    ['ISIS-K claim responsibility for concert hall attack', 'fact', undefined, 'asserted', 'svo', 'Militant group claims the attack'],
  ])('%s is a %s', (text, kind, speaker, polarity, extractor, title) => {
    const edge = edgeNamed(text);
    expect(edge, `edges: ${graph.edges.map(describeEdge).join(' | ')}`).toBeDefined();
    expect(edge!.kind).toBe(kind);
    expect(edge!.statements).toHaveLength(1);
    const st = edge!.statements[0]!;
    expect(st.attributedTo?.label).toBe(speaker);
    expect(st.polarity).toBe(polarity);
    expect(st.extractor).toBe(extractor);
    expect(graph.documents[st.document]?.title).toBe(title);
    expect(st.sentence).toBeTruthy();
  });

  it('keeps a denial apart from the fact edges and never marks it a fact', () => {
    const denial = graph.edges.find((e) => e.kind === 'denial')!;
    expect(denial.statements.every((s) => !s.fact && s.polarity === 'denied')).toBe(true);
  });

  it('carries confidence, cue, modality and offsets', () => {
    const st = edgeNamed('Ukraine responsible for concert hall attack')!.statements[0]!;
    expect(st).toMatchObject({ confidence: 0.6, cue: 'blamed', modality: 'actual', start: 151, end: 204 });
    expect(edgeNamed('Ukraine responsible for concert hall attack')!.confidence).toBe(0.6);
  });

  it('uses the store label of a predicate when there is one, else a readable form of its name', () => {
    expect(graph.predicates.map((p) => p.label)).toEqual(
      ['blame', 'claim responsibility for', 'date', 'involved in', 'killed count', 'responsible for', 'spokesperson of', 'warned']);
  });
});

describe('viewerGraphFromStore: highlights', () => {
  it.each([
    ['United States warned Russia', [['Matthew Miller', 'speaker'], ['said', 'cue'], ['Washington', 'subject'], ['Moscow', 'object']]],
    ['Ukraine involved in concert hall attack', [['Miller', 'speaker'], ['said', 'cue'], ['Ukrainian', 'subject'], ['the assault', 'object']]],
    ['Vladimir Putin blame Ukraine', [['Putin', 'subject'], ['Ukraine', 'object']]],
  ])('%s highlights its mentions', (text, expected) => {
    const st = edgeNamed(text)!.statements[0]!;
    const found = st.highlights.map((h) => [st.sentence!.slice(h.start, h.end), h.role]);
    expect(found).toEqual(expected);
  });

  it.each([
    ['whole words only', 'Russians and Russia met.', ['Russia'], [[13, 19]]],
    ['case-insensitive, longest name first', 'THE UNITED STATES said so.', ['United States', 'States'], [[4, 17]]],
    ['no name found', 'Nothing here.', ['Russia'], []],
    ['a demonym by the stem of a one-word name', 'No Ukrainian involvement.', ['Ukraine'], [[3, 12]]],
    ['a short name as a word prefix', 'Iranian officials met.', ['Iran'], [[0, 7]]],
    ['the stem only when no whole name occurs', 'Russians and Russia met.', ['Russia'], [[13, 19]]],
    ['no stem inside a word', 'Prussian archives.', ['Russia'], []],
    ['no stem of a multi-word name', 'The Unitedly group.', ['United States'], []],
  ])('findHighlights: %s', (_name, sentence, names, spans) => {
    const found = findHighlights(sentence as string, [{ role: 'subject', names: names as string[] }]);
    expect(found.map((h) => [h.start, h.end])).toEqual(spans);
  });
});

describe('viewerGraphFromStore: nodes, documents, attributes', () => {
  it.each([
    [`${KB}matthew-miller`, 'Person', ['Miller'], {}],
    [`${KB}united-states`, 'Country', ['U.S.', 'Washington'], { iso3166: 'US', wikidata: 'Q30' }],
    [`${KB}state-department`, 'GovernmentBody', [], {}],
    [`${KB}isis-k`, 'ArmedGroup', ['Islamic State Khorasan'], {}],
    [`${KB}lonely-city`, 'City', [], {}],
  ])('%s is a %s', (id, type, aliases, links) => {
    const node = graph.nodes.find((n) => n.id === id)!;
    expect(node).toMatchObject({ type, aliases, links });
  });

  it('types an event further by its class', () => {
    expect(graph.nodes.find((n) => n.id === `${KB}hall-attack`)).toMatchObject({ type: 'Event', subtype: 'Attack' });
  });

  it('counts degree over drawn edges', () => {
    expect(graph.nodes.find((n) => n.id === `${KB}ukraine`)!.degree).toBe(3);
    expect(graph.nodes.find((n) => n.id === `${KB}lonely-city`)!.degree).toBe(0);
  });

  it('lists documents by date with titles', () => {
    expect(graph.documents.map((d) => [d.date, d.title])).toEqual([
      ['2031-05-06', 'Spokesperson briefs reporters on warning'],
      ['2031-05-09', 'Militant group claims the attack'],
    ]);
  });

  it('keeps literal-valued relations as attributes with their evidence', () => {
    const killed = graph.attributes.find((a) => graph.predicates[a.predicate]!.label === 'killed count')!;
    expect(killed).toMatchObject({ subject: `${KB}hall-attack`, value: '40', datatype: 'integer', kind: 'fact' });
    expect(killed.statements[0]!.sentence).toBe('At least 40 people died in the attack.');
    expect(graph.attributes.some((a) => a.value === '2031-05-03' && a.statements.length === 0)).toBe(true);
  });

  it('is deterministic: the same store gives the same graph', () => {
    expect(JSON.stringify(viewerGraphFromStore(fixtureStore()))).toBe(JSON.stringify(graph));
  });
});

describe('humanize', () => {
  it.each([['responsibleFor', 'responsible for'], ['spokespersonOf', 'spokesperson of'], ['warn', 'warn'], ['killed_count', 'killed count']])(
    '%s -> %s', (input, expected) => expect(humanize(input)).toBe(expected));
});
