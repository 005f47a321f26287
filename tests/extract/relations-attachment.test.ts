// Table-driven tests of where a phrase belongs: a participle after a noun describes the noun, a "by" phrase of an
// active reading is no party, phrases of time, example or circumstance are no arguments, a pronoun object the relation
// drops leaves no "verb + preposition" relation, and a dash opens a parenthetical, not an object. Hand-parsed sentences
// written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a participle with a "by" phrase right after a noun describes the noun, though parsed as the verb\'s complement',
    specs: [{ rows: `
      Lima Lima PROPN NNP 2 nsubj
      bought buy VERB VBD 0 root
      gas gas NOUN NN 2 obj
      supplied supply VERB VBN 2 xcomp
      by by ADP IN 6 case
      Oslo Oslo PROPN NNP 4 obl:agent
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City'], ['Oslo', 'City']] }],
    expect: ['Lima | acquire | gas | + |  | fact', 'Oslo | supply | gas | + |  | fact'],
    absent: ['Lima | supplyBy | Oslo | + |  | fact'],
  },
  {
    name: 'a participle read as the active verb of its noun relates nothing "by" its agent',
    specs: [{ rows: `
      The the DET DT 2 det
      aid aid NOUN NN 3 nsubj
      put put VERB VBN 0 root
      aside aside ADV RB 3 advmod
      by by ADP IN 6 case
      Oslo Oslo PROPN NNP 3 obl:agent
      . . PUNCT . 3 punct`, mentions: [['Oslo', 'City']] }],
    expect: [],
    absent: ['aid | putBy | Oslo | + |  | fact'],
  },
  {
    name: '"following" says when, "such as" gives examples: neither is a party of the verb',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      won win VERB VBD 0 root
      the the DET DT 4 det
      race race NOUN NN 2 obj
      following follow ADP IN 7 case
      a a DET DT 7 det
      ban ban NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person']] }, { rows: `
      Stars star NOUN NNS 2 nsubj
      appear appear VERB VBP 0 root
      , , PUNCT , 6 punct
      such such ADJ JJ 6 case
      as as ADP IN 4 fixed
      Eva Eva PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Eva', 'Person']] }],
    expect: ['Ana | win | race | + |  | fact'],
    absent: ['Ana | winRaceFollowing | ban | + |  | fact', 'Stars | appearSuchAs | Eva | + |  | fact'],
  },
  {
    name: 'a "with" phrase with a clause of its own is a circumstance, not a party',
    specs: [{ rows: `
      Asia Asia PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      drive drive VERB VB 0 root
      growth growth NOUN NN 3 obj
      , , PUNCT , 7 punct
      with with ADP IN 7 case
      Peru Peru PROPN NNP 3 obl
      leading lead VERB VBG 7 acl
      . . PUNCT . 3 punct`, mentions: [['Asia', 'Location'], ['Peru', 'Country']] }],
    expect: ['Asia | drive | growth | + |  | claim'],
    absent: ['Asia | driveGrowthWith | Peru | + |  | claim'],
  },
  {
    name: 'with its pronoun object dropped, a verb\'s bare-noun phrase is no relation ("put them on hold")',
    specs: [{ rows: `
      Lima Lima PROPN NNP 2 nsubj
      put put VERB VBD 0 root
      them they PRON PRP 2 obj
      on on ADP IN 5 case
      hold hold NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City']] }, { rows: `
      Lima Lima PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      it it PRON PRP 2 obj
      to to ADP IN 6 case
      a a DET DT 6 det
      court court NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City']] }],
    expect: ['Lima | sendTo | court | + |  | fact'],
    absent: ['Lima | putOn | hold | + |  | fact'],
  },
  {
    name: 'a time after a phrase with a determiner or possessor is no "verb + noun + preposition" relation of its own',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      on on ADP IN 6 case
      the the DET DT 6 det
      radio radio NOUN NN 6 compound
      programme programme NOUN NN 2 obl
      on on ADP IN 8 case
      Tuesday Tuesday PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person']], times: [['Tuesday', '2024-03-26']] }, { rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      emerged emerge VERB VBD 0 root
      from from ADP IN 5 case
      bankruptcy bankruptcy NOUN NN 5 compound
      protection protection NOUN NN 2 obl
      in in ADP IN 7 case
      2004 2004 NUM CD 2 obl
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company']], times: [['2004', '2004-01-01']] }],
    expect: ['Ana | speakOn | radio programme | + |  | fact', 'Vexa | emergeFromBankruptcyProtectionIn | 2004-01-01 | + |  | fact'],
    absent: ['Ana | speakOnRadioProgrammeOn | 2024-03-26 | + |  | fact'],
  },
  {
    name: 'after a direct object, a phrase of a common noun is not chained on; an event\'s phrase still is',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      beat beat VERB VBD 0 root
      Eva Eva PROPN NNP 2 obj
      in in ADP IN 6 case
      the the DET DT 6 det
      final final NOUN NN 2 obl
      at at ADP IN 8 case
      Wembley Wembley PROPN NNP 6 nmod
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Eva', 'Person'], ['Wembley', 'Facility']] }, { rows: `
      Oslo Oslo PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      Lima Lima PROPN NNP 2 obj
      about about ADP IN 6 case
      an a DET DT 6 det
      attack attack NOUN NN 2 obl
      in in ADP IN 8 case
      Rome Rome PROPN NNP 6 nmod
      . . PUNCT . 2 punct`, mentions: [['Oslo', 'City'], ['Lima', 'City'], ['Rome', 'City']] }],
    expect: ['Ana | beat | Eva | + |  | fact', 'Oslo | warnAboutAttackIn | Rome | + |  | fact'],
    absent: ['Ana | beatInFinalAt | Wembley | + |  | fact'],
  },
  {
    name: 'a name opened by a dash after the verb\'s object is a parenthetical, not a second object',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      won win VERB VBD 0 root
      the the DET DT 4 det
      cup cup NOUN NN 2 obj
      - - PUNCT , 6 punct
      Eva Eva PROPN NNP 2 obj
      - - PUNCT , 2 punct
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Eva', 'Person']] }],
    expect: ['Ana | win | cup | + |  | fact'],
    absent: ['Ana | win | Eva | + |  | fact'],
  },
  {
    name: 'a phrase put before the verb frames the clause: no "verb + object + preposition" relation with it',
    specs: [{ rows: `
      For for ADP IN 3 case
      the the DET DT 3 det
      study study NOUN NN 6 obl
      , , PUNCT , 3 punct
      Acme Acme PROPN NNP 6 nsubj
      interviewed interview VERB VBD 0 root
      owners owner NOUN NNS 6 obj
      . . PUNCT . 6 punct`, mentions: [['Acme', 'Company']] }],
    expect: ['Acme | interview | owners | + |  | fact'],
    absent: ['Acme | interviewOwnersFor | study | + |  | fact'],
  },
  {
    name: '"with" after people says what they have ("witnesses with tips"), not what the act is done with',
    specs: [{ rows: `
      Lima Lima PROPN NNP 2 nsubj
      urged urge VERB VBD 0 root
      witnesses witness NOUN NNS 2 obj
      with with ADP IN 5 case
      tips tip NOUN NNS 2 obl
      to to PART TO 7 mark
      call call VERB VB 2 xcomp
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City']] }, { rows: `
      Lima Lima PROPN NNP 2 nsubj
      signed sign VERB VBD 0 root
      a a DET DT 5 det
      supply supply NOUN NN 5 compound
      deal deal NOUN NN 2 obj
      with with ADP IN 7 case
      Oslo Oslo PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City'], ['Oslo', 'City']] }],
    expect: ['Lima | urge | witnesses | + |  | fact', 'Lima | signSupplyDealWith | Oslo | + |  | fact'],
    absent: ['Lima | urgeWitnessesWith | tips | + |  | fact'],
  },
  {
    name: 'a span picked by an ordinal or "same" ("in her first year", "on the same day") dates the act, it is no party',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      won win VERB VBD 0 root
      titles title NOUN NNS 2 obj
      in in ADP IN 7 case
      her her PRON PRP$ 7 nmod:poss
      first first ADJ JJ 7 amod
      year year NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person']] }],
    expect: ['Ana | win | titles | + |  | fact'],
    absent: ['Ana | winTitlesIn | her first year | + |  | fact', 'Ana | winIn | her first year | + |  | fact'],
  },
  {
    name: '"had the chance to act": what is had is the clause after the noun, no relation with the bare noun',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      had have VERB VBD 0 root
      the the DET DT 4 det
      chance chance NOUN NN 2 obj
      to to PART TO 6 mark
      act act VERB VB 4 acl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person']] }, { rows: `
      Ana Ana PROPN NNP 2 nsubj
      has have VERB VBZ 0 root
      a a DET DT 4 det
      stake stake NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person']] }],
    expect: ['Ana | have | stake | + |  | fact'],
    absent: ['Ana | have | chance | + |  | fact'],
  },
  {
    name: '"failed to pay" denies the payment; "did not fail to pay" asserts it',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      failed fail VERB VBD 0 root
      to to PART TO 4 mark
      pay pay VERB VB 2 xcomp
      Lima Lima PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Lima', 'City']] }, { rows: `
      Acme Acme PROPN NNP 4 nsubj
      did do AUX VBD 4 aux
      not not PART RB 4 advmod
      fail fail VERB VB 0 root
      to to PART TO 6 mark
      pay pay VERB VB 4 xcomp
      Oslo Oslo PROPN NNP 6 obj
      . . PUNCT . 4 punct`, mentions: [['Acme', 'Company'], ['Oslo', 'City']] }],
    expect: ['Vexa | pay | Lima | - |  | claim', 'Acme | pay | Oslo | + |  | fact'],
    absent: ['Vexa | pay | Lima | + |  | fact'],
  },
  {
    name: '"refused to pay or sign" denies both acts',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      refused refuse VERB VBD 0 root
      to to PART TO 4 mark
      pay pay VERB VB 2 xcomp
      Lima Lima PROPN NNP 4 obj
      or or CCONJ CC 7 cc
      sign sign VERB VB 4 conj
      with with ADP IN 9 case
      Oslo Oslo PROPN NNP 7 obl
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Lima', 'City'], ['Oslo', 'City']] }],
    expect: ['Vexa | pay | Lima | - |  | claim', 'Vexa | signWith | Oslo | - |  | claim'],
    absent: ['Vexa | signWith | Oslo | + |  | fact'],
  },
  {
    name: '"did not manage to pay" and "was never allowed to sign" deny the act; "managed to pay" asserts it',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 4 nsubj
      did do AUX VBD 4 aux
      not not PART RB 4 advmod
      manage manage VERB VB 0 root
      to to PART TO 6 mark
      pay pay VERB VB 4 xcomp
      Lima Lima PROPN NNP 6 obj
      . . PUNCT . 4 punct`, mentions: [['Vexa', 'Company'], ['Lima', 'City']] }, { rows: `
      Acme Acme PROPN NNP 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      never never ADV RB 4 advmod
      allowed allow VERB VBN 0 root
      to to PART TO 6 mark
      sign sign VERB VB 4 xcomp
      with with ADP IN 8 case
      Oslo Oslo PROPN NNP 6 obl
      . . PUNCT . 4 punct`, mentions: [['Acme', 'Company'], ['Oslo', 'City']] }, { rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      managed manage VERB VBD 0 root
      to to PART TO 4 mark
      pay pay VERB VB 2 xcomp
      Kyiv Kyiv PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Kyiv', 'City']] }],
    expect: ['Vexa | pay | Lima | - |  | claim', 'Acme | signWith | Oslo | - |  | claim', 'Orsk | pay | Kyiv | + |  | fact'],
    absent: ['Vexa | pay | Lima | + |  | fact', 'Acme | signWith | Oslo | + |  | fact'],
  },
  {
    name: '"struck a deal" is no attack on the deal; "struck the convoy" is',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      struck strike VERB VBD 0 root
      a a DET DT 4 det
      deal deal NOUN NN 2 obj
      with with ADP IN 6 case
      Kyiv Kyiv PROPN NNP 4 nmod
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Kyiv', 'City']] }, { rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      struck strike VERB VBD 0 root
      Kyiv Kyiv PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Kyiv', 'City']] }],
    expect: ['Orsk | attack | Kyiv | + |  | fact'],
    absent: ['Orsk | attack | deal | + |  | fact'],
  },
  {
    name: 'the theme beside an indirect object joins the relation: "gave Kyiv a veto" is "give veto to" Kyiv',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      gave give VERB VBD 0 root
      Kyiv Kyiv PROPN NNP 2 iobj
      a a DET DT 5 det
      veto veto NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Kyiv', 'City']] }, { rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      Kyiv Kyiv PROPN NNP 2 iobj
      Lima Lima PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Kyiv', 'City'], ['Lima', 'City']] }, { rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      left leave VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      centre centre NOUN NN 2 iobj
      back back ADJ JJ 6 amod
      office office NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company']] }],
    expect: ['Orsk | giveVetoTo | Kyiv | + |  | fact', 'Orsk | send | Lima | + |  | fact'],
    absent: ['Orsk | give | Kyiv | + |  | fact', 'Orsk | leaveOfficeTo | its centre | + |  | fact'],
  },
  {
    name: 'a place phrase right after the object\'s own complement is the complement\'s, not the verb\'s',
    specs: [{ rows: `
      Lima Lima PROPN NNP 2 nsubj
      shared share VERB VBD 0 root
      information information NOUN NN 2 obj
      about about ADP IN 6 case
      the the DET DT 6 det
      camps camp NOUN NNS 3 nmod
      in in ADP IN 9 case
      the the DET DT 9 det
      hills hill NOUN NNS 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City']] }, { rows: `
      Lima Lima PROPN NNP 2 nsubj
      signed sign VERB VBD 0 root
      a a DET DT 4 det
      deal deal NOUN NN 2 obj
      in in ADP IN 7 case
      the the DET DT 7 det
      capital capital NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lima', 'City']] }],
    expect: ['Lima | signDealIn | capital | + |  | fact'],
    absent: ['Lima | shareInformationIn | hills | + |  | fact'],
  },
];

describe('where a phrase belongs', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const w of c.expect) expect(got).toContain(w);
      for (const n of c.absent) expect(got).not.toContain(n);
    });
  }
});
