// Table-driven tests of the nationality before a bought firm's name (business/deals.ts' nationality): a demonym, a
// country's code as the gazetteer knows them (countries.ts' isCountryCode: "US", "U.S.", "USA", "UK", "UAE"), or "EU".
// Sentences written for the test, tagged only (no parse).
import { describe, expect, it } from 'vitest';
import { business } from '../../src/extract/business/index.js';
import { analysisOf, show } from './fixtures.js';

const tagged = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');

describe('a nationality before the bought firm', () => {
  it.each<[string, string[]]>([
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB Danish/ADJ shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB US/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB U.S./PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB USA/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB UAE/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB EU/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Kemrow Group | acquire | Zentek']],
    // capitals that are no country's code, and a code written in lower case, are no nationality
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB IT/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', []],
    ['Kemrow/PROPN Group/PROPN has/AUX bought/VERB Usa/PROPN shoe/NOUN maker/NOUN Zentek/PROPN ./PUNCT', []],
  ])('%s', (sentence, want) => {
    const got = business(analysisOf([{ rows: tagged(sentence), mentions: [['Kemrow Group', 'Company'], ['Zentek', 'Company']] }]))
      .map(show).filter((r) => / \| acquire \| /.test(r)).map((r) => r.split(' | ').slice(0, 3).join(' | '));
    expect(got).toEqual(want);
  });
});
