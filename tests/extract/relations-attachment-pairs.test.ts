// Table-driven tests that one prepositional attachment does not decide a sentence's relations: the same sentence parsed
// with the phrase after a common-noun object hung on the noun or on the verb gives the same rows (the object read
// without the phrase, the phrase joined to the verb and the noun). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** The rows written for one sentence parsed with the phrase on the noun ("nmod") or on the verb ("obl"). */
const parsed = (rows: (dep: 'nmod' | 'obl', head: number) => string, mentions: SentenceSpec['mentions'], noun: number, verb: number): [SentenceSpec, SentenceSpec] =>
  [{ rows: rows('nmod', noun), mentions }, { rows: rows('obl', verb), mentions }];

const cases: Array<{ name: string; specs: [SentenceSpec, SentenceSpec]; expect: string[]; absent: string[] }> = [
  {
    name: 'a phrase of "to" after the object',
    specs: parsed((dep, head) => `
      Telvo Telvo PROPN NNP 2 nsubj
      provided provide VERB VBD 0 root
      digital digital ADJ JJ 4 amod
      cable cable NOUN NN 2 obj
      to to ADP IN 6 case
      Lumo Lumo PROPN NNP ${head} ${dep}
      . . PUNCT . 2 punct`, [['Telvo', 'Company'], ['Lumo', 'Company']], 4, 2),
    expect: ['Telvo | provide | digital cable | + |  | fact', 'Telvo | provideCableTo | Lumo | + |  | fact'],
    absent: ['Telvo | provide | digital cable to Lumo | + |  | fact'],
  },
  {
    name: 'a place named after the object',
    specs: parsed((dep, head) => `
      Brask Brask PROPN NNP 2 nsubj
      received receive VERB VBD 0 root
      his his PRON PRP$ 4 nmod:poss
      award award NOUN NN 2 obj
      in in ADP IN 6 case
      Paris Paris PROPN NNP ${head} ${dep}
      . . PUNCT . 2 punct`, [['Brask', 'Person'], ['Paris', 'City']], 4, 2),
    expect: ['Brask | receive | his award | + |  | fact', 'Brask | receiveAwardIn | Paris | + |  | fact'],
    absent: ['Brask | receive | his award in Paris | + |  | fact'],
  },
  {
    name: 'a phrase the lexicon knows with the verb and the object ("claim responsibility for")',
    specs: parsed((dep, head) => `
      Korvan Korvan PROPN NNP 2 nsubj
      claimed claim VERB VBD 0 root
      responsibility responsibility NOUN NN 2 obj
      for for ADP IN 6 case
      the the DET DT 6 det
      blockade blockade NOUN NN ${head} ${dep}
      . . PUNCT . 2 punct`, [['Korvan', 'ArmedGroup']], 3, 2),
    expect: ['Korvan | responsibleFor | blockade | + |  | fact'],
    absent: ['Korvan | claim | responsibility for the blockade | + |  | fact'],
  },
];

describe('relations whatever the attachment of the phrase after the object', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const [onNoun, onVerb] = specs.map((s) => dependencyRelations(analysisOf([s])).map(show).sort());
    for (const w of want) expect(onNoun, onNoun!.join('\n')).toContain(w);
    for (const a of absent) expect(onNoun).not.toContain(a);
    expect(onNoun).toEqual(onVerb);
  });
});
