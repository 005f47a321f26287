// Table-driven tests of citizenship from a country's possessive before a name (roles.ts, roles/competition.ts): a
// national in a sentence about a competition ("Ardania's Ana Reis beat ..."), nothing elsewhere ("Ardania's Tom Hale",
// an envoy posted there as often as a national); a demonym still gives it anywhere. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { sport } from '../../src/extract/sport/index.js';
import { analysisOf, show } from './fixtures.js';

const words = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');

describe('citizenship from a possessive country', () => {
  it.each<[string, Array<[string, 'Person' | 'Country']>, string[]]>([
    ['Ardania/PROPN \'s/PART Ana/PROPN Reis/PROPN beat/VERB Ivo/PROPN Tan/PROPN 6-3/NUM 6-4/NUM ./PUNCT', [['Ardania', 'Country'], ['Ana Reis', 'Person'], ['Ivo Tan', 'Person']],
      ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Ivo/PROPN Tan/PROPN will/AUX face/VERB Ardania/PROPN \'s/PART Ana/PROPN Reis/PROPN in/ADP the/DET second/ADJ round/NOUN ./PUNCT', [['Ardania', 'Country'], ['Ana Reis', 'Person'], ['Ivo Tan', 'Person']],
      ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Ardania/PROPN \'s/PART Tom/PROPN Hale/PROPN told/VERB reporters/NOUN the/DET talks/NOUN would/AUX resume/VERB ./PUNCT', [['Ardania', 'Country'], ['Tom Hale', 'Person']],
      []],
    ['the/DET new/ADJ plan/NOUN was/AUX drawn/VERB up/ADP by/ADP Ardania/PROPN \'s/PART Tom/PROPN Hale/PROPN ./PUNCT', [['Ardania', 'Country'], ['Tom Hale', 'Person']],
      []],
  ])('%s', (sentence, mentions, want) => {
    const a = analysisOf([{ rows: words(sentence), mentions }]);
    const got = [...roles(a), ...sport(a)].map(show).filter((r) => r.includes('citizenOf'));
    expect([...new Set(got)]).toEqual(want);
  });

  it('a surname alone after the full name, read by sport/players.ts: the same evidence', () => {
    const first = { rows: words('Tom/PROPN Hale/PROPN arrived/VERB ./PUNCT'), mentions: [['Tom Hale', 'Person']] as Array<[string, 'Person']> };
    const talk = { rows: words('Ardania/PROPN \'s/PART Hale/PROPN told/VERB reporters/NOUN nothing/PRON ./PUNCT'), mentions: [['Ardania', 'Country']] as Array<[string, 'Country']> };
    const got = sport(analysisOf([first, talk])).map(show).filter((r) => r.includes('citizenOf'));
    expect(got).toEqual([]);
  });
});
