// Tests the viewer app's pure parts: the URL state round trip and which nodes and edges the filters show.
import { describe, expect, it } from 'vitest';
import { emptyState, parseState, relationFilterActive, serializeState, type ViewState } from '../../viewer/src/state.js';
import { computeVisibility } from '../../viewer/src/visibility.js';
import { viewerGraphFromStore } from '../../src/view/viewer-graph.js';
import { fixtureStore } from './fixture-store.js';

const KB = 'https://w3id.org/newsgraph/kb/';
const NG = 'https://w3id.org/newsgraph/ns#';
const graph = viewerGraphFromStore(fixtureStore());
const label = (id: string): string => graph.nodes.find((n) => n.id === id)!.label;
const shownEdges = (change: Partial<ViewState>): string[] => {
  const visible = computeVisibility(graph, { ...emptyState(), ...change });
  return graph.edges.filter((e) => visible.edges.has(e.id))
    .map((e) => `${label(e.source)} ${graph.predicates[e.predicate]!.label} ${label(e.target)}`).sort();
};

describe('URL state', () => {
  it.each<[string, Partial<ViewState>]>([
    ['nothing', {}],
    ['a selection and a query', { node: `${KB}matthew-miller`, edge: 'e0123456789ab', query: 'Miller & co' }],
    ['every filter', { hiddenTypes: ['City', 'Person'], hiddenPredicates: [`${NG}warn`], document: `${KB}doc-claim`, from: '2031-05-01', to: '2031-05-31', minConfidence: 0.65, hideClaims: true, hideDenials: true }],
  ])('%s survives the round trip', (_name, change) => {
    const state = { ...emptyState(), ...change };
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it.each([
    ['#conf=2', emptyState()],
    ['#conf=abc&from=yesterday&to=2031-13', emptyState()],
    ['#claims=show&denials=1', emptyState()],
    ['', emptyState()],
  ])('ignores malformed parts: %s', (hash, expected) => {
    expect(parseState(hash)).toEqual(expected);
  });

  it('keeps links short: defaults are left out', () => {
    expect(serializeState(emptyState())).toBe('');
    expect(serializeState({ ...emptyState(), hideClaims: true })).toBe('#claims=hide');
  });

  it('knows when a relation filter is on', () => {
    expect(relationFilterActive(emptyState())).toBe(false);
    expect(relationFilterActive({ ...emptyState(), hiddenTypes: ['City'] })).toBe(false);
    expect(relationFilterActive({ ...emptyState(), minConfidence: 0.5 })).toBe(true);
  });
});

describe('computeVisibility', () => {
  const all = shownEdges({});

  it.each<[string, Partial<ViewState>, string[]]>([
    ['hide claims', { hideClaims: true }, all.filter((e) => e !== 'Ukraine responsible for concert hall attack')],
    ['hide denials', { hideDenials: true }, all.filter((e) => e !== 'Ukraine involved in concert hall attack')],
    ['hide a predicate', { hiddenPredicates: [`${NG}blame`] }, all.filter((e) => e !== 'Vladimir Putin blame Ukraine')],
    ['one article', { document: `${KB}doc-claim` }, ['ISIS-K claim responsibility for concert hall attack']],
    ['a date range', { from: '2031-05-07' }, ['ISIS-K claim responsibility for concert hall attack']],
    ['a date range before every article', { to: '2031-01-01' }, []],
    ['minimum confidence', { minConfidence: 0.85 }, ['Matthew Miller spokesperson of State Department', 'United States warned Russia', 'Vladimir Putin blame Ukraine']],
    ['a hidden type hides its edges', { hiddenTypes: ['Person'] }, all.filter((e) => !/Matthew Miller|Vladimir Putin/.test(e))],
  ])('%s', (_name, change, expected) => {
    expect(shownEdges(change)).toEqual(expected);
  });

  it('shows every node, unrelated ones too, when no relation filter is on', () => {
    expect(computeVisibility(graph, emptyState()).nodes.size).toBe(graph.nodes.length);
  });

  it('hides nodes left without a shown relation when a relation filter is on', () => {
    const visible = computeVisibility(graph, { ...emptyState(), document: `${KB}doc-claim` });
    expect([...visible.nodes].map(label).sort()).toEqual(['ISIS-K', 'concert hall attack']);
  });

  it('hides the nodes of a hidden type', () => {
    const visible = computeVisibility(graph, { ...emptyState(), hiddenTypes: ['Country'] });
    expect(graph.nodes.filter((n) => n.type === 'Country').some((n) => visible.nodes.has(n.id))).toBe(false);
  });
});
