// Table-driven tests of denials an analyst reads as such: "neither X nor Y" denies the act for both, and a verb of
// rejecting someone's report ("dismissed rumours that ...") denies the report's content on the rejecter's word.
// Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"neither X nor Y" as a passive subject denies the act for both',
    specs: [{ rows: `
      Neither neither CCONJ CC 2 cc
      Ann Ann PROPN NNP 8 nsubj:pass
      Lee Lee PROPN NNP 2 flat
      nor nor CCONJ CC 5 cc
      Kim Kim PROPN NNP 2 conj
      Park Park PROPN NNP 5 flat
      were be AUX VBD 8 aux:pass
      charged charge VERB VBN 0 root
      with with ADP IN 11 case
      the the DET DT 11 det
      robbery robbery NOUN NN 8 obl
      . . PUNCT . 8 punct`, mentions: [['Ann Lee', 'Person'], ['Kim Park', 'Person']] }],
    expect: ['Ann Lee | chargedWith | robbery | - |  | claim', 'Kim Park | chargedWith | robbery | - |  | claim'],
    absent: ['Ann Lee | chargedWith | robbery | + |  | fact', 'Kim Park | chargedWith | robbery | + |  | fact'],
  },
  {
    name: '"neither X nor Y" as an active subject denies the act for both',
    specs: [{ rows: `
      Neither neither CCONJ CC 2 cc
      Orsk Orsk PROPN NNP 5 nsubj
      nor nor CCONJ CC 4 cc
      Acme Acme PROPN NNP 2 conj
      bought buy VERB VBD 0 root
      Lotos Lotos PROPN NNP 5 obj
      . . PUNCT . 5 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | - |  | claim', 'Acme | acquire | Lotos | - |  | claim'],
    absent: ['Orsk | acquire | Lotos | + |  | fact', 'Acme | acquire | Lotos | + |  | fact'],
  },
  {
    name: '"neither X nor Y" as the object denies the act',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      bought buy VERB VBD 0 root
      neither neither CCONJ CC 4 cc
      Lotos Lotos PROPN NNP 2 obj
      nor nor CCONJ CC 6 cc
      Acme Acme PROPN NNP 4 conj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | - |  | claim', 'Orsk | acquire | Acme | - |  | claim'],
    absent: ['Orsk | acquire | Lotos | + |  | fact', 'Orsk | acquire | Acme | + |  | fact'],
  },
  {
    name: 'a verb sharing a "neither ... nor" subject is denied too',
    specs: [{ rows: `
      Neither neither CCONJ CC 2 cc
      Orsk Orsk PROPN NNP 5 nsubj
      nor nor CCONJ CC 4 cc
      Acme Acme PROPN NNP 2 conj
      bid bid VERB VBD 0 root
      for for ADP IN 7 case
      Lotos Lotos PROPN NNP 5 obl
      or or CCONJ CC 9 cc
      bought buy VERB VBD 5 conj
      Vexa Vexa PROPN NNP 9 obj
      . . PUNCT . 5 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company'], ['Lotos', 'Company'], ['Vexa', 'Company']] }],
    expect: ['Orsk | acquire | Vexa | - |  | claim'],
    absent: ['Orsk | acquire | Vexa | + |  | fact'],
  },
  {
    name: 'a negated verb with "nor" stays denied (no double negation)',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 4 nsubj
      did do AUX VBD 4 aux
      not not PART RB 4 advmod
      buy buy VERB VB 0 root
      Lotos Lotos PROPN NNP 4 obj
      nor nor CCONJ CC 7 cc
      Acme Acme PROPN NNP 5 conj
      . . PUNCT . 4 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | - |  | claim', 'Orsk | acquire | Acme | - |  | claim'],
    absent: ['Orsk | acquire | Lotos | + |  | fact', 'Orsk | acquire | Acme | + |  | fact'],
  },
  {
    name: '"X or Y" without "neither" is asserted',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 4 nsubj
      or or CCONJ CC 3 cc
      Acme Acme PROPN NNP 1 conj
      bought buy VERB VBD 0 root
      Lotos Lotos PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | + |  | fact'],
    absent: ['Orsk | acquire | Lotos | - |  | claim'],
  },
  {
    name: '"dismissed reports that S" (clause on the verb) denies S on the dismisser\'s word',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      dismissed dismiss VERB VBD 0 root
      reports report NOUN NNS 2 obj
      that that SCONJ IN 7 mark
      it it PRON PRP 7 nsubj
      had have AUX VBD 7 aux
      bought buy VERB VBN 2 ccomp
      Lotos Lotos PROPN NNP 7 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | - | Orsk | claim'],
    absent: ['Orsk | acquire | Lotos | + |  | fact'],
  },
  {
    name: '"rejected claims that S" (clause on the noun) denies S on the rejecter\'s word',
    specs: [{ rows: `
      Ann Ann PROPN NNP 3 nsubj
      Lee Lee PROPN NNP 1 flat
      rejected reject VERB VBD 0 root
      claims claim NOUN NNS 3 obj
      that that SCONJ IN 7 mark
      Orsk Orsk PROPN NNP 7 nsubj
      bought buy VERB VBD 4 acl
      Lotos Lotos PROPN NNP 7 obj
      . . PUNCT . 3 punct`, mentions: [['Ann Lee', 'Person'], ['Orsk', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | - | Ann Lee | claim'],
    absent: ['Orsk | acquire | Lotos | + |  | fact'],
  },
  {
    name: 'a dismissal of a person reports nothing: what follows stays the sentence\'s own',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      dismissed dismiss VERB VBD 0 root
      Lee Lee PROPN NNP 2 obj
      after after SCONJ IN 6 mark
      he he PRON PRP 6 nsubj
      joined join VERB VBD 2 advcl
      Acme Acme PROPN NNP 6 obj
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Lee', 'Person'], ['Acme', 'Company']] }],
    expect: ['Lee | join | Acme | + |  | fact'],
    absent: ['Lee | join | Acme | - | Orsk | claim'],
  },
  {
    name: '"denied involvement in X": the involvement is denied, on the denier\'s word',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      denied deny VERB VBD 0 root
      involvement involvement NOUN NN 2 obj
      in in ADP IN 7 case
      the the DET DT 7 det
      Dover Dover PROPN NNP 7 compound
      robbery robbery NOUN NN 3 nmod
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Dover', 'City']] }],
    expect: ['Orsk | involvedIn | Dover robbery | - | Orsk | claim'],
    absent: ['Orsk | involvedIn | Dover robbery | + |  | fact'],
  },
  {
    name: '"denied Y\'s role in X": Y\'s involvement is denied, on the denier\'s word',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      rejected reject VERB VBD 0 root
      Acme Acme PROPN NNP 5 nmod:poss
      's 's PART POS 3 case
      role role NOUN NN 2 obj
      in in ADP IN 8 case
      the the DET DT 8 det
      robbery robbery NOUN NN 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company']] }],
    expect: ['Acme | involvedIn | robbery | - | Orsk | claim'],
    absent: ['Acme | involvedIn | robbery | + |  | fact'],
  },
  {
    name: '"issued a statement denying responsibility for X": denied by the issuer',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      issued issue VERB VBD 0 root
      a a DET DT 4 det
      statement statement NOUN NN 2 obj
      denying deny VERB VBG 4 acl
      responsibility responsibility NOUN NN 5 obj
      for for ADP IN 9 case
      the the DET DT 9 det
      robbery robbery NOUN NN 6 nmod
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company']] }],
    expect: ['Orsk | responsibleFor | robbery | - | Orsk | claim'],
    absent: ['Orsk | responsibleFor | robbery | + |  | fact'],
  },
  {
    name: '"refused to deny involvement in X" neither denies nor asserts it',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      refused refuse VERB VBD 0 root
      to to PART TO 4 mark
      deny deny VERB VB 2 xcomp
      involvement involvement NOUN NN 4 obj
      in in ADP IN 8 case
      the the DET DT 8 det
      robbery robbery NOUN NN 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company']] }],
    expect: [],
    absent: ['Orsk | involvedIn | robbery | - | Orsk | claim', 'Orsk | involvedIn | robbery | + |  | fact', 'Orsk | involvedIn | robbery | - |  | claim'],
  },
  {
    name: '"not until X had bought Y": the buying happened',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      won win VERB VBD 0 root
      , , PUNCT , 9 punct
      but but CCONJ CC 9 cc
      not not PART RB 9 advmod
      until until ADP IN 9 mark
      Orsk Orsk PROPN NNP 9 nsubj
      had have AUX VBD 9 aux
      bought buy VERB VBN 2 conj
      Lotos Lotos PROPN NNP 9 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Orsk', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | + |  | fact'],
    absent: ['Orsk | acquire | Lotos | - |  | claim'],
  },
  {
    name: '"not only did X buy Y": the buying happened',
    specs: [{ rows: `
      Not not PART RB 5 advmod
      only only ADV RB 5 advmod
      did do AUX VBD 5 aux
      Orsk Orsk PROPN NNP 5 nsubj
      buy buy VERB VB 0 root
      Lotos Lotos PROPN NNP 5 obj
      . . PUNCT . 5 punct`, mentions: [['Orsk', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | acquire | Lotos | + |  | fact'],
    absent: ['Orsk | acquire | Lotos | - |  | claim'],
  },
  {
    name: '"proved no better than X" is a comparison, not a denial',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      proved prove VERB VBD 0 root
      no no ADV RB 4 advmod
      better good ADJ JJR 2 obj
      than than ADP IN 6 case
      Acme Acme PROPN NNP 4 obl
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company']] }],
    expect: ['Orsk | prove | no better than Acme | + |  | fact'],
    absent: ['Orsk | prove | no better than Acme | - |  | claim'],
  },
  {
    name: '"no longer" still denies',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 4 nsubj
      no no ADV RB 3 advmod
      longer long ADV RBR 4 advmod
      owns own VERB VBZ 0 root
      Lotos Lotos PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Orsk', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orsk | own | Lotos | - |  | claim'],
    absent: ['Orsk | own | Lotos | + |  | fact'],
  },
  {
    name: '"refused to comment on the reports": the comment was not made',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      refused refuse VERB VBD 0 root
      to to PART TO 4 mark
      comment comment VERB VB 2 xcomp
      on on ADP IN 7 case
      the the DET DT 7 det
      reports report NOUN NNS 4 obl
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company']] }],
    expect: ['Orsk | commentOn | reports | - |  | claim'],
    absent: ['Orsk | commentOn | reports | + |  | fact'],
  },
  {
    name: '"commented on Tuesday": a time is no topic',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      commented comment VERB VBD 0 root
      on on ADP IN 4 case
      Tuesday Tuesday PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company']], times: [['Tuesday', '2024-03-26']] }],
    expect: [],
    absent: ['Orsk | commentOn | Tuesday | + |  | fact'],
  },
  {
    name: 'a rejected report inside what someone else said stays theirs',
    specs: [{ rows: `
      Lee Lee PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      Orsk Orsk PROPN NNP 4 nsubj
      rejected reject VERB VBD 2 ccomp
      the the DET DT 6 det
      claims claim NOUN NNS 4 obj
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Orsk', 'Company']] }],
    expect: ['Orsk | deny | claims | + | Lee | claim'],
    absent: ['Orsk | deny | claims | - | Orsk | claim'],
  },
];

describe('denials: neither/nor and rejected reports', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got, got.join('\n')).not.toContain(a);
    });
  }
});
