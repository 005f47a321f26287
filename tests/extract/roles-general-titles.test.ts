// Table-driven tests of titles read by their structure: a title noun after the ranks that make a post of it ("chief
// analyst"), appositions set off by a comma or a dash (ties to a person, a post held in a place, a field then an
// organisation), an honorific between a title and the name, "its <title>, <name>", nationality from a country or a
// demonym, the head of "<org> <nouns> <org>", a person's organisation, and a state office after a party. Sentences
// written for the tests, without a parse.
import { describe, expect, it } from 'vitest';
import { offices } from './roles-offices.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** Tokens without a parse from "word/UPOS" or "word/UPOS/TAG". */
function words(s: string): string {
  return s.trim().split(/\s+/).map((w) => {
    const [word, upos, tag] = w.split('/') as [string, string, string?];
    return `${word} ${word.toLowerCase()} ${upos} ${tag ?? '_'} - -`;
  }).join('\n');
}

const P = (name: string): [string, 'Person'] => [name, 'Person'];

describe('titles read by their structure', () => {
  it.each<[string, string, NonNullable<SentenceSpec['mentions']>, string[]]>([
    // a title noun after ranks: one post
    ['a rank before a title noun the lexicon lacks as a phrase', 'Ana/PROPN Reis/PROPN ,/PUNCT chief/ADJ analyst/NOUN at/ADP Zenta/PROPN Bank/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta Bank', 'Company']], ['Ana Reis | chiefAnalystOf | Zenta Bank | + |  | fact']],
    ['a title noun alone after the name', 'Ana/PROPN Reis/PROPN ,/PUNCT curator/NOUN at/ADP the/DET Zenta/PROPN Museum/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta Museum', 'Organization']], ['Ana Reis | curatorOf | Zenta Museum | + |  | fact']],
    ['fields joined by "and" before the title, the organisation the recogniser missed before them', 'Later/ADV ,/PUNCT Zenta/PROPN Radio/PROPN news/NOUN and/CCONJ arts/NOUN editor/NOUN Ivo/PROPN Tan/PROPN opened/VERB the/DET show/NOUN ./PUNCT',
      [P('Ivo Tan')], ['Ivo Tan | artsEditorOf | Zenta Radio | + |  | fact']],
    ['two fields joined by "and" name no organisation', 'according/VERB to/ADP media/NOUN/NN and/CCONJ PR/NOUN/NN strategist/NOUN/NN Ivo/PROPN Tan/PROPN ./PUNCT',
      [P('Ivo Tan')], []],
    // appositions
    ['a dash sets off a tie to a person', 'The/DET post/NOUN went/VERB to/ADP Ana/PROPN Reis/PROPN -/PUNCT a/DET close/ADJ ally/NOUN of/ADP Tom/PROPN Hale/PROPN ./PUNCT',
      [P('Ana Reis'), P('Tom Hale')], ['Ana Reis | allyOf | Tom Hale | + |  | fact']],
    ['a tie to a person described after "the"', 'Ana/PROPN Reis/PROPN ,/PUNCT wife/NOUN of/ADP the/DET veteran/ADJ playwright/NOUN Tom/PROPN Hale/PROPN ,/PUNCT was/AUX arrested/VERB ./PUNCT',
      [P('Ana Reis'), P('Tom Hale')], ['Ana Reis | wifeOf | Tom Hale | + |  | fact']],
    ['a person\'s possessive after the tie names another thing, no holder', 'Ana/PROPN Reis/PROPN ,/PUNCT a/DET friend/NOUN of/ADP Tom/PROPN Hale/PROPN \'s/PART family/NOUN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), P('Tom Hale')], []],
    ['"now" before the apposition, and a post held in a city', 'Ivo/PROPN Tan/PROPN ,/PUNCT now/ADV a/DET civil/ADJ engineer/NOUN in/ADP Ardville/PROPN ,/PUNCT designed/VERB the/DET bridge/NOUN ./PUNCT',
      [P('Ivo Tan'), ['Ardville', 'City']], ['Ivo Tan | civilEngineerIn | Ardville | + |  | fact']],
    ['an age between the name and the apposition', 'Ana/PROPN Reis/PROPN ,/PUNCT 45/NUM ,/PUNCT chairman/NOUN of/ADP Zenta/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | chairmanOf | Zenta | + |  | fact']],
    ['an age written before the title', 'Ana/PROPN Reis/PROPN ,/PUNCT the/DET 45/NUM ~-/PUNCT ~year/NOUN ~-/PUNCT ~old/ADJ chairman/NOUN of/ADP Zenta/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | chairmanOf | Zenta | + |  | fact']],
    ['", who has been <title>": held until now; ", who had been": held before', 'Ana/PROPN Reis/PROPN ,/PUNCT who/PRON has/AUX been/AUX chairman/NOUN of/ADP Zenta/PROPN ,/PUNCT met/VERB Tom/PROPN Hale/PROPN ,/PUNCT who/PRON had/AUX been/AUX head/NOUN of/ADP Ardco/PROPN ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company'], P('Tom Hale'), ['Ardco', 'Company']], ['Ana Reis | chairmanOf | Zenta | + |  | fact', 'Tom Hale | formerHeadOf | Ardco | + |  | fact']],
    ['two titles joined by "and" share what the second is of', 'Ana/PROPN Reis/PROPN ,/PUNCT chairman/NOUN and/CCONJ chief/ADJ executive/NOUN of/ADP Zenta/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | chairmanOf | Zenta | + |  | fact', 'Ana Reis | chiefExecutiveOf | Zenta | + |  | fact']],
    ['a first title with its own words before it shares nothing; the second is read', 'Ana/PROPN Reis/PROPN ,/PUNCT an/DET opposition/NOUN leader/NOUN and/CCONJ vice/NOUN president/NOUN of/ADP the/DET Zenta/PROPN Assembly/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Zenta Assembly', 'GovernmentBody']], ['Ana Reis | vicePresidentOf | Zenta Assembly | + |  | fact']],
    ['a title before the name of nothing is of what "of" names after it', 'Archbishop/PROPN Ana/PROPN Reis/PROPN of/ADP Ardville/PROPN spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardville', 'City']], ['Ana Reis | archbishopOf | Ardville | + |  | fact']],
    ['a field after the title\'s "of", then the organisation', 'Ana/PROPN Reis/PROPN ,/PUNCT professor/NOUN of/ADP law/NOUN and/CCONJ ethics/NOUN at/ADP Zenta/PROPN University/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta University', 'Organization']], ['Ana Reis | professorOfLawAndEthicsAt | Zenta University | + |  | fact', 'Ana Reis | worksFor | Zenta University | + |  | fact']],
    ['a rank that is a role of its own before nouns narrowing a later title: the later title\'s rank', 'Ana/PROPN Reis/PROPN ,/PUNCT deputy/NOUN labs/NOUN editor/NOUN at/ADP Zenta/PROPN Weekly/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta Weekly', 'NewsAgency']], ['Ana Reis | deputyEditorOf | Zenta Weekly | + |  | fact']],
    ['the field a post covers after "on", then the organisation', 'Ana/PROPN Reis/PROPN ,/PUNCT senior/ADJ adviser/NOUN on/ADP mobile/ADJ media/NOUN at/ADP Zenta/PROPN \'s/PART lab/NOUN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | seniorAdviserOnMobileMediaAt | Zenta | + |  | fact', 'Ana Reis | worksFor | Zenta | + |  | fact']],
    ['a title right before another name is that name\'s', 'Ana/PROPN Reis/PROPN ,/PUNCT Zenta/PROPN \'s/PART chief/NOUN Tom/PROPN Hale/PROPN and/CCONJ others/NOUN met/VERB ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company'], P('Tom Hale')], ['Tom Hale | chiefOf | Zenta | + |  | fact']],
    ['a place before the title and the organisation after it: the organisation\'s post', 'Ana/PROPN Reis/PROPN ,/PUNCT European/ADJ co-ordinator/NOUN for/ADP the/DET Zenta/PROPN Foundation/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['European', 'Misc'], ['Zenta Foundation', 'Organization']], ['Ana Reis | coOrdinatorOf | Zenta Foundation | + |  | fact']],
    // the title before the name
    ['an honorific between "the <title> of <place>," and the name', 'the/DET Archbishop/PROPN of/ADP Ardville/PROPN ,/PUNCT Dr/PROPN Ana/PROPN Reis/PROPN ,/PUNCT will/AUX preside/VERB ./PUNCT',
      [['Ardville', 'City'], P('Ana Reis')], ['Ana Reis | archbishopOf | Ardville | + |  | fact']],
    ['"its <title>, <name>": the organisation named before "its"', 'Zenta/PROPN blamed/VERB the/DET ambitions/NOUN of/ADP its/PRON founder/NOUN ,/PUNCT Ana/PROPN Reis/PROPN ./PUNCT',
      [['Zenta', 'Company'], P('Ana Reis')], ['Ana Reis | founderOf | Zenta | + |  | fact']],
    ['a state\'s office written as a formal title after a party: the party is the holder\'s own', 'Liberal/PROPN President/PROPN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT',
      [['Liberal', 'PoliticalParty', 'Liberal Party'], P('Ana Reis')], ['Ana Reis | memberOf | Liberal Party | + |  | fact']],
    ['a party\'s own president, lower case', 'Liberal/PROPN president/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT',
      [['Liberal', 'PoliticalParty', 'Liberal Party'], P('Ana Reis')], ['Ana Reis | presidentOf | Liberal Party | + |  | fact']],
    // what the title is of
    ['"<org> <nouns> <org>": the last name is the phrase\'s head', 'Ana/PROPN Reis/PROPN ,/PUNCT head/NOUN of/ADP Zenta/PROPN minority/NOUN investors/NOUN \'/PART group/NOUN Ardco/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company'], ['Ardco', 'Organization']], ['Ana Reis | headOf | Ardco | + |  | fact', 'Ardco | minorityInvestorsGroupOf | Zenta | + |  | fact']],
    ['a person\'s possessive before the organisation', 'Ana/PROPN Reis/PROPN ,/PUNCT president/NOUN of/ADP Tom/PROPN Hale/PROPN \'s/PART Zenta/PROPN Group/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [P('Ana Reis'), P('Tom Hale'), ['Zenta Group', 'Organization']], ['Ana Reis | presidentOf | Zenta Group | + |  | fact']],
    // nationality
    ['a country\'s possessive and a demonym before names', 'Ardania/PROPN \'s/PART Ana/PROPN Reis/PROPN beat/VERB Dutch/ADJ Ivo/PROPN Tan/PROPN ./PUNCT',
      [['Ardania', 'Country'], P('Ana Reis'), ['Dutch', 'Country', 'Netherlands'], P('Ivo Tan')], ['Ana Reis | citizenOf | Ardania | + |  | fact', 'Ivo Tan | citizenOf | Netherlands | + |  | fact']],
    ['", from <country>,"', 'Ana/PROPN Reis/PROPN ,/PUNCT from/ADP Ardania/PROPN ,/PUNCT won/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardania', 'Country']], ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['", from" a country that goes on into a noun: where the person works, no nationality', 'Ana/PROPN Reis/PROPN ,/PUNCT from/ADP the/DET Ardania/PROPN embassy/NOUN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardania', 'Country']], []],
    // organisations in a compound
    ['"<org> <relation noun> <org>": the second is the first\'s supplier', 'The/DET Zenta/PROPN supplier/NOUN Ardco/PROPN was/AUX sold/VERB ./PUNCT',
      [['Zenta', 'Company'], ['Ardco', 'Company']], ['Ardco | supplierOf | Zenta | + |  | fact']],
    // (a unit or an owner is business/ownership.ts's to read, with one label: no row here)
    ['"<org> unit <org>": left to the business rules', 'The/DET Zenta/PROPN unit/NOUN Ardco/PROPN was/AUX sold/VERB ./PUNCT',
      [['Zenta', 'Company'], ['Ardco', 'Company']], []],
    ['a noun of kind says what the name is, not whose', 'Shares/NOUN in/ADP Zenta/PROPN oil/NOUN firm/NOUN Ardco/PROPN fell/VERB ./PUNCT',
      [['Zenta', 'Company'], ['Ardco', 'Company']], []],
    ['a compound demonym taken for a name says where, not whose', 'the/DET Anglo-Dutch/PROPN household/NOUN products/NOUN group/NOUN Ardco/PROPN grew/VERB ./PUNCT',
      [['Anglo-Dutch', 'Organization'], ['Ardco', 'Company']], []],
    ['a noun after the second name: both names modify it', 'The/DET Zenta/PROPN supplier/NOUN Ardco/PROPN shares/NOUN fell/VERB ./PUNCT',
      [['Zenta', 'Company'], ['Ardco', 'Company']], []],
    // ties and titles before the name
    ['a person\'s ex-wife: a tie held before', 'Tom/PROPN Hale/PROPN \'s/PART ex-wife/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT',
      [P('Tom Hale'), P('Ana Reis')], ['Ana Reis | formerWifeOf | Tom Hale | + |  | fact']],
    ['"his <tie> <name>": the last person named before "his"', 'Ivo/PROPN Tan/PROPN met/VERB Tom/PROPN Hale/PROPN and/CCONJ his/PRON brother/NOUN Rui/PROPN Hale/PROPN ./PUNCT',
      [P('Ivo Tan'), P('Tom Hale'), P('Rui Hale')], ['Rui Hale | brotherOf | Tom Hale | + |  | fact']],
    ['"her <post> <name>": over a man named between', 'Mary/PROPN Lund/PROPN met/VERB Tom/PROPN Hale/PROPN with/ADP her/PRON lawyer/NOUN Ana/PROPN Reis/PROPN ./PUNCT',
      [P('Mary Lund'), P('Tom Hale'), P('Ana Reis')], ['Ana Reis | lawyerOf | Mary Lund | + |  | fact']],
    ['a building that stands for nobody before a title: nothing', 'a/DET Zenta/PROPN Tower/PROPN spokesman/NOUN Ana/PROPN Reis/PROPN said/VERB ./PUNCT',
      [['Zenta Tower', 'Facility'], P('Ana Reis')], []],
  ])('%s', (_name, sentence, mentions, want) => {
    const got = offices(analysisOf([{ rows: words(sentence), mentions }])).map(show).sort();
    expect(got).toEqual([...want].sort());
  });
});

describe('titles the article anchors', () => {
  it('a seat of government standing for it before a title is the body the title is of', () => {
    const a = analysisOf([{ rows: words('a/DET Zenta/PROPN House/PROPN spokesman/NOUN Ana/PROPN Reis/PROPN said/VERB ./PUNCT'), mentions: [['Zenta House', 'Facility'], P('Ana Reis')] }]);
    a.mentions[0]!.standsFor = 'Ardania';
    expect(offices(a).map(show)).toEqual(['Ana Reis | spokespersonOf | Zenta House | + |  | fact']);
  });

  it('a company office right after a verb of saying is the article\'s company\'s', () => {
    const a = analysisOf([
      { rows: words('Zenta/PROPN cut/VERB jobs/NOUN ./PUNCT'), mentions: [['Zenta', 'Company']] },
      { rows: words('Zenta/PROPN shares/NOUN fell/VERB ./PUNCT'), mentions: [['Zenta', 'Company']] },
      { rows: words('"/PUNCT We/PRON will/AUX recover/VERB ,/PUNCT "/PUNCT said/VERB/VBD chief/ADJ executive/ADJ Ana/PROPN Reis/PROPN ./PUNCT'), mentions: [P('Ana Reis')] },
    ]);
    a.sentences[2]!.tokens.find((t) => t.text === 'said')!.lemma = 'say';
    expect(offices(a).map(show)).toEqual(['Ana Reis | chiefExecutiveOf | Zenta | + |  | fact']);
  });

  it('an organisation the headline names is the article\'s, over one named once more in the text', () => {
    const a = analysisOf([
      { rows: words('Ardco/PROPN sold/VERB its/PRON Zenta/PROPN drug/NOUN ./PUNCT'), mentions: [['Ardco', 'Company'], ['Zenta', 'Company']] },
      { rows: words('Zenta/PROPN failed/VERB ./PUNCT'), mentions: [['Zenta', 'Company']] },
      { rows: words('Zenta/PROPN trials/NOUN ended/VERB ./PUNCT'), mentions: [['Zenta', 'Company']] },
      { rows: words('Ardco/PROPN shares/NOUN fell/VERB ./PUNCT'), mentions: [['Ardco', 'Company']] },
      { rows: words('"/PUNCT We/PRON will/AUX recover/VERB ,/PUNCT "/PUNCT said/VERB/VBD chief/ADJ executive/ADJ Ana/PROPN Reis/PROPN ./PUNCT'), mentions: [P('Ana Reis')] },
    ]);
    a.document.title = 'Ardco hit by drug failure';
    a.sentences[4]!.tokens.find((t) => t.text === 'said')!.lemma = 'say';
    expect(offices(a).map(show)).toEqual(['Ana Reis | chiefExecutiveOf | Ardco | + |  | fact']);
  });
});
