// Table-driven tests of titles written before a name: occupations the lexicon lacks, honorifics, possessed titles and ties,
// subjects taught, offices named by their own title, abbreviated titles, and offices named nearby by a definite title.
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** Tokens without a parse from plain words with UPOS tags: "Norway/PROPN 's/PART". */
function words(s: string): string {
  return s.trim().split(/\s+/).map((w) => {
    const [word, upos] = w.split('/') as [string, string];
    return `${word} ${word.toLowerCase()} ${upos} _ - -`;
  }).join('\n');
}

const P = (name: string): [string, 'Person'] => [name, 'Person'];

describe('titles before a name', () => {
  it.each<[string, string, NonNullable<SentenceSpec['mentions']>, string[]]>([
    ['a team\'s position written with a hyphen the tokeniser split off', 'Ardania/PROPN scrum/NOUN ~-/PUNCT ~half/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [['Ardania', 'Country'], P('Ivo Tan')], ['Ivo Tan | scrumHalfOf | Ardania | + |  | fact']],
    ['a demonym before a player\'s position is the player\'s nationality', 'Dutch/ADJ midfielder/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [['Dutch', 'Country', 'Netherlands'], P('Ivo Tan')], ['Ivo Tan | citizenOf | Netherlands | + |  | fact']],
    ['a party\'s peer, over an honorific left out of the name', 'the/DET Green/PROPN peer/NOUN Lord/PROPN Tan/PROPN spoke/VERB ./PUNCT',
      [['Green', 'PoliticalParty', 'Green Party'], P('Tan')], ['Tan | peerOf | Green Party | + |  | fact']],
    ['a title a title owns, and a tie joined to it: each of the holder of the owning title', "the/DET senator/NOUN 's/PART cousin/NOUN and/CCONJ former/ADJ campaign/NOUN chief/NOUN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT",
      [P('Ivo Tan')], ['Ivo Tan | cousinOf | senator | + |  | fact', 'Ivo Tan | formerCampaignChiefOf | senator | + |  | fact']],
    ['a person\'s spokesman', "Tom/PROPN Hale/PROPN 's/PART spokesman/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT",
      [P('Tom Hale'), P('Ivo Tan')], ['Ivo Tan | spokespersonOf | Tom Hale | + |  | fact']],
    ['an organisation\'s two titles joined by "and": both', "Zenta/PROPN 's/PART founder/NOUN and/CCONJ chairman/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT",
      [['Zenta', 'Company'], P('Ivo Tan')], ['Ivo Tan | chairmanOf | Zenta | + |  | fact', 'Ivo Tan | founderOf | Zenta | + |  | fact']],
    ['two organisations joined by "and" before a title share it; "former" before the first is both offices\'', 'former/ADJ Zenta/PROPN and/CCONJ Ardania/PROPN midfielder/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [['Zenta', 'Organization'], ['Ardania', 'Country'], P('Ivo Tan')], ['Ivo Tan | formerMidfielderOf | Ardania | + |  | fact', 'Ivo Tan | formerMidfielderOf | Zenta | + |  | fact']],
    ['a name after "of" and "and" ends another phrase: only the organisation right before the title', 'the/DET minister/NOUN of/ADP Ardania/PROPN and/CCONJ Zenta/PROPN president/NOUN Ivo/PROPN Tan/PROPN met/VERB ./PUNCT',
      [['Ardania', 'Country'], ['Zenta', 'Organization'], P('Ivo Tan')], ['Ivo Tan | presidentOf | Zenta | + |  | fact']],
    ['a title after two demonyms joined by "and": neither state alone', 'Dutch/ADJ and/CCONJ Belgian/ADJ striker/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [['Dutch', 'Country', 'Netherlands'], ['Belgian', 'Country', 'Belgium'], P('Ivo Tan')], ['Ivo Tan | citizenOf | Belgium | + |  | fact']],
    ['a tie nobody owns: nothing', 'family/NOUN friend/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT',
      [P('Ivo Tan')], []],
    ['the noun before a teaching occupation is the subject taught', 'Piano/NOUN teacher/NOUN Ana/PROPN Reis/PROPN retired/VERB ./PUNCT',
      [P('Ana Reis')], ['Ana Reis | teacherOf | piano | + |  | fact']],
    ['a capitalised title with its own name after "of": the office so named', 'Chief/PROPN of/ADP Staff/PROPN Ana/PROPN Reis/PROPN resigned/VERB ./PUNCT',
      [P('Ana Reis')], ['Ana Reis | holdsRole | Chief of Staff | + |  | fact']],
    ['a lower-case title "of" something is a description, not an office\'s name', 'the/DET chief/NOUN of/ADP the/DET Staff/PROPN Ana/PROPN Reis/PROPN resigned/VERB ./PUNCT',
      [P('Ana Reis')], []],
    ['"the head of the <unit> at <org>, <name>": the office of the unit, at the organisation', 'the/DET head/NOUN of/ADP the/DET cardiology/NOUN unit/NOUN at/ADP Zenta/PROPN ,/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Zenta', 'Organization'], P('Ivo Tan')], ['Ivo Tan | headOfCardiologyUnitAt | Zenta | + |  | fact', 'Ivo Tan | worksFor | Zenta | + |  | fact']],
    ['the same over a capitalised word the recogniser left out of the name', 'the/DET head/NOUN of/ADP the/DET cardiology/NOUN unit/NOUN at/ADP the/DET Clinica/PROPN Santa/PROPN Rita/PROPN ,/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Santa Rita', 'Organization'], P('Ivo Tan')], ['Ivo Tan | headOfCardiologyUnitAt | Santa Rita | + |  | fact', 'Ivo Tan | worksFor | Santa Rita | + |  | fact']],
    ['"the wife of the head of the <unit> at <org>, <name>": the name is the wife\'s', 'the/DET wife/NOUN of/ADP the/DET head/NOUN of/ADP the/DET cardiology/NOUN unit/NOUN at/ADP Zenta/PROPN ,/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Zenta', 'Organization'], P('Ivo Tan')], []],
  ])('%s', (_name, sentence, mentions, want) => {
    const got = roles(analysisOf([{ rows: words(sentence), mentions }])).map(show).sort();
    expect(got).toEqual([...want].sort());
  });

  // An abbreviated or bare title whose office the article names nearby, with what it is of, opening a clause.
  const governor = (): SentenceSpec => ({ rows: words('The/DET governor/NOUN of/ADP Ardania/PROPN agreed/VERB ./PUNCT'), mentions: [['Ardania', 'Location']] });
  const gov = (): SentenceSpec => ({ rows: words('Gov./PROPN Ana/PROPN Reis/PROPN said/VERB so/ADV ./PUNCT'), mentions: [P('Ana Reis')] });
  const filler = (): SentenceSpec => ({ rows: words('It/PRON rained/VERB ./PUNCT'), mentions: [] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['an abbreviated title after the definite title of the office', [governor(), gov()], ['Ana Reis | governorOf | Ardania | + |  | fact']],
    ['the definite title after the name', [gov(), governor()], ['Ana Reis | governorOf | Ardania | + |  | fact']],
    ['"<place>\'s governor" opening a clause', [{ rows: words("Ardania/PROPN 's/PART governor/NOUN agreed/VERB ./PUNCT"), mentions: [['Ardania', 'Location']] }, gov()],
      ['Ana Reis | governorOf | Ardania | + |  | fact']],
    ['too far apart: nothing', [governor(), filler(), filler(), filler(), filler(), gov()], []],
    ['a governor only met, not the clause\'s subject: nothing', [{ rows: words('Tom/PROPN Hale/PROPN met/VERB the/DET governor/NOUN of/ADP Ardania/PROPN ./PUNCT'), mentions: [P('Tom Hale'), ['Ardania', 'Location']] }, gov()], []],
    ['governors of two places: nothing', [governor(), gov(), { rows: words('The/DET governor/NOUN of/ADP Belmora/PROPN agreed/VERB ./PUNCT'), mentions: [['Belmora', 'Location']] }], []],
    ['in the same sentence they are two governors: nothing', [{ rows: words('Gov./PROPN Ana/PROPN Reis/PROPN said/VERB that/SCONJ the/DET governor/NOUN of/ADP Ardania/PROPN agreed/VERB ./PUNCT'), mentions: [P('Ana Reis'), ['Ardania', 'Location']] }], []],
  ])('%s', (_name, specs, want) => {
    expect(roles(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ana Reis'))).toEqual(want);
  });

  // A state office written as a formal title after other words: the country of the article's other state titles.
  const danes = (): SentenceSpec => ({ rows: words("Denmark/PROPN 's/PART foreign/ADJ minister/NOUN Bo/PROPN Holm/PROPN flew/VERB home/ADV ./PUNCT"), mentions: [['Denmark', 'Country'], P('Bo Holm')] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['a capitalised title after "of"', [danes(), { rows: words('talks/NOUN with/ADP Culture/PROPN Secretary/PROPN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT'), mentions: [P('Ida Lund')] }],
      ['Ida Lund | cultureSecretaryOf | Denmark | + |  | fact']],
    ['a lower-case title after "of" may be anyone\'s: nothing', [danes(), { rows: words('talks/NOUN with/ADP culture/NOUN secretary/NOUN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT'), mentions: [P('Ida Lund')] }], []],
    ['a capitalised title after a possessive may be anyone\'s: nothing', [danes(), { rows: words("Tom/PROPN 's/PART Culture/PROPN Secretary/PROPN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT"), mentions: [P('Ida Lund')] }], []],
  ])('%s', (_name, specs, want) => {
    expect(roles(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual(want);
  });

  it('a place standing for a country the article names less often than another gives no country to a bare title', () => {
    const a = analysisOf([
      { rows: words('Ardania/PROPN and/CCONJ Ardania/PROPN again/ADV ./PUNCT'), mentions: [['Ardania', 'Country']] },
      { rows: words('Belmora/PROPN and/CCONJ the/DET Palace/PROPN spoke/VERB ./PUNCT'), mentions: [['Belmora', 'Country'], ['Palace', 'Facility']] },
      { rows: words('Prime/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [P('Ida Lund')] },
    ]);
    // the second "Ardania" of the first sentence is a mention of its own
    const first = a.sentences[0]!;
    a.mentions.push({ ...a.mentions[0]!, start: first.tokens[2]!.start, end: first.tokens[2]!.end, tokenStart: 2, tokenEnd: 3 });
    for (const m of a.mentions) if (m.text === 'Palace') m.standsFor = 'Belmora';
    expect(roles(a).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual([]);
    // named as often as the other, it is the article's
    a.mentions.pop();
    expect(roles(a).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual(['Ida Lund | primeMinisterOf | Belmora | + |  | fact']);
  });
});
