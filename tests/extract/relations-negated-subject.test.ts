// Table-driven tests of a subject denied by its own determiner ("no bid was made for the mine"): the relation is denied;
// a name that begins with "No" ("No 10") is no determiner. Also an act not done yet ("have yet to sign") is denied. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"have yet to" denies the act and its conjunct',
    specs: [{ rows: `
      Orsk Orsk PROPN NNP 2 nsubj
      have have VERB VBP 0 root
      yet yet ADV RB 2 advmod
      to to PART TO 5 mark
      confirm confirm VERB VB 2 xcomp
      or or CCONJ CC 7 cc
      sign sign VERB VB 5 conj
      the the DET DT 9 det
      deal deal NOUN NN 7 obj
      with with ADP IN 11 case
      Acme Acme PROPN NNP 7 obl
      . . PUNCT . 2 punct`, mentions: [['Orsk', 'Company'], ['Acme', 'Company']] }],
    expect: ['Orsk | signDealWith | Acme | - |  | claim'],
    absent: ['Orsk | signDealWith | Acme | + |  | fact'],
  },
  {
    name: 'a passive subject with "no" denies the relation',
    specs: [{ rows: `
      No no DET DT 2 det
      bid bid NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      made make VERB VBN 0 root
      for for ADP IN 7 case
      the the DET DT 7 det
      mine mine NOUN NN 4 obl
      . . PUNCT . 4 punct`, mentions: [] }],
    expect: ['No bid | madeFor | mine | - |  | claim'],
    absent: ['No bid | madeFor | mine | + |  | fact'],
  },
  {
    name: 'an active subject with "no" denies the relation',
    specs: [{ rows: `
      No no DET DT 2 det
      firm firm NOUN NN 3 nsubj
      bought buy VERB VBD 0 root
      Lotos Lotos PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Lotos', 'Company']] }],
    expect: ['No firm | acquire | Lotos | - |  | claim'],
    absent: ['No firm | acquire | Lotos | + |  | fact'],
  },
  {
    name: 'a name beginning with "No" is asserted',
    specs: [{ rows: `
      No No PROPN NNP 2 compound
      10 10 NUM CD 3 nsubj
      rejected reject VERB VBD 0 root
      the the DET DT 5 det
      plan plan NOUN NN 3 obj
      . . PUNCT . 3 punct`, mentions: [['No 10', 'GovernmentBody']] }],
    expect: ['No 10 | deny | plan | + |  | fact'],
    absent: ['No 10 | deny | plan | - |  | fact'],
  },
];

describe('subjects denied by their determiner', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
    });
  }
});
