// A title right before a name that no rule finds what it is of for: the person is what the title says ("goalkeeper Ana
// Reis" -> Ana Reis | be | goalkeeper), as the gold conventions write occupations. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { analysisOf, show } from './fixtures.js';

/** Tokens without a parse from plain words with UPOS tags: "Norway/PROPN 's/PART"; `~` glues a token to the one before. */
function words(s: string): string {
  return s.trim().split(/\s+/).map((w) => {
    const [word, upos] = w.split('/') as [string, string];
    return `${word} ${word.replace(/^~/, '').toLowerCase()} ${upos} ${upos === 'PRON' ? 'PRP$' : '_'} - -`;
  }).join('\n');
}

const cases: Array<{ name: string; sentence: string; people: string[]; orgs?: Array<[string, 'Company' | 'Country', string?]>; want: string[] }> = [
  { name: 'an occupation after a verb', sentence: 'A/DET jury/NOUN cleared/VERB surgeon/NOUN Ana/PROPN Reis/PROPN on/ADP Monday/PROPN ./PUNCT', people: ['Ana Reis'], want: ['Ana Reis | be | surgeon | + |  | fact'] },
  { name: 'a noun narrowing the title is the title\'s', sentence: 'The/DET bridge/NOUN plans/NOUN came/VERB from/ADP harbour/NOUN engineer/NOUN Ivo/PROPN Tan/PROPN ./PUNCT', people: ['Ivo Tan'], want: ['Ivo Tan | be | harbour engineer | + |  | fact'] },
  { name: '"former" stays with the office', sentence: 'Villagers/NOUN elected/VERB former/ADJ teacher/NOUN Ida/PROPN Lund/PROPN ./PUNCT', people: ['Ida Lund'], want: ['Ida Lund | be | former teacher | + |  | fact'] },
  { name: 'a word a hyphen joins to the title', sentence: 'The/DET prize/NOUN went/VERB to/ADP writer/NOUN ~-/PUNCT ~director/NOUN Ana/PROPN Reis/PROPN ./PUNCT', people: ['Ana Reis'], want: ['Ana Reis | be | writer-director | + |  | fact'] },
  { name: 'a noun of time before the title says when, not what kind (review)', sentence: 'Last/ADJ week/NOUN minister/NOUN Ida/PROPN Lund/PROPN resigned/VERB ./PUNCT', people: ['Ida Lund'], want: ['Ida Lund | be | minister | + |  | fact'] },
  { name: 'a lawmaker', sentence: 'Police/NOUN held/VERB lawmaker/NOUN Ivo/PROPN Tan/PROPN ./PUNCT', people: ['Ivo Tan'], want: ['Ivo Tan | be | lawmaker | + |  | fact'] },
  { name: 'a relational head alone says nothing', sentence: 'They/PRON met/VERB leader/NOUN Ana/PROPN Reis/PROPN ./PUNCT', people: ['Ana Reis'], want: [] },
  { name: 'a relational head narrowed by a noun does', sentence: 'They/PRON met/VERB opposition/NOUN leader/NOUN Ana/PROPN Reis/PROPN ./PUNCT', people: ['Ana Reis'], want: ['Ana Reis | be | opposition leader | + |  | fact'] },
  { name: 'a possessive says whose: a tie, no bare title', sentence: 'Tom/PROPN Hale/PROPN and/CCONJ his/PRON lawyer/NOUN Ivo/PROPN Tan/PROPN left/VERB ./PUNCT', people: ['Tom Hale', 'Ivo Tan'], want: ['Ivo Tan | lawyerOf | Tom Hale | + |  | fact'] },
  { name: 'an organisation before the title: the office, no bare title', sentence: 'Acme/PROPN coach/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT', people: ['Ana Reis'], orgs: [['Acme', 'Company']], want: ['Ana Reis | coachOf | Acme | + |  | fact'] },
  { name: 'a demonym gives the nationality, and the occupation stays', sentence: 'Dutch/ADJ striker/NOUN Piet/PROPN Kuiper/PROPN scored/VERB ./PUNCT', people: ['Piet Kuiper'], orgs: [['Dutch', 'Country', 'Netherlands']], want: ['Piet Kuiper | be | striker | + |  | fact', 'Piet Kuiper | citizenOf | Netherlands | + |  | fact'] },
  { name: 'a prince\'s title is part of the name', sentence: 'Prince/PROPN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT', people: ['Ivo Tan'], want: [] },
  { name: '"Minister for <portfolio>" before a name: the title as written', sentence: 'They/PRON met/VERB Minister/PROPN for/ADP Health/PROPN and/CCONJ Sport/PROPN Ida/PROPN Lund/PROPN ./PUNCT', people: ['Ida Lund'], want: ['Ida Lund | be | minister for health and sport | + |  | fact'] },
  { name: '"for" and no portfolio is no such title', sentence: 'They/PRON voted/VERB for/ADP minister/NOUN Ida/PROPN Lund/PROPN ./PUNCT', people: ['Ida Lund'], want: ['Ida Lund | be | minister | + |  | fact'] },
  { name: 'an apposition that closes on a title', sentence: 'Ivo/PROPN Tan/PROPN ,/PUNCT a/DET lawyer/NOUN ,/PUNCT said/VERB so/ADV ./PUNCT', people: ['Ivo Tan'], want: ['Ivo Tan | be | lawyer | + |  | fact'] },
  { name: 'an apposition of a bare relational head: nothing', sentence: 'Ivo/PROPN Tan/PROPN ,/PUNCT the/DET former/ADJ head/NOUN ,/PUNCT said/VERB so/ADV ./PUNCT', people: ['Ivo Tan'], want: [] },
  { name: 'a capitalised word after a name in a list is no apposition', sentence: 'Bench/NOUN :/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT Lock/PROPN ,/PUNCT Hart/PROPN ./PUNCT', people: ['Ivo Tan'], want: [] },
  { name: 'an occupation that is no post: what the person is', sentence: 'The/DET prize/NOUN went/VERB to/ADP novelist/NOUN Ida/PROPN Lund/PROPN ./PUNCT', people: ['Ida Lund'], want: ['Ida Lund | be | novelist | + |  | fact'] },
  { name: 'an occupation after a name that is not a demonym: nothing', sentence: 'Zentaland/PROPN actor/NOUN Ivo/PROPN Tan/PROPN won/VERB ./PUNCT', people: ['Ivo Tan'], orgs: [['Zentaland', 'Country']], want: [] },
  { name: 'a determiner says it is one of several', sentence: 'They/PRON met/VERB a/DET coach/NOUN Ivo/PROPN Tan/PROPN ./PUNCT', people: ['Ivo Tan'], want: [] },
];

describe('bare titles before a name', () => {
  for (const c of cases) {
    it(c.name, () => {
      const mentions = [...c.people.map((p) => [p, 'Person'] as [string, 'Person']), ...(c.orgs ?? [])];
      const got = roles(analysisOf([{ rows: words(c.sentence), mentions }])).map(show).sort();
      expect(got).toEqual([...c.want].sort());
    });
  }
});

// (not a bare title, but the same title phrases: "former" before words the recogniser left out of the organisation)
describe('"former" before the organisation\'s words is the office\'s', () => {
  it.each([
    { name: 'over a name joined by "and"', sentence: 'Former/ADJ Zentaland/NOUN and/CCONJ Ardania/PROPN defender/NOUN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT', want: ['Ivo Tan | formerDefenderOf | Ardania | + |  | fact'] },
    { name: 'not over a person and a title of their own', sentence: 'Former/ADJ President/PROPN Tom/PROPN Hale/PROPN and/CCONJ Ardania/PROPN coach/NOUN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT', want: ['Ivo Tan | coachOf | Ardania | + |  | fact'] },
  ])('$name', ({ sentence, want }) => {
    const got = roles(analysisOf([{ rows: words(sentence), mentions: [['Tom Hale', 'Person'], ['Ivo Tan', 'Person'], ['Ardania', 'Organization']].filter(([t]) => sentence.includes(t!.split(' ')[0]!)) as Array<[string, 'Person' | 'Organization']> }])).map(show).filter((r) => r.startsWith('Ivo Tan'));
    expect(got).toEqual(want);
  });
});
