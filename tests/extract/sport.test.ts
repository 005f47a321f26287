// Table-driven tests of the sport rules (src/extract/sport): a player's country, age, seeding and ranking from the words
// around the name; a score on the result it is of; results with a borrowed subject or a passive agent; substitutions and
// goals. Hand-parsed sentences written for the tests (invented players and teams; real countries, which the gazetteer
// must know).
import { describe, expect, it } from 'vitest';
import { sport } from '../../src/extract/sport/index.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Ana Reis won." then "Chile's Reis beat Swede Lia Tomas." with "Reis" left unnamed by the recogniser
const named: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 3 nsubj
  won win VERB VBD 0 root
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person']] };
const nations: SentenceSpec = { rows: `
  Chile Chile PROPN NNP 3 nmod:poss
  's 's PART POS 1 case
  Reis Reis PROPN NNP 4 nsubj
  beat beat VERB VBD 0 root
  Swede Swede PROPN NNP 7 compound
  Lia Lia PROPN NNP 7 compound
  Tomas Tomas PROPN NNP 4 obj
  . . PUNCT . 4 punct`, mentions: [['Chile', 'Country', 'Chile'], ['Swede', 'Misc'], ['Lia Tomas', 'Person']] };
// "Chile's Ana Reis beat Peruvian Lia Tomas." — names typed as persons: roles.ts reads these
const nationsByRoles: SentenceSpec = { rows: `
  Chile Chile PROPN NNP 4 nmod:poss
  's 's PART POS 1 case
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 5 nsubj
  beat beat VERB VBD 0 root
  Peruvian Peruvian ADJ JJ 8 amod
  Lia Lia PROPN NNP 8 compound
  Tomas Tomas PROPN NNP 5 obj
  . . PUNCT . 5 punct`, mentions: [['Chile', 'Country', 'Chile'], ['Ana Reis', 'Person'], ['Peruvian', 'Country', 'Peru'], ['Lia Tomas', 'Person']] };
// "Ana Reis from Chile will meet Lia Tomas (Peru)."
const after: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 6 nsubj
  from from ADP IN 4 case
  Chile Chile PROPN NNP 2 nmod
  will will AUX MD 6 aux
  meet meet VERB VB 0 root
  Lia Lia PROPN NNP 8 compound
  Tomas Tomas PROPN NNP 6 obj
  ( ( PUNCT -LRB- 10 punct
  ~Peru Peru PROPN NNP 8 appos
  ~) ) PUNCT -RRB- 10 punct
  ~. . PUNCT . 6 punct`, mentions: [['Ana Reis', 'Person'], ['Chile', 'Country', 'Chile'], ['Lia Tomas', 'Person'], ['Peru', 'Country', 'Peru']] };
// "Ana Reis of Chile Telecom resigned." — the country names a company's, not the person's
const company: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 6 nsubj
  of of ADP IN 5 case
  Chile Chile PROPN NNP 5 compound
  Telecom Telecom PROPN NNP 2 nmod
  resigned resign VERB VBD 0 root
  . . PUNCT . 6 punct`, mentions: [['Ana Reis', 'Person'], ['Chile', 'Country', 'Chile']] };
// "Peruvian President Lia Tomas spoke." — an office between the nation and the name is roles' business
const office: SentenceSpec = { rows: `
  Peruvian Peruvian ADJ JJ 2 amod
  President president PROPN NNP 4 compound
  Lia Lia PROPN NNP 4 compound
  Tomas Tomas PROPN NNP 5 nsubj
  spoke speak VERB VBD 0 root
  . . PUNCT . 5 punct`, mentions: [['Peruvian', 'Country', 'Peru'], ['Lia Tomas', 'Person']] };
// "Fifth seed Ana Reis, 19, beat world number 40 Lia Tomas."
const seeds: SentenceSpec = { rows: `
  Fifth fifth ADJ JJ 2 amod
  seed seed NOUN NN 4 compound
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 8 nsubj
  ~, , PUNCT , 6 punct
  19 19 NUM CD 4 appos
  ~, , PUNCT , 6 punct
  beat beat VERB VBD 0 root
  world world NOUN NN 10 compound
  number number NOUN NN 13 compound
  40 40 NUM CD 10 nummod
  Lia Lia PROPN NNP 13 compound
  Tomas Tomas PROPN NNP 8 obj
  . . PUNCT . 8 punct`, mentions: [['Ana Reis', 'Person'], ['Lia Tomas', 'Person']] };
// "Ana Reis, the world number 12, and the 23-year-old Lia Tomas advanced."
const between: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 17 nsubj
  ~, , PUNCT , 6 punct
  the the DET DT 6 det
  world world NOUN NN 6 compound
  number number NOUN NN 2 appos
  12 12 NUM CD 6 nummod
  ~, , PUNCT , 6 punct
  and and CCONJ CC 16 cc
  the the DET DT 16 det
  23 23 NUM CD 13 nummod
  ~- - PUNCT HYPH 13 punct
  ~year year NOUN NN 15 obl:npmod
  ~- - PUNCT HYPH 15 punct
  ~old old ADJ JJ 16 amod
  Lia Lia PROPN NNP 2 conj
  Tomas Tomas PROPN NNP 16 flat
  advanced advance VERB VBD 0 root
  . . PUNCT . 17 punct`, mentions: [['Ana Reis', 'Person'], ['Lia Tomas', 'Person']] };

// "Norvia secured a 2-0 win."
const win: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  secured secure VERB VBD 0 root
  a a DET DT 7 det
  2 2 NUM CD 7 nummod
  ~- - SYM SYM 6 case
  ~0 0 NUM CD 4 nmod
  win win NOUN NN 2 obj
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization']] };
// "The goal gave Norvia a 1-0 lead."
const gave: SentenceSpec = { rows: `
  The the DET DT 2 det
  goal goal NOUN NN 3 nsubj
  gave give VERB VBD 0 root
  Norvia Norvia PROPN NNP 3 iobj
  a a DET DT 9 det
  1 1 NUM CD 9 nummod
  ~- - SYM SYM 8 case
  ~0 0 NUM CD 6 nmod
  lead lead NOUN NN 3 obj
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Organization']] };
// "Reis hailed his side's 2-0 win." — whose win is said, and not the speaker's: the score stays on the win
const hailed: SentenceSpec = { rows: `
  Reis Reis PROPN NNP 2 nsubj
  hailed hail VERB VBD 0 root
  his his PRON PRP$ 4 nmod:poss
  side side NOUN NN 9 nmod:poss
  ~'s 's PART POS 4 case
  2 2 NUM CD 9 nummod
  ~- - SYM SYM 8 case
  ~0 0 NUM CD 6 nmod
  win win NOUN NN 2 obj
  . . PUNCT . 2 punct`, mentions: [['Reis', 'Person']] };
// "Reis took the match 6-4 7-6 (7-3)."
const match: SentenceSpec = { rows: `
  Reis Reis PROPN NNP 2 nsubj
  took take VERB VBD 0 root
  the the DET DT 4 det
  match match NOUN NN 2 obj
  6 6 NUM CD 4 nummod
  ~- - SYM SYM 7 case
  ~4 4 NUM CD 5 nmod
  7 7 NUM CD 5 conj
  ~- - SYM SYM 10 case
  ~6 6 NUM CD 8 nmod
  ( ( PUNCT -LRB- 12 punct
  ~7 7 NUM CD 8 appos
  ~- - SYM SYM 14 case
  ~3 3 NUM CD 12 nmod
  ~) ) PUNCT -RRB- 12 punct
  ~. . PUNCT . 2 punct`, mentions: [['Reis', 'Person']] };
// "Norvia lost 3-1 to Tarvia."
const lost: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  lost lose VERB VBD 0 root
  3 3 NUM CD 2 obj
  ~- - SYM SYM 5 case
  ~1 1 NUM CD 3 nmod
  to to ADP IN 7 case
  Tarvia Tarvia PROPN NNP 2 obl
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };
// "Norvia are the 7-2 favourites." — odds, not a score
const odds: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 7 nsubj
  are be AUX VBP 7 cop
  the the DET DT 7 det
  7 7 NUM CD 7 nummod
  ~- - SYM SYM 6 case
  ~2 2 NUM CD 4 nmod
  favourites favourite NOUN NNS 0 root
  . . PUNCT . 7 punct`, mentions: [['Norvia', 'Organization']] };
// "Norvia won 50-60 seats." — a range of counts before a plural noun is no score
const seats: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  won win VERB VBD 0 root
  50 50 NUM CD 6 nummod
  ~- - SYM SYM 5 case
  ~60 60 NUM CD 3 nmod
  seats seat NOUN NNS 2 obj
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'PoliticalParty']] };
// "Norvia could win 2-0." — a result that may come is none
const could: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nsubj
  could could AUX MD 3 aux
  win win VERB VB 0 root
  2 2 NUM CD 3 obj
  ~- - SYM SYM 6 case
  ~0 0 NUM CD 4 nmod
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Organization']] };

// "Norvia came from behind to beat Tarvia."
const behind: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  came come VERB VBD 0 root
  from from ADP IN 4 case
  behind behind ADV RB 2 obl
  to to PART TO 6 mark
  beat beat VERB VB 2 advcl
  Tarvia Tarvia PROPN NNP 6 obj
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };
// "Norvia hope to beat Tarvia." — a wish is no result
const hope: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  hope hope VERB VBP 0 root
  to to PART TO 4 mark
  beat beat VERB VB 2 xcomp
  Tarvia Tarvia PROPN NNP 4 obj
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };
// "Tarvia were knocked out in the third round by Norvia." with "by Norvia" hung on "round"
const knocked: SentenceSpec = { rows: `
  Tarvia Tarvia PROPN NNP 3 nsubj:pass
  were be AUX VBD 3 aux:pass
  knocked knock VERB VBN 0 root
  out out ADP RP 3 compound:prt
  in in ADP IN 8 case
  the the DET DT 8 det
  third third ADJ JJ 8 amod
  round round NOUN NN 3 obl
  by by ADP IN 10 case
  Norvia Norvia PROPN NNP 8 nmod
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };
// "Ana Reis came on for Lia Tomas."
const cameOn: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 3 nsubj
  came come VERB VBD 0 root
  on on ADV RB 3 advmod
  for for ADP IN 7 case
  Lia Lia PROPN NNP 7 compound
  Tomas Tomas PROPN NNP 3 obl
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person'], ['Lia Tomas', 'Person']] };
// "Ana Reis shone after replacing Lia Tomas."
const replacing: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 3 nsubj
  shone shine VERB VBD 0 root
  after after SCONJ IN 5 mark
  replacing replace VERB VBG 3 advcl
  Lia Lia PROPN NNP 7 compound
  Tomas Tomas PROPN NNP 5 obj
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person'], ['Lia Tomas', 'Person']] };
// "Ana Reis's late header won it."
const header: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 5 nmod:poss
  ~'s 's PART POS 2 case
  late late ADJ JJ 5 amod
  header header NOUN NN 6 nsubj
  won win VERB VBD 0 root
  it it PRON PRP 6 obj
  . . PUNCT . 6 punct`, mentions: [['Ana Reis', 'Person']] };

// "Ana Reis's goal is to cut costs." — an aim, not a goal scored
const aim: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 4 nmod:poss
  ~'s 's PART POS 2 case
  goal goal NOUN NN 7 nsubj
  is be AUX VBZ 7 cop
  to to PART TO 7 mark
  cut cut VERB VB 0 root
  costs cost NOUN NNS 7 obj
  . . PUNCT . 7 punct`, mentions: [['Ana Reis', 'Person']] };
// "Ana Reis's strike closed the docks." — a walk-out
const walkOut: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 4 nmod:poss
  ~'s 's PART POS 2 case
  strike strike NOUN NN 5 nsubj
  closed close VERB VBD 0 root
  the the DET DT 7 det
  docks dock NOUN NNS 5 obj
  . . PUNCT . 5 punct`, mentions: [['Ana Reis', 'Person']] };

// "Norvia hope to beat Tarvia 2-0." — a wish has no score
const hopeScore: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  hope hope VERB VBP 0 root
  to to PART TO 4 mark
  beat beat VERB VB 2 xcomp
  Tarvia Tarvia PROPN NNP 4 obj
  2 2 NUM CD 4 obl
  ~- - SYM SYM 8 case
  ~0 0 NUM CD 6 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };
// "Norvia will play Zedland after beating Tarvia 3-0." — the beating is done, whatever the next match
const afterBeating: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nsubj
  will will AUX MD 3 aux
  play play VERB VB 0 root
  Zedland Zedland PROPN NNP 3 obj
  after after SCONJ IN 6 mark
  beating beat VERB VBG 3 advcl
  Tarvia Tarvia PROPN NNP 6 obj
  3 3 NUM CD 6 obl
  ~- - SYM SYM 10 case
  ~0 0 NUM CD 8 nmod
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Organization'], ['Zedland', 'Organization'], ['Tarvia', 'Organization']] };
// "Reis won Sunday's final." — the day as the match's possessor is when it was played
const sundays: SentenceSpec = { rows: `
  Reis Reis PROPN NNP 2 nsubj
  won win VERB VBD 0 root
  Sunday Sunday PROPN NNP 5 nmod:poss
  ~'s 's PART POS 3 case
  final final ADJ JJ 2 obj
  . . PUNCT . 2 punct`, mentions: [['Reis', 'Person']], times: [['Sunday', '2024-03-24']] };

// "Norvia boss Ana Reis hailed his side's 2-1 win." — the speaker's side is the club written before the name
const bossHailed: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 compound
  boss boss NOUN NN 4 compound
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 5 nsubj
  hailed hail VERB VBD 0 root
  his his PRON PRP$ 7 nmod:poss
  side side NOUN NN 11 nmod:poss
  ~'s 's PART POS 7 case
  2 2 NUM CD 11 nummod
  ~- - SYM SYM 10 case
  ~1 1 NUM CD 9 nmod
  win win NOUN NN 5 obj
  . . PUNCT . 5 punct`, mentions: [['Norvia', 'Organization'], ['Ana Reis', 'Person']] };
// "Norvia top the league table." with "top" tagged a noun
const topTable: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 compound
  top top NOUN NN 0 root
  the the DET DT 5 det
  league league NOUN NN 5 compound
  table table NOUN NN 2 obj
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Organization']] };
// "The record went into the Norvia top 40 chart.": "top" before a count is the chart's adjective
const topCount: SentenceSpec = { rows: `
  The the DET DT 2 det
  record record NOUN NN 3 nsubj
  went go VERB VBD 0 root
  into into ADP IN 9 case
  the the DET DT 9 det
  Norvia Norvia PROPN NNP 9 compound
  top top ADJ JJ 9 amod
  40 40 NUM CD 9 nummod
  chart chart NOUN NN 3 obl
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Country']] };
// "Ana Reis came off the bench to score the winner."
const bench: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 2 compound
  Reis Reis PROPN NNP 3 nsubj
  came come VERB VBD 0 root
  off off ADP IN 6 case
  the the DET DT 6 det
  bench bench NOUN NN 3 obl
  to to PART TO 8 mark
  score score VERB VB 3 advcl
  the the DET DT 10 det
  winner winner NOUN NN 8 obj
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person']] };
// "Norvia are capable of scoring goals." — what one is capable of has not happened
const capable: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nsubj
  are be AUX VBP 3 cop
  capable capable ADJ JJ 0 root
  of of SCONJ IN 5 mark
  scoring score VERB VBG 3 advcl
  goals goal NOUN NNS 5 obj
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Organization']] };

// "Norvia manager Ana Reis praised Lia Tomas after beating Tarvia." — the manager's club beat Tarvia
const managerBeat: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 compound
  manager manager NOUN NN 4 compound
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 5 nsubj
  praised praise VERB VBD 0 root
  Lia Lia PROPN NNP 7 compound
  Tomas Tomas PROPN NNP 5 obj
  after after SCONJ IN 9 mark
  beating beat VERB VBG 5 advcl
  Tarvia Tarvia PROPN NNP 9 obj
  . . PUNCT . 5 punct`, mentions: [['Ana Reis', 'Person'], ['Lia Tomas', 'Person'], ['Tarvia', 'Organization']] };

describe('sport: who the players are', () => {
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['"Chile\'s" and a demonym before names typed as persons are left to roles', nationsByRoles, []],
    ['"from" a country and a country in brackets after a name give it', after,
      ['Ana Reis | citizenOf | Chile | + |  | fact', 'Lia Tomas | citizenOf | Peru | + |  | fact']],
    ['a country that goes on into a longer name is not the person\'s', company, []],
    ['an office between the demonym and the name is no nationality', office, []],
    ['a seeding and a ranking before the name, an age between commas after it', seeds,
      ['Ana Reis | seed | fifth seed | + |  | fact', 'Ana Reis | aged | 19 | + |  | fact', 'Lia Tomas | ranked | world number 40 | + |  | fact']],
    ['a ranking between commas after the name, an age before it', between,
      ['Ana Reis | ranked | world number 12 | + |  | fact', 'Lia Tomas | aged | 23 | + |  | fact']],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => expect(sport(analysisOf([spec])).map(show)).toEqual(want));
  }
  it('an age used as a noun, placed on the person named before, is that person\'s', () => {
    const later: SentenceSpec = { rows: `
      The the DET DT 6 det
      19 19 NUM CD 4 nummod
      ~- - PUNCT HYPH 2 punct
      ~year year NOUN NN 6 obl:unmarked
      ~- - PUNCT HYPH 4 punct
      ~old old ADJ JJ 7 nsubj
      took take VERB VBD 0 root
      40 40 NUM CD 9 nummod
      minutes minute NOUN NNS 7 obj
      . . PUNCT . 7 punct` };
    expect(sport(analysisOf([named, later])).map(show)).toEqual(['Ana Reis | aged | 19 | + |  | fact']);
  });
  it('a surname the recogniser left unnamed is the person named before with it', () => {
    expect(sport(analysisOf([named, nations])).map(show)).toEqual(['Ana Reis | citizenOf | Chile | + |  | fact', 'Lia Tomas | citizenOf | Sweden | + |  | fact']);
  });
});

describe('sport: scores', () => {
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['a score on a win the subject secured: the subject won by it', win, ['Norvia | win | 2-0 | + |  | fact']],
    ['a lead given to a side is that side\'s', gave, ['Norvia | lead | 1-0 | + |  | fact']],
    ['a win whose owner is no name keeps its score; the one hailing it did not win', hailed, ['win | score | 2-0 | + |  | fact']],
    ['a set-by-set score after the match a player took is the match\'s', match, ['match | score | 6-4 7-6 (7-3) | + |  | fact']],
    ['a score after a verb of losing: the subject lost by it', lost, ['Norvia | lose | 3-1 | + |  | fact']],
    ['odds are no score', odds, []],
    ['a range of counts before a plural noun is no score', seats, []],
    ['a result hoped for has no score', hopeScore, []],
    ['a gerund after "after" borrows the subject whatever the main verb\'s tense', afterBeating, ['Norvia | win | 3-0 | + |  | fact', 'Norvia | beat | Tarvia | + |  | fact']],
    ['a score on "his side\'s" win in the words of a club\'s boss is the club\'s', bossHailed, ['Norvia | win | 2-1 | + |  | fact']],
    ['a day as a final\'s possessor dates it', sundays, ['final | date | 2024-03-24 | + |  | fact']],
    ['a win that could come has no score', could, []],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => expect(sport(analysisOf([spec])).map(show)).toEqual(want));
  }
});

describe('sport: acts of a match', () => {
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['a result verb without a subject takes the governing verb\'s', behind, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a club\'s manager beating a side: the club beat it (and the manager, as the relations read it, is left to them)', managerBeat, ['Norvia | beat | Tarvia | + |  | fact', 'Ana Reis | beat | Tarvia | + |  | fact']],
    ['hoping to beat is no result', hope, []],
    ['a passive knock-out\'s agent knocked the subject out, wherever its by-phrase hangs', knocked, ['Norvia | knockOut | Tarvia | + |  | fact']],
    ['coming on for a player replaces them', cameOn, ['Ana Reis | replace | Lia Tomas | + |  | fact']],
    ['after replacing: the main clause\'s subject replaced', replacing, ['Ana Reis | replace | Lia Tomas | + |  | fact']],
    ['a side before "top" and a table after it: the side tops the table', topTable, ['Norvia | top | league table | + |  | fact']],
    ['"top" before a count is no side topping a table', topCount, []],
    ['coming off the bench to score: the substitute scored', bench, ['Ana Reis | score | winner | + |  | fact']],
    ['being capable of scoring is no goal', capable, []],
    ['a player\'s header is one they scored', header, ['Ana Reis | score | late header | + |  | fact']],
    ['a person\'s goal that is to do something is an aim, not a goal scored', aim, []],
    ['a person\'s strike is no goal scored (a walk-out, an air raid)', walkOut, []],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => expect(sport(analysisOf([spec])).map(show)).toEqual(want));
  }
});
