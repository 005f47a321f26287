// Table-driven tests of spans of time the date parser leaves unread ("in the last three years", "over recent
// months", "two weeks after"): they date the relation and are no object of the verb; a place after the same preposition
// still is one.
// Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: RegExp }> = [
  {
    name: 'a span with "last" and a number is no object',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      opened open VERB VBD 0 root
      two two NUM CD 4 nummod
      plants plant NOUN NNS 2 obj
      in in ADP IN 9 case
      the the DET DT 9 det
      last last ADJ JJ 9 amod
      three three NUM CD 9 nummod
      years year NOUN NNS 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company']] }],
    expect: [],
    absent: /years/,
  },
  {
    name: 'a span with "recent" after "over" is no object, the place is',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      expanded expand VERB VBD 0 root
      in in ADP IN 4 case
      Lithuania Lithuania PROPN NNP 2 obl
      over over ADP IN 7 case
      recent recent ADJ JJ 7 amod
      months month NOUN NNS 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company'], ['Lithuania', 'Country']] }],
    expect: ['Orlen | expandIn | Lithuania | + |  | fact'],
    absent: /months/,
  },
  {
    name: 'a unit of time that is no span ("for two years") stays',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      jailed jail VERB VBN 0 root
      for for ADP IN 6 case
      two two NUM CD 6 nummod
      years year NOUN NNS 3 obl
      . . PUNCT . 3 punct`, mentions: [['Kovac', 'Person']] }],
    expect: ['Kovac | jailedFor | two years | + |  | fact'],
    absent: /^$/,
  },
  {
    name: 'a length of time measuring "after" is no object',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      resigned resign VERB VBD 0 root
      two two NUM CD 4 nummod
      weeks week NOUN NNS 2 obj
      after after ADP IN 7 case
      the the DET DT 7 det
      merger merger NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company']] }],
    expect: [],
    absent: /weeks/,
  },
  {
    name: 'a unit of time as a plain object stays',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      spent spend VERB VBD 0 root
      two two NUM CD 4 nummod
      weeks week NOUN NNS 2 obj
      in in ADP IN 6 case
      Zagreb Zagreb PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person'], ['Zagreb', 'City']] }],
    expect: ['Kovac | spend | two weeks | + |  | fact'],
    absent: /^$/,
  },
];

describe('spans of time', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const g of got) expect(g).not.toMatch(c.absent);
    });
  }
});
