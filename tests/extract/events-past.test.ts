// Table-driven tests of keeping events apart (a previous attack, the anniversary of one, an attack dated otherwise) and
// of vague and ranged casualty counts ("dozens of people", "between 30 and 45"). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, type SentenceSpec } from './fixtures.js';

const S = {
  attacked: `
    Gunmen gunman NOUN NNS 2 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 4 det
    hall hall NOUN NN 2 obj
    . . PUNCT . 2 punct`,
  previous: `
    The the DET DT 3 det
    previous previous ADJ JJ 3 amod
    attack attack NOUN NN 4 nsubj
    killed kill VERB VBD 0 root
    30 30 NUM CD 6 nummod
    people person NOUN NNS 4 obj
    . . PUNCT . 4 punct`,
  theAttack: `
    The the DET DT 2 det
    attack attack NOUN NN 3 nsubj
    shocked shock VERB VBD 0 root
    the the DET DT 5 det
    town town NOUN NN 3 obj
    . . PUNCT . 3 punct`,
  twelveInjured: `
    Twelve twelve NUM CD 2 nummod
    people person NOUN NNS 4 nsubj:pass
    were be AUX VBD 4 aux:pass
    injured injure VERB VBN 0 root
    . . PUNCT . 4 punct`,
  anniversary: `
    It it PRON PRP 2 nsubj
    came come VERB VBD 0 root
    on on ADP IN 5 case
    the the DET DT 5 det
    anniversary anniversary NOUN NN 2 obl
    of of ADP IN 8 case
    the the DET DT 8 det
    siege siege NOUN NN 5 nmod
    . . PUNCT . 2 punct`,
  since: `
    It it PRON PRP 5 nsubj
    was be AUX VBD 5 cop
    the the DET DT 5 det
    worst bad ADJ JJS 5 amod
    attack attack NOUN NN 0 root
    since since ADP IN 8 case
    the the DET DT 8 det
    bombing bombing NOUN NN 5 nmod
    . . PUNCT . 5 punct`,
  may22: `
    The the DET DT 4 det
    May May PROPN NNP 4 compound
    22 22 NUM CD 2 nummod
    bombing bombing NOUN NN 5 nsubj
    shocked shock VERB VBD 0 root
    the the DET DT 7 det
    city city NOUN NN 5 obj
    . . PUNCT . 5 punct`,
  saturdays: `
    Saturday Saturday PROPN NNP 3 nmod:poss
    ~'s 's PART POS 1 case
    bombing bombing NOUN NN 4 nsubj
    killed kill VERB VBD 0 root
    8 8 NUM CD 6 nummod
    people person NOUN NNS 4 obj
    . . PUNCT . 4 punct`,
  may22Concert: `
    He he PRON PRP 2 nsubj
    planned plan VERB VBD 0 root
    the the DET DT 7 det
    May May PROPN NNP 6 compound
    22 22 NUM CD 4 nummod
    concert concert NOUN NN 7 compound
    bombing bombing NOUN NN 2 obj
    . . PUNCT . 2 punct`,
  june3Siege: `
    The the DET DT 4 det
    June June PROPN NNP 4 compound
    3 3 NUM CD 2 nummod
    siege siege NOUN NN 5 nsubj
    ended end VERB VBD 0 root
    . . PUNCT . 5 punct`,
  siegeEnded: `
    The the DET DT 2 det
    siege siege NOUN NN 3 nsubj
    ended end VERB VBD 0 root
    . . PUNCT . 3 punct`,
  wasAnAttack: `
    The the DET DT 2 det
    bombing bombing NOUN NN 5 nsubj
    was be AUX VBD 5 cop
    an a DET DT 5 det
    attack attack NOUN NN 0 root
    on on ADP IN 8 case
    the the DET DT 8 det
    market market NOUN NN 5 nmod
    . . PUNCT . 5 punct`,
  may22Again: `
    The the DET DT 4 det
    May May PROPN NNP 4 compound
    22 22 NUM CD 2 nummod
    bombing bombing NOUN NN 6 nsubj:pass
    was be AUX VBD 6 aux:pass
    condemned condemn VERB VBN 0 root
    . . PUNCT . 6 punct`,
  arrestShocked: `
    The the DET DT 2 det
    arrest arrest NOUN NN 3 nsubj
    shocked shock VERB VBD 0 root
    the the DET DT 5 det
    town town NOUN NN 3 obj
    . . PUNCT . 3 punct`,
  heldSince: `
    They they PRON PRP 3 nsubj:pass
    were be AUX VBD 3 aux:pass
    held hold VERB VBN 0 root
    since since ADP IN 6 case
    their their PRON PRP$ 6 nmod:poss
    arrest arrest NOUN NN 3 obl
    . . PUNCT . 3 punct`,
  dozens: `
    Dozens dozen NOUN NNS 5 nsubj:pass
    of of ADP IN 3 case
    people person NOUN NNS 1 nmod
    were be AUX VBD 5 aux:pass
    killed kill VERB VBN 0 root
    . . PUNCT . 5 punct`,
  hundreds: `
    Hundreds hundred NOUN NNS 3 nsubj:pass
    were be AUX VBD 3 aux:pass
    injured injure VERB VBN 0 root
    in in ADP IN 6 case
    the the DET DT 6 det
    attack attack NOUN NN 3 obl
    . . PUNCT . 3 punct`,
  upToHundreds: `
    Up up ADV RB 3 advmod
    to to ADP IN 3 case
    hundreds hundred NOUN NNS 5 nsubj:pass
    were be AUX VBD 5 aux:pass
    injured injure VERB VBN 0 root
    . . PUNCT . 5 punct`,
  between: `
    Between between ADP IN 2 advmod
    30 30 NUM CD 5 nummod
    and and CCONJ CC 4 cc
    45 45 NUM CD 2 conj
    soldiers soldier NOUN NNS 6 nsubj
    died die VERB VBD 0 root
    . . PUNCT . 6 punct`,
};

const keys = (specs: SentenceSpec[]): string[] => contextOf(analysisOf(specs)).book.mentions.map((m) => m.arg.key);
/** The event types of the mentions of one hand-parsed sentence. */
const typesOf = (rows: string): string[] => contextOf(analysisOf([{ rows }])).book.mentions.map((m) => m.arg.eventType);

describe('events before the article\'s own', () => {
  // [name, sentences, index pairs of mentions that are one event, pairs that are two]
  const table: Array<[string, SentenceSpec[], Array<[number, number]>, Array<[number, number]>]> = [
    ['"the previous attack" is another attack, and "the attack" after it is the first one',
      [{ rows: S.attacked }, { rows: S.previous }, { rows: S.theAttack }], [[0, 2]], [[0, 1], [1, 2]]],
    ['"the anniversary of the siege" names another attack',
      [{ rows: S.attacked }, { rows: S.anniversary }, { rows: S.theAttack }], [[0, 2]], [[0, 1], [1, 2]]],
    ['"the worst attack since the bombing": the bombing is another attack',
      [{ rows: S.attacked }, { rows: S.since }], [[0, 1]], [[1, 2], [0, 2]]],
    ['a date on a modifier of the noun dates it: "Saturday\'s bombing" is not "the May 22 concert bombing"',
      [{ rows: S.may22Concert, times: [['May 22', '2024-05-22']] }, { rows: S.saturdays, times: [['Saturday', '2024-06-01']] }], [], [[0, 1]]],
    ['an event told apart by its date is taken by its head ("the siege"), not as the event named last ("the attack")',
      [{ rows: S.may22, times: [['May 22', '2024-05-22']] }, { rows: S.june3Siege, times: [['June 3', '2024-06-03']] }, { rows: S.theAttack }, { rows: S.siegeEnded }],
      [[0, 2], [1, 3]], [[0, 1]]],
    ['"the bombing was an attack on the market": the predicate noun is its subject\'s event', [{ rows: S.wasAnAttack }], [[0, 1]], []],
    ['"held since their arrest" is the arrest named before', [{ rows: S.arrestShocked }, { rows: S.heldSince }], [[0, 1]], []],
    ['"Saturday\'s bombing" is not "the May 22 bombing"; "the May 22 bombing" again is',
      [{ rows: S.may22, times: [['May 22', '2024-05-22']] }, { rows: S.saturdays, times: [['Saturday', '2024-06-01']] }, { rows: S.may22Again, times: [['May 22', '2024-05-22']] }],
      [[0, 2]], [[0, 1], [1, 2]]],
  ];
  for (const [name, specs, same, apart] of table) {
    it(name, () => {
      const k = keys(specs);
      for (const [a, b] of same) expect(k[a], `mentions ${a} and ${b} of ${k.join(' ')}`).toBe(k[b]);
      for (const [a, b] of apart) expect(k[a], `mentions ${a} and ${b} of ${k.join(' ')}`).not.toBe(k[b]);
    });
  }

  it('a predicate noun\'s target is its subject event\'s', () => {
    const got = events(analysisOf([{ rows: S.wasAnAttack }])).filter((c) => c.predicate === 'target');
    expect(got.map((c) => c.subject.kind === 'event' ? c.subject.label : '')).toEqual(['bombing']);
  });

  it('a count in a sentence naming no event goes to the article\'s attack, not to the previous one', () => {
    const a = analysisOf([{ rows: S.attacked }, { rows: S.previous }, { rows: S.twelveInjured }]);
    const first = contextOf(a).book.mentions[0]!.arg.key;
    const injured = events(a).filter((c) => c.predicate === 'injured');
    expect(injured.map((c) => c.subject.kind === 'event' ? c.subject.key : '')).toEqual([first]);
  });
});

describe('vague and ranged counts', () => {
  // [name, sentences, predicate, [value, bound, unit] of each count]
  const table: Array<[string, SentenceSpec[], string, Array<[string, string, string | undefined]>]> = [
    ['"dozens of people were killed" is at least 24 people', [{ rows: S.attacked }, { rows: S.dozens }], 'killed', [['24', 'min', 'people']]],
    ['"hundreds were injured in the attack" is at least 200', [{ rows: S.attacked }, { rows: S.hundreds }], 'injured', [['200', 'min', undefined]]],
    ['"up to hundreds" keeps its upper bound', [{ rows: S.attacked }, { rows: S.upToHundreds }], 'injured', [['200', 'max', undefined]]],
    ['"between 30 and 45 soldiers died" is at least 30 and at most 45', [{ rows: S.attacked }, { rows: S.between }], 'killed', [['30', 'min', 'soldiers'], ['45', 'max', 'soldiers']]],
  ];
  for (const [name, specs, predicate, want] of table) {
    it(name, () => {
      const got = events(analysisOf(specs)).filter((c) => c.predicate === predicate).map((c) => c.object.kind === 'literal' ? [c.object.value, c.object.bound, c.object.unit] : []);
      expect(got).toEqual(want);
    });
  }
});

describe('event nouns modifying other nouns', () => {
  const warrants = `
    Police police NOUN NNS 2 nsubj
    issued issue VERB VBD 0 root
    arrest arrest NOUN NN 4 compound
    warrants warrant NOUN NNS 2 obj
    . . PUNCT . 2 punct`;
  const bombingAttack = `
    The the DET DT 4 det
    suicide suicide NOUN NN 3 compound
    bombing bombing NOUN NN 4 compound
    attack attack NOUN NN 5 nsubj
    shocked shock VERB VBD 0 root
    Kabul Kabul PROPN NNP 5 obj
    . . PUNCT . 5 punct`;
  // [name, sentence, the words that are event mentions]
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['"arrest warrants" mention no arrest', { rows: warrants }, []],
    ['"the suicide bombing attack": a modifier of an event noun is one', { rows: bombingAttack, mentions: [['Kabul', 'City']] }, ['bombing', 'attack']],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => {
      const a = analysisOf([spec]);
      expect(contextOf(a).book.mentions.map((m) => a.sentences[m.sentence]!.tokens[m.token]!.text)).toEqual(want);
    });
  }
});

describe('senses that are no event', () => {
  const S2 = {
    metTargets: `
      The the DET DT 2 det
      company company NOUN NN 3 nsubj
      met meet VERB VBD 0 root
      its its PRON PRP$ 5 nmod:poss
      targets target NOUN NNS 3 obj
      . . PUNCT . 3 punct`,
    metRebels: `
      Ministers minister NOUN NNS 2 nsubj
      met meet VERB VBD 0 root
      the the DET DT 4 det
      rebels rebel NOUN NNS 2 obj
      . . PUNCT . 2 punct`,
    pollOfVoters: `
      A a DET DT 2 det
      poll poll NOUN NN 5 nsubj
      of of ADP IN 4 case
      voters voter NOUN NNS 2 nmod
      found find VERB VBD 0 root
      support support NOUN NN 5 obj
      . . PUNCT . 5 punct`,
    opinionPoll: `
      An a DET DT 3 det
      opinion opinion NOUN NN 3 compound
      poll poll NOUN NN 4 nsubj
      showed show VERB VBD 0 root
      gains gain NOUN NNS 4 obj
      . . PUNCT . 4 punct`,
    pollHeld: `
      The the DET DT 2 det
      poll poll NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      held hold VERB VBN 0 root
      on on ADP IN 6 case
      Sunday Sunday PROPN NNP 4 obl
      . . PUNCT . 4 punct`,
  };
  // [name, sentence, event types of its mentions]
  const table: Array<[string, string, string[]]> = [
    ['"met its targets" is no meeting', S2.metTargets, []],
    ['"met the rebels" is one', S2.metRebels, ['Meet']],
    ['"a poll of voters found" is a survey, no vote', S2.pollOfVoters, []],
    ['"an opinion poll showed" is a survey', S2.opinionPoll, []],
    ['"the poll was held on Sunday" is a vote', S2.pollHeld, ['Election']],
  ];
  for (const [name, rows, want] of table) it(name, () => expect(typesOf(rows)).toEqual(want));
});

describe('cases that are no trial', () => {
  const someCases = `
    In in ADP IN 3 case
    some some DET DT 3 det
    cases case NOUN NNS 5 obl
    prices price NOUN NNS 5 nsubj
    fell fall VERB VBD 0 root
    . . PUNCT . 5 punct`;
  const caseMade = `
    A a DET DT 2 det
    case case NOUN NN 5 nsubj:pass
    can can AUX MD 5 aux
    be be AUX VB 5 aux:pass
    made make VERB VBN 0 root
    for for ADP IN 7 case
    reform reform NOUN NN 5 obl
    . . PUNCT . 5 punct`;
  const caseAdjourned = `
    The the DET DT 2 det
    case case NOUN NN 4 nsubj:pass
    was be AUX VBD 4 aux:pass
    adjourned adjourn VERB VBN 0 root
    . . PUNCT . 4 punct`;
  // [name, sentence, event types of its mentions]
  const table: Array<[string, string, string[]]> = [
    ['"in some cases" is no trial', someCases, []],
    ['"a case can be made" is no trial', caseMade, []],
    ['"the case was adjourned" is one', caseAdjourned, ['Trial']],
  ];
  for (const [name, rows, want] of table) it(name, () => expect(typesOf(rows)).toEqual(want));
});
