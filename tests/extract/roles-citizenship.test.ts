// Table-driven tests of citizenship from a country's possessive before a name (roles.ts, roles/competition.ts): a
// national where the person competes ("Ardania's Ana Reis beat ...": a score, a verb of beating, a contest or an opponent
// for the person's verb's object, a sport noun in the person's clause), nothing elsewhere ("Ardania's Tom Hale", an envoy
// posted there as often as a national), even where a word of competing is in the sentence but not the person's
// competition ("met leaders", "played down fears", "won the backing", "face questions"). Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { sport } from '../../src/extract/sport/index.js';
import { analysisOf, show } from './fixtures.js';

/** Parsed rows: `word/UPOS/head/dep`, or `word:lemma/UPOS/head/dep` (head 1-based, 0 = root). */
const parsed = (s: string): string => s.trim().split(/\s+/).map((w) => {
  const [wl, upos, head, dep] = w.split('/') as [string, string, string, string];
  const [word, lemma] = wl.includes(':') && wl !== ':' ? wl.split(':') as [string, string] : [wl, wl.toLowerCase()];
  return `${word} ${lemma} ${upos} _ ${head} ${dep}`;
}).join('\n');
const words = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');

describe('citizenship from a possessive country', () => {
  it.each<[string, Array<[string, 'Person' | 'Country']>, string[]]>([
    ['Ardania/PROPN \'s/PART Ana/PROPN Reis/PROPN beat/VERB Ivo/PROPN Tan/PROPN 6-3/NUM 6-4/NUM ./PUNCT', [['Ardania', 'Country'], ['Ana Reis', 'Person'], ['Ivo Tan', 'Person']],
      ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Ardania/PROPN \'s/PART Tom/PROPN Hale/PROPN told/VERB reporters/NOUN the/DET talks/NOUN would/AUX resume/VERB ./PUNCT', [['Ardania', 'Country'], ['Tom Hale', 'Person']],
      []],
    ['the/DET new/ADJ plan/NOUN was/AUX drawn/VERB up/ADP by/ADP Ardania/PROPN \'s/PART Tom/PROPN Hale/PROPN ./PUNCT', [['Ardania', 'Country'], ['Tom Hale', 'Person']],
      []],
    // parsed: the competition must be the person's own
    ['Ivo/PROPN/2/compound Tan/PROPN/4/nsubj will/AUX/4/aux face/VERB/0/root Ardania/PROPN/8/nmod:poss \'s/PART/5/case Ana/PROPN/8/compound Reis/PROPN/4/obj in/ADP/12/case the/DET/12/det second/ADJ/12/amod round/NOUN/4/obl ./PUNCT/4/punct',
      [['Ardania', 'Country'], ['Ana Reis', 'Person'], ['Ivo Tan', 'Person']], ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Ardania/PROPN/4/nmod:poss \'s/PART/1/case Ana/PROPN/4/compound Reis/PROPN/5/nsubj won:win/VERB/0/root the/DET/7/det final/NOUN/5/obj on/ADP/9/case Sunday/PROPN/5/obl:tmod ./PUNCT/5/punct',
      [['Ardania', 'Country'], ['Ana Reis', 'Person']], ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Ardania/PROPN/4/nmod:poss \'s/PART/1/case Ana/PROPN/4/compound Reis/PROPN/5/nsubj beat:beat/VERB/0/root Ivo/PROPN/7/compound Tan/PROPN/5/obj ./PUNCT/5/punct',
      [['Ardania', 'Country'], ['Ana Reis', 'Person'], ['Ivo Tan', 'Person']], ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['Iraq/PROPN/4/nmod:poss \'s/PART/1/case Paul/PROPN/4/compound Bremer/PROPN/5/nsubj met:meet/VERB/0/root tribal/ADJ/7/amod leaders/NOUN/5/obj in/ADP/9/case Baghdad/PROPN/5/obl on/ADP/11/case Monday/PROPN/5/obl:tmod ./PUNCT/5/punct',
      [['Iraq', 'Country'], ['Paul Bremer', 'Person']], []],
    ['Kosovo/PROPN/4/nmod:poss \'s/PART/1/case Soren/PROPN/4/compound Jessen-Petersen/PROPN/5/nsubj played:play/VERB/0/root down/ADP/5/compound:prt fears/NOUN/5/obj of/ADP/9/case violence/NOUN/7/nmod ./PUNCT/5/punct',
      [['Kosovo', 'Country'], ['Soren Jessen-Petersen', 'Person']], []],
    ['Iraq/PROPN/4/nmod:poss \'s/PART/1/case Paul/PROPN/4/compound Bremer/PROPN/5/nsubj won:win/VERB/0/root the/DET/7/det backing/NOUN/5/obj of/ADP/11/case the/DET/11/det governing/VERB/11/amod council/NOUN/7/nmod ./PUNCT/5/punct',
      [['Iraq', 'Country'], ['Paul Bremer', 'Person']], []],
    ['Afghanistan/PROPN/4/nmod:poss \'s/PART/1/case Zalmay/PROPN/4/compound Khalilzad/PROPN/6/nsubj will/AUX/6/aux face/VERB/0/root questions/NOUN/6/obj from/ADP/9/case senators/NOUN/7/nmod ./PUNCT/6/punct',
      [['Afghanistan', 'Country'], ['Zalmay Khalilzad', 'Person']], []],
  ])('%s', (sentence, mentions, want) => {
    const a = analysisOf([{ rows: sentence.includes('/root') ? parsed(sentence) : words(sentence), mentions }]);
    const got = [...roles(a), ...sport(a)].map(show).filter((r) => r.includes('citizenOf'));
    expect([...new Set(got)]).toEqual(want);
  });

  // (a country the gazetteer knows: sport/players.ts reads only those)
  it('a surname alone after the full name, read by sport/players.ts: the same evidence', () => {
    const first = { rows: words('Tom/PROPN Hale/PROPN arrived/VERB ./PUNCT'), mentions: [['Tom Hale', 'Person']] as Array<[string, 'Person']> };
    const talk = { rows: words('Chile/PROPN \'s/PART Hale/PROPN told/VERB reporters/NOUN nothing/PRON ./PUNCT'), mentions: [['Chile', 'Country']] as Array<[string, 'Country']> };
    const got = sport(analysisOf([first, talk])).map(show).filter((r) => r.includes('citizenOf'));
    expect(got).toEqual([]);
  });

  it('a surname alone: the person\'s own contest gives it, a word of competing elsewhere does not', () => {
    const first = { rows: words('Tom/PROPN Hale/PROPN arrived/VERB ./PUNCT'), mentions: [['Tom Hale', 'Person']] as Array<[string, 'Person']> };
    const won = { rows: parsed('Chile/PROPN/3/nmod:poss \'s/PART/1/case Hale/PROPN/4/nsubj won:win/VERB/0/root the/DET/6/det final/NOUN/4/obj ./PUNCT/4/punct'), mentions: [['Chile', 'Country']] as Array<[string, 'Country']> };
    const backing = { rows: parsed('Chile/PROPN/3/nmod:poss \'s/PART/1/case Hale/PROPN/4/nsubj won:win/VERB/0/root the/DET/6/det backing/NOUN/4/obj ./PUNCT/4/punct'), mentions: [['Chile', 'Country']] as Array<[string, 'Country']> };
    expect(sport(analysisOf([first, won])).map(show).filter((r) => r.includes('citizenOf'))).toEqual(['Tom Hale | citizenOf | Chile | + |  | fact']);
    expect(sport(analysisOf([first, backing])).map(show).filter((r) => r.includes('citizenOf'))).toEqual([]);
  });
});
