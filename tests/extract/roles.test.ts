// Table-driven tests of role and apposition patterns around person names (no parse needed).
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

const cases: Array<{ name: string; spec: SentenceSpec; expect: string[] }> = [
  {
    name: 'a demonym before an occupation gives the holder\'s nationality, not an office of the state',
    spec: { rows: words('Dutch/ADJ striker/NOUN Piet/PROPN Kuiper/PROPN scored/VERB ./PUNCT'), mentions: [['Dutch', 'Country', 'Netherlands'], ['Piet Kuiper', 'Person']] },
    expect: ['Piet Kuiper | citizenOf | Netherlands | + |  | fact'],
  },
  {
    name: 'a demonym before a state office gives the state',
    spec: { rows: words('Dutch/ADJ foreign/ADJ minister/NOUN Piet/PROPN Kuiper/PROPN spoke/VERB ./PUNCT'), mentions: [['Dutch', 'Country', 'Netherlands'], ['Piet Kuiper', 'Person']] },
    expect: ['Piet Kuiper | foreignMinisterOf | Netherlands | + |  | fact'],
  },
  {
    name: 'a capitalised word the title list holds with the role is the title\'s, between it and the country',
    spec: { rows: words('Dutch/ADJ Culture/PROPN Minister/PROPN Piet/PROPN Kuiper/PROPN spoke/VERB ./PUNCT'), mentions: [['Dutch', 'Country', 'Netherlands'], ['Piet Kuiper', 'Person']] },
    expect: ['Piet Kuiper | cultureMinisterOf | Netherlands | + |  | fact'],
  },
  {
    name: 'a demonym describing the body after it is not the organisation of the role',
    spec: { rows: words("Ana/PROPN Reis/PROPN ,/PUNCT head/NOUN of/ADP the/DET Dutch/ADJ FA/PROPN 's/PART panel/NOUN ,/PUNCT spoke/VERB ./PUNCT"), mentions: [['Ana Reis', 'Person'], ['Dutch', 'Country', 'Netherlands']] },
    expect: [],
  },
  {
    name: 'a boss is the head of the club or firm; "former" before the organisation makes it a former office',
    spec: { rows: words('Former/ADJ Acme/PROPN boss/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT'), mentions: [['Acme', 'Company'], ['Ana Reis', 'Person']] },
    expect: ['Ana Reis | formerHeadOf | Acme | + |  | fact'],
  },
  {
    name: 'a capitalised name the recogniser missed after a role and its preposition is the organisation',
    spec: { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT an/DET analyst/NOUN at/ADP brokerage/NOUN Kestrel/PROPN ,/PUNCT agreed/VERB ./PUNCT'), mentions: [['Ivo Tan', 'Person']] },
    expect: ['Ivo Tan | analystOf | Kestrel | + |  | fact'],
  },
  {
    name: 'a missed name after "from", with a joining "of"',
    spec: { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT from/ADP Friends/PROPN of/ADP Rivers/PROPN ,/PUNCT agreed/VERB ./PUNCT'), mentions: [['Ivo Tan', 'Person']] },
    expect: ['Ivo Tan | memberOf | Friends of Rivers | + |  | fact'],
  },
  {
    name: 'capitalised words that modify a longer description are no name',
    spec: { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT chairman/NOUN of/ADP the/DET Senate/PROPN ethics/NOUN panel/NOUN ,/PUNCT agreed/VERB ./PUNCT'), mentions: [['Ivo Tan', 'Person']] },
    expect: [],
  },
  {
    name: 'a role phrase ending in its preposition',
    spec: { rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT a/DET spokesman/NOUN for/ADP the/DET Treasury/PROPN ,/PUNCT agreed/VERB ./PUNCT'), mentions: [['Ivo Tan', 'Person'], ['Treasury', 'GovernmentBody']] },
    expect: ['Ivo Tan | spokespersonOf | Treasury | + |  | fact'],
  },
  {
    name: 'organisation possessive, role, name',
    spec: { rows: words("Norway/PROPN 's/PART foreign/ADJ minister/NOUN Anne/PROPN Berg/PROPN arrived/VERB ./PUNCT"), mentions: [['Norway', 'Country'], ['Anne Berg', 'Person']] },
    expect: ['Anne Berg | foreignMinisterOf | Norway | + |  | fact'],
  },
  {
    name: 'country, title, name',
    spec: { rows: words('French/ADJ Finance/PROPN Minister/PROPN Paul/PROPN Roux/PROPN spoke/VERB ./PUNCT'), mentions: [['French', 'Country', 'France'], ['Paul Roux', 'Person']] },
    expect: ['Paul Roux | financeMinisterOf | France | + |  | fact'],
  },
  {
    name: 'ambassador to a country, with a demonym for the sending country',
    spec: { rows: words('the/DET Brazilian/ADJ Ambassador/PROPN to/ADP Japan/PROPN Ana/PROPN Costa/PROPN said/VERB ./PUNCT'), mentions: [['Brazilian', 'Country', 'Brazil'], ['Japan', 'Country'], ['Ana Costa', 'Person']] },
    expect: ['Ana Costa | ambassadorTo | Japan | + |  | fact', 'Ana Costa | ambassadorOf | Brazil | + |  | fact'],
  },
  {
    name: 'apposition after the name with a former role of a company',
    spec: { rows: words("Lena/PROPN Fisk/PROPN ,/PUNCT former/ADJ chief/ADJ executive/NOUN of/ADP Acme/PROPN Foods/PROPN ,/PUNCT died/VERB ./PUNCT"), mentions: [['Lena Fisk', 'Person'], ['Acme Foods', 'Company']] },
    expect: ['Lena Fisk | formerChiefExecutiveOf | Acme Foods | + |  | fact'],
  },
  {
    name: '"from" an organisation after the name',
    spec: { rows: words('Omar/PROPN Said/PROPN ,/PUNCT from/ADP Amnesty/PROPN International/PROPN ,/PUNCT objected/VERB ./PUNCT'), mentions: [['Omar Said', 'Person'], ['Amnesty International', 'Organization']] },
    expect: ['Omar Said | memberOf | Amnesty International | + |  | fact'],
  },
  {
    name: 'analyst at a firm, after the name',
    spec: { rows: words('Kim/PROPN Lo/PROPN ,/PUNCT an/DET analyst/NOUN at/ADP Nomura/PROPN ,/PUNCT said/VERB ./PUNCT'), mentions: [['Kim Lo', 'Person'], ['Nomura', 'Company']] },
    expect: ['Kim Lo | analystOf | Nomura | + |  | fact'],
  },
  {
    name: 'role of an organisation before the name',
    spec: { rows: words('the/DET head/NOUN of/ADP Interpol/PROPN ,/PUNCT Jan/PROPN Ruiz/PROPN ,/PUNCT said/VERB ./PUNCT'), mentions: [['Interpol', 'Organization'], ['Jan Ruiz', 'Person']] },
    expect: ['Jan Ruiz | headOf | Interpol | + |  | fact'],
  },
  {
    name: 'ex- prefix, possessive organisation after the name, the department kept in the role',
    spec: { rows: words("Rita/PROPN Holm/PROPN ,/PUNCT Nokia/PROPN 's/PART ex-head/NOUN of/ADP retail/ADJ sales/NOUN ,/PUNCT spoke/VERB"), mentions: [['Rita Holm', 'Person'], ['Nokia', 'Company']] },
    expect: ['Rita Holm | formerHeadOfRetailSalesAt | Nokia | + |  | fact', 'Rita Holm | worksFor | Nokia | + |  | fact'],
  },
  {
    name: 'possessive organisation after the name, no department',
    spec: { rows: words("Rita/PROPN Holm/PROPN ,/PUNCT Nokia/PROPN 's/PART ex-head/NOUN ,/PUNCT spoke/VERB"), mentions: [['Rita Holm', 'Person'], ['Nokia', 'Company']] },
    expect: ['Rita Holm | formerHeadOf | Nokia | + |  | fact'],
  },
  {
    name: 'descriptive adjectives before the role and a descriptor before the company',
    spec: { rows: words('Tom/PROPN Ware/PROPN ,/PUNCT the/DET outspoken/ADJ former/ADJ head/NOUN of/ADP retail/NOUN giant/ADJ Tesco/PROPN ,/PUNCT died/VERB'), mentions: [['Tom Ware', 'Person'], ['Tesco', 'Company']] },
    expect: ['Tom Ware | formerHeadOf | Tesco | + |  | fact'],
  },
  {
    name: 'role and demonym before a comma and the name',
    spec: { rows: words('She/PRON met/VERB her/PRON Spanish/ADJ counterpart/NOUN ,/PUNCT Luis/PROPN Mora/PROPN ./PUNCT'), mentions: [['Spanish', 'Country', 'Spain'], ['Luis Mora', 'Person']] },
    expect: ['Luis Mora | counterpartOf | Spain | + |  | fact'],
  },
  {
    name: "a news organisation's own reporter",
    spec: { rows: words("The/DET BBC/PROPN 's/PART Ann/PROPN Kerr/PROPN reports/VERB ./PUNCT"), mentions: [['BBC', 'NewsAgency'], ['Ann Kerr', 'Person']] },
    expect: ['Ann Kerr | worksFor | BBC | + |  | fact'],
  },
  {
    name: 'a name the recogniser did not type as a person, after a title',
    spec: { rows: words('the/DET Dutch/ADJ Ambassador/NOUN to/ADP Peru/PROPN Jan/PROPN Smit/PROPN said/VERB'), mentions: [['Dutch', 'Country', 'Netherlands'], ['Peru', 'Country'], ['Jan Smit', 'Misc']] },
    expect: ['Jan Smit | ambassadorTo | Peru | + |  | fact', 'Jan Smit | ambassadorOf | Netherlands | + |  | fact'],
  },
];

describe('roles', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = offices(analysisOf([c.spec])).map(show);
      for (const e of c.expect) expect(got).toContain(e);
      if (!c.expect.length) expect(got).toEqual([]);
    });
  }

  it.each([
    // [sentence, mentions, expected successions]
    ['Ana/PROPN Reis/PROPN took/VERB over/ADP after/ADP her/PRON predecessor/NOUN as/ADP chair/NOUN ,/PUNCT Tom/PROPN Lee/PROPN ,/PUNCT resigned/VERB', ['Ana Reis', 'Tom Lee'], ['Ana Reis | succeed | Tom Lee | + |  | fact']],
    ["Ana/PROPN Reis/PROPN 's/PART successor/NOUN Tom/PROPN Lee/PROPN spoke/VERB", ['Ana Reis', 'Tom Lee'], ['Tom Lee | succeed | Ana Reis | + |  | fact']],
    ['her/PRON predecessor/NOUN ,/PUNCT Tom/PROPN Lee/PROPN ,/PUNCT spoke/VERB', ['Tom Lee'], []],
  ] as const)('%s', (sentence, people, want) => {
    const got = offices(analysisOf([{ rows: words(sentence), mentions: people.map((p) => [p, 'Person'] as [string, 'Person']) }])).map(show).filter((x) => x.includes('succeed'));
    expect(got).toEqual(want);
  });

  // A company office with no organisation in the title: "its" points back to the last organisation named; an unqualified
  // office is the article's organisation's, when one organisation is named more often than any other.
  const acme = (): SentenceSpec => ({ rows: words('Acme/PROPN Foods/PROPN cut/VERB prices/NOUN ./PUNCT'), mentions: [['Acme Foods', 'Company']] });
  const rivals = (): SentenceSpec => ({ rows: words('Bolt/PROPN Corp/PROPN and/CCONJ Acme/PROPN Foods/PROPN compete/VERB ./PUNCT'), mentions: [['Bolt Corp', 'Company'], ['Acme Foods', 'Company']] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['"its" founder, organisation earlier in the sentence', [{ rows: words('Zenta/PROPN praised/VERB its/PRON founder/NOUN Ida/PROPN Lund/PROPN ./PUNCT'), mentions: [['Zenta', 'Company'], ['Ida Lund', 'Person']] }],
      ['Ida Lund | founderOf | Zenta | + |  | fact']],
    ['"its" chairman, organisation in the sentence before', [acme(), { rows: words('Its/PRON chairman/NOUN Ole/PROPN Dahl/PROPN resigned/VERB ./PUNCT'), mentions: [['Ole Dahl', 'Person']] }],
      ['Ole Dahl | chairmanOf | Acme Foods | + |  | fact']],
    ['unqualified office: the organisation named most often', [acme(), rivals(), { rows: words('chief/ADJ executive/NOUN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      ['Ida Lund | chiefExecutiveOf | Acme Foods | + |  | fact']],
    ['unqualified former office at the start of the sentence', [acme(), acme(), { rows: words('Former/ADJ CEO/NOUN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      ['Ida Lund | formerChiefExecutiveOf | Acme Foods | + |  | fact']],
    ['no organisation named more often than another: nothing', [rivals(), { rows: words('chief/ADJ executive/NOUN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      []],
    ['an organisation named once only: nothing', [acme(), { rows: words('chairman/NOUN Ole/PROPN Dahl/PROPN said/VERB ./PUNCT'), mentions: [['Ole Dahl', 'Person']] }],
      []],
    ['a state office is never the company\'s', [acme(), acme(), { rows: words('Prime/PROPN Minister/PROPN Ole/PROPN Dahl/PROPN said/VERB ./PUNCT'), mentions: [['Ole Dahl', 'Person']] }],
      []],
    ['a title that names its organisation keeps it', [acme(), acme(), { rows: words("Bolt/PROPN Corp/PROPN 's/PART chairman/NOUN Ole/PROPN Dahl/PROPN said/VERB ./PUNCT"), mentions: [['Bolt Corp', 'Company'], ['Ole Dahl', 'Person']] }],
      ['Ole Dahl | chairmanOf | Bolt Corp | + |  | fact']],
    ['a qualifier before the office that is no organisation: nothing', [acme(), acme(), { rows: words('hospital/NOUN chairman/NOUN Ole/PROPN Dahl/PROPN said/VERB ./PUNCT'), mentions: [['Ole Dahl', 'Person']] }],
      []],
  ])('%s', (_name, specs, want) => {
    const got = offices(analysisOf(specs)).map(show).filter((x) => !x.includes('succeed'));
    expect(got).toEqual(want);
  });

  it('an office anchored outside its title is less certain than one that names its organisation', () => {
    const got = offices(analysisOf([acme(), acme(), { rows: words("chairman/NOUN Ole/PROPN Dahl/PROPN and/CCONJ Bolt/PROPN Corp/PROPN 's/PART chairman/NOUN Ann/PROPN Kerr/PROPN spoke/VERB"), mentions: [['Ole Dahl', 'Person'], ['Bolt Corp', 'Company'], ['Ann Kerr', 'Person']] }]));
    const conf = (who: string): number => got.find((c) => show(c).startsWith(who))!.confidence;
    expect(conf('Ole Dahl')).toBeLessThan(conf('Ann Kerr'));
  });

  // A state office with no country in the title: the country of the article's other state titles, if exactly one.
  const danes = (): SentenceSpec => ({ rows: words("Denmark/PROPN 's/PART foreign/ADJ minister/NOUN Bo/PROPN Holm/PROPN flew/VERB home/ADV ./PUNCT"), mentions: [['Denmark', 'Country'], ['Bo Holm', 'Person']] });
  const swedes = (): SentenceSpec => ({ rows: words('the/DET Swedish/ADJ defence/NOUN minister/NOUN Eva/PROPN Berg/PROPN objected/VERB ./PUNCT'), mentions: [['Swedish', 'Country', 'Sweden'], ['Eva Berg', 'Person']] });
  it.each<[string, SentenceSpec[], string[]]>([
    ['bare title before the name: the country of the other state titles', [danes(), { rows: words('Prime/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      ['Ida Lund | primeMinisterOf | Denmark | + |  | fact']],
    ['"the" title, a comma, then the name', [danes(), { rows: words('the/DET finance/NOUN minister/NOUN ,/PUNCT Ida/PROPN Lund/PROPN ,/PUNCT agreed/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      ['Ida Lund | financeMinisterOf | Denmark | + |  | fact']],
    ['a country word right before the title wins over the article\'s country', [danes(), swedes()],
      ['Eva Berg | defenceMinisterOf | Sweden | + |  | fact']],
    ['a minister with portfolios before the name: the country of the other state titles', [danes(), { rows: words('Economy/PROPN and/CCONJ Labour/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Labour', 'PoliticalParty', 'Labour Party'], ['Ida Lund', 'Person']] }],
      ['Ida Lund | economyAndLabourMinisterOf | Denmark | + |  | fact']],
    ['state titles of two countries: nothing', [danes(), swedes(), { rows: words('Prime/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      []],
    ['no other state title in the article: nothing', [acme(), { rows: words('Foreign/PROPN Secretary/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      []],
    ['"his" title may be another country\'s: nothing', [danes(), { rows: words('he/PRON met/VERB his/PRON foreign/ADJ minister/NOUN Ida/PROPN Lund/PROPN ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      []],
    ['an office of companies and states alike, not written as a formal title, is not anchored', [danes(), { rows: words('the/DET president/NOUN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      []],
    ['...written as a formal title before the name, it is the state\'s', [danes(), { rows: words('President/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }],
      ['Ida Lund | presidentOf | Denmark | + |  | fact']],
  ])('%s', (_name, specs, want) => {
    const got = offices(analysisOf(specs)).map(show).filter((x) => !x.startsWith('Bo Holm') && (specs.length < 3 || x.startsWith('Ida Lund')));
    expect(got).toEqual(want);
  });

  // government bodies: the fixtures carry no gazetteer, so the body's country is set here as the gazetteer would
  const withBody = (body: string, country: string, specs: SentenceSpec[]): ReturnType<typeof analysisOf> => {
    const a = analysisOf(specs);
    for (const m of a.mentions) if (m.text === body) m.country = country;
    return a;
  };
  const pm = (): SentenceSpec => ({ rows: words('Prime/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] });
  it.each<[string, ReturnType<typeof analysisOf>, string[]]>([
    ['a government body named without its country gives the country', withBody('Treasury', 'Denmark', [
      { rows: words('the/DET Treasury/PROPN in/ADP Denmark/PROPN objected/VERB ./PUNCT'), mentions: [['Treasury', 'GovernmentBody'], ['Denmark', 'Country']] }, pm()]),
      ['Ida Lund | primeMinisterOf | Denmark | + |  | fact']],
    ['a government body named with its country may be a foreign one: nothing', withBody('Foreign Ministry', 'Norway', [
      { rows: words('the/DET Norwegian/ADJ Foreign/PROPN Ministry/PROPN objected/VERB ./PUNCT'), mentions: [['Norwegian', 'Country', 'Norway'], ['Foreign Ministry', 'GovernmentBody']] }, pm()]),
      []],
  ])('%s', (_name, analysis, want) => {
    expect(offices(analysis).map(show)).toEqual(want);
  });

  it('a state office anchored outside its title is less certain than one that names its country', () => {
    const got = offices(analysisOf([danes(), { rows: words('Prime/PROPN Minister/PROPN Ida/PROPN Lund/PROPN said/VERB ./PUNCT'), mentions: [['Ida Lund', 'Person']] }]));
    const conf = (who: string): number => got.find((c) => show(c).startsWith(who))!.confidence;
    expect(conf('Ida Lund')).toBeLessThan(conf('Bo Holm'));
  });

  it('a country after "its" says where the office is; the office is the organisation\'s that "its" stands for', () => {
    const spec: SentenceSpec = { rows: `
      Zentrix zentrix PROPN NNP 2 nsubj
      appointed appoint VERB VBD 0 root
      its its PRON PRP$ 6 nmod:poss
      Dutch dutch ADJ JJ 6 amod
      chief chief NOUN NN 6 compound
      executive executive NOUN NN 2 obj
      Ana ana PROPN NNP 8 flat
      Reis reis PROPN NNP 6 appos
      . . PUNCT . 2 punct`, mentions: [['Zentrix', 'Company'], ['Dutch', 'Country', 'Netherlands'], ['Ana Reis', 'Person']] };
    const got = offices(analysisOf([spec])).map(show);
    expect(got).toContain('Ana Reis | chiefExecutiveOf | Zentrix | + |  | fact');
    expect(got).not.toContain('Ana Reis | chiefExecutiveOf | Netherlands | + |  | fact');
  });

  it('a place joined to "-based" before the organisation describes it, and is not the organisation', () => {
    const got = offices(analysisOf([{ rows: words('Ivo/PROPN Tan/PROPN ,/PUNCT a/DET director/NOUN at/ADP the/DET Oslo/PROPN -/PUNCT based/VERB Kestrel/PROPN Trust/PROPN ,/PUNCT agreed/VERB ./PUNCT'),
      mentions: [['Ivo Tan', 'Person'], ['Oslo', 'City'], ['Kestrel Trust', 'Organization']] }])).map(show);
    expect(got).toContain('Ivo Tan | directorOf | Kestrel Trust | + |  | fact');
    expect(got.some((x) => x.includes('| Oslo |'))).toBe(false);
  });

  it('a title without an organisation gives no office of anything', () => {
    const got = offices(analysisOf([{ rows: words('President/PROPN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT'), mentions: [['Ana Reis', 'Person']] }]));
    expect(got).toEqual([]);
  });
});

describe('counterparts', () => {
  const words2 = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');
  const first = (title: string): SentenceSpec => ({ rows: words2(`${title} Ivo/PROPN Tan/PROPN landed/VERB ./PUNCT`), mentions: [['Ivo Tan', 'Person']] });
  const second: SentenceSpec = { rows: words2('Mr/PROPN Tan/PROPN met/VERB his/PRON Dutch/ADJ counterpart/NOUN ,/PUNCT Ana/PROPN Reis/PROPN ./PUNCT'), mentions: [['Tan', 'Person'], ['Dutch', 'Country', 'Netherlands'], ['Ana Reis', 'Person']] };
  it.each([
    ['Prime/PROPN Minister/PROPN', 'Ana Reis | primeMinisterOf | Netherlands | + |  | fact'],
    ['Foreign/PROPN Secretary/PROPN', 'Ana Reis | foreignMinisterOf | Netherlands | + |  | fact'],
    ['coach/NOUN', 'Ana Reis | coachOf | Netherlands | + |  | fact'],
    ['the/DET', 'Ana Reis | counterpartOf | Netherlands | + |  | fact'],
  ])('the owner titled %s', (title, row) => {
    const got = offices(analysisOf([first(title), second])).map(show);
    expect(got).toContain(row);
    // a counterpart's country is not the article's: the owner's untitled office is not anchored to it
    expect(got.filter((g) => g.startsWith('Ivo Tan') || g.startsWith('Tan '))).toEqual([]);
  });
});

// How an analyst reads a title: its portfolio, its rank and whether it is held now are the office's; a place or unit in
// it is not what the office is of; a name that only follows a possessive is no person of the organisation.
describe('roles: qualified titles', () => {
  const P = (name: string): [string, 'Person'] => [name, 'Person'];
  it.each<[string, string, Array<[string, import('../../src/analyze/analysis.js').EntityType, string?]>, string[]]>([
    ['portfolios joined by "and": the party name among them is a portfolio', 'Ardanian/ADJ Economy/PROPN and/CCONJ Labour/PROPN Minister/PROPN Karl/PROPN Brandt/PROPN spoke/VERB ./PUNCT',
      [['Ardanian', 'Country', 'Ardania'], ['Labour', 'PoliticalParty', 'Labour Party'], P('Karl Brandt')], ['Karl Brandt | economyAndLabourMinisterOf | Ardania | + |  | fact']],
    ['a party name alone before the title is the minister\'s party', 'Labour/PROPN minister/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT',
      [['Labour', 'PoliticalParty', 'Labour Party'], P('Ana Reis')], ['Ana Reis | ministerOf | Labour Party | + |  | fact']],
    ['"Minister of Health": the portfolio is no organisation', 'the/DET Minister/PROPN of/ADP Health/PROPN ,/PUNCT Ana/PROPN Reis/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Health', 'Location'], P('Ana Reis')], []],
    ['"a former deputy minister of Health": the portfolio is no organisation, whatever words come before the office', 'the/DET former/ADJ Deputy/PROPN Minister/PROPN of/ADP Health/PROPN ,/PUNCT Ana/PROPN Reis/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Health', 'Location'], P('Ana Reis')], []],
    ['a rank before the office is part of it', 'Zenta/PROPN deputy/ADJ director/NOUN Ivo/PROPN Tan/PROPN said/VERB ./PUNCT',
      [['Zenta', 'Company'], P('Ivo Tan')], ['Ivo Tan | deputyDirectorOf | Zenta | + |  | fact']],
    ['a rank in an apposition after the name', 'Ivo/PROPN Tan/PROPN ,/PUNCT Zenta/PROPN deputy/NOUN director/NOUN ,/PUNCT said/VERB ./PUNCT',
      [['Zenta', 'Company'], P('Ivo Tan')], ['Ivo Tan | deputyDirectorOf | Zenta | + |  | fact']],
    ['a rank before a two-word office', 'Ardanian/ADJ Assistant/PROPN Attorney/PROPN General/PROPN Lisa/PROPN Monroe/PROPN filed/VERB ./PUNCT',
      [['Ardanian', 'Country', 'Ardania'], P('Lisa Monroe')], ['Lisa Monroe | assistantAttorneyGeneralOf | Ardania | + |  | fact']],
    ['"acting" is kept in the office', "Ardania/PROPN 's/PART acting/VERB president/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT",
      [['Ardania', 'Country'], P('Ana Reis')], ['Ana Reis | actingPresidentOf | Ardania | + |  | fact']],
    ['"then-" with the hyphen split off is a former office', "Ardania/PROPN 's/PART then/ADV -/PUNCT president/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT",
      [['Ardania', 'Country'], P('Ana Reis')], ['Ana Reis | formerPresidentOf | Ardania | + |  | fact']],
    ['"former" the recogniser took into the organisation\'s name', 'Former/ADJ Coastal/PROPN Police/PROPN Chief/PROPN Ana/PROPN Reis/PROPN retired/VERB ./PUNCT',
      [['Former Coastal Police', 'GovernmentBody'], P('Ana Reis')], ['Ana Reis | formerChiefOf | Coastal Police | + |  | fact']],
    ['"its <country> <office>" with no owner found: not the country\'s office', 'It/PRON sent/VERB its/PRON Ardanian/ADJ chief/ADJ executive/NOUN Tom/PROPN Hale/PROPN abroad/ADV ./PUNCT',
      [['Ardanian', 'Country', 'Ardania'], P('Tom Hale')], []],
    ['a place describing the unit; the firm after "for"', 'Tom/PROPN Hale/PROPN ,/PUNCT head/NOUN of/ADP Ardanian/ADJ bonds/NOUN for/ADP Zenta/PROPN Capital/PROPN ,/PUNCT said/VERB ./PUNCT',
      [P('Tom Hale'), ['Ardanian', 'Country', 'Ardania'], ['Zenta Capital', 'Company']], ['Tom Hale | headOfArdanianBondsAt | Zenta Capital | + |  | fact', 'Tom Hale | worksFor | Zenta Capital | + |  | fact']],
    ['a place describing the unit, no firm: nothing', 'Tom/PROPN Hale/PROPN ,/PUNCT head/NOUN of/ADP Ardanian/ADJ bonds/NOUN ,/PUNCT said/VERB ./PUNCT',
      [P('Tom Hale'), ['Ardanian', 'Country', 'Ardania']], []],
    ["a unit of the organisation after its possessive", "Ida/PROPN Lund/PROPN ,/PUNCT head/NOUN of/ADP the/DET Zenta/PROPN 's/PART research/NOUN unit/NOUN ,/PUNCT spoke/VERB ./PUNCT",
      [P('Ida Lund'), ['Zenta', 'Company']], ['Ida Lund | headOfResearchUnitAt | Zenta | + |  | fact', 'Ida Lund | worksFor | Zenta | + |  | fact']],
    ['a rank before the country, in an apposition', 'Ana/PROPN Reis/PROPN ,/PUNCT assistant/NOUN Ardanian/ADJ attorney/NOUN general/NOUN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardanian', 'Country', 'Ardania']], ['Ana Reis | assistantAttorneyGeneralOf | Ardania | + |  | fact']],
    ['"former" and a rank before the country, in an apposition', 'Ana/PROPN Reis/PROPN ,/PUNCT a/DET former/ADJ assistant/NOUN Ardanian/ADJ attorney/NOUN general/NOUN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardanian', 'Country', 'Ardania']], ['Ana Reis | formerAssistantAttorneyGeneralOf | Ardania | + |  | fact']],
    ['a rank before the country, before the name', 'assistant/ADJ Ardanian/ADJ attorney/NOUN general/NOUN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Ardanian', 'Country', 'Ardania']], ['Ana Reis | assistantAttorneyGeneralOf | Ardania | + |  | fact']],
    ['"the wife of the head of X, B": the name is the wife\'s, no office of hers', 'the/DET wife/NOUN of/ADP the/DET head/NOUN of/ADP Interpol/PROPN ,/PUNCT Olga/PROPN Lind/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Interpol', 'Organization'], P('Olga Lind')], []],
    ['"a lawyer for his Ardanian counterpart, B": the name is the lawyer\'s', 'Ivo/PROPN Tan/PROPN met/VERB a/DET lawyer/NOUN for/ADP his/PRON Ardanian/ADJ counterpart/NOUN ,/PUNCT Olga/PROPN Lind/PROPN ./PUNCT',
      [P('Ivo Tan'), ['Ardanian', 'Country', 'Ardania'], P('Olga Lind')], []],
    ['"the head of X, B" alone is B\'s office', 'the/DET head/NOUN of/ADP Interpol/PROPN ,/PUNCT Olga/PROPN Lind/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [['Interpol', 'Organization'], P('Olga Lind')], ['Olga Lind | headOf | Interpol | + |  | fact']],
    ['a plural title before a list: each one\'s', 'Zenta/PROPN executives/NOUN Ana/PROPN Reis/PROPN ,/PUNCT Tom/PROPN Hale/PROPN and/CCONJ Ivo/PROPN Tan/PROPN left/VERB ./PUNCT',
      [['Zenta', 'Company'], P('Ana Reis'), P('Tom Hale'), P('Ivo Tan')], ['Ana Reis | executiveOf | Zenta | + |  | fact', 'Tom Hale | executiveOf | Zenta | + |  | fact', 'Ivo Tan | executiveOf | Zenta | + |  | fact']],
    ['a singular title before "A and B" is A\'s only', 'Zenta/PROPN chairman/NOUN Ana/PROPN Reis/PROPN and/CCONJ Ivo/PROPN Tan/PROPN met/VERB ./PUNCT',
      [['Zenta', 'Company'], P('Ana Reis'), P('Ivo Tan')], ['Ana Reis | chairmanOf | Zenta | + |  | fact']],
    ['an organisation\'s possessive before a list of names', "Zenta/PROPN 's/PART Ana/PROPN Reis/PROPN and/CCONJ Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT",
      [['Zenta', 'Organization'], P('Ana Reis'), P('Ivo Tan')], ['Ana Reis | worksFor | Zenta | + |  | fact', 'Ivo Tan | worksFor | Zenta | + |  | fact']],
    ['a list whose last name owns what follows is no list of the title', "Zenta/PROPN executives/NOUN Ana/PROPN Reis/PROPN and/CCONJ Ivo/PROPN Tan/PROPN 's/PART lawyer/NOUN met/VERB ./PUNCT",
      [['Zenta', 'Company'], P('Ana Reis'), P('Ivo Tan')], ['Ana Reis | executiveOf | Zenta | + |  | fact']],
    ['"<country>\'s <office>, <name>" opening the sentence', "Ardania/PROPN 's/PART president/NOUN ,/PUNCT Ana/PROPN Reis/PROPN ,/PUNCT spoke/VERB ./PUNCT",
      [['Ardania', 'Country'], P('Ana Reis')], ['Ana Reis | presidentOf | Ardania | + |  | fact']],
    ['"<name> of <company>" works for it', 'said/VERB Ana/PROPN Reis/PROPN of/ADP Zenta/PROPN ./PUNCT',
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | worksFor | Zenta | + |  | fact']],
    ['"<name> of <organisation>" is one of its members', 'said/VERB Ana/PROPN Reis/PROPN of/ADP the/DET Rivers/PROPN Trust/PROPN ./PUNCT',
      [P('Ana Reis'), ['Rivers Trust', 'Organization']], ['Ana Reis | memberOf | Rivers Trust | + |  | fact']],
    ['"<name> of <country>" is no membership: the country is the person\'s nationality', 'said/VERB Ana/PROPN Reis/PROPN of/ADP Ardania/PROPN ./PUNCT',
      [P('Ana Reis'), ['Ardania', 'Country']], ['Ana Reis | citizenOf | Ardania | + |  | fact']],
    ['", who was <org>\'s <office>": an office held before', "Ana/PROPN Reis/PROPN ,/PUNCT who/PRON was/AUX also/ADV Zenta/PROPN 's/PART president/NOUN ,/PUNCT left/VERB ./PUNCT",
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | formerPresidentOf | Zenta | + |  | fact']],
    ['", who is <office> of <org>": the office now', 'Ana/PROPN Reis/PROPN ,/PUNCT who/PRON is/AUX head/NOUN of/ADP Interpol/PROPN ,/PUNCT spoke/VERB ./PUNCT',
      [P('Ana Reis'), ['Interpol', 'Organization']], ['Ana Reis | headOf | Interpol | + |  | fact']],
    ['", who was head of <org>\'s <unit>": a former office of the unit, no employer now', "Ana/PROPN Reis/PROPN ,/PUNCT who/PRON was/AUX head/NOUN of/ADP the/DET Zenta/PROPN 's/PART research/NOUN unit/NOUN ,/PUNCT spoke/VERB ./PUNCT",
      [P('Ana Reis'), ['Zenta', 'Company']], ['Ana Reis | formerHeadOfResearchUnitAt | Zenta | + |  | fact']],
    ['a unit written with a hyphen the tokeniser split off', "Ida/PROPN Lund/PROPN ,/PUNCT head/NOUN of/ADP the/DET Zenta/PROPN 's/PART code/NOUN ~-/PUNCT ~breaking/NOUN unit/NOUN ,/PUNCT spoke/VERB ./PUNCT",
      [P('Ida Lund'), ['Zenta', 'Company']], ['Ida Lund | headOfCodeBreakingUnitAt | Zenta | + |  | fact', 'Ida Lund | worksFor | Zenta | + |  | fact']],
    ['a name after a possessive that only the title rule makes a person', "Zenta/PROPN 's/PART Spring/PROPN Cup/PROPN match/NOUN starts/VERB ./PUNCT",
      [['Zenta', 'Company'], ['Spring Cup', 'Misc']], []],
    ['"A, the chief of X, Mr B": a list, the office not read as A\'s (B\'s, over the honorific, as without one)', 'Ana/PROPN Reis/PROPN ,/PUNCT the/DET chief/NOUN of/ADP Interpol/PROPN ,/PUNCT Mr/PROPN Tom/PROPN Hale/PROPN ,/PUNCT and/CCONJ others/NOUN met/VERB ./PUNCT',
      [P('Ana Reis'), ['Interpol', 'Organization'], P('Tom Hale')], ['Tom Hale | chiefOf | Interpol | + |  | fact']],
  ])('%s', (_name, sentence, mentions, want) => {
    const got = offices(analysisOf([{ rows: words(sentence), mentions }])).map(show).sort();
    expect(got).toEqual([...want].sort());
  });
});
