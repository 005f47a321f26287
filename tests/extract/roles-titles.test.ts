// Table-driven tests of titles written before a name: occupations the lexicon lacks, honorifics, possessed titles and ties,
// subjects taught, offices named by their own title, abbreviated titles, and offices named nearby by a definite title.
import { describe, expect, it } from 'vitest';
import { offices } from './roles-offices.js';
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
    ['words of tenure between the organisation and the title', "Zenta/PROPN 's/PART newly/ADV ~-/PUNCT ~appointed/VERB chief/ADJ executive/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT",
      [['Zenta', 'Company'], P('Ivo Tan')], ['Ivo Tan | chiefExecutiveOf | Zenta | + |  | fact']],
    ['...one word', "Zenta/PROPN 's/PART new/ADJ coach/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT",
      [['Zenta', 'Organization'], P('Ivo Tan')], ['Ivo Tan | coachOf | Zenta | + |  | fact']],
    // capitalised words right before a title that no recognised mention covers: the organisation it is of
    ['a name the recogniser missed before a lower-case title', 'He/PRON saw/VERB Zenta/PROPN flanker/NOUN Ivo/PROPN Tan/PROPN score/VERB ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | flankerOf | Zenta | + |  | fact']],
    ['the same over a noun narrowing the title', 'said/VERB Zenta/PROPN rugby/NOUN director/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | directorOf | Zenta | + |  | fact']],
    ['two capitalised words', 'said/VERB Sunday/PROPN Courier/PROPN editor/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | editorOf | Sunday Courier | + |  | fact']],
    ['a day before a title says when: nothing', 'On/ADP Tuesday/PROPN coach/NOUN Ivo/PROPN Tan/PROPN said/VERB so/ADV ./PUNCT',
      [P('Ivo Tan')], []],
    ['a capitalised adjective opening the sentence is no name: nothing', 'Fellow/ADJ flanker/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [P('Ivo Tan')], []],
    ['...but a name after it is', 'Fellow/ADJ Zenta/PROPN flanker/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | flankerOf | Zenta | + |  | fact']],
    ['a describing adjective before a noun: nothing', 'said/VERB Ardanian/ADJ commission/NOUN president/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], []],
    ['a rank before a title noun makes one title, of the name before it ("District Judge" is no organisation)', 'said/VERB Ardania/PROPN District/PROPN Judge/PROPN Ivo/PROPN Tan/PROPN ./PUNCT',
      [['Ardania', 'Country'], P('Ivo Tan')], ['Ivo Tan | districtJudgeOf | Ardania | + |  | fact']],
    ['a capitalised word before a capitalised title is the title\'s ("Staff Sergeant"): nothing', 'said/VERB Staff/PROPN Sergeant/PROPN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], []],
    ['...but an acronym is an organisation', 'said/VERB ZBX/PROPN President/PROPN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | presidentOf | ZBX | + |  | fact']],
    ['after the name: an acronym before a capitalised title', 'said/VERB Ivo/PROPN Tan/PROPN ,/PUNCT ZBX/PROPN General/PROPN Secretary/PROPN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | generalSecretaryOf | ZBX | + |  | fact']],
    ['after the name: a name before a lower-case title', 'Ivo/PROPN Tan/PROPN ,/PUNCT the/DET Zenta/PROPN flanker/NOUN ,/PUNCT scored/VERB ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | flankerOf | Zenta | + |  | fact']],
    ['after the name: a title the phrase does not end with: nothing', 'Ivo/PROPN Tan/PROPN ,/PUNCT Zenta/PROPN head/NOUN of/ADP sales/NOUN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ivo Tan')], []],
    ['after the name: a capitalised word before a capitalised title: nothing', 'said/VERB Ivo/PROPN Tan/PROPN ,/PUNCT Staff/PROPN Sergeant/PROPN ./PUNCT',
      [P('Ivo Tan')], []],
    ['a number before the word: nothing', 'the/DET 2nd/ADJ District/PROPN mayor/NOUN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT',
      [P('Ivo Tan')], []],
    ['a law-enforcement title of the lexicon', 'said/VERB ZBI/PROPN special/ADJ agent/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [['ZBI', 'GovernmentBody'], P('Ivo Tan')], ['Ivo Tan | specialAgentOf | ZBI | + |  | fact']],
    ['a band\'s singer', 'said/VERB Zenta/PROPN singer/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [['Zenta', 'Organization'], P('Ivo Tan')], ['Ivo Tan | singerOf | Zenta | + |  | fact']],
    ['a demonym before a singer is the singer\'s nationality', 'Dutch/ADJ singer/NOUN Ivo/PROPN Tan/PROPN sang/VERB ./PUNCT',
      [['Dutch', 'Country', 'Netherlands'], P('Ivo Tan')], ['Ivo Tan | citizenOf | Netherlands | + |  | fact']],
    ['a possessive\'s capitalised word may be a person\'s: nothing', "said/VERB Ivo/PROPN 's/PART lawyer/NOUN Ana/PROPN Reis/PROPN ./PUNCT",
      [P('Ana Reis')], []],
    ['a portfolio before a minister is the office\'s', 'said/VERB Tourism/PROPN minister/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], []],
    // words of tenure ("incoming", "recently", "long-serving") are passed over wherever "new" and "newly" are
    ['a capitalised word of tenure before a name the recogniser missed is no part of it', 'said/VERB Incoming/PROPN Zenta/PROPN coach/NOUN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | coachOf | Zenta | + |  | fact']],
    ['...nor where it opens the sentence', 'Incoming/PROPN Zenta/PROPN coach/NOUN Ivo/PROPN Tan/PROPN said/VERB so/ADV ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | coachOf | Zenta | + |  | fact']],
    ['an adverb of tenure before a title after the name', 'Ivo/PROPN Tan/PROPN ,/PUNCT the/DET recently/ADV appointed/VERB chairman/NOUN of/ADP Zenta/PROPN ,/PUNCT said/VERB ./PUNCT',
      [['Zenta', 'Company'], P('Ivo Tan')], ['Ivo Tan | chairmanOf | Zenta | + |  | fact']],
    ['a demonym before a special agent is the agent\'s nationality, as before an agent', 'Dutch/ADJ special/ADJ agent/NOUN Ivo/PROPN Tan/PROPN spoke/VERB ./PUNCT',
      [['Dutch', 'Country', 'Netherlands'], P('Ivo Tan')], ['Ivo Tan | citizenOf | Netherlands | + |  | fact']],
  ])('%s', (_name, sentence, mentions, want) => {
    const got = offices(analysisOf([{ rows: words(sentence), mentions }])).map(show).sort();
    expect(got).toEqual([...want].sort());
  });

  // The words of an organisation the recogniser missed before a title, typed as the article types them elsewhere.
  it.each<[string, SentenceSpec, string[]]>([
    ['capitalised words, a company elsewhere', { rows: words('said/VERB Zenta/ADJ chief/ADJ executive/NOUN Ivo/PROPN Tan/PROPN ./PUNCT'), mentions: [P('Ivo Tan')] },
      ['Ivo Tan | chiefExecutiveOf | Zenta | Company']],
    ['a name typed a person here, a company elsewhere', { rows: words('said/VERB Zenta/PROPN spokesman/NOUN Ivo/PROPN Tan/PROPN ./PUNCT'), mentions: [['Zenta', 'Person'], P('Ivo Tan')] },
      ['Ivo Tan | spokespersonOf | Zenta | Company']],
  ])('%s', (_name, spec, want) => {
    const zenta: SentenceSpec = { rows: words('Zenta/PROPN grew/VERB ./PUNCT'), mentions: [['Zenta', 'Company']] };
    const got = offices(analysisOf([zenta, spec])).map((c) => `${show(c).split(' | ').slice(0, 3).join(' | ')} | ${c.object.kind === 'entity' ? c.object.type : c.object.kind}`);
    expect(got).toEqual(want);
  });

  // A one-word name typed a person before a title and another person's name: an organisation where it is nobody's name.
  const zentaSpokesman = (): SentenceSpec => ({ rows: words('said/VERB Zenta/PROPN spokesman/NOUN Ivo/PROPN Tan/PROPN ./PUNCT'), mentions: [['Zenta', 'Person'], P('Ivo Tan')] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['nobody\'s name', [zentaSpokesman()], ['Ivo Tan | spokespersonOf | Zenta | Organization']],
    ['the surname of a person the article names: nothing', [{ rows: words('Tom/PROPN Zenta/PROPN spoke/VERB ./PUNCT'), mentions: [P('Tom Zenta')] }, zentaSpokesman()], []],
    ['a name the article writes after an honorific: nothing', [{ rows: words('Mr/PROPN Zenta/PROPN spoke/VERB ./PUNCT'), mentions: [P('Zenta')] }, zentaSpokesman()], []],
    ['a name the article writes after a title: nothing', [{ rows: words('President/PROPN Zenta/PROPN spoke/VERB ./PUNCT'), mentions: [P('Zenta')] }, zentaSpokesman()], []],
    ['an unrecognised surname of a person the article names: nothing', [{ rows: words('Tom/PROPN Zenta/PROPN spoke/VERB ./PUNCT'), mentions: [P('Tom Zenta')] },
      { rows: words('said/VERB Zenta/PROPN spokesman/NOUN Ivo/PROPN Tan/PROPN ./PUNCT'), mentions: [P('Ivo Tan')] }], []],
    ['a first name: nothing', [{ rows: words('said/VERB Maria/PROPN spokesman/NOUN Ivo/PROPN Tan/PROPN ./PUNCT'), mentions: [['Maria', 'Person'], P('Ivo Tan')] }], []],
  ])('%s', (_name, specs, want) => {
    const got = offices(analysisOf(specs)).filter((c) => show(c).startsWith('Ivo Tan')).map((c) => `${show(c).split(' | ').slice(0, 3).join(' | ')} | ${c.object.kind === 'entity' ? c.object.type : c.object.kind}`);
    expect(got).toEqual(want);
  });

  // "the company's <title>": the organisation named last before it, where that is the article's organisation.
  const zenta = (): SentenceSpec => ({ rows: words('Zenta/PROPN grew/VERB ./PUNCT'), mentions: [['Zenta', 'Company']] });
  const bolt = (): SentenceSpec => ({ rows: words('Bolt/PROPN sued/VERB ./PUNCT'), mentions: [['Bolt', 'Company']] });
  const council = (): SentenceSpec => ({ rows: words('Zenta/PROPN Council/PROPN met/VERB ./PUNCT'), mentions: [['Zenta Council', 'Organization']] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['before the name', [zenta(), zenta(), { rows: words("the/DET firm/NOUN 's/PART chairman/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      ['Ivo Tan | chairmanOf | Zenta | + |  | fact']],
    ['before the name and a comma', [zenta(), zenta(), { rows: words("The/DET charity/NOUN 's/PART director/NOUN ,/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT"), mentions: [P('Ivo Tan')] }],
      ['Ivo Tan | directorOf | Zenta | + |  | fact']],
    ['after the name', [zenta(), zenta(), { rows: words("Ivo/PROPN Tan/PROPN ,/PUNCT the/DET firm/NOUN 's/PART chairman/NOUN ,/PUNCT agreed/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      ['Ivo Tan | chairmanOf | Zenta | + |  | fact']],
    ['another organisation named last: nothing', [zenta(), zenta(), bolt(), { rows: words("the/DET firm/NOUN 's/PART chairman/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      []],
    ['a longer office after the name: nothing', [zenta(), zenta(), { rows: words("Ivo/PROPN Tan/PROPN ,/PUNCT the/DET firm/NOUN 's/PART head/NOUN of/ADP sales/NOUN ,/PUNCT agreed/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      []],
    ['not an organisation\'s noun: nothing', [zenta(), zenta(), { rows: words("the/DET village/NOUN 's/PART manager/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      []],
    // the nouns of institutions too ("the council's", "the union's")
    ['an institution\'s noun', [council(), council(), { rows: words("The/DET council/NOUN 's/PART chief/ADJ executive/NOUN ,/PUNCT Ivo/PROPN Tan/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT"), mentions: [P('Ivo Tan')] }],
      ['Ivo Tan | chiefExecutiveOf | Zenta Council | + |  | fact']],
    ['a business\'s noun no phrase wrote before', [zenta(), zenta(), { rows: words("the/DET brewer/NOUN 's/PART chairman/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT"), mentions: [P('Ivo Tan')] }],
      ['Ivo Tan | chairmanOf | Zenta | + |  | fact']],
    // a headline or caption ending in the middle of the phrase, with no full stop: nothing, and no error for the article
    ['a sentence ending after "<name>, the firm": nothing', [zenta(), zenta(), { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT the/DET firm/NOUN'), mentions: [P('Ivo Tan')] }],
      []],
    ['a sentence ending after "<name>, the": nothing', [zenta(), zenta(), { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT the/DET'), mentions: [P('Ivo Tan')] }],
      []],
  ])('%s', (_name, specs, want) => {
    expect(offices(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ivo Tan'))).toEqual(want);
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
    expect(offices(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ana Reis'))).toEqual(want);
  });

  // A state office written as a formal title after other words: the country of the article's other state titles.
  const danes = (): SentenceSpec => ({ rows: words("Denmark/PROPN 's/PART foreign/ADJ minister/NOUN Bo/PROPN Holm/PROPN flew/VERB home/ADV ./PUNCT"), mentions: [['Denmark', 'Country'], P('Bo Holm')] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['a capitalised title after "of"', [danes(), { rows: words('talks/NOUN with/ADP Culture/PROPN Secretary/PROPN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT'), mentions: [P('Ida Lund')] }],
      ['Ida Lund | cultureSecretaryOf | Denmark | + |  | fact']],
    ['a lower-case title after "of" may be anyone\'s: nothing', [danes(), { rows: words('talks/NOUN with/ADP culture/NOUN secretary/NOUN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT'), mentions: [P('Ida Lund')] }], []],
    ['a capitalised title after a possessive may be anyone\'s: nothing', [danes(), { rows: words("Tom/PROPN 's/PART Culture/PROPN Secretary/PROPN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT"), mentions: [P('Ida Lund')] }], []],
  ])('%s', (_name, specs, want) => {
    expect(offices(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual(want);
  });

  // A head of state's title, written as a formal title before a name: the article's one country's.
  const ardania = (): SentenceSpec => ({ rows: words('Ardania/PROPN signed/VERB ./PUNCT'), mentions: [['Ardania', 'Country']] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['"President" capitalised before the name', [ardania(), { rows: words('President/PROPN Ida/PROPN Lund/PROPN said/VERB so/ADV ./PUNCT'), mentions: [P('Ida Lund')] }],
      ['Ida Lund | presidentOf | Ardania | + |  | fact']],
    ['a lower-case "president" may be a firm\'s: nothing', [ardania(), { rows: words('talks/NOUN with/ADP president/NOUN Ida/PROPN Lund/PROPN ended/VERB ./PUNCT'), mentions: [P('Ida Lund')] }], []],
    ['"President" after a possessive may be anyone\'s: nothing', [ardania(), { rows: words("Zenta/PROPN 's/PART President/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT"), mentions: [P('Ida Lund')] }], []],
  ])('%s', (_name, specs, want) => {
    expect(offices(analysisOf(specs)).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual(want);
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
    expect(offices(a).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual([]);
    // named as often as the other, it is the article's
    a.mentions.pop();
    expect(offices(a).map(show).filter((x) => x.startsWith('Ida Lund'))).toEqual(['Ida Lund | primeMinisterOf | Belmora | + |  | fact']);
  });
});
