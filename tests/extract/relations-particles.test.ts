// Table-driven tests of verb particles: an adverb right after the verb that is a particle ("took over at"); "up to"
// bounding a number after a preposition is no particle ("with up to six unions"), while "up" after the verb's object
// still is ("pushed prices up"). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a particle right after the verb that the parser made an adverb is still the verb\'s particle',
    specs: [{ rows: `
      Lee Lee PROPN NNP 2 nsubj
      took take VERB VBD 0 root
      over over ADV RB 2 advmod
      at at ADP IN 5 case
      Vexa Vexa PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Vexa', 'Company']] }, { rows: `
      Tan Tan PROPN NNP 2 nsubj
      pulled pull VERB VBD 0 root
      out out ADV RB 2 advmod
      of of ADP IN 5 case
      Oslo Oslo PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Tan', 'Person'], ['Oslo', 'City']] }, { rows: `
      Lee Lee PROPN NNP 2 nsubj
      came come VERB VBD 0 root
      up up ADP RP 2 advmod
      with with ADP IN 5 case
      Vexa Vexa PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Vexa', 'Company']] }, { rows: `
      Ivo Ivo PROPN NNP 2 nsubj
      sang sing VERB VBD 0 root
      loudly loudly ADV RB 2 advmod
      in in ADP IN 5 case
      Oslo Oslo PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Ivo', 'Person'], ['Oslo', 'City']] }],
    expect: ['Lee | takeOverAt | Vexa | + |  | fact', 'Tan | pullOutOf | Oslo | + |  | fact', 'Lee | comeUpWith | Vexa | + |  | fact', 'Ivo | singIn | Oslo | + |  | fact'],
    absent: ['Lee | takeAt | Vexa | + |  | fact', 'Tan | pullOf | Oslo | + |  | fact', 'Lee | comeWith | Vexa | + |  | fact'],
  },
  {
    name: '"up to" bounding a number after a preposition is no particle of the verb',
    specs: [{ rows: `
      Unison Unison PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      coordinate coordinate VERB VB 0 root
      the the DET DT 5 det
      strike strike NOUN NN 3 obj
      with with ADP IN 5 nmod
      up up ADP RP 3 compound:prt
      to to ADP IN 9 case
      six six NUM CD 11 nummod
      other other ADJ JJ 11 amod
      unions union NOUN NNS 3 obl
      . . PUNCT . 3 punct`, mentions: [['Unison', 'Organization']] }],
    expect: ['Unison | coordinate | strike | + |  | claim'],
    absent: ['Unison | coordinateUp | strike | + |  | claim'],
  },
  {
    name: 'a particle right after the object stays the verb’s',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      pushed push VERB VBD 0 root
      prices price NOUN NNS 2 obj
      up up ADP RP 2 compound:prt
      to to ADP IN 6 case
      9 9 NUM CD 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company']] }],
    expect: ['Orlen | pushUp | prices | + |  | fact'],
    absent: ['Orlen | push | prices | + |  | fact'],
  },
];

describe('verb particles', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
    });
  }
});
