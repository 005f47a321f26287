// Which short names (acronyms, surnames, given names, titled given names) link to which full names, in an article and across articles.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/resolve.js';
import type { EntityType } from '../../src/analyze/analysis.js';
import { analysisOf, type MentionSpec } from './helpers.js';

const KB = 'https://example.org/kb/';

type Doc = { text: string; mentions: Array<[string, EntityType, number?]> };

/** The entities of a build of the documents, each as its label and sorted aliases, sorted by label. */
function entitiesOf(docs: Doc[]): Array<[string, string[]]> {
  const analyses = docs.map((d, i) => analysisOf(`d${i}`, d.text, d.mentions.map(([text, type, nth]): MentionSpec => ({ text, type, nth }))));
  const r = resolve(analyses, analyses.map(() => []), { base: KB });
  return r.entities.filter((e) => e.kind !== 'event').map((e): [string, string[]] => [e.label, e.aliases])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('acronyms', () => {
  it.each([
    {
      name: 'initials alone never join a name of another article',
      docs: [
        { text: 'The Bristol Pumps won the cup.', mentions: [['Bristol Pumps', 'Organization']] },
        { text: 'Oil major BP cut its dividend.', mentions: [['BP', 'Company']] },
      ],
      expected: [['BP', []], ['Bristol Pumps', []]],
    },
    {
      name: 'an acronym defined beside its name in one article joins it in another',
      docs: [
        { text: 'Norvik Trading (NT) opened an office.', mentions: [['Norvik Trading', 'Company']] },
        { text: 'Shares in NT fell.', mentions: [['NT', 'Company']] },
      ],
      expected: [['Norvik Trading', ['NT']]],
    },
    {
      name: 'an acronym linked to its name inside one article joins it in another',
      docs: [
        { text: 'Norvik Trading grew. Later NT hired staff.', mentions: [['Norvik Trading', 'Company'], ['NT', 'Company']] },
        { text: 'Shares in NT fell.', mentions: [['NT', 'Company']] },
      ],
      expected: [['Norvik Trading', ['NT']]],
    },
    {
      name: 'a single word before a bracketed acronym it does not spell is no definition',
      docs: [{ text: "The Quarry Owners' Association (QOA) met. QOA members voted.", mentions: [['Association', 'Organization'], ['QOA', 'Organization', 1]] }],
      expected: [['Association', []], ['QOA', []]],
    },
    {
      name: 'a name of several words keeps its bracketed acronym even when the letters differ',
      docs: [{ text: 'The Harbour Safety Board (HASB) met. HASB members voted.', mentions: [['Harbour Safety Board', 'Organization'], ['HASB', 'Organization', 1]] }],
      expected: [['Harbour Safety Board', ['HASB']]],
    },
  ] as Array<{ name: string; docs: Doc[]; expected: Array<[string, string[]]> }>)('$name', ({ docs, expected }) => {
    expect(entitiesOf(docs)).toEqual(expected);
  });
});

describe('people', () => {
  it.each([
    {
      name: 'a royal title written before a given name makes a name of its own',
      docs: [{ text: 'Prince Oskar opened the hall. The mayor Oskar Lindqvist spoke.', mentions: [['Oskar', 'Person'], ['Oskar Lindqvist', 'Person']] }],
      expected: [['Oskar Lindqvist', []], ['Prince Oskar', ['Oskar']]],
    },
    {
      name: 'a given name shared by a royal and a surnamed person stays apart from both',
      docs: [{
        text: 'Prince Oskar met Oskar Lindqvist. Oskar smiled.',
        mentions: [['Oskar', 'Person'], ['Oskar Lindqvist', 'Person'], ['Oskar', 'Person', 2]],
      }],
      expected: [['Oskar', []], ['Oskar Lindqvist', []], ['Prince Oskar', ['Oskar']]],
    },
    {
      name: 'a given name alone joins the royal it names when no one else has it',
      docs: [{ text: 'Queen Maud toured the port. Maud thanked the crew.', mentions: [['Queen Maud', 'Person'], ['Maud', 'Person', 1]] }],
      expected: [['Queen Maud', ['Maud']]],
    },
    {
      name: 'a royal never joins a person of that surname in another article',
      docs: [
        { text: 'Prince Oskar opened the hall.', mentions: [['Oskar', 'Person']] },
        { text: 'Lena Oskar won the race.', mentions: [['Lena Oskar', 'Person']] },
      ],
      expected: [['Lena Oskar', []], ['Prince Oskar', ['Oskar']]],
    },
    {
      name: 'a common given name standing alone joins no surnamed person of another article',
      docs: [
        { text: 'Tom Harold won the race.', mentions: [['Tom Harold', 'Person']] },
        { text: 'Harold thanked his mother.', mentions: [['Harold', 'Person']] },
      ],
      expected: [['Harold', []], ['Tom Harold', []]],
    },
    {
      name: 'a surname whose honorific says another gender stays apart, within an article',
      docs: [{ text: 'Kevin Ferrow resigned. Mrs Ferrow said the family was relieved.', mentions: [['Kevin Ferrow', 'Person'], ['Mrs Ferrow', 'Person']] }],
      expected: [['Ferrow', ['Mrs Ferrow']], ['Kevin Ferrow', []]],
    },
    {
      name: 'a surname whose left-out honorific says another gender stays apart, across articles',
      docs: [
        { text: 'Kevin Ferrow resigned.', mentions: [['Kevin Ferrow', 'Person']] },
        { text: 'The report was drafted by adviser Baroness Ferrow.', mentions: [['Ferrow', 'Person']] },
      ],
      expected: [['Ferrow', []], ['Kevin Ferrow', []]],
    },
    {
      name: 'a surname whose honorific agrees joins the one person of that surname, across articles naming the same body',
      docs: [
        { text: 'Kevin Ferrow left Norvik Trading.', mentions: [['Kevin Ferrow', 'Person'], ['Norvik Trading', 'Company']] },
        { text: 'The Norvik Trading report was drafted by Mr Ferrow.', mentions: [['Norvik Trading', 'Company'], ['Ferrow', 'Person']] },
      ],
      expected: [['Kevin Ferrow', ['Ferrow']], ['Norvik Trading', []]],
    },
    {
      name: 'a surname after another given name the recogniser left out joins no one',
      docs: [
        { text: 'Oliver Brandt saved a penalty.', mentions: [['Oliver Brandt', 'Person']] },
        { text: 'The firm said chief executive Gene Brandt resigned.', mentions: [['Brandt', 'Person']] },
      ],
      expected: [['Brandt', []], ['Oliver Brandt', []]],
    },
    {
      name: 'a surname after an initial that fits joins the full name, within an article',
      docs: [{ text: 'Kevin Brandt scored twice. Team: A Lane, K Brandt, T Moss.', mentions: [['Kevin Brandt', 'Person'], ['Brandt', 'Person', 1]] }],
      expected: [['Kevin Brandt', ['Brandt']]],
    },
    {
      name: 'a surname after an initial that does not fit stays apart, within an article',
      docs: [{ text: 'Kevin Brandt scored twice. Team: A Lane, P Brandt, T Moss.', mentions: [['Kevin Brandt', 'Person'], ['Brandt', 'Person', 1]] }],
      expected: [['Brandt', []], ['Kevin Brandt', []]],
    },
  ] as Array<{ name: string; docs: Doc[]; expected: Array<[string, string[]]> }>)('$name', ({ docs, expected }) => {
    expect(entitiesOf(docs)).toEqual(expected);
  });
});
