// Table-driven tests of the main event stated by a name, a participle or a cause: a named day that is an incident ("a day
// that became known as Grey Tuesday"), tolls anchored to it rather than to a war or a judging "disaster", an illness people
// died of, and the place and undated day of a participle toll. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analyze/analysis.js';
import { events } from '../../src/extract/events.js';
import { analysisOf, show, undatedAnalysisOf, type SentenceSpec } from './fixtures.js';

/** Runs a table of [name, input, rows that must be produced, rows that must not] through the events extractor. */
function check<T>(table: Array<[string, T, string[], string[]]>, analysis: (input: T) => Analysis): void {
  for (const [name, input, present, absent] of table) {
    it(name, () => {
      const got = events(analysis(input)).map(show);
      for (const r of present) expect(got).toContain(r);
      for (const r of absent) expect(got).not.toContain(r);
    });
  }
}

// "Few nights of the war are recalled like 4 March 1986, a day that became known as Grey Tuesday."
const knownAs: SentenceSpec = { rows: `
  Few few ADJ JJ 2 amod
  nights night NOUN NNS 7 nsubj:pass
  of of ADP IN 5 case
  the the DET DT 5 det
  war war NOUN NN 2 nmod
  are be AUX VBP 7 aux:pass
  recalled recall VERB VBN 0 root
  like like ADP IN 9 case
  4 4 NUM CD 7 obl
  March March PROPN NNP 9 nmod:unmarked
  1986 1986 NUM CD 9 nmod:unmarked
  , , PUNCT , 14 punct
  a a DET DT 14 det
  day day NOUN NN 9 appos
  that that PRON WDT 16 nsubj
  became become VERB VBD 14 acl:relcl
  known known ADJ JJ 16 xcomp
  as as ADP IN 20 case
  Grey grey ADJ JJ 20 amod
  Tuesday Tuesday PROPN NNP 17 obl
  . . PUNCT . 7 punct`, mentions: [['Grey Tuesday', 'Event']], times: [['4 March 1986', '1986-03-04']] };
// "The Grey Tuesday bombings shook the town." — the day's name modifies an incident noun: the day is those bombings
const nameOfBombings: SentenceSpec = { rows: `
  The the DET DT 4 det
  Grey grey ADJ JJ 3 amod
  Tuesday Tuesday PROPN NNP 4 compound
  bombings bombing NOUN NNS 5 nsubj
  shook shake VERB VBD 0 root
  the the DET DT 7 det
  town town NOUN NN 5 obj
  . . PUNCT . 5 punct`, mentions: [['Grey Tuesday', 'Event']] };
// "Eleven residents were dead and 40 more were wounded." — a toll in a sentence naming no event
const deadAndMaimed: SentenceSpec = { rows: `
  Eleven eleven NUM CD 2 nummod
  residents resident NOUN NNS 4 nsubj
  were be AUX VBD 4 cop
  dead dead ADJ JJ 0 root
  and and CCONJ CC 9 cc
  40 40 NUM CD 9 nsubj:pass
  more more ADJ JJR 6 amod
  were be AUX VBD 9 aux:pass
  wounded wound VERB VBN 4 conj
  . . PUNCT . 4 punct` };
// "The Grey Tuesday attacks shook the town." — as above, with a noun of another head
const nameOfAttacks: SentenceSpec = { ...nameOfBombings, rows: nameOfBombings.rows.replace('bombings bombing', 'attacks attack') };
// "The Varna Marathon bombing shook the town." — an occasion's name on an incident names where it was, not the incident
const marathonBombing: SentenceSpec = { rows: `
  The the DET DT 4 det
  Varna Varna PROPN NNP 3 compound
  Marathon Marathon PROPN NNP 4 compound
  bombing bombing NOUN NN 5 nsubj
  shook shake VERB VBD 0 root
  the the DET DT 7 det
  town town NOUN NN 5 obj
  . . PUNCT . 5 punct`, mentions: [['Varna Marathon', 'Event']] };
// "Eleven people died during the Varna Marathon."
const diedDuringMarathon: SentenceSpec = { rows: `
  Eleven eleven NUM CD 2 nummod
  people person NOUN NNS 3 nsubj
  died die VERB VBD 0 root
  during during ADP IN 6 case
  the the DET DT 6 det
  Varna Varna PROPN NNP 3 obl
  Marathon Marathon PROPN NNP 6 flat
  . . PUNCT . 3 punct`, mentions: [['Varna Marathon', 'Event']] };

// "A bomb exploded in the market."
const bombExploded: SentenceSpec = { rows: `
  A a DET DT 2 det
  bomb bomb NOUN NN 3 nsubj
  exploded explode VERB VBD 0 root
  in in ADP IN 6 case
  the the DET DT 6 det
  market market NOUN NN 3 obl
  . . PUNCT . 3 punct` };
// "Later, soldiers killed 13 marchers during Red Sunday." — a named event the article gives no type
const duringRedSunday: SentenceSpec = { rows: `
  Later late ADV RBR 4 advmod
  , , PUNCT , 4 punct
  soldiers soldier NOUN NNS 4 nsubj
  killed kill VERB VBD 0 root
  13 13 NUM CD 6 nummod
  marchers marcher NOUN NNS 4 obj
  during during ADP IN 9 case
  Red red ADJ JJ 9 amod
  Sunday Sunday PROPN NNP 4 obl:unmarked
  . . PUNCT . 4 punct`, mentions: [['Red Sunday', 'Event']] };
// "The plan proved to be a disaster."
const planDisaster: SentenceSpec = { rows: `
  The the DET DT 2 det
  plan plan NOUN NN 3 nsubj
  proved prove VERB VBD 0 root
  to to PART TO 7 mark
  be be AUX VB 7 cop
  a a DET DT 7 det
  disaster disaster NOUN NN 3 xcomp
  . . PUNCT . 3 punct` };
// "Five people were killed."
const fiveKilled: SentenceSpec = { rows: `
  Five five NUM CD 2 nummod
  people person NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  killed kill VERB VBN 0 root
  . . PUNCT . 4 punct` };

describe('a named day that is the incident', () => {
  const table: Array<[string, SentenceSpec[], string[], string[]]> = [
    ['a day that became known as a name, which names an incident: the name has the day, the toll of the next sentence is its',
      [knownAs, nameOfBombings, deadAndMaimed],
      ['Grey Tuesday | date | 1986-03-04 | + |  | fact', 'Grey Tuesday | killed | 11 | + |  | fact', 'Grey Tuesday | injured | 40 | + |  | fact'],
      ['war | killed | 11 | + |  | fact']],
    ['the toll before the name is read as the incident\'s is its too, whatever its head noun', [knownAs, deadAndMaimed, nameOfAttacks],
      ['Grey Tuesday | killed | 11 | + |  | fact'], ['war | killed | 11 | + |  | fact']],
    ['an occasion\'s name on a bombing is no bombing: the people who died during it are no toll of the bombing',
      [marathonBombing, diedDuringMarathon], [], ['Marathon bombing | killed | 11 | + |  | fact']],
    ['people killed during a named event are not the toll of the bomb told before', [bombExploded, duringRedSunday], [],
      ['bomb | killed | 13 | + |  | fact']],
    ['a plan judged a disaster is no incident: the toll after it is the bomb\'s', [bombExploded, planDisaster, fiveKilled],
      ['bomb | killed | 5 | + |  | fact'], ['disaster | killed | 5 | + |  | fact']],
  ];
  check(table, analysisOf);
});

// "Nine people died of the mysterious illness."
const diedOfIllness: SentenceSpec = { rows: `
  Nine nine NUM CD 2 nummod
  people person NOUN NNS 3 nsubj
  died die VERB VBD 0 root
  of of ADP IN 7 case
  the the DET DT 7 det
  mysterious mysterious ADJ JJ 7 amod
  illness illness NOUN NN 3 obl
  . . PUNCT . 3 punct` };
// "Nine people died of their injuries." — injuries are no illness: no event of them
const diedOfInjuries: SentenceSpec = { rows: diedOfIllness.rows.replace('the the DET DT 7 det', 'their their PRON PRP$ 7 nmod:poss').replace('mysterious mysterious ADJ JJ 7 amod\n', '').replace('illness illness NOUN NN 3 obl', 'injuries injury NOUN NNS 3 obl').replace(/ 7 /g, ' 6 ') };

describe('an illness people died of', () => {
  it('is the disaster the count of the dead is of', () => {
    expect(events(analysisOf([diedOfIllness])).map(show)).toContain('mysterious illness | killed | 9 | + |  | fact');
  });
  it('injuries people died of are none', () => {
    expect(events(analysisOf([diedOfInjuries])).map(show).filter((r) => r.includes('| killed |'))).toEqual([]);
  });
});

// "A parcel bomb exploded on Sunday, wounding 12 shoppers in Arlon."
const woundingIn: SentenceSpec = { rows: `
  A a DET DT 3 det
  parcel parcel NOUN NN 3 compound
  bomb bomb NOUN NN 4 nsubj
  exploded explode VERB VBD 0 root
  on on ADP IN 6 case
  Sunday Sunday PROPN NNP 4 obl
  , , PUNCT , 8 punct
  wounding wound VERB VBG 4 advcl
  12 12 NUM CD 10 nummod
  shoppers shopper NOUN NNS 8 obj
  in in ADP IN 12 case
  Arlon Arlon PROPN NNP 8 obl
  . . PUNCT . 4 punct`, mentions: [['Arlon', 'City']], times: [['Sunday', '2024-03-24']] };
// "Two men appeared in court on Friday over the arson attack that injured 15 residents." — the day is the hearing's
const courtOnFriday: SentenceSpec = { rows: `
  Two two NUM CD 2 nummod
  men man NOUN NNS 3 nsubj
  appeared appear VERB VBD 0 root
  in in ADP IN 5 case
  court court NOUN NN 3 obl
  on on ADP IN 7 case
  Friday Friday PROPN NNP 3 obl
  over over ADP IN 11 case
  the the DET DT 11 det
  arson arson NOUN NN 11 compound
  attack attack NOUN NN 3 obl
  that that PRON WDT 13 nsubj
  injured injure VERB VBD 11 acl:relcl
  15 15 NUM CD 15 nummod
  residents resident NOUN NNS 13 obj
  . . PUNCT . 3 punct`, times: [['Friday', '2024-03-22']] };

describe('the place and undated day of a participle toll', () => {
  const table: Array<[string, Analysis, string[], string[]]> = [
    ['exploded on Sunday, wounding 12 shoppers in Arlon: the bomb is in Arlon and on Sunday', undatedAnalysisOf([woundingIn]),
      ['parcel bomb | injured | 12 | + |  | fact', 'parcel bomb | locatedIn | Arlon | + |  | fact', 'parcel bomb | date | Sunday | + |  | fact'], []],
    ['an undated day before the event is another clause\'s', undatedAnalysisOf([courtOnFriday]),
      ['arson attack | injured | 15 | + |  | fact'], ['arson attack | date | Friday | + |  | fact']],
    // (dated or not, the day hangs on the verb of the hearing: the men appeared on Friday, the attack came before)
    ['a dated day of the clause over the event is not the event\'s either', analysisOf([courtOnFriday]),
      ['arson attack | injured | 15 | + |  | fact'], ['arson attack | date | 2024-03-22 | + |  | fact']],
  ];
  check(table, (a) => a);
});

// "Varga said 12 people were killed in the blast."
const saidKilled: SentenceSpec = { rows: `
  Varga Varga PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  12 12 NUM CD 4 nummod
  people person NOUN NNS 6 nsubj:pass
  were be AUX VBD 6 aux:pass
  killed kill VERB VBN 2 ccomp
  in in ADP IN 9 case
  the the DET DT 9 det
  blast blast NOUN NN 6 obl
  . . PUNCT . 2 punct`, mentions: [['Varga', 'Person']] };
// "12 people were killed in the blast."
const killedInBlast: SentenceSpec = { rows: `
  12 12 NUM CD 2 nummod
  people person NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  killed kill VERB VBN 0 root
  in in ADP IN 7 case
  the the DET DT 7 det
  blast blast NOUN NN 4 obl
  . . PUNCT . 4 punct` };

describe('event statements in reported words', () => {
  const table: Array<[string, SentenceSpec, string[], string[]]> = [
    ['a toll someone said is their claim, not a plain fact', saidKilled, ['blast | killed | 12 | + | Varga | claim'], ['blast | killed | 12 | + |  | fact']],
    ['a toll the article states is a fact', killedInBlast, ['blast | killed | 12 | + |  | fact'], []],
  ];
  check(table, (spec) => analysisOf([spec]));
});

// "The attack at the bakery killed five people."
const attackAtBakery: SentenceSpec = { rows: `
  The the DET DT 2 det
  attack attack NOUN NN 6 nsubj
  at at ADP IN 5 case
  the the DET DT 5 det
  bakery bakery NOUN NN 2 nmod
  killed kill VERB VBD 0 root
  five five NUM CD 8 nummod
  people person NOUN NNS 6 obj
  . . PUNCT . 6 punct` };

describe('premises an event happened at', () => {
  it('a bakery, a cafe or a shop is a place of the event', () => {
    expect(events(analysisOf([attackAtBakery])).map(show)).toContain('attack | locatedIn | bakery | + |  | fact');
  });
});

// "Four workers and two soldiers were killed in the blast."
const workersAndSoldiers: SentenceSpec = { rows: `
  Four four NUM CD 2 nummod
  workers worker NOUN NNS 8 nsubj:pass
  and and CCONJ CC 5 cc
  two two NUM CD 5 nummod
  soldiers soldier NOUN NNS 2 conj
  were be AUX VBD 8 aux:pass
  killed kill VERB VBN 0 root
  in in ADP IN 11 case
  the the DET DT 11 det
  blast blast NOUN NN 8 obl
  . . PUNCT . 8 punct` };
// "The blast killed three soldiers and two civilians."
const soldiersAndCivilians: SentenceSpec = { rows: `
  The the DET DT 2 det
  blast blast NOUN NN 3 nsubj
  killed kill VERB VBD 0 root
  three three NUM CD 5 nummod
  soldiers soldier NOUN NNS 3 obj
  and and CCONJ CC 8 cc
  two two NUM CD 8 nummod
  civilians civilian NOUN NNS 5 conj
  . . PUNCT . 3 punct` };

describe('counts joined by "and" are one toll', () => {
  const table: Array<[string, SentenceSpec, string, string]> = [
    ['before the verb: four workers and two soldiers were killed', workersAndSoldiers, 'blast | killed | 6 | + |  | fact', 'blast | killed | 2 | + |  | fact'],
    ['after the verb: killed three soldiers and two civilians', soldiersAndCivilians, 'blast | killed | 5 | + |  | fact', 'blast | killed | 3 | + |  | fact'],
  ];
  check(table.map(([name, spec, present, absent]) => [name, spec, [present], [absent]]), (spec) => analysisOf([spec]));
});

// "Six Ardanian coast guard officers were killed in the blast."
const serviceMembers: SentenceSpec = { rows: `
  Six six NUM CD 5 nummod
  Ardanian Ardanian ADJ JJ 5 amod
  coast coast NOUN NN 4 compound
  guard guard NOUN NN 5 compound
  officers officer NOUN NNS 7 nsubj:pass
  were be AUX VBD 7 aux:pass
  killed kill VERB VBN 0 root
  in in ADP IN 10 case
  the the DET DT 10 det
  blast blast NOUN NN 7 obl
  . . PUNCT . 7 punct` };

describe('who the dead were, between the number and the counted noun', () => {
  it('up to three words of who they are: "six Ardanian coast guard officers were killed"', () => {
    expect(events(analysisOf([serviceMembers])).map(show)).toContain('blast | killed | 6 | + |  | fact');
  });
});
