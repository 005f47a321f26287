// Table-driven tests of relations named by a graded adjective: a comparative or superlative read without its degree
// ("the biggest in Poland" is no "big in") or an adjective with a degree word ("less keen on") gives no relation, while a
// comparison with its standard ("more profitable than") and a plain adjective ("keen on") do. Hand-parsed sentences
// written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: RegExp }> = [
  {
    name: 'a superlative with a place is no relation of the adjective',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 4 nsubj
      is be AUX VBZ 4 cop
      the the DET DT 4 det
      biggest big ADJ JJS 0 root
      in in ADP IN 6 case
      Poland Poland PROPN NNP 4 obl
      . . PUNCT . 4 punct`, mentions: [['Orlen', 'Company'], ['Poland', 'Country']] }],
    expect: [],
    absent: /bigIn/,
  },
  {
    name: 'a comparative without its standard is no relation',
    specs: [{ rows: `
      Sales sale NOUN NNS 3 nsubj
      were be AUX VBD 3 cop
      higher high ADJ JJR 0 root
      in in ADP IN 5 case
      Poland Poland PROPN NNP 3 obl
      . . PUNCT . 3 punct`, mentions: [['Poland', 'Country']] }],
    expect: [],
    absent: /highIn/,
  },
  {
    name: 'an adjective with a degree word is no relation',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 4 nsubj
      was be AUX VBD 4 cop
      less less ADV RBR 4 advmod
      keen keen ADJ JJ 0 root
      on on ADP IN 7 case
      the the DET DT 7 det
      deal deal NOUN NN 4 obl
      . . PUNCT . 4 punct`, mentions: [['Orlen', 'Company']] }],
    expect: [],
    absent: /keenOn/,
  },
  {
    name: 'the same adjective without a degree word is a relation',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 3 nsubj
      was be AUX VBD 3 cop
      keen keen ADJ JJ 0 root
      on on ADP IN 6 case
      the the DET DT 6 det
      deal deal NOUN NN 3 obl
      . . PUNCT . 3 punct`, mentions: [['Orlen', 'Company']] }],
    expect: ['Orlen | keenOn | deal | + |  | fact'],
    absent: /^$/,
  },
  {
    name: 'a comparison with its standard stays',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 4 nsubj
      is be AUX VBZ 4 cop
      more more ADV RBR 4 advmod
      profitable profitable ADJ JJ 0 root
      than than ADP IN 6 case
      Lotos Lotos PROPN NNP 4 obl
      . . PUNCT . 4 punct`, mentions: [['Orlen', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orlen | moreProfitableThan | Lotos | + |  | fact'],
    absent: /^$/,
  },
];

describe('relations named by graded adjectives', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const g of got) expect(g).not.toMatch(c.absent);
    });
  }
});
