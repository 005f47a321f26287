// Table-driven tests of an attack's arguments: the target in an of-phrase ("the bombing of a clinic"), in conjuncts ("the
// raids on the Anchor and the Bell") and as the object of a verb of striking ("40 raids, mostly by night, targeted X and Y");
// a count after an adjective-tagged participle ("nearly 90 injured"); a day as a possessor ("Saturday's ambush"); no date
// from a clause that blames ("On Monday, X blamed Y for the bombing that killed 11"); who set off, planted or carried out
// an attack ("accused the courier of setting off a device", "a parcel bomb planted by Okafor", "the brigade had detonated
// 12 bombs"), not under a modal ("could launch attacks"); weapons set off as the article's incident, which takes the
// attack's name once it is said; "in those villages" is no place of the event. Hand-parsed sentences written for the tests.
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
      A a DET DT 2 det
      total total NOUN NN 11 obl
      of of ADP IN 5 case
      40 40 NUM CD 5 nummod
      raids raid NOUN NNS 2 nmod
      , , PUNCT , 9 punct
      mostly mostly ADV RB 9 advmod
      by by ADP IN 9 case
      night night NOUN NN 2 nmod
      , , PUNCT , 2 punct
      targeted target VERB VBN 0 root
      Mirel Mirel PROPN NNP 11 obj
      and and CCONJ CC 14 cc
      Osk Osk PROPN NNP 12 conj
      . . PUNCT . 11 punct`, mentions: [['Mirel', 'City'], ['Osk', 'City']] }],
    want: ['raids | target | Mirel | + |  | fact', 'raids | target | Osk | + |  | fact'],
  },
  {
    name: 'a count before an adjective-tagged participle is of the injured',
    specs: [{ rows: `
      The the DET DT 2 det
      blasts blast NOUN NNS 3 nsubj
      left leave VERB VBD 0 root
      14 14 NUM CD 3 obj
      dead dead ADJ JJ 3 xcomp
      and and CCONJ CC 9 cc
      nearly nearly ADV RB 8 advmod
      90 90 NUM CD 9 nummod
      injured injured ADJ JJ 3 conj
      . . PUNCT . 3 punct` }],
    want: ['blasts | killed | 14 | + |  | fact', 'blasts | injured | 90 | + |  | fact'],
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
    name: 'the day of a clause that blames is not the date of the bombing it blames for',
    specs: [{ rows: `
      On on ADP IN 2 case
      Monday Monday PROPN NNP 5 obl
      , , PUNCT , 5 punct
      Norland Norland PROPN NNP 5 nsubj
      blamed blame VERB VBD 0 root
      the the DET DT 8 det
      Red Red PROPN NNP 8 compound
      Hand Hand PROPN NNP 5 obj
      for for ADP IN 11 case
      the the DET DT 11 det
      bombing bombing NOUN NN 5 obl
      that that PRON WDT 13 nsubj
      killed kill VERB VBD 11 acl:relcl
      11 11 NUM CD 15 nummod
      people people NOUN NNS 13 obj
      . . PUNCT . 5 punct`, mentions: [['Norland', 'Country'], ['Red Hand', 'ArmedGroup']], times: [['Monday', '2024-03-25']] }],
    want: ['bombing | killed | 11 | + |  | fact'],
    not: [/bombing \| date/],
  },
  {
    name: 'the one accused of setting off a device set it off, on the day of the verb',
    specs: [{ rows: `
      Police police NOUN NNS 2 nsubj
      accused accuse VERB VBD 0 root
      the the DET DT 4 det
      courier courier NOUN NN 2 obj
      of of SCONJ IN 6 mark
      setting set VERB VBG 4 acl
      off off ADP RP 6 compound:prt
      a a DET DT 9 det
      device device NOUN NN 6 obj
      on on ADP IN 11 case
      Sunday Sunday PROPN NNP 6 obl
      . . PUNCT . 2 punct`, times: [['Sunday', '2024-03-24']] }],
    want: ['courier | setOff | device', 'device | date | 2024-03-24'],
  },
  {
    name: 'a reduced passive names who planted a bomb',
    specs: [{ rows: `
      A a DET DT 3 det
      parcel parcel NOUN NN 3 compound
      bomb bomb NOUN NN 7 nsubj
      planted plant VERB VBN 3 acl
      by by ADP IN 6 case
      Okafor Okafor PROPN NNP 4 obl:agent
      exploded explode VERB VBD 0 root
      . . PUNCT . 7 punct`, mentions: [['Okafor', 'Person']] }],
    want: ['Okafor | plant | parcel bomb | + |  | fact'],
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
      Seven seven NUM CD 2 nummod
      people people NOUN NNS 4 nsubj:pass
      were be AUX VBD 4 aux:pass
      killed kill VERB VBN 0 root
      in in ADP IN 7 case
      those those DET DT 7 det
      villages village NOUN NNS 4 obl
      . . PUNCT . 4 punct` }],
    want: ['shelling | killed | 7 | + |  | fact'],
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
