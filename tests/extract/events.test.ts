// Tests of event statements (place, date, target, counts) and money amounts, and of merging event mentions.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { money } from '../../src/extract/money.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const assault: SentenceSpec[] = [
  { rows: `
    The the DET DT 2 det
    assault assault NOUN NN 9 nsubj
    on on ADP IN 5 case
    the the DET DT 5 det
    market market NOUN NN 2 nmod
    in in ADP IN 7 case
    Lagos Lagos PROPN NNP 5 nmod
    was be AUX VBD 9 aux
    reported report VERB VBN 0 root
    on on ADP IN 11 case
    Sunday Sunday PROPN NNP 9 obl
    . . PUNCT . 9 punct`, mentions: [['Lagos', 'City']], times: [['Sunday', '2024-05-12']] },
  { rows: `
    At at ADP IN 2 case
    least least ADJ JJS 3 nmod
    12 12 NUM CD 4 nummod
    people person NOUN NNS 6 nsubj:pass
    were be AUX VBD 6 aux:pass
    killed kill VERB VBN 0 root
    in in ADP IN 9 case
    the the DET DT 9 det
    attack attack NOUN NN 6 obl
    . . PUNCT . 6 punct` },
  { rows: `
    A a DET DT 2 det
    planned plan VERB VBN 3 amod
    attack attack NOUN NN 4 nsubj
    failed fail VERB VBD 0 root
    . . PUNCT . 4 punct` },
];

describe('events', () => {
  it('gives mentions of one event one key, and keeps a planned attack apart', () => {
    const book = contextOf(analysisOf(assault)).book;
    const keys = book.mentions.map((m) => m.arg.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(book.mentions[2]!.modality).toBe('planned');
  });

  const got = events(analysisOf(assault)).map(show);
  if (process.env.SHOW) console.log(got);
  const table = [
    'assault | target | market in Lagos | + |  | fact',
    'assault | locatedIn | Lagos | + |  | fact',
    'assault | date | 2024-05-12 | + |  | fact',
    'assault | killed | 12 | + |  | fact',
  ];
  for (const e of table) it(`finds ${e}`, () => expect(got).toContain(e));

  it('marks the count as a lower bound of people', () => {
    const c = events(analysisOf(assault)).find((x) => x.predicate === 'killed')!;
    expect(c.object).toMatchObject({ kind: 'literal', value: '12', bound: 'min', unit: 'people', datatype: 'integer' });
  });
});

describe('event dates', () => {
  it('gives a casualty count the one day its sentence names', () => {
    const a = analysisOf([
      { rows: `
        The the DET DT 2 det
        bombing bombing NOUN NN 3 nsubj
        shocked shock VERB VBD 0 root
        Kabul Kabul PROPN NNP 3 obj
        . . PUNCT . 3 punct`, mentions: [['Kabul', 'City']] },
      { rows: `
        Nine nine NUM CD 2 nummod
        people person NOUN NNS 4 nsubj:pass
        were be AUX VBD 4 aux:pass
        killed kill VERB VBN 0 root
        on on ADP IN 6 case
        Monday Monday PROPN NNP 4 obl
        . . PUNCT . 4 punct`, times: [['Monday', '2024-06-03']] },
    ]);
    const got = events(a).map(show);
    expect(got).toContain('bombing | killed | 9 | + |  | fact');
    expect(got).toContain('bombing | date | 2024-06-03 | + |  | fact');
  });
});

describe('money', () => {
  const rows = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');
  const table: Array<[string, string, string]> = [
    ['China/PROPN granted/VERB a/DET $6bn/NUM loan/NOUN to/ADP Kenya/PROPN ./PUNCT', 'loan', '6000000000 USD'],
    ['the/DET £1.5m/NUM (/PUNCT $1.9m/NUM )/PUNCT bribery/NOUN scheme/NOUN collapsed/VERB', 'bribery scheme', '1500000 GBP'],
  ];
  for (const [sentence, subject, amount] of table) {
    it(`${subject} amount ${amount}`, () => {
      const got = money(analysisOf([{ rows: rows(sentence) }]));
      expect(got).toHaveLength(1);
      expect(got[0]!.subject).toMatchObject(subject === 'loan' ? { kind: 'event', label: 'loan' } : { kind: 'concept', label: subject });
      expect(`${(got[0]!.object as { value: string }).value} ${(got[0]!.object as { unit: string }).unit}`).toBe(amount);
    });
  }
});

// Sentences written for these tests, parsed as the shipped models parse them.
const S = {
  attackShocked: `
    The the DET DT 2 det
    attack attack NOUN NN 3 nsubj
    shocked shock VERB VBD 0 root
    the the DET DT 5 det
    town town NOUN NN 3 obj
    . . PUNCT . 3 punct`,
  killedAndWounded: `
    Gunmen Gunmen PROPN NNP 2 nsubj
    killed kill VERB VBD 0 root
    23 23 NUM CD 4 nummod
    soldiers soldier NOUN NNS 2 obj
    and and CCONJ CC 6 cc
    wounded wound VERB VBD 2 conj
    another another DET DT 8 det
    15 15 NUM CD 6 obj
    . . PUNCT . 2 punct`,
  killingAndInjuring: `
    The the DET DT 2 det
    rebels rebel NOUN NNS 3 nsubj
    attacked attack VERB VBD 0 root
    a a DET DT 5 det
    convoy convoy NOUN NN 3 obj
    , , PUNCT , 7 punct
    killing kill VERB VBG 3 advcl
    three three NUM CD 9 nummod
    people people NOUN NNS 7 obj
    and and CCONJ CC 11 cc
    injuring injure VERB VBG 7 conj
    40 40 NUM CD 13 nummod
    others other NOUN NNS 11 obj
    . . PUNCT . 3 punct`,
  firstAttack: `
    The the DET DT 3 det
    first first ADJ JJ 3 amod
    attack attack NOUN NN 4 nsubj
    hit hit VERB VBD 0 root
    a a DET DT 6 det
    market market NOUN NN 4 obj
    in in ADP IN 8 case
    Herat Herat PROPN NNP 6 nmod
    . . PUNCT . 4 punct`,
  secondBombing: `
    The the DET DT 3 det
    second second ADJ JJ 3 amod
    bombing bombing NOUN NN 4 nsubj
    occurred occur VERB VBD 0 root
    in in ADP IN 6 case
    Kabul Kabul PROPN NNP 4 obl
    . . PUNCT . 4 punct`,
  thisIncident: `
    In in ADP IN 3 case
    this this DET DT 3 det
    incident incident NOUN NN 6 nsubj:pass
    9 9 NUM CD 3 appos
    were be AUX VBD 6 aux:pass
    killed kill VERB VBN 0 root
    and and CCONJ CC 11 cc
    another another DET DT 9 det
    30 30 NUM CD 11 nsubj
    were be AUX VBD 11 cop
    injured injured ADJ JJ 6 conj
    . . PUNCT . 6 punct`,
  carBomb: `
    A a DET DT 3 det
    car car NOUN NN 3 compound
    bomb bomb NOUN NN 4 nsubj
    killed kill VERB VBD 0 root
    12 12 NUM CD 6 nummod
    people people NOUN NNS 4 obj
    near near ADP IN 9 case
    the the DET DT 9 det
    mosque mosque NOUN NN 6 nmod
    . . PUNCT . 4 punct`,
  morningOf: `
    On on ADP IN 3 case
    the the DET DT 3 det
    morning morning NOUN NN 9 obl
    of of ADP IN 6 case
    5 5 NUM CD 6 nummod
    May May PROPN NNP 3 nmod
    , , PUNCT , 8 punct
    gunmen gunman NOUN NNS 9 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 11 det
    base base NOUN NN 9 obj
    . . PUNCT . 9 punct`,
  expires: `
    The the DET DT 3 det
    loan loan NOUN NN 3 compound
    agreement agreement NOUN NN 4 nsubj
    expires expire VERB VBZ 0 root
    in in ADP IN 6 case
    February February PROPN NNP 4 obl
    . . PUNCT . 4 punct`,
  foiled: `
    Police police NOUN NNS 2 nsubj
    described describe VERB VBD 0 root
    it it PRON PRP 2 obj
    as as ADP IN 7 case
    a a DET DT 7 det
    foiled foil VERB VBN 7 amod
    attack attack NOUN NN 2 obl
    . . PUNCT . 2 punct`,
};

describe('casualty counts', () => {
  // [sentences, rows expected, rows not expected]
  const table: Array<[string, SentenceSpec[], string[], string[]]> = [
    ['a number after a verb of harm is that verb\'s, not the next one\'s', [{ rows: S.attackShocked }, { rows: S.killedAndWounded }],
      ['attack | killed | 23 | + |  | fact', 'attack | injured | 15 | + |  | fact'], ['attack | injured | 23 | + |  | fact']],
    ['"killing three and injuring 40" on a verbal attack', [{ rows: S.killingAndInjuring }],
      ['attack | killed | 3 | + |  | fact', 'attack | injured | 40 | + |  | fact'], ['attack | injured | 3 | + |  | fact']],
    ['"9 were killed and another 30 were injured", the participle tagged as an adjective', [{ rows: S.secondBombing, mentions: [['Kabul', 'City']] }, { rows: S.thisIncident }],
      ['second bombing | killed | 9 | + |  | fact', 'second bombing | injured | 30 | + |  | fact'], ['second bombing | injured | 9 | + |  | fact']],
    ['a car bomb that killed is an attack of its own, not the one named before', [{ rows: S.attackShocked }, { rows: S.carBomb }],
      ['car bomb | killed | 12 | + |  | fact'], ['attack | killed | 12 | + |  | fact']],
  ];
  for (const [name, specs, want, not] of table) {
    it(name, () => {
      const got = events(analysisOf(specs)).map(show);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  }
});

describe('event mentions', () => {
  it('keeps "the first attack" and "the second bombing" apart, and places each', () => {
    const a = analysisOf([{ rows: S.firstAttack, mentions: [['Herat', 'City']] }, { rows: S.secondBombing, mentions: [['Kabul', 'City']] }]);
    const book = contextOf(a).book;
    expect(book.mentions.map((m) => m.arg.label)).toEqual(['first attack', 'second bombing']);
    expect(book.mentions[0]!.arg.key).not.toBe(book.mentions[1]!.arg.key);
    const got = events(a).map(show);
    expect(got).toContain('second bombing | locatedIn | Kabul | + |  | fact');
    expect(got).not.toContain('first attack | locatedIn | Kabul | + |  | fact');
  });

  it('reads "the bombing" as the bombing named before, not the explosion named last', () => {
    const rows = (w: string, det: string): string => `
      ${det} ${det.toLowerCase()} DET DT 2 det
      ${w} ${w} NOUN NN 3 nsubj
      shocked shock VERB VBD 0 root
      residents resident NOUN NNS 3 obj
      . . PUNCT . 3 punct`;
    // ("another explosion": a plain "an explosion" with no word of its own would tell the bombing again)
    const book = contextOf(analysisOf([{ rows: rows('bombing', 'The') }, { rows: rows('explosion', 'Another') }, { rows: rows('bombing', 'The') }])).book;
    const [first, second, third] = book.mentions.map((m) => m.arg.key);
    expect(third).toBe(first);
    expect(second).not.toBe(first);
  });

  const none: Array<[string, SentenceSpec[], string]> = [
    ['"on the morning of" is no target of a verbal attack', [{ rows: S.morningOf, times: [['5 May', '2024-05-05']] }], 'target'],
    ['an agreement that expires in February is not dated February', [{ rows: S.expires, times: [['February', '2025-02']] }], 'date'],
  ];
  for (const [name, specs, predicate] of none) it(name, () => expect(events(analysisOf(specs)).filter((c) => c.predicate === predicate)).toEqual([]));

  it('makes a foiled attack unreal', () => {
    const book = contextOf(analysisOf([{ rows: S.foiled }])).book;
    expect(book.mentions[0]!.modality).toBe('planned');
  });
});

describe('strikes', () => {
  const rows = (mod: string): string => `
    He he PRON PRP 2 nsubj
    began begin VERB VBD 0 root
    a a DET DT 5 det
    ${mod} ${mod} NOUN NN 5 compound
    strike strike NOUN NN 2 obj
    . . PUNCT . 2 punct`;
  const table: Array<[string, string]> = [['hunger', 'Protest'], ['drone', 'Attack'], ['rail', 'Protest']];
  for (const [mod, type] of table) {
    it(`a ${mod} strike is of type ${type}`, () => expect(contextOf(analysisOf([{ rows: rows(mod) }])).book.mentions[0]!.arg.eventType).toBe(type));
  }
});

describe('vague places', () => {
  const rows = (mod: string): string => [
    'The the DET DT 2 det', 'blast blast NOUN NN 3 nsubj', 'occurred occur VERB VBD 0 root', `in in ADP IN ${mod ? 7 : 6} case`,
    `an a DET DT ${mod ? 7 : 6} det`, ...(mod ? [`${mod} ${mod} ADJ JJ 7 amod`] : []), 'area area NOUN NN 3 obl', `. . PUNCT . 3 punct`,
  ].join('\n');
  const places = (mod: string): number => events(analysisOf([{ rows: rows(mod) }])).filter((c) => c.predicate === 'locatedIn').length;
  it('"in an area" is no place of the event', () => expect(places('')).toBe(0));
  it('"in a residential area" is', () => expect(places('residential')).toBe(1));
});

describe('a gerund of harm tagged as a noun', () => {
  it('"... the compound killing five and wounding 30" counts five killed', () => {
    const got = events(analysisOf([{ rows: S.attackShocked }, { rows: `
      Gunmen gunman NOUN NNS 2 nsubj
      attacked attack VERB VBD 0 root
      the the DET DT 5 det
      fortified fortified ADJ JJ 5 amod
      compound compound NOUN NN 6 compound
      killing killing NOUN NN 2 obj
      five five NUM CD 2 obj
      and and CCONJ CC 9 cc
      wounding wound VERB VBG 2 conj
      30 30 NUM CD 11 nummod
      Iraqis Iraqis PROPN NNPS 9 obj
      . . PUNCT . 2 punct` }])).map(show);
    expect(got).toContain('attack | killed | 5 | + |  | fact');
    // people counted by a plural demonym
    expect(got).toContain('attack | injured | 30 | + |  | fact');
    expect(got).not.toContain('attack | injured | 5 | + |  | fact');
  });
});

describe('unreal and disaster events', () => {
  it('a bombing that "could happen in Leeds" is not placed in Leeds', () => {
    const got = events(analysisOf([{ rows: `
      A a DET DT 2 det
      bombing bombing NOUN NN 4 nsubj
      could could AUX MD 4 aux
      happen happen VERB VB 0 root
      in in ADP IN 6 case
      Leeds Leeds PROPN NNP 4 obl
      . . PUNCT . 4 punct`, mentions: [['Leeds', 'City']] }])).map(show);
    expect(got).toEqual([]);
  });
  it('people who died in a disaster are its count', () => {
    const got = events(analysisOf([{ rows: `
      The the DET DT 2 det
      disaster disaster NOUN NN 6 nsubj
      in in ADP IN 4 case
      which which PRON WDT 6 obl
      96 96 NUM CD 6 nsubj
      died die VERB VBD 0 root
      . . PUNCT . 6 punct` }])).map(show);
    expect(got).toContain('disaster | killed | 96 | + |  | fact');
  });
});

describe('verbal attacks', () => {
  it('an agent phrase of a passive attack is its perpetrator', () => {
    const got = events(analysisOf([{ rows: `
      The the DET DT 2 det
      embassy embassy NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      attacked attack VERB VBN 0 root
      by by ADP IN 6 case
      Kestrel Kestrel PROPN NNP 4 obl:agent
      . . PUNCT . 4 punct`, mentions: [['Kestrel', 'ArmedGroup']] }])).map(show);
    expect(got).toContain('attack | perpetrator | Kestrel | + |  | fact');
  });
  it('"struck a deal" is no attack', () => {
    const book = contextOf(analysisOf([{ rows: `
      The the DET DT 2 det
      firms firm NOUN NNS 3 nsubj
      struck strike VERB VBD 0 root
      a a DET DT 5 det
      deal deal NOUN NN 3 obj
      . . PUNCT . 3 punct` }])).book;
    expect(book.mentions.map((m) => m.arg.eventType)).toEqual(['Agreement']);
  });
});

describe('kinds of incident', () => {
  const bombing = `
    The the DET DT 2 det
    bombing bombing NOUN NN 3 nsubj
    shocked shock VERB VBD 0 root
    residents resident NOUN NNS 3 obj
    . . PUNCT . 3 punct`;
  const shot = `
    A a DET DT 2 det
    man man NOUN NN 4 nsubj:pass
    was be AUX VBD 4 aux:pass
    shot shoot VERB VBN 0 root
    . . PUNCT . 4 punct`;
  const explosion = `
    The the DET DT 3 det
    worst bad ADJ JJS 3 amod
    explosion explosion NOUN NN 4 nsubj
    shocked shock VERB VBD 0 root
    residents resident NOUN NNS 4 obj
    . . PUNCT . 4 punct`;
  it('a shooting is not the bombing named before; a noun after it goes back to the bombing', () => {
    const book = contextOf(analysisOf([{ rows: bombing }, { rows: shot }, { rows: explosion }])).book;
    const [b, s, e] = book.mentions.map((m) => m.arg);
    expect(s!.key).not.toBe(b!.key);
    expect(s!.label).toBe('shooting');
    expect(e!.key).toBe(b!.key);
  });
});

describe('dates on verbs of reaction', () => {
  // "<Name> <verb> the bombing on Monday" with "on Monday" hung on the noun (as the shipped parser does) or on the verb
  const rows = (verb: string, lemma: string, onNoun: boolean, prep = 'on'): string => [
    'Ada Ada PROPN NNP 2 nsubj', `${verb} ${lemma} VERB VBD 0 root`, 'the the DET DT 4 det', 'bombing bombing NOUN NN 2 obj',
    `${prep} ${prep} ADP IN 6 case`, `Monday Monday PROPN NNP ${onNoun ? 4 : 2} ${onNoun ? 'nmod' : 'obl'}`, '. . PUNCT . 2 punct',
  ].join('\n');
  const dates = (verb: string, lemma: string, onNoun: boolean, prep?: string): number =>
    events(analysisOf([{ rows: rows(verb, lemma, onNoun, prep), mentions: [['Ada', 'Person']], times: [['Monday', '2024-06-03']] }])).filter((c) => c.predicate === 'date').length;
  const table: Array<[string, string, string, boolean, number, string?]> = [
    ['"condemned the bombing on Monday" (on the noun) dates the condemnation', 'condemned', 'condemn', true, 0],
    ['"condemned the bombing on Monday" (on the verb) likewise', 'condemned', 'condemn', false, 0],
    ['"denounced the bombing on Monday" likewise', 'denounced', 'denounce', true, 0],
    ['"mourned the bombing on Monday" likewise', 'mourned', 'mourn', true, 0],
    ['"condemned the bombing of Monday" keeps the date the bombing is named by', 'condemned', 'condemn', true, 1, 'of'],
    ['"investigated the bombing on Monday" (no reaction) dates the bombing', 'investigated', 'investigate', true, 1],
  ];
  for (const [name, verb, lemma, onNoun, n, prep] of table) it(name, () => expect(dates(verb, lemma, onNoun, prep)).toBe(n));
});

describe('a weapon that went off in a round-up', () => {
  // an earlier incident, then "In Heet, a car bomb <verb> near a patrol, killing one soldier."
  const roundUp = (verb: string, lemma: string): SentenceSpec[] => [
    { rows: `
      A a DET DT 3 det
      roadside roadside NOUN NN 3 compound
      bomb bomb NOUN NN 4 nsubj
      killed kill VERB VBD 0 root
      three three NUM CD 6 nummod
      people person NOUN NNS 4 obj
      . . PUNCT . 4 punct` },
    { rows: `
      In in ADP IN 2 case
      Heet Heet PROPN NNP 7 obl
      , , PUNCT , 7 punct
      a a DET DT 6 det
      car car NOUN NN 6 compound
      bomb bomb NOUN NN 7 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      near near ADP IN 10 case
      a a DET DT 10 det
      patrol patrol NOUN NN 7 obl
      , , PUNCT , 12 punct
      killing kill VERB VBG 7 advcl
      one one NUM CD 14 nummod
      soldier soldier NOUN NN 12 obj
      . . PUNCT . 7 punct`, mentions: [['Heet', 'City']] },
  ];
  const table: Array<[string, string, string]> = [['exploded', 'explode', 'car bomb'], ['detonated', 'detonate', 'car bomb'], ['stopped', 'stop', 'roadside bomb']];
  for (const [verb, lemma, owner] of table) {
    it(`"a car bomb ${verb} ..., killing one" counts one killed by the ${owner}`, () => {
      const got = events(analysisOf(roundUp(verb, lemma))).map(show);
      expect(got, got.join('; ')).toContain(`${owner} | killed | 1 | + |  | fact`);
    });
  }
});

describe('places named in an of-phrase of a place noun', () => {
  // "A blast in the <noun> of Adhamiya and Karada killed two people."
  const rows = (noun: string): string => [
    'A a DET DT 2 det', 'blast blast NOUN NN 10 nsubj', 'in in ADP IN 5 case', 'the the DET DT 5 det', `${noun} ${noun.replace(/s$/, '')} NOUN NNS 2 nmod`,
    'of of ADP IN 7 case', 'Adhamiya Adhamiya PROPN NNP 5 nmod', 'and and CCONJ CC 9 cc', 'Karada Karada PROPN NNP 7 conj',
    'killed kill VERB VBD 0 root', 'two two NUM CD 12 nummod', 'people person NOUN NNS 10 obj', '. . PUNCT . 10 punct',
  ].join('\n');
  const places = (noun: string): string[] => events(analysisOf([{ rows: rows(noun), mentions: [['Adhamiya', 'Location'], ['Karada', 'Location']] }]))
    .filter((c) => c.predicate === 'locatedIn').map(show).sort();
  it('"in the neighbourhoods of Adhamiya and Karada" places the blast in both', () => {
    const got = places('neighbourhoods');
    expect(got.some((g) => g.startsWith('blast | locatedIn | Adhamiya |')), got.join('; ')).toBe(true);
    expect(got.some((g) => g.startsWith('blast | locatedIn | Karada |')), got.join('; ')).toBe(true);
  });
  it('"in the rubble of ..." (no place noun) places it in neither', () => expect(places('rubble')).toEqual([]));
});

describe('tolls that are no incident\'s count', () => {
  // "The attack shocked the town." then a sentence of its own naming no event
  const attack = { rows: `
    The the DET DT 2 det
    attack attack NOUN NN 3 nsubj
    shocked shock VERB VBD 0 root
    the the DET DT 5 det
    town town NOUN NN 3 obj
    . . PUNCT . 3 punct` };
  // "<count> people were killed." with the words before it given
  const killed = (before: string[], n: string, verb = 'killed kill VERB VBN'): string => {
    const k = before.length;
    return [...before, `${n} ${n} NUM CD ${k + 2} nummod`, `people person NOUN NNS ${k + 4} nsubj:pass`, `were be AUX VBD ${k + 4} aux:pass`, `${verb} 0 root`, `. . PUNCT . ${k + 4} punct`].join('\n');
  };
  const table: Array<[string, SentenceSpec[], (a: ReturnType<typeof analysisOf>) => void, string[], string[]]> = [
    ['a count the sentence dates by a period ("by the end of the year") sums the period, not the attack', [attack, { rows: killed(['By by ADP IN 3 case', 'the the DET DT 3 det', 'end end NOUN NN 9 obl', 'of of ADP IN 6 case', 'the the DET DT 6 det', 'year year NOUN NN 3 nmod', ', , PUNCT , 3 punct'], '496') }],
      (a) => { a.times.push({ start: a.sentences[1]!.start, end: a.sentences[1]!.start + 19, text: 'the end of the year', sentence: 1, interval: { start: '2023-09-01', end: '2023-12-31' } }); },
      [], ['attack | killed | 496 | + |  | fact']],
    ['a "when" clause on a time before it counts that day\'s dead, not the attack\'s', [attack, { rows: [
      'The the DET DT 2 det', 'toll toll NOUN NN 5 nsubj', 'was be AUX VBD 5 cop', 'the the DET DT 5 det', 'highest high ADJ JJS 0 root', 'since since ADP IN 8 case',
      'May May PROPN NNP 8 compound', '5 5 NUM CD 5 obl', ', , PUNCT , 8 punct', 'when when ADV WRB 14 advmod', '110 110 NUM CD 12 nummod', 'people person NOUN NNS 14 nsubj:pass',
      'were be AUX VBD 14 aux:pass', 'killed kill VERB VBN 5 advcl', '. . PUNCT . 5 punct'].join('\n'), times: [['May 5', '2023-05-05']] }],
      () => undefined, [], ['attack | killed | 110 | + |  | fact']],
    ['a sentence naming incidents of its own that are no single event ("launched attacks") keeps its count from the last one', [attack, { rows: [
      'Insurgents insurgent NOUN NNS 2 nsubj', 'launched launch VERB VBD 0 root', 'attacks attack NOUN NNS 2 obj', ', , PUNCT , 5 punct', 'killing kill VERB VBG 2 advcl',
      '15 15 NUM CD 7 nummod', 'soldiers soldier NOUN NNS 5 obj', '. . PUNCT . 2 punct'].join('\n') }],
      () => undefined, [], ['attack | killed | 15 | + |  | fact']],
    ['"killed or wounded" counts neither the dead nor the injured', [attack, { rows: killed([], '50').replace('. . PUNCT . 4 punct', 'or or CCONJ CC 6 cc\nwounded wounded ADJ JJ 4 conj\n. . PUNCT . 4 punct') }],
      () => undefined, [], ['attack | killed | 50 | + |  | fact', 'attack | injured | 50 | + |  | fact']],
  ];
  it('a plain count in the next sentence is the attack\'s (the rows below differ from it only in their period, clause or "or")', () => {
    expect(events(analysisOf([attack, { rows: killed([], '12') }])).map(show)).toContain('attack | killed | 12 | + |  | fact');
  });
  for (const [name, specs, amend, want, not] of table) {
    it(name, () => {
      const a = analysisOf(specs);
      amend(a);
      const got = events(a).map(show);
      for (const w of want) expect(got, got.join('; ')).toContain(w);
      for (const n of not) expect(got, got.join('; ')).not.toContain(n);
    });
  }
});

describe('a place "near" an event', () => {
  it('"the attack near Kabul" does not place the attack in Kabul', () => {
    const got = events(analysisOf([{ rows: `
      The the DET DT 2 det
      attack attack NOUN NN 5 nsubj
      near near ADP IN 4 case
      Kabul Kabul PROPN NNP 2 nmod
      shocked shock VERB VBD 0 root
      residents resident NOUN NNS 5 obj
      . . PUNCT . 5 punct`, mentions: [['Kabul', 'City']] }])).map(show);
    expect(got).not.toContain('attack | locatedIn | Kabul | + |  | fact');
  });
});
