// Table-driven tests of list items: an item with a preposition of its own after an object without one is a phrase of
// its own ("launched its plan, with chairman X saying ..."), not one more object; a list of prepositional phrases
// ("in Oslo and in Bergen") stays a list; a participle coordinated with a passive shares its voice. Hand-parsed sentences
// written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a "with" phrase parsed as a conjunct of the object is no object',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      launched launch VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      plan plan NOUN NN 2 obj
      , , PUNCT , 8 punct
      with with ADP IN 8 case
      chairman chairman NOUN NN 8 nmod:desc
      Nowak Nowak PROPN NNP 4 conj
      saying say VERB VBG 8 acl
      so so ADV RB 9 advmod
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company'], ['Nowak', 'Person']] }],
    expect: ['Orlen | launch | its plan | + |  | fact'],
    absent: ['Orlen | launch | Nowak | + |  | fact'],
  },
  {
    name: 'a list of phrases with the same preposition stays a list',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      expanded expand VERB VBD 0 root
      in in ADP IN 4 case
      Oslo Oslo PROPN NNP 2 obl
      and and CCONJ CC 7 cc
      in in ADP IN 7 case
      Bergen Bergen PROPN NNP 4 conj
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company'], ['Oslo', 'City'], ['Bergen', 'City']] }],
    expect: ['Orlen | expandIn | Oslo | + |  | fact', 'Orlen | expandIn | Bergen | + |  | fact'],
    absent: [],
  },
  {
    name: 'a participle coordinated with a passive is a passive too ("was painted in 1932 and restored by X")',
    specs: [{ rows: `
      The the DET DT 2 det
      mural mural NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      painted paint VERB VBN 0 root
      in in ADP IN 6 case
      1932 1932 NUM CD 4 obl
      and and CCONJ CC 8 cc
      restored restore VERB VBN 4 conj
      by by ADP IN 12 case
      the the DET DT 12 det
      Orla Orla PROPN NNP 12 compound
      Trust Trust PROPN NNP 8 obl:agent
      in in ADP IN 14 case
      Porto Porto PROPN NNP 8 obl
      . . PUNCT . 4 punct`, mentions: [['Orla Trust', 'Organization'], ['Porto', 'City']] }],
    expect: ['Orla Trust | restore | mural | + |  | fact', 'mural | restoredIn | Porto | + |  | fact'],
    absent: ['mural | restoreIn | Porto | + |  | fact'],
  },
  {
    name: 'a participle coordinated with a passive but with no "by" agent of its own is the subject\'s own act ("was founded ... and expanded into Y")',
    specs: [{ rows: `
      Dunvale Dunvale PROPN NNP 2 compound
      Foods Foods PROPN NNP 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      founded found VERB VBN 0 root
      in in ADP IN 6 case
      1921 1921 NUM CD 4 obl
      and and CCONJ CC 8 cc
      expanded expand VERB VBN 4 conj
      into into ADP IN 10 case
      Perria Perria PROPN NNP 8 obl
      . . PUNCT . 4 punct`, mentions: [['Dunvale Foods', 'Company'], ['Perria', 'Country']] }],
    expect: ['Dunvale Foods | expandInto | Perria | + |  | fact'],
    absent: ['Dunvale Foods | expandedInto | Perria | + |  | fact'],
  },
  {
    name: 'a verb said of what is done to its subject needs no agent of its own ("was fined and stripped of Y")',
    specs: [{ rows: `
      Orvel Orvel PROPN NNP 2 compound
      Rovers Rovers PROPN NNP 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      fined fine VERB VBN 0 root
      and and CCONJ CC 6 cc
      stripped strip VERB VBN 4 conj
      of of ADP IN 9 case
      its its PRON PRP$ 9 nmod:poss
      licence licence NOUN NN 6 obl
      . . PUNCT . 4 punct`, mentions: [['Orvel Rovers', 'Organization']] }],
    expect: ['Orvel Rovers | strippedOf | its licence | + |  | fact'],
    absent: ['Orvel Rovers | stripOf | its licence | + |  | fact'],
  },
];

describe('list items', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      for (const a of c.absent) expect(got).not.toContain(a);
    });
  }
});
