// Table-driven tests of the one a thing is handed to: "sold the brand to X", "sold X a stake" name a buyer or a
// recipient, never the thing sold; "lend" keeps the borrower as its object, as the lexicon reads it. Hand-parsed
// sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a "to" phrase of "sell" is the buyer, on a row of its own, not the thing sold',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      sold sell VERB VBD 0 root
      the the DET DT 4 det
      brand brand NOUN NN 2 obj
      to to ADP IN 6 case
      Brill Brill PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Brill', 'Company']] }],
    expect: ['Vexa | sellBrandTo | Brill | + |  | fact'],
    absent: ['Vexa | sell | Brill | + |  | fact'],
  },
  {
    name: '"sells to" with no object: the buyer after "to"',
    specs: [{ rows: `
      Orlan Orlan PROPN NNP 2 nsubj
      sells sell VERB VBZ 0 root
      to to ADP IN 4 case
      Kemco Kemco PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlan', 'Company'], ['Kemco', 'Company']] }],
    expect: ['Orlan | sellTo | Kemco | + |  | fact'],
    absent: ['Orlan | sell | Kemco | + |  | fact'],
  },
  {
    name: 'two objects of a giving verb, both parsed "obj": a name first is the one given to',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      sold sell VERB VBD 0 root
      Orlan Orlan PROPN NNP 2 obj
      a a DET DT 5 det
      stake stake NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Orlan', 'Company']] }, { rows: `
      Tarvia Tarvia PROPN NNP 2 nsubj
      gave give VERB VBD 0 root
      sprint sprint NOUN NN 4 compound
      champion champion NOUN NN 2 obj
      Ivo Ivo PROPN NNP 6 compound
      Dalen Dalen PROPN NNP 4 appos
      a a DET DT 8 det
      medal medal NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Tarvia', 'Country'], ['Ivo Dalen', 'Person']] }],
    expect: ['Vexa | sellStakeTo | Orlan | + |  | fact', 'Tarvia | giveMedalTo | Ivo Dalen | + |  | fact'],
    absent: ['Vexa | sell | Orlan | + |  | fact', 'Tarvia | give | Ivo Dalen | + |  | fact'],
  },
  {
    name: 'not when the second object has no determiner of its own, nor for "lend", whose object is the borrower',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      sold sell VERB VBD 0 root
      Orlan Orlan PROPN NNP 2 obj
      shares share NOUN NNS 2 obj
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Orlan', 'Company']] }, { rows: `
      Kemco Kemco PROPN NNP 2 nsubj
      lent lend VERB VBD 0 root
      Orlan Orlan PROPN NNP 2 obj
      a a DET DT 5 det
      sum sum NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kemco', 'Company'], ['Orlan', 'Company']] }],
    expect: ['Vexa | sell | shares | + |  | fact', 'Kemco | lend | Orlan | + |  | fact'],
    absent: ['Vexa | sellSharesTo | Orlan | + |  | fact', 'Kemco | lendSumTo | Orlan | + |  | fact'],
  },
];

describe('recipients of giving verbs', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
    });
  }
});
