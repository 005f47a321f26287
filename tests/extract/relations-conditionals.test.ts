// Table-driven tests of what a conditional or an open question does to the relations inside it: a clause under "if",
// "unless" or "whether" (its own mark, or that of a clause it is part of: a conjunct, a complement, a clause on a noun)
// is supposed or asked, never stated as a fact. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a conjunct of an "if" clause is supposed too',
    specs: [{ rows: `
      If if SCONJ IN 3 mark
      Brask Brask PROPN NNP 3 nsubj
      wins win VERB VBZ 10 advcl
      and and CCONJ CC 5 cc
      thanks thank VERB VBZ 3 conj
      Kolm Kolm PROPN NNP 5 obj
      , , PUNCT , 3 punct
      Lind Lind PROPN NNP 10 nsubj
      will will AUX MD 10 aux
      leave leave VERB VB 0 root
      . . PUNCT . 10 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person'], ['Lind', 'Person']] }],
    expect: ['Brask | thank | Kolm | + |  | claim'],
    absent: ['Brask | thank | Kolm | + |  | fact'],
  },
  {
    name: 'a "whether" clause is asked, not stated',
    specs: [{ rows: `
      Police police NOUN NNS 3 nsubj
      are be AUX VBP 3 aux
      investigating investigate VERB VBG 0 root
      whether whether SCONJ IN 6 mark
      Acme Acme PROPN NNP 6 nsubj
      misled mislead VERB VBD 3 ccomp
      Kolm Kolm PROPN NNP 6 obj
      . . PUNCT . 3 punct`, mentions: [['Acme', 'Company'], ['Kolm', 'Person']] }],
    expect: ['Acme | mislead | Kolm | + |  | claim'],
    absent: ['Acme | mislead | Kolm | + |  | fact'],
  },
  {
    name: 'a clause on a noun inside an "if" clause is supposed too',
    specs: [{ rows: `
      If if SCONJ IN 3 mark
      Lima Lima PROPN NNP 3 nsubj
      ratifies ratify VERB VBZ 13 advcl
      its its PRON PRP$ 5 nmod:poss
      offer offer NOUN NN 3 obj
      for for SCONJ IN 9 mark
      Vexa Vexa PROPN NNP 9 nsubj
      to to PART TO 9 mark
      help help VERB VB 5 acl
      Kolm Kolm PROPN NNP 9 obj
      , , PUNCT , 3 punct
      talks talk NOUN NNS 13 nsubj
      resume resume VERB VBP 0 root
      . . PUNCT . 13 punct`, mentions: [['Lima', 'City'], ['Vexa', 'Company'], ['Kolm', 'Company']] }],
    expect: ['Vexa | help | Kolm | + |  | claim'],
    absent: ['Vexa | help | Kolm | + |  | fact'],
  },
  {
    name: 'a main clause stays a fact when a clause on its object asks "whether"',
    specs: [{ rows: `
      Brask Brask PROPN NNP 2 nsubj
      thanked thank VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      , , PUNCT , 3 punct
      who who PRON WP 6 nsubj
      asked ask VERB VBD 3 acl:relcl
      whether whether SCONJ IN 10 mark
      Lind Lind PROPN NNP 10 nsubj
      had have AUX VBD 10 aux
      left leave VERB VBN 6 ccomp
      . . PUNCT . 2 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person'], ['Lind', 'Person']] }],
    expect: ['Brask | thank | Kolm | + |  | fact'],
    absent: [],
  },
];

describe('relations under conditions and questions', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
