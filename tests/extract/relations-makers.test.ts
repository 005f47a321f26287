// Table-driven tests of a "by" phrase with several makers on a verb's object: "includes paintings by A, B and C" is
// the object once for each maker ("paintings by B"), not only for the first. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'each name of the "by" phrase is a maker of its own',
    specs: [{ rows: `
      The the DET DT 2 det
      sale sale NOUN NN 3 nsubj
      includes include VERB VBZ 0 root
      paintings painting NOUN NNS 3 obj
      by by ADP IN 7 case
      Ivo Ivo PROPN NNP 7 compound
      Dalen Dalen PROPN NNP 4 nmod
      ~, , PUNCT , 10 punct
      Mara Mara PROPN NNP 10 compound
      Lentz Lentz PROPN NNP 7 conj
      and and CCONJ CC 12 cc
      Tom Tom PROPN NNP 7 conj
      Brack Brack PROPN NNP 12 flat
      . . PUNCT . 3 punct`, mentions: [['Ivo Dalen', 'Person'], ['Mara Lentz', 'Person'], ['Tom Brack', 'Person']] }],
    expect: ['sale | include | paintings by Ivo Dalen | + |  | fact', 'sale | include | paintings by Mara Lentz | + |  | fact', 'sale | include | paintings by Tom Brack | + |  | fact'],
    absent: ['sale | include | paintings by Ivo Dalen, Mara Lentz | + |  | fact'],
  },
  {
    name: 'a "by" phrase with one name gives one row',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      bought buy VERB VBD 0 root
      songs song NOUN NNS 2 obj
      by by ADP IN 6 case
      Ria Ria PROPN NNP 6 compound
      Voss Voss PROPN NNP 3 nmod
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Ria Voss', 'Person']] }],
    expect: ['Vexa | acquire | songs by Ria Voss | + |  | fact'],
    absent: [],
  },
];

describe('makers in a "by" phrase', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
      expect(new Set(got).size, got.join('\n')).toBe(got.length);
    });
  }
});
