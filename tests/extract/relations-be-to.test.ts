// Table-driven tests of "be to" ("Kestrel is to recall the boats"): the parser hangs "is" on the infinitive as its
// copula, and the act is read as a verb's all the same, as one still to come; a noun of purpose as the subject ("the aim
// is to cut costs") says what the aim is, and gives no act of the noun. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a company that "is to recall" the boats recalls them, an act to come',
    specs: [{ rows: `
      Kestrel Kestrel PROPN NNP 5 nsubj:outer
      Marine Marine PROPN NNP 1 flat
      is be AUX VBZ 5 cop
      to to PART TO 5 mark
      recall recall VERB VB 0 root
      all all DET DT 9 det
      40 40 NUM CD 9 nummod
      faulty faulty ADJ JJ 9 amod
      boats boat NOUN NNS 5 obj
      . . PUNCT . 5 punct`, mentions: [['Kestrel Marine', 'Company']] }],
    expect: ['Kestrel Marine | recall | all 40 faulty boats | + |  | claim'],
    absent: ['Kestrel Marine | recall | all 40 faulty boats | + |  | fact'],
  },
  {
    name: 'a noun of purpose before "is to" gives no act of the noun',
    specs: [{ rows: `
      Their their PRON PRP$ 2 nmod:poss
      aim aim NOUN NN 5 nsubj:outer
      is be AUX VBZ 5 cop
      to to PART TO 5 mark
      halve halve VERB VB 0 root
      waiting wait VERB VBG 7 amod
      lists list NOUN NNS 5 obj
      . . PUNCT . 5 punct`, mentions: [] }],
    expect: [],
    absent: ['aim | halve | waiting lists | + |  | claim', 'aim | halve | waiting lists | + |  | fact'],
  },
];

describe('"be to" infinitives', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got, got.join('\n')).toContain(w);
    for (const a of absent) expect(got, got.join('\n')).not.toContain(a);
  });
  it('"is to blame for" says who is responsible: no act of blaming (review)', () => {
    const spec: SentenceSpec = { rows: `
      The the DET DT 2 det
      council council NOUN NN 5 nsubj:outer
      is be AUX VBZ 5 cop
      to to PART TO 5 mark
      blame blame VERB VB 0 root
      for for ADP IN 8 case
      the the DET DT 8 det
      floods flood NOUN NNS 5 obl
      . . PUNCT . 5 punct`, mentions: [] };
    const got = dependencyRelations(analysisOf([spec])).map(show);
    expect(got.filter((r) => r.includes('blame')), got.join('\n')).toEqual([]);
  });
  it('the act is one to come', () => {
    const got = dependencyRelations(analysisOf(cases[0]!.specs));
    expect(got.map((c) => c.modality)).toEqual(['future']);
  });
});
