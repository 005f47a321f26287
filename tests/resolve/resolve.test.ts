// Resolve: aliases within and across articles, IRIs, coreference, metonyms, events, determinism.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/resolve.js';
import { statementIri } from '../../src/graph/iri.js';
import type { Analysis } from '../../src/analyze/analysis.js';
import type { Argument, Candidate } from '../../src/extract/candidate.js';
import { analysisOf, ent, event, rel } from './helpers.js';
import { analysisOf as parsedAnalysisOf, COMPANY_CLAUSES, type SentenceSpec } from '../extract/fixtures.js';

const KB = 'https://example.org/kb/';

function entityByLabel(result: ReturnType<typeof resolve>, label: string) {
  const found = result.entities.filter((e) => e.label === label);
  expect(found, `one entity labelled ${label}`).toHaveLength(1);
  return found[0]!;
}

describe('aliases within an article', () => {
  it.each([
    {
      name: 'full name, surname and honorific',
      text: 'Matthew Miller spoke to reporters. Miller said the talks failed. Mr Miller left early.',
      mentions: [['Matthew Miller', 'Person'], ['Miller', 'Person', 1], ['Mr Miller', 'Person']] as const,
      label: 'Matthew Miller', aliases: ['Miller', 'Mr Miller'],
    },
    {
      name: 'honorific alone after the full name',
      text: 'Foreign Secretary Jack Straw flew to Delhi. Mr Straw met officials.',
      mentions: [['Jack Straw', 'Person'], ['Mr Straw', 'Person']] as const,
      label: 'Jack Straw', aliases: ['Mr Straw', 'Straw'],
    },
    {
      name: 'an acronym defined in brackets',
      text: 'Human Rights Watch (HRW) published a report. HRW said abuses continued.',
      mentions: [['Human Rights Watch', 'Organization'], ['HRW', 'Organization', 1]] as const,
      label: 'Human Rights Watch', aliases: ['HRW'],
    },
    {
      name: 'an acronym spelling a name without brackets',
      text: 'The Federal Bureau of Investigation opened a case. The FBI declined to comment.',
      mentions: [['Federal Bureau of Investigation', 'GovernmentBody'], ['FBI', 'GovernmentBody']] as const,
      label: 'Federal Bureau of Investigation', aliases: ['FBI'],
    },
  ])('$name', ({ text, mentions, label, aliases }) => {
    const a = analysisOf('doc', text, mentions.map(([t, type, nth]) => ({ text: t, type, nth })));
    const r = resolve([a], [[]], { base: KB });
    const e = entityByLabel(r, label);
    expect(e.aliases).toEqual(aliases);
    expect(r.entities.filter((x) => x.kind !== 'event')).toHaveLength(1);
  });

  it('keeps a demonym out of the aliases and labels the country by its canonical name', () => {
    const a = analysisOf('doc', 'There was no Ukrainian involvement, officials in Ukraine said.', [
      { text: 'Ukrainian', type: 'Country', canonical: 'Ukraine', links: { iso3166: 'UA' } },
      { text: 'Ukraine', type: 'Country', canonical: 'Ukraine', links: { iso3166: 'UA' } },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities).toEqual([expect.objectContaining({ iri: `${KB}ukraine`, label: 'Ukraine', aliases: [], links: { iso3166: 'UA' }, type: 'Country' })]);
  });
});

describe('types within an article', () => {
  it('merges one name the tagger typed two ways, and lets a specific type win over Misc', () => {
    const a = analysisOf('doc', 'Reporters from VELA asked questions. Officials told VELA nothing. The Red Hand group and Red Hand fighters left.', [
      { text: 'VELA', type: 'Location' }, { text: 'VELA', type: 'Organization', nth: 1 },
      { text: 'Red Hand', type: 'Misc' }, { text: 'Red Hand', type: 'ArmedGroup', nth: 1 },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => [e.iri, e.type])).toEqual([[`${KB}red-hand`, 'ArmedGroup'], [`${KB}vela`, 'Location']]);
  });

  it('merges a multi-word name typed once as a person, keeps a single word typed both ways apart', () => {
    const a = analysisOf('doc', 'Crowds filled Liberty Square. Liberty Square was calm. Ford said Ford would hire.', [
      { text: 'Liberty Square', type: 'Facility' }, { text: 'Liberty Square', type: 'Person', nth: 1 },
      { text: 'Ford', type: 'Person' }, { text: 'Ford', type: 'Company', nth: 1 },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => [e.iri, e.type])).toEqual([
      [`${KB}ford-company`, 'Company'], [`${KB}ford-person`, 'Person'], [`${KB}liberty-square`, 'Facility'],
    ]);
  });

  it('merges a surname with a full name the tagger left untyped', () => {
    const a = analysisOf('doc', 'Envoy Anatoly Dorn spoke. Dorn left.', [{ text: 'Anatoly Dorn', type: 'Misc' }, { text: 'Dorn', type: 'Person', nth: 1 }]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => [e.label, e.type, e.aliases])).toEqual([['Anatoly Dorn', 'Person', ['Dorn']]]);
  });

  it('names a group of people as written, apart from its country', () => {
    const a = analysisOf('doc', 'Russia said Russians abroad were safe.', [
      { text: 'Russia', type: 'Country', canonical: 'Russia' }, { text: 'Russians', type: 'Group', canonical: 'Russia' },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => [e.iri, e.label, e.type])).toEqual([[`${KB}russia`, 'Russia', 'Country'], [`${KB}russians`, 'Russians', 'Group']]);
  });

  it('never makes an entity of "we" or "you"', () => {
    const a = analysisOf('doc', '"We warned Tovaria," said Lena Park. "You saw it."', [{ text: 'Tovaria', type: 'Country' }, { text: 'Lena Park', type: 'Person' }]);
    const r = resolve([a], [[
      rel(a, ent(a, 'We'), 'warn', ent(a, 'Tovaria', 'Country'), { speaker: ent(a, 'Lena Park', 'Person') }),
      rel(a, ent(a, 'You'), 'see', ent(a, 'it')),
    ]], { base: KB });
    expect(r.statements).toEqual([]);
    expect(r.entities.map((e) => e.label)).toEqual(['Lena Park', 'Tovaria']);
  });
});

describe('across articles', () => {
  const doc = (id: string, text: string, mentions: Array<[string, Analysis['mentions'][number]['type']]>): Analysis =>
    analysisOf(id, text, mentions.map(([t, type]) => ({ text: t, type })));

  it('merges equal names of compatible types and a surname that is unambiguous, among the same people', () => {
    const r = resolve([
      doc('a', 'Matthew Miller briefed the press on Vera Holm.', [['Matthew Miller', 'Person'], ['Vera Holm', 'Person']]),
      doc('b', 'Miller declined to answer about Vera Holm.', [['Miller', 'Person'], ['Vera Holm', 'Person']]),
      doc('c', 'The company Acme Corp grew.', [['Acme Corp', 'Company']]),
      doc('d', 'Acme Corp was fined.', [['Acme Corp', 'Organization']]),
    ], [[], [], [], []], { base: KB });
    expect(entityByLabel(r, 'Matthew Miller')).toMatchObject({ iri: `${KB}matthew-miller`, documents: ['a', 'b'] });
    expect(entityByLabel(r, 'Acme Corp')).toMatchObject({ type: 'Company', documents: ['c', 'd'] });
  });

  it('keeps a surname apart from the one person of that surname when their articles name no one in common', () => {
    const r = resolve([
      doc('a', 'Matthew Miller briefed the press on Vera Holm.', [['Matthew Miller', 'Person'], ['Vera Holm', 'Person']]),
      doc('b', 'Miller scored for Norvik Rovers.', [['Miller', 'Person'], ['Norvik Rovers', 'Organization']]),
    ], [[], []], { base: KB });
    expect(entityByLabel(r, 'Matthew Miller')).toMatchObject({ documents: ['a'] });
    expect(entityByLabel(r, 'Miller')).toMatchObject({ documents: ['b'] });
  });

  it('keeps a surname apart from another article\'s person when its own article writes another given name with it', () => {
    // the recogniser took the one full name of b into a mention of another type ("Party MP Boris Miller")
    const b = analysisOf('b', 'Party MP Boris Miller has insisted. Miller spoke about Vera Holm.',
      [{ text: 'Party MP Boris Miller', type: 'Organization' }, { text: 'Miller', type: 'Person', nth: 1 }, { text: 'Vera Holm', type: 'Person' }]);
    const r = resolve([
      doc('a', 'Matthew Miller briefed the press on Vera Holm.', [['Matthew Miller', 'Person'], ['Vera Holm', 'Person']]), b,
    ], [[], []], { base: KB });
    expect(entityByLabel(r, 'Matthew Miller')).toMatchObject({ documents: ['a'] });
  });

  it('keeps an ambiguous surname apart', () => {
    const r = resolve([
      doc('a', 'Matthew Miller briefed the press.', [['Matthew Miller', 'Person']]),
      doc('b', 'Jonas Miller won the race.', [['Jonas Miller', 'Person']]),
      doc('c', 'Miller declined to answer.', [['Miller', 'Person']]),
    ], [[], [], []], { base: KB });
    expect(r.entities.map((e) => e.label).sort()).toEqual(['Jonas Miller', 'Matthew Miller', 'Miller']);
  });

  it('merges a multi-word name the tagger typed differently in two articles', () => {
    const r = resolve([
      doc('a', 'Ben Ostrow starred in the film.', [['Ben Ostrow', 'Person']]),
      doc('b', 'Fans met Ben Ostrow again.', [['Ben Ostrow', 'Location']]),
      doc('c', 'Ben Ostrow won.', [['Ben Ostrow', 'Person']]),
    ], [[], [], []], { base: KB });
    expect(r.entities.map((e) => [e.iri, e.type, e.documents])).toEqual([[`${KB}ben-ostrow`, 'Person', ['a', 'b', 'c']]]);
  });

  it('merges a one-word name mistyped in a few articles into its dominant type, but never two places', () => {
    const thrice = (id: string, text: string, name: string, type: 'Company' | 'Country'): Analysis =>
      analysisOf(id, text, [0, 1, 2].map((nth) => ({ text: name, type, nth })));
    const r = resolve([
      thrice('a', 'Zorvex shares rose. Zorvex hired staff. Zorvex grew.', 'Zorvex', 'Company'),
      doc('b', 'Zorvex said no.', [['Zorvex', 'Person']]),
      thrice('c', 'Troops left Kartvel. Kartvel voted. Kartvel grew.', 'Kartvel', 'Country'),
      doc('d', 'Voters in Kartvel chose a senator.', [['Kartvel', 'Location']]),
    ], [[], [], [], []], { base: KB });
    expect(r.entities.map((e) => [e.iri, e.type, e.documents])).toEqual([
      [`${KB}kartvel-country`, 'Country', ['c']], [`${KB}kartvel-location`, 'Location', ['d']], [`${KB}zorvex`, 'Company', ['a', 'b']],
    ]);
  });

  it("does not take an extractor's renaming for an alias", () => {
    const a = analysisOf('doc', 'Russia said the Russian side was ready.', [{ text: 'Russia', type: 'Country', canonical: 'Russia' }]);
    const c = rel(a, ent(a, 'Russian side', 'Country', 0, 'Russia'), 'ready', { kind: 'literal', value: 'x', datatype: 'string' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.entities).toEqual([expect.objectContaining({ label: 'Russia', aliases: [] })]);
    expect(r.statements[0]!.subject).toMatchObject({ iri: `${KB}russia` });
  });

  it('gives two entities of different types with one label a type suffix each', () => {
    const r = resolve([
      doc('a', 'Troops left Georgia in 2008.', [['Georgia', 'Country']]),
      doc('b', 'Voters in Georgia chose a senator.', [['Georgia', 'Location']]),
    ], [[], []], { base: KB });
    expect(r.entities.map((e) => e.iri)).toEqual([`${KB}georgia-country`, `${KB}georgia-location`]);
  });
});

describe('coreference', () => {
  it.each([
    { name: 'a "he" with a man just before', text: 'Bernard Ellis hired Karen Holt. Later he sacked the board.', anaphor: 'he',
      mentions: [['Bernard Ellis', 'Person'], ['Karen Holt', 'Person']] as const },
    { name: 'a "She" after an honorific', text: 'Mrs Okafor met Peter Brandt. She praised the plan.', anaphor: 'She',
      mentions: [['Mrs Okafor', 'Person'], ['Peter Brandt', 'Person']] as const },
    { name: 'an "it" after a country', text: 'The United States said it had warned Anna Berg.', anaphor: 'it',
      mentions: [['United States', 'Country'], ['Anna Berg', 'Person']] as const },
  ])('leaves $name unresolved when the extractor gave it no antecedent (no recency guess)', ({ text, mentions, anaphor }) => {
    const a = analysisOf('doc', text, mentions.map(([t, ty]) => ({ text: t, type: ty })));
    const c = rel(a, ent(a, anaphor, 'Person'), 'act', { kind: 'concept', text: 'x', start: 0, end: 1, label: 'something' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.statements).toEqual([]);
    expect(r.stats.unresolved).toBe(1);
  });

  it.each([
    {
      name: '"the group" to an armed group, past a nearer person',
      text: 'The Harbour Front claimed the blast, Tom Reyes said. The group has struck before.',
      mentions: [['Harbour Front', 'ArmedGroup'], ['Tom Reyes', 'Person']] as const,
      anaphor: 'The group', type: 'Misc' as const, expected: 'Harbour Front',
    },
    {
      name: '"the company" to the company the article is about, past one named last in passing',
      text: 'Brightline Ltd cut jobs. Brightline Ltd shut a plant. Brightline Ltd sued Zenvo Motors. The company wants damages.',
      mentions: [['Brightline Ltd', 'Company'], ['Brightline Ltd', 'Company', 1], ['Brightline Ltd', 'Company', 2], ['Zenvo Motors', 'Company']] as const,
      anaphor: 'The company', type: 'Misc' as const, expected: 'Brightline Ltd',
    },
    {
      name: '"the holding company" to the company whose name has "holding", past a more salient one',
      text: 'Skyfuel Ltd lost money. Skyfuel Ltd cut jobs. Its owner is Lorvia Holding Company. The holding company paid.',
      mentions: [['Skyfuel Ltd', 'Company'], ['Skyfuel Ltd', 'Company', 1], ['Lorvia Holding Company', 'Company']] as const,
      anaphor: 'The holding company', type: 'Misc' as const, expected: 'Lorvia Holding Company',
    },
    {
      name: '"the company" to a company, past a court the recogniser typed an organisation',
      text: 'Brightline Ltd lost. Brightline Ltd went to the Appeals Court. The company paid.',
      mentions: [['Brightline Ltd', 'Company'], ['Brightline Ltd', 'Company', 1], ['Appeals Court', 'Organization']] as const,
      anaphor: 'The company', type: 'Misc' as const, expected: 'Brightline Ltd',
    },
  ])('$name', ({ text, mentions, anaphor, type, expected }) => {
    const a = analysisOf('doc', text, mentions.map(([t, ty, nth]) => ({ text: t, type: ty, nth })));
    const c = rel(a, ent(a, anaphor, type), 'act', { kind: 'concept', text: 'x', start: 0, end: 1, label: 'something' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]!.subject).toMatchObject({ kind: 'iri', label: expected });
  });

  it.each([
    {
      name: 'two companies as salient as each other',
      text: 'Brightline Ltd sued Zenvo Motors. The company wants damages.',
      mentions: [['Brightline Ltd', 'Company'], ['Zenvo Motors', 'Company']] as const, anaphor: 'The company',
    },
    {
      name: '"the government" with only a court named before',
      text: 'The Supreme Court ruled. The government appealed.',
      mentions: [['Supreme Court', 'GovernmentBody']] as const, anaphor: 'The government',
    },
  ])('leaves a description unresolved: $name', ({ text, mentions, anaphor }) => {
    const a = analysisOf('doc', text, mentions.map(([t, ty]) => ({ text: t, type: ty })));
    const c = rel(a, ent(a, anaphor, 'Misc'), 'act', { kind: 'concept', text: 'x', start: 0, end: 1, label: 'something' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.statements).toEqual([]);
  });

  it.each([
    ['a name the extractor took for a concept', 'Mr Holm', 'Holm'],
    ['a role description naming the person who had that role', 'the foreign minister', 'Role'],
  ])('resolves %s to the person', (_name, conceptText) => {
    const text = 'Foreign Minister Erik Holm flew to Oslo. Nina Lund met him. Mr Holm spoke. Later the foreign minister left.';
    const a = analysisOf('doc', text, [{ text: 'Erik Holm', type: 'Person' }, { text: 'Oslo', type: 'City' }, { text: 'Nina Lund', type: 'Person' }]);
    const start = a.document.text.indexOf(conceptText);
    const concept = { kind: 'concept' as const, text: conceptText, start, end: start + conceptText.length, label: conceptText.replace(/^the /, '') };
    const r = resolve([a], [[rel(a, concept, 'leave', ent(a, 'Oslo', 'City'))]], { base: KB });
    expect(r.statements[0]!.subject).toMatchObject({ iri: `${KB}erik-holm` });
  });

  it('leaves a concept that names no one as a concept', () => {
    const a = analysisOf('doc', 'Erik Holm flew to Oslo. The minister left.', [{ text: 'Erik Holm', type: 'Person' }, { text: 'Oslo', type: 'City' }]);
    const start = a.document.text.indexOf('The minister');
    const concept = { kind: 'concept' as const, text: 'The minister', start, end: start + 12, label: 'minister' };
    const r = resolve([a], [[rel(a, concept, 'leave', ent(a, 'Oslo', 'City'))]], { base: KB });
    expect(r.statements[0]!.subject).toMatchObject({ iri: `${KB}concept/minister` });
  });

  it('merges a given name standing alone with the one full name it begins', () => {
    const a = analysisOf('doc', 'Charlie Bell ran the firm. Charlie loved the job. Bell retired.', [
      { text: 'Charlie Bell', type: 'Person' }, { text: 'Charlie', type: 'Person', nth: 1 }, { text: 'Bell', type: 'Person', nth: 1 },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => [e.label, e.aliases])).toEqual([['Charlie Bell', ['Bell', 'Charlie']]]);
  });

  it('keeps the fullest name as the label when an extractor names a pronoun by a surname', () => {
    const a = analysisOf('doc', 'Jack Straw arrived. Straw said he would stay.', [{ text: 'Jack Straw', type: 'Person' }, { text: 'Straw', type: 'Person', nth: 1 }]);
    const c = rel(a, ent(a, 'he', 'Person', 0, 'Straw'), 'stay', { kind: 'literal', value: 'x', datatype: 'string' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.entities.map((e) => e.label)).toEqual(['Jack Straw']);
    expect(r.statements[0]!.subject).toMatchObject({ iri: `${KB}jack-straw` });
  });

  it("rejects an extractor's antecedent the pronoun cannot refer to, and guesses no other", () => {
    const a = analysisOf('doc', 'Mrs Dale met Andrew Green. She said the plan was sound.', [{ text: 'Mrs Dale', type: 'Person' }, { text: 'Andrew Green', type: 'Person' }]);
    const c = rel(a, ent(a, 'She', 'Person', 0, 'Andrew Green'), 'say', { kind: 'literal', value: 'x', datatype: 'string' });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.statements).toEqual([]);
    expect(r.stats.unresolved).toBe(1);
    expect(r.entities.find((e) => e.label === 'Andrew Green')!.aliases).toEqual([]);
  });

  it.each([
    // [text, the single-word mention, whether it joins "Tom Evans"]
    ["Tom Evans was charged. Mr Evan's lawyers disagreed.", 'Evan', true],
    ['Tom Evans was charged. Evan Price disagreed.', 'Evan', false],
  ])('a surname ending in "s" written with "\'s" (%s): joins the full name: %s', (text, short, joins) => {
    const mentions = [{ text: 'Tom Evans', type: 'Person' as const }, { text: short, type: 'Person' as const }];
    const r = resolve([analysisOf('doc', text, mentions)], [[]], { base: KB });
    expect(r.entities.map((e) => e.label).sort()).toEqual(joins ? ['Tom Evans'] : [short, 'Tom Evans'].sort());
  });

  it('keeps a surname apart when two people in the article share it', () => {
    const a = analysisOf('doc', 'Lana Holt met Donna Holt. Holt spoke first.', [
      { text: 'Lana Holt', type: 'Person' }, { text: 'Donna Holt', type: 'Person' }, { text: 'Holt', type: 'Person', nth: 2 },
    ]);
    const r = resolve([a], [[]], { base: KB });
    expect(r.entities.map((e) => e.label)).toEqual(['Donna Holt', 'Holt', 'Lana Holt']);
  });

  it('drops a candidate whose pronoun has no antecedent', () => {
    const a = analysisOf('doc', 'He left. The Rovers won.', [{ text: 'Rovers', type: 'Organization' }]);
    const r = resolve([a], [[rel(a, ent(a, 'He', 'Person'), 'leave', ent(a, 'Rovers', 'Organization'))]], { base: KB });
    expect(r.statements).toEqual([]);
    expect(r.stats.unresolved).toBe(1);
  });

  it('resolves an argument by the name mention at its head', () => {
    const a = analysisOf('doc', "The ministry's spokesperson Lena Kovacs denied it.", [{ text: 'Lena Kovacs', type: 'Person' }]);
    const arg = ent(a, "The ministry's spokesperson Lena Kovacs", 'Person');
    const r = resolve([a], [[rel(a, arg, 'deny', { kind: 'literal', value: 'x', datatype: 'string' })]], { base: KB });
    expect(r.statements[0]!.subject).toMatchObject({ iri: `${KB}lena-kovacs` });
  });
});

describe('metonyms', () => {
  it('names a capital acting as an agent as written, a government body kept apart from the city and standing for its country', () => {
    const a = analysisOf('doc', 'Washington warned Moscow. Tourists love Washington and Russia.', [
      { text: 'Washington', type: 'City', standsFor: 'United States' },
      { text: 'Moscow', type: 'City', standsFor: 'Russia' },
      { text: 'Russia', type: 'Country', canonical: 'Russia' },
      { text: 'Washington', type: 'City', nth: 1 },
    ]);
    const c = rel(a, ent(a, 'Washington', 'City'), 'warn', ent(a, 'Moscow', 'City'));
    const r = resolve([a], [[c]], { base: KB });
    const warn = r.statements.find((s) => s.predicate === 'warn')!;
    expect(warn.subject).toMatchObject({ iri: `${KB}washington-government-body`, label: 'Washington' });
    expect(warn.object).toMatchObject({ iri: `${KB}moscow-government-body`, label: 'Moscow' });
    const washingtons = r.entities.filter((e) => e.label === 'Washington').map((e) => [e.iri, e.type]).sort();
    expect(washingtons).toEqual([[`${KB}washington`, 'City'], [`${KB}washington-government-body`, 'GovernmentBody']]);
    expect(entityByLabel(r, 'Russia')).toMatchObject({ iri: `${KB}russia`, type: 'Country' });
    const links = r.statements.filter((s) => s.predicate === 'standsFor').map((s) => [s.subject.kind === 'iri' && s.subject.iri, s.object.kind === 'iri' && s.object.label]);
    expect(links.sort()).toEqual([[`${KB}moscow-government-body`, 'Russia'], [`${KB}washington-government-body`, 'United States']]);
  });

  it.each([
    ['the Kremlin', 'Facility', 'Kremlin'],
    ['Beijing', 'City', 'Beijing'],
  ] as const)('keeps the government IRI apart even when the place is not named otherwise: %s', (text, type, label) => {
    const a = analysisOf('doc', `${text} denied it. It said nothing else.`, [{ text, type, standsFor: 'Ruritania' }]);
    const c = rel(a, ent(a, text, type), 'deny', { kind: 'literal', value: 'it', datatype: 'string' });
    const r = resolve([a], [[c]], { base: KB });
    const deny = r.statements.find((s) => s.predicate === 'deny')!;
    expect(deny.subject).toMatchObject({ label, iri: `${KB}${label.toLowerCase()}-government-body` });
    expect(r.entities.filter((e) => e.type === 'City' || e.type === 'Facility')).toEqual([]);
    expect(entityByLabel(r, 'Ruritania')).toMatchObject({ type: 'Country' });
  });
});

describe('events and statements', () => {
  it('makes one event per article and key, typed with its concept', () => {
    const text = 'Gunmen attacked the hall. The assault on the concert hall killed many.';
    const a = analysisOf('doc-one', text, [{ text: 'Gunmen', type: 'Group' }]);
    const b = analysisOf('doc-two', text, [{ text: 'Gunmen', type: 'Group' }]);
    const cands = (x: Analysis): Candidate[] => [
      rel(x, ent(x, 'Gunmen', 'Group'), 'perpetrate', event(x, 'attacked', 'attack-1', 'Attack')),
      rel(x, event(x, 'The assault on the concert hall', 'attack-1', 'Attack'), 'kill', { kind: 'literal', value: 'many', datatype: 'string' }),
    ];
    const r = resolve([a, b], [cands(a), cands(b)], { base: KB });
    const events = r.entities.filter((e) => e.kind === 'event');
    expect(events.map((e) => [e.iri, e.label, e.eventType, e.type])).toEqual([
      [`${KB}event/doc-one/attack-1`, 'assault on the concert hall', 'Attack', 'Event'],
      [`${KB}event/doc-two/attack-1`, 'assault on the concert hall', 'Attack', 'Event'],
    ]);
  });

  it('gives statements the graph IRI of (document, span, subject, predicate, object), in text order, the same on every run', () => {
    const a = analysisOf('doc', 'Ostrava beat Brno. Brno blamed Ostrava.', [
      { text: 'Ostrava', type: 'City' }, { text: 'Brno', type: 'City' }, { text: 'Brno', type: 'City', nth: 1 }, { text: 'Ostrava', type: 'City', nth: 1 },
    ]);
    const c1 = rel(a, ent(a, 'Ostrava', 'City'), 'beat', ent(a, 'Brno', 'City'));
    const c2 = rel(a, ent(a, 'Brno', 'City', 1), 'blame', ent(a, 'Ostrava', 'City', 1));
    const r1 = resolve([a], [[c2, c1]], { base: KB });
    const r2 = resolve([a], [[c1, c2]], { base: KB });
    expect(r1.statements.map((s) => s.predicate)).toEqual(['beat', 'blame']);
    expect(r1.statements.map((s) => s.iri)).toEqual(r2.statements.map((s) => s.iri));
    expect(JSON.stringify(r1.entities)).toBe(JSON.stringify(r2.entities));
    expect(r1.statements[0]!.iri).toBe(statementIri('doc', c1.start, c1.end, { iri: `${KB}ostrava` }, 'beat', { iri: `${KB}brno` }, KB));
  });

  it('resolves the speaker of a claim', () => {
    const a = analysisOf('doc', 'Nadia Petrova said Kelso Mining polluted the river.', [
      { text: 'Nadia Petrova', type: 'Person' }, { text: 'Kelso Mining', type: 'Company' },
    ]);
    const c = rel(a, ent(a, 'Kelso Mining', 'Company'), 'pollute', { kind: 'concept', text: 'the river', start: 0, end: 1, label: 'river' },
      { speaker: ent(a, 'Nadia Petrova', 'Person'), cue: 'said', fact: false });
    const r = resolve([a], [[c]], { base: KB });
    expect(r.statements[0]!.speaker).toEqual({ iri: `${KB}nadia-petrova`, label: 'Nadia Petrova' });
    expect(r.statements[0]!.object).toMatchObject({ iri: `${KB}concept/river`, label: 'river' });
  });
});

/** The argument of a description written in `a`'s text: a concept, or an entity its extractor left unresolved. */
function descriptionArg(a: Analysis, text: string, kind: 'concept' | 'entity'): Argument {
  const start = a.document.text.indexOf(text);
  const label = text.split(' ').pop()!;
  return kind === 'concept' ? { kind, text, start, end: start + text.length, label } : { kind, text, start, end: start + text.length, type: 'Misc' };
}

describe('descriptions that introduce a new referent', () => {
  // Parsed sentences: "Brightline Ltd cut jobs." then "Unions blamed the company ..." with what follows "company".
  const cut: SentenceSpec = { rows: `
    Brightline brightline PROPN NNP 2 compound
    Ltd ltd PROPN NNP 3 nsubj
    cut cut VERB VBD 0 root
    jobs job NOUN NNS 3 obj
    . . PUNCT . 3 punct`, mentions: [['Brightline Ltd', 'Company']] };
  const { relative, participle, setOff, bare } = COMPANY_CLAUSES;
  const unions = { kind: 'concept' as const, text: 'x', start: 0, end: 1, label: 'unions' };
  it.each([
    { name: 'a relative clause: a concept, not the company named before', spec: relative, kind: 'concept' as const, want: 'company' },
    { name: 'a participle: a concept, not the company named before', spec: participle, kind: 'concept' as const, want: 'company' },
    { name: 'a clause set off by a comma: the company named before', spec: setOff, kind: 'concept' as const, want: 'Brightline Ltd' },
    { name: 'no clause: the company named before', spec: bare, kind: 'concept' as const, want: 'Brightline Ltd' },
    { name: 'an entity argument with a relative clause: left unresolved', spec: relative, kind: 'entity' as const, want: undefined },
    { name: 'an entity argument with no clause: the company named before', spec: bare, kind: 'entity' as const, want: 'Brightline Ltd' },
  ])('"the company" with $name', ({ spec, kind, want }) => {
    const a = parsedAnalysisOf([cut, spec]);
    const r = resolve([a], [[rel(a, descriptionArg(a, 'the company', kind), 'blamedBy', unions)]], { base: KB });
    expect(r.statements[0]?.subject).toEqual(want === undefined ? undefined : expect.objectContaining({ kind: 'iri', label: want }));
  });
});

describe('descriptions extract\'s coreference declined stay unplaced', () => {
  // "Brightwave sold the firm .": the only company in reach is the subject of the verb "the firm" is the object of
  const sold: SentenceSpec = { rows: `
    Brightwave brightwave PROPN NNP 2 nsubj
    sold sell VERB VBD 0 root
    the the DET DT 4 det
    firm firm NOUN NN 2 obj
    . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] };
  it.each([
    { name: 'a concept argument stays a concept', kind: 'concept' as const, want: 'firm' },
    { name: 'an entity argument is left unresolved', kind: 'entity' as const, want: undefined },
  ])('"the firm" an argument of its own verb with Brightwave: $name', ({ kind, want }) => {
    const a = parsedAnalysisOf([sold]);
    const arg = descriptionArg(a, 'the firm', kind);
    const subject = { kind: 'concept' as const, text: 'x', start: 0, end: 1, label: 'buyers' };
    const r = resolve([a], [[rel(a, subject, 'sell', arg)]], { base: KB });
    expect(r.statements[0]?.object).toEqual(want === undefined ? undefined : expect.objectContaining({ kind: 'iri', label: want }));
  });
});

describe("a country's name for its people after an indefinite article is a person, not the country", () => {
  it.each([
    { name: '"an Ardanian" after "an": no statement', text: 'Lena Varga refused to fight an Ardanian in the final.', word: 'Ardanian', want: [] },
    { name: '"a Belmorian" after "a": no statement', text: 'Lena Varga said a Belmorian won the race.', word: 'Belmorian', want: [] },
    { name: 'the country named with "the" stays the country', text: 'Lena Varga refused to fight the Ardanians in the final.', word: 'Ardanians', want: ['Ardania'] },
  ])('$name', ({ text, word, want }) => {
    const a = analysisOf('doc', text, [{ text: 'Lena Varga', type: 'Person' }, { text: word, type: 'Country', canonical: word.startsWith('Ard') ? 'Ardania' : 'Belmor' }]);
    const r = resolve([a], [[rel(a, ent(a, 'Lena Varga', 'Person'), 'fight', ent(a, word, 'Country', 0, word.startsWith('Ard') ? 'Ardania' : 'Belmor'))]], { base: KB });
    expect(r.statements.map((s) => s.object.kind === 'iri' ? s.object.label : '')).toEqual(want);
  });

  it('an adjective after "an" ("an Ardanian attack") stays the country', () => {
    const a = parsedAnalysisOf([{ rows: `
      Belmor belmor PROPN NNP 2 nsubj
      feared fear VERB VBD 0 root
      an a DET DT 5 det
      Ardanian ardanian ADJ JJ 5 amod
      attack attack NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Belmor', 'Country'], ['Ardanian', 'Country', 'Ardania']] }]);
    const start = a.document.text.indexOf('Ardanian');
    const ardania: Argument = { kind: 'entity', text: 'Ardanian', start, end: start + 8, type: 'Country', canonical: 'Ardania' };
    const r = resolve([a], [[rel(a, ent(a, 'Belmor', 'Country'), 'fear', ardania)]], { base: KB });
    expect(r.statements.map((s) => s.object.kind === 'iri' ? s.object.label : '')).toEqual(['Ardania']);
  });
});

describe('speakers described, not named', () => {
  /** "<speaker words> said the plan failed ." parsed, in a document of its own; the speaker's words are `speaker` rows. */
  const said = (id: string, speakerRows: string, mentions: SentenceSpec['mentions'], n: number): Analysis => {
    const a = parsedAnalysisOf([{ rows: `${speakerRows}
      said say VERB VBD 0 root
      the the DET DT ${n + 3} det
      plan plan NOUN NN ${n + 4} nsubj
      failed fail VERB VBD ${n + 1} ccomp
      . . PUNCT . ${n + 1} punct`, mentions }]);
    return { ...a, document: { ...a.document, id } };
  };
  /** The speaker of the statement "the plan failed", given as the group or body the words from `text` on name. */
  const claim = (a: Analysis, text: string, type: 'Group' | 'Person' = 'Group'): Candidate => {
    const start = a.document.text.indexOf(text);
    const plan = a.document.text.indexOf('plan');
    return rel(a, { kind: 'concept', text: 'the plan', start: plan - 4, end: plan + 4, label: 'plan' }, 'fail',
      { kind: 'concept', text: 'x', start: 0, end: 1, label: 'x' }, { speaker: { kind: 'entity', text, start, end: start + text.length, type }, fact: false });
  };
  const officials = (id: string): Analysis => said(id, `
      Officials official NOUN NNS 2 nsubj`, [], 1);
  const ardanians = (id: string): Analysis => said(id, `
      Ardanians ardanian PROPN NNPS 2 nsubj`, [['Ardanians', 'Group']], 1);

  it.each([
    { name: '"officials" of two articles are two groups of people', make: officials, text: 'Officials', same: false },
    { name: 'a people named in two articles ("Ardanians") is one', make: ardanians, text: 'Ardanians', same: true },
  ])('$name', ({ make, text, same }) => {
    const a = make('one'), b = make('two');
    const r = resolve([a, b], [[claim(a, text)], [claim(b, text)]], { base: KB });
    const [x, y] = r.statements.map((s) => s.speaker?.iri);
    expect(x).toBeDefined();
    expect(x === y).toBe(same);
  });

  it('"the Archbishop of Westbury said": the speaker is the office, not the city its phrase names', () => {
    const a = said('one', `
      The the DET DT 2 det
      Archbishop archbishop PROPN NNP 5 nsubj
      of of ADP IN 4 case
      Westbury westbury PROPN NNP 2 nmod`, [['Westbury', 'City']], 4);
    // (the rows above leave "said" at token 5: its head numbers are shifted by the four speaker rows)
    const r = resolve([a], [[claim(a, 'Archbishop of Westbury')]], { base: KB });
    expect(r.statements[0]?.speaker?.label).toBe('Archbishop of Westbury');
  });
});
