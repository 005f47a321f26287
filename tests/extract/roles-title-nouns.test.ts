// Table-driven tests of roles/title-nouns.ts's generalTitle: which phrases of lower-case words name a post. A title noun
// that is as often another word (AMBIGUOUS: "head", "partner", "doctor") is a title only after a rank or field; a field
// of a domain before "leader" or "player" names a standing in the domain ("market leader"), not a post, while a rank or a
// unit before it still makes one ("deputy leader", "team leader"). Phrases written for the tests.
import { describe, expect, it } from 'vitest';
import { generalTitle } from '../../src/extract/roles/title-nouns.js';
import { offices } from './roles-offices.js';
import { analysisOf, show } from './fixtures.js';

describe('generalTitle', () => {
  it.each<[string, string | undefined]>([
    // a title noun alone, and after ranks and fields
    ['curator', 'curator of'],
    ['chief analyst', 'chief analyst of'],
    ['deputy political editor', 'deputy political editor of'],
    // AMBIGUOUS alone: no title; after a rank or field: a title
    ['head', undefined],
    ['partner', undefined],
    ['doctor', undefined],
    ['shareholder', undefined],
    ['deputy head', 'deputy head of'],
    ['managing partner', 'managing partner of'],
    ['research fellow', 'research fellow of'],
    // a domain before a head of standing: no post
    ['market leader', undefined],
    ['business leader', undefined],
    ['oil player', undefined],
    ['energy market leader', undefined],
    // a rank or a unit before it: a post
    ['deputy leader', 'deputy leader of'],
    ['team leader', 'team leader of'],
    ['project leader', 'project leader of'],
    ['senior player', 'senior player of'],
    // not titles at all
    ['leading analyst', undefined],
    ['victim', undefined],
  ])('%s', (phrase, label) => {
    expect(generalTitle(phrase)?.label).toBe(label);
  });
});

describe('a standing is no post in a sentence', () => {
  const words = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');
  it.each<[string, string[]]>([
    ['Ana/PROPN Reis/PROPN ,/PUNCT market/NOUN leader/NOUN at/ADP Zenta/PROPN Bank/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT', []],
    ['Ana/PROPN Reis/PROPN ,/PUNCT team/NOUN leader/NOUN at/ADP Zenta/PROPN Bank/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT', ['Ana Reis | teamLeaderOf | Zenta Bank | + |  | fact']],
  ])('%s', (sentence, want) => {
    const got = offices(analysisOf([{ rows: words(sentence), mentions: [['Ana Reis', 'Person'], ['Zenta Bank', 'Company']] }])).map(show);
    expect(got.filter((r) => /leader/i.test(r))).toEqual(want);
  });
});
