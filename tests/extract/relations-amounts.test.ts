// Table-driven tests of an amount a verb takes as its object with a bound before it: "could raise up to £4m" is the
// verb's object bounded by "up to", not a particle "up" and a "to" phrase; verbs of motion keep their particle ("went up
// to $5" is a rise). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "<subject> <verb> up to £9m ." with "up" the verb's particle and "£" an oblique under "to". */
function upTo(subject: string, verb: string, lemma: string): SentenceSpec {
  return { rows: `
    ${subject} ${subject} PROPN NNP 2 nsubj
    ${verb} ${lemma} VERB VBD 0 root
    up up ADP RP 2 compound:prt
    to to ADP IN 5 case
    £ £ SYM $ 2 obl
    ~9 9 NUM CD 7 compound
    ~m m NUM CD 5 nummod
    . . PUNCT . 2 punct`, mentions: [[subject, 'Company']] };
}

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"up to" right after a verb of paying or fetching bounds the amount, the verb\'s object',
    specs: [upTo('Vexa', 'fetched', 'fetch'), upTo('Orlan', 'paid', 'pay')],
    expect: ['Vexa | fetch | 9000000 | + |  | fact', 'Orlan | pay | 9000000 | + |  | fact'],
    absent: ['Vexa | fetchUpTo | 9000000 | + |  | fact', 'Orlan | payUpTo | 9000000 | + |  | fact'],
  },
  {
    name: 'a verb of motion keeps its particle ("went up to £9m" is a rise)',
    specs: [upTo('Kemco', 'went', 'go')],
    expect: ['Kemco | goUpTo | 9000000 | + |  | fact'],
    absent: ['Kemco | go | 9000000 | + |  | fact'],
  },
];

describe('bounded amounts as objects', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
    });
  }
});
