// Table-driven tests of an attack's arguments: the target in an of-phrase ("the bombing of a clinic"), in conjuncts ("the
// raids on the Anchor and the Bell") and as the object of a verb of striking ("the raids, three in a single week, struck X
// and Y"); a count before an adjective-tagged participle ("with 17 injured"); a day as a possessor ("Saturday's
// ambush"); no date from another verb over the attack ("gathered on Tuesday to remember the ambush that killed 11"); who
// set off, threw or carried out an attack ("charged a chemist with detonating a device", "a grenade thrown by Okafor",
// "the militia had detonated 12 bombs"), not under a modal ("could launch attacks"); weapons set off as the article's
// incident, which takes the attack's name once it is said; "in these districts" is no place of the event. Hand-parsed
// sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; want: string[]; not?: RegExp[] }> = [
  {
    name: 'the of-phrase of a bombing is its target',
    specs: [{ rows: `
      The the DET DT 2 det
      bombing bombing NOUN NN 8 nsubj
      of of ADP IN 5 case
      a a DET DT 5 det
      clinic clinic NOUN NN 2 nmod
      in in ADP IN 7 case
      Varna Varna PROPN NNP 5 nmod
      killed kill VERB VBD 0 root
      9 9 NUM CD 10 nummod
      people people NOUN NNS 8 obj
      . . PUNCT . 8 punct`, mentions: [['Varna', 'City']] }],
    want: ['bombing | target | clinic in Varna | + |  | fact', 'bombing | locatedIn | Varna | + |  | fact', 'bombing | killed | 9 | + |  | fact'],
  },
  {
    name: 'each conjunct of an on-phrase is a target',
    specs: [{ rows: `
      The the DET DT 2 det
      raids raid NOUN NNS 10 nsubj
      on on ADP IN 5 case
      the the DET DT 5 det
      Anchor Anchor PROPN NNP 2 nmod
      and and CCONJ CC 8 cc
      the the DET DT 8 det
      Bell Bell PROPN NNP 5 conj
      were be AUX VBD 10 cop
      revenge revenge NOUN NN 0 root
      . . PUNCT . 10 punct`, mentions: [['Anchor', 'Facility'], ['Bell', 'Facility']] }],
    want: ['raids | target | Anchor | + |  | fact', 'raids | target | Bell | + |  | fact'],
  },
  {
    name: 'the object of a verb of striking and its conjuncts, past an aside, are targets',
    specs: [{ rows: `
      The the DET DT 2 det
      raids raid NOUN NNS 10 nsubj
      , , PUNCT , 4 punct
      three three NUM CD 2 appos
      in in ADP IN 8 case
      a a DET DT 8 det
      single single ADJ JJ 8 amod
      week week NOUN NN 4 nmod
      , , PUNCT , 4 punct
      struck strike VERB VBD 0 root
      Mirel Mirel PROPN NNP 10 obj
      and and CCONJ CC 13 cc
      Osk Osk PROPN NNP 11 conj
      . . PUNCT . 10 punct`, mentions: [['Mirel', 'City'], ['Osk', 'City']] }],
    want: ['raids | target | Mirel | + |  | fact', 'raids | target | Osk | + |  | fact'],
  },
  {
    name: 'a count before an adjective-tagged participle is of the injured',
    specs: [{ rows: `
      The the DET DT 3 det
      mortar mortar NOUN NN 3 compound
      attack attack NOUN NN 4 nsubj
      killed kill VERB VBD 0 root
      two two NUM CD 6 nummod
      guards guard NOUN NNS 4 obj
      , , PUNCT , 10 punct
      with with SCONJ IN 10 mark
      17 17 NUM CD 10 nsubj
      injured injured ADJ JJ 4 advcl
      . . PUNCT . 4 punct` }],
    want: ['mortar attack | killed | 2 | + |  | fact', 'mortar attack | injured | 17 | + |  | fact'],
  },
  {
    name: 'a day as the possessor of an event noun is its date',
    specs: [{ rows: `
      Saturday Saturday PROPN NNP 3 nmod:poss
      's 's PART POS 1 case
      ambush ambush NOUN NN 4 nsubj
      killed kill VERB VBD 0 root
      four four NUM CD 6 nummod
      soldiers soldier NOUN NNS 4 obj
      . . PUNCT . 4 punct`, times: [['Saturday', '2024-03-23']] }],
    want: ['ambush | date | 2024-03-23 | + |  | fact', 'ambush | killed | 4 | + |  | fact'],
  },
  {
    name: 'the day of another verb over the attack, not its verb of harm, is not the date of the attack',
    specs: [{ rows: `
      Mourners mourner NOUN NNS 2 nsubj
      gathered gather VERB VBD 0 root
      on on ADP IN 4 case
      Tuesday Tuesday PROPN NNP 2 obl
      to to PART TO 6 mark
      remember remember VERB VB 2 xcomp
      the the DET DT 8 det
      ambush ambush NOUN NN 6 obj
      that that PRON WDT 10 nsubj
      killed kill VERB VBD 8 acl:relcl
      11 11 NUM CD 12 nummod
      villagers villager NOUN NNS 10 obj
      . . PUNCT . 2 punct`, times: [['Tuesday', '2024-03-26']] }],
    want: ['ambush | killed | 11 | + |  | fact'],
    not: [/ambush \| date/],
  },
  {
    name: 'the one charged with detonating a device detonated it, on the day of the verb',
    specs: [{ rows: `
      Prosecutors prosecutor NOUN NNS 2 nsubj
      charged charge VERB VBD 0 root
      a a DET DT 4 det
      chemist chemist NOUN NN 2 obj
      with with SCONJ IN 6 mark
      detonating detonate VERB VBG 4 acl
      a a DET DT 8 det
      device device NOUN NN 6 obj
      on on ADP IN 10 case
      Sunday Sunday PROPN NNP 6 obl
      . . PUNCT . 2 punct`, times: [['Sunday', '2024-03-24']] }],
    want: ['chemist | detonate | device', 'device | date | 2024-03-24'],
  },
  {
    name: 'a reduced passive names who threw a grenade',
    specs: [{ rows: `
      Troops troop NOUN NNS 2 nsubj
      defused defuse VERB VBD 0 root
      a a DET DT 4 det
      grenade grenade NOUN NN 2 obj
      thrown throw VERB VBN 4 acl
      by by ADP IN 7 case
      Okafor Okafor PROPN NNP 5 obl:agent
      . . PUNCT . 2 punct`, mentions: [['Okafor', 'Person']] }],
    want: ['Okafor | throw | grenade | + |  | fact'],
  },
  {
    name: 'a phrase of time before the subject is no agent',
    specs: [{ rows: `
      By by ADP IN 3 case
      the the DET DT 3 det
      end end NOUN NN 11 obl
      of of ADP IN 6 case
      the the DET DT 6 det
      week week NOUN NN 3 nmod
      , , PUNCT , 11 punct
      the the DET DT 9 det
      militia militia NOUN NN 11 nsubj
      had have AUX VBD 11 aux
      detonated detonate VERB VBN 0 root
      12 12 NUM CD 13 nummod
      bombs bomb NOUN NNS 11 obj
      . . PUNCT . 11 punct` }],
    want: ['militia | detonate | bombs | + |  | fact'],
    not: [/^end/],
  },
  {
    name: 'attacks under a modal are launched by no one',
    specs: [{ rows: `
      Rebels rebel NOUN NNS 3 nsubj
      could could AUX MD 3 aux
      launch launch VERB VB 0 root
      attacks attack NOUN NNS 3 obj
      on on ADP IN 7 case
      the the DET DT 7 det
      capital capital NOUN NN 3 obl
      . . PUNCT . 3 punct` }],
    want: [],
    not: [/launch/],
  },
  {
    name: 'weapons set off are the incident the article named first, and its toll is that incident\'s',
    specs: [{ rows: `
      A a DET DT 2 det
      bombing bombing NOUN NN 3 nsubj
      hit hit VERB VBD 0 root
      the the DET DT 5 det
      market market NOUN NN 3 obj
      . . PUNCT . 3 punct` }, { rows: `
      The the DET DT 2 det
      brothers brother NOUN NNS 3 nsubj
      set set VERB VBD 0 root
      off off ADP RP 3 compound:prt
      two two NUM CD 6 nummod
      bombs bomb NOUN NNS 3 obl:unmarked
      , , PUNCT , 8 punct
      killing kill VERB VBG 3 advcl
      three three NUM CD 10 nummod
      people people NOUN NNS 8 obj
      . . PUNCT . 3 punct` }],
    want: ['bombing | target | market', 'brothers | setOff | bombs | + |  | fact', 'bombing | killed | 3 | + |  | fact'],
    not: [/^bombs \| killed/],
  },
  {
    name: 'a range by "to" is a least and a most, after a past tense the tagger read as an adjective',
    specs: [{ rows: `
      The the DET DT 2 det
      shelling shelling NOUN NN 3 nsubj
      killed kill VERB VBD 0 root
      six six NUM CD 3 obj
      and and CCONJ CC 6 cc
      wounded wounded ADJ JJ 7 amod
      30 30 NUM CD 4 conj
      to to ADP IN 9 case
      45 45 NUM CD 4 nmod
      villagers villager NOUN NNS 3 obj
      . . PUNCT . 3 punct` }],
    want: ['shelling | killed | 6 | + |  | fact', 'shelling | injured | 30 | + |  | fact', 'shelling | injured | 45 | + |  | fact'],
    not: [/killed \| 30/, /killed \| 45/],
  },
  {
    name: 'a place noun with a demonstrative points back, it is no place of the event',
    specs: [{ rows: `
      A a DET DT 2 det
      shelling shelling NOUN NN 3 nsubj
      hit hit VERB VBD 0 root
      Osk Osk PROPN NNP 3 obj
      and and CCONJ CC 6 cc
      Mirel Mirel PROPN NNP 4 conj
      . . PUNCT . 3 punct`, mentions: [['Osk', 'City'], ['Mirel', 'City']] }, { rows: `
      Four four NUM CD 2 nummod
      residents resident NOUN NNS 4 nsubj:pass
      were be AUX VBD 4 aux:pass
      killed kill VERB VBN 0 root
      in in ADP IN 7 case
      these these DET DT 7 det
      districts district NOUN NNS 4 obl
      . . PUNCT . 4 punct` }],
    want: ['shelling | killed | 4 | + |  | fact'],
    not: [/locatedIn/],
  },
];

describe('attack arguments', () => {
  for (const c of cases) {
    const got = events(analysisOf(c.specs)).map(show);
    if (process.env.SHOW) console.log(c.name, got);
    it(c.name, () => {
      for (const w of c.want) expect(got.some((g) => g.startsWith(w))).toBe(true);
      for (const n of c.not ?? []) expect(got.filter((g) => n.test(g))).toEqual([]);
    });
  }
});

describe('an incident first named by its weapon', () => {
  // "Rebels set off a device in the port. The bombing killed four people."
  const specs: SentenceSpec[] = [{ rows: `
    Rebels rebel NOUN NNS 2 nsubj
    set set VERB VBD 0 root
    off off ADP RP 2 compound:prt
    a a DET DT 5 det
    device device NOUN NN 2 obj
    in in ADP IN 8 case
    the the DET DT 8 det
    port port NOUN NN 2 obl
    . . PUNCT . 2 punct` }, { rows: `
    The the DET DT 2 det
    bombing bombing NOUN NN 3 nsubj
    killed kill VERB VBD 0 root
    four four NUM CD 5 nummod
    people people NOUN NNS 3 obj
    . . PUNCT . 3 punct` }];
  it('is one event with the attack\'s name from the mention that says it', () => {
    const book = contextOf(analysisOf(specs)).book;
    const [device, bombing] = book.mentions;
    expect(device!.arg.key).toBe(bombing!.arg.key);
    expect(bombing!.arg.label).toBe('bombing');
    expect(events(analysisOf(specs)).map(show)).toContain('Rebels | setOff | device | + |  | fact');
  });
});

describe('a range by "to"', () => {
  it('gives the first number as the least and the second as the most', () => {
    const specs: SentenceSpec[] = [{ rows: `
      The the DET DT 2 det
      raids raid NOUN NNS 3 nsubj
      killed kill VERB VBD 0 root
      10 10 NUM CD 6 nummod
      to to ADP IN 6 case
      15 15 NUM CD 7 nummod
      civilians civilian NOUN NNS 3 obj
      . . PUNCT . 3 punct` }];
    const counts = events(analysisOf(specs)).filter((c) => c.predicate === 'killed').map((c) => c.object);
    expect(counts).toEqual([expect.objectContaining({ value: '10', bound: 'min' }), expect.objectContaining({ value: '15', bound: 'max' })]);
  });
});
