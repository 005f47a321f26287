// Table-driven tests of what a copula says its subject is (relations/copulas.ts): "X is a Y", "X was illegal", "X became
// Y", "X remains Y", "X wants to be Y" give X | be (become, remain, want to be) | Y; a vague subject ("it", "this", "I"),
// a vague predicate ("the way", "the answer"), a stance adjective with its clause ("sure we will"), a content clause of a
// noun ("claims that X is Y") and a negated verb of thinking over the clause give none. Hand-parsed sentences written for
// the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** A copula's relation: "be", "become", "remain" or a controlling verb's "... to be". */
const COPULAR = /^(?:be|become|remain|\w+ToBe|\w+ToBecome|\w+ToRemain)$/;

// `absent`: rows a positive case must not write besides its own; `silent`: subjects that must get no copula row at all
const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[]; silent?: string[] }> = [
  {
    name: 'a named subject with a predicate noun: what it is',
    specs: [{ rows: `
      Mira Mira PROPN NNP 6 nsubj
      Tolan Tolan PROPN NNP 1 flat
      is be AUX VBZ 6 cop
      a a DET DT 6 det
      textile textile NOUN NN 6 compound
      designer designer NOUN NN 0 root
      . . PUNCT . 6 punct`, mentions: [['Mira Tolan', 'Person']] }],
    expect: ['Mira Tolan | be | textile designer | + |  | fact'],
    absent: [],
  },
  {
    name: 'a past copula ("was", "has been") is the copula, not a participle before the predicate noun',
    specs: [
      { rows: `
      Mira Mira PROPN NNP 5 nsubj
      Tolan Tolan PROPN NNP 1 flat
      was be AUX VBD 5 cop
      a a DET DT 5 det
      weaver weaver NOUN NN 0 root
      . . PUNCT . 5 punct`, mentions: [['Mira Tolan', 'Person']] },
      { rows: `
      Oren Oren PROPN NNP 6 nsubj
      Blatt Blatt PROPN NNP 1 flat
      has have AUX VBZ 6 aux
      been be AUX VBN 6 cop
      a a DET DT 6 det
      ferryman ferryman NOUN NN 0 root
      . . PUNCT . 6 punct`, mentions: [['Oren Blatt', 'Person']] },
    ],
    expect: ['Mira Tolan | be | weaver | + |  | fact', 'Oren Blatt | be | ferryman | + |  | fact'],
    absent: [],
  },
  {
    name: 'a negated copula denies it, without the negation in the predicate',
    specs: [{ rows: `
      Mira Mira PROPN NNP 6 nsubj
      Tolan Tolan PROPN NNP 1 flat
      is be AUX VBZ 6 cop
      not not PART RB 6 advmod
      a a DET DT 6 det
      thief thief NOUN NN 0 root
      . . PUNCT . 6 punct`, mentions: [['Mira Tolan', 'Person']] }],
    expect: ['Mira Tolan | be | thief | - |  | claim'],
    absent: ['Mira Tolan | be | not a thief | - |  | claim'],
  },
  {
    name: 'a bare adjective of a named thing: its state',
    specs: [{ rows: `
      The the DET DT 3 det
      Vantor Vantor PROPN NNP 3 compound
      sale sale NOUN NN 5 nsubj
      was be AUX VBD 5 cop
      unlawful unlawful ADJ JJ 0 root
      . . PUNCT . 5 punct`, mentions: [['Vantor', 'Company']] }],
    expect: ['Vantor sale | be | unlawful | + |  | fact'],
    absent: [],
  },
  {
    name: '"became" and "remains" with a predicate complement',
    specs: [
      { rows: `
      Oren Oren PROPN NNP 3 nsubj
      Blatt Blatt PROPN NNP 1 flat
      became become VERB VBD 0 root
      chairman chairman NOUN NN 3 xcomp
      . . PUNCT . 3 punct`, mentions: [['Oren Blatt', 'Person']] },
      { rows: `
      Quillon Quillon PROPN NNP 2 nsubj
      remains remain VERB VBZ 0 root
      the the DET DT 5 det
      biggest big ADJ JJS 5 amod
      lender lender NOUN NN 2 xcomp
      . . PUNCT . 2 punct`, mentions: [['Quillon', 'Company']] },
    ],
    expect: ['Oren Blatt | become | chairman | + |  | fact', 'Quillon | remain | biggest lender | + |  | fact'],
    absent: [],
  },
  {
    name: 'a controlling verb joins the relation ("want to be"); a raising one does not ("seems to be")',
    specs: [
      { rows: `
      The the DET DT 2 det
      Marrows Marrows PROPN NNPS 3 nsubj
      want want VERB VBP 0 root
      to to PART TO 8 mark
      be be AUX VB 8 cop
      the the DET DT 8 det
      loudest loud ADJ JJS 8 amod
      band band NOUN NN 3 xcomp
      . . PUNCT . 3 punct`, mentions: [['Marrows', 'Organization']] },
      { rows: `
      Quillon Quillon PROPN NNP 2 nsubj
      seems seem VERB VBZ 0 root
      to to PART TO 6 mark
      be be AUX VB 6 cop
      the the DET DT 6 det
      favourite favourite NOUN NN 2 xcomp
      . . PUNCT . 2 punct`, mentions: [['Quillon', 'Company']] },
    ],
    expect: ['Marrows | wantToBe | loudest band | + |  | claim', 'Quillon | be | favourite | + |  | fact'],
    absent: ['Marrows | be | loudest band | + |  | fact'],
  },
  {
    // (the predicates are no vague nouns, so only the subject's guard, vagueSubject, keeps these out)
    name: 'a pronoun of a situation or a subject noun that introduces what follows says nothing of anyone',
    specs: [
      { rows: `
      It it PRON PRP 4 nsubj
      is be AUX VBZ 4 cop
      a a DET DT 4 det
      disaster disaster NOUN NN 0 root
      for for ADP IN 6 case
      Quillon Quillon PROPN NNP 4 nmod
      . . PUNCT . 4 punct`, mentions: [['Quillon', 'Company']] },
      { rows: `
      The the DET DT 2 det
      result result NOUN NN 5 nsubj
      is be AUX VBZ 5 cop
      higher high ADJ JJR 5 amod
      rents rent NOUN NNS 0 root
      . . PUNCT . 5 punct`, mentions: [] },
    ],
    expect: [],
    absent: [],
    silent: ['It', 'result'],
  },
  {
    name: 'a vague predicate noun says nothing of its subject',
    specs: [{ rows: `
      Quillon Quillon PROPN NNP 4 nsubj
      is be AUX VBZ 4 cop
      the the DET DT 4 det
      answer answer NOUN NN 0 root
      . . PUNCT . 4 punct`, mentions: [['Quillon', 'Company']] }],
    expect: [],
    absent: [],
    silent: ['Quillon'],
  },
  {
    name: 'a stance adjective with a clause of its own is no state',
    specs: [{ rows: `
      Oren Oren PROPN NNP 4 nsubj
      Blatt Blatt PROPN NNP 1 flat
      is be AUX VBZ 4 cop
      sure sure ADJ JJ 0 root
      Quillon Quillon PROPN NNP 7 nsubj
      will will AUX MD 7 aux
      win win VERB VB 4 ccomp
      . . PUNCT . 4 punct`, mentions: [['Oren Blatt', 'Person'], ['Quillon', 'Company']] }],
    expect: [],
    absent: [],
    silent: ['Oren Blatt'],
  },
  {
    // (with "is": unasserted() is the only guard on these parses)
    name: 'a content clause of a noun is not stated ("rejected claims that X is Y", "the fear that X is Y")',
    specs: [
      { rows: `
      Mira Mira PROPN NNP 3 nsubj
      Tolan Tolan PROPN NNP 1 flat
      rejected reject VERB VBD 0 root
      claims claim NOUN NNS 3 obj
      that that SCONJ IN 10 mark
      Oren Oren PROPN NNP 10 nsubj
      Blatt Blatt PROPN NNP 6 flat
      is be AUX VBZ 10 cop
      a a DET DT 10 det
      liar liar NOUN NN 4 acl:relcl
      . . PUNCT . 3 punct`, mentions: [['Mira Tolan', 'Person'], ['Oren Blatt', 'Person']] },
      { rows: `
      Quillon Quillon PROPN NNP 2 nsubj
      dismissed dismiss VERB VBD 0 root
      rumours rumour NOUN NNS 2 obj
      that that SCONJ IN 9 mark
      Ivo Ivo PROPN NNP 9 nsubj
      Tan Tan PROPN NNP 5 flat
      is be AUX VBZ 9 cop
      a a DET DT 9 det
      thief thief NOUN NN 3 acl
      . . PUNCT . 2 punct`, mentions: [['Quillon', 'Company'], ['Ivo Tan', 'Person']] },
      { rows: `
      The the DET DT 2 det
      fear fear NOUN NN 3 nsubj
      grew grow VERB VBD 0 root
      that that SCONJ IN 8 mark
      Quillon Quillon PROPN NNP 8 nsubj
      is be AUX VBZ 8 cop
      a a DET DT 8 det
      fraud fraud NOUN NN 2 acl
      . . PUNCT . 3 punct`, mentions: [['Quillon', 'Company']] },
    ],
    expect: [],
    absent: [],
    silent: ['Oren Blatt', 'Ivo Tan', 'Quillon'],
  },
  {
    name: 'the "to be" complement of a verb with an object is that object\'s, not the subject\'s',
    specs: [{ rows: `
      Quillon Quillon PROPN NNP 2 nsubj
      declared declare VERB VBD 0 root
      the the DET DT 4 det
      deal deal NOUN NN 2 obj
      to to PART TO 7 mark
      be be AUX VB 7 cop
      void void ADJ JJ 2 xcomp
      . . PUNCT . 2 punct`, mentions: [['Quillon', 'Company']] }],
    expect: [],
    absent: [],
    silent: ['Quillon'],
  },
  {
    name: 'a description the resolver placed on a name is no subject of an identity',
    specs: [{ rows: `
      The the DET DT 3 det
      last last ADJ JJ 3 amod
      winner winner NOUN NN 6 nsubj
      was be AUX VBD 6 cop
      Oren Oren PROPN NNP 6 compound
      Blatt Blatt PROPN NNP 0 root
      . . PUNCT . 6 punct`, mentions: [['Oren Blatt', 'Person']] }],
    expect: [],
    absent: [],
    silent: ['last winner'],
  },
  {
    name: 'an "\'s" between two names is a possessive the tagger read as a copula',
    specs: [{ rows: `
      Quillon Quillon PROPN NNP 3 nsubj
      ~'s be AUX VBZ 3 cop
      Harbour Harbour PROPN NNP 0 root
      Lights Lights PROPN NNPS 3 flat
      won win VERB VBD 3 parataxis
      . . PUNCT . 3 punct`, mentions: [['Quillon', 'Company'], ['Harbour Lights', 'Misc']] }],
    expect: [],
    absent: [],
    silent: ['Quillon'],
  },
];

/** Rows written indented in a template string, one token a line. */
const clean = (r: string): string => r.trim().split('\n').map((l) => l.trim()).join('\n');

describe('copulas: what a copula says its subject is', () => {
  for (const { name, specs, expect: want, absent, silent = [] } of cases) {
    it(name, () => {
      const got = dependencyRelations(analysisOf(specs.map((s) => ({ ...s, rows: clean(s.rows) })))).map(show);
      for (const w of want) expect(got).toContain(w);
      for (const a of absent) expect(got).not.toContain(a);
      // a negative case: no copula row for the subject, in any form (predicate, polarity, attribution)
      for (const s of silent) expect(got.filter((r) => { const [subj, pred] = r.split(' | '); return subj === s && COPULAR.test(pred!); })).toEqual([]);
    });
  }
});
