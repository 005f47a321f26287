// Table-driven tests of the noun a relative clause or an apposition after a prepositional phrase belongs to: "who" is a
// person and "which" is not, a "which" that acts after a thing with a body's name in its phrase is the body's, a verb of
// harm is done by the act and not by the place it happened, and a name in a noun's own prepositional phrase is no other
// name for the noun; a verb after ", and" is no relative clause. Hand-parsed sentences written for the tests, with the attachments a parser gives them.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"which" after "a spokeswoman for X," is X\'s clause: a spokeswoman is a person',
    specs: [{ rows: `
      A a DET DT 2 det
      spokeswoman spokeswoman NOUN NN 14 nsubj
      for for ADP IN 4 case
      Halvex Halvex PROPN NNP 2 nmod
      , , PUNCT , 7 punct
      which which PRON WDT 7 nsubj
      makes make VERB VBZ 2 acl:relcl
      the the DET DT 10 det
      Zinta Zinta PROPN NNP 10 compound
      brand brand NOUN NN 7 obj
      of of ADP IN 12 case
      soap soap NOUN NN 10 nmod
      , , PUNCT , 7 punct
      declined decline VERB VBD 0 root
      to to PART TO 16 mark
      comment comment VERB VB 14 xcomp
      . . PUNCT . 14 punct`, mentions: [['Halvex', 'Company']] }],
    expect: ['Halvex | make | Zinta brand of soap | + |  | fact'],
    absent: ['spokeswoman for Halvex | make | Zinta brand of soap | + |  | fact'],
  },
  {
    name: '"who" after "the mayor of X," is the mayor\'s clause: a city is no person',
    specs: [{ rows: `
      The the DET DT 2 det
      mayor mayor NOUN NN 18 nsubj
      of of ADP IN 4 case
      Leeds Leeds PROPN NNP 2 nmod
      , , PUNCT , 12 punct
      who who PRON WP 12 nsubj
      is be AUX VBZ 12 cop
      also also ADV RB 12 advmod
      the the DET DT 10 det
      city city NOUN NN 12 nmod:poss
      's 's PART POS 10 case
      leader leader NOUN NN 4 appos
      of of ADP IN 16 case
      the the DET DT 16 det
      Green Green ADJ NNP 16 amod
      Party Party PROPN NNP 12 nmod
      , , PUNCT , 18 punct
      rejected reject VERB VBD 0 root
      the the DET DT 20 det
      report report NOUN NN 18 obj
      . . PUNCT . 18 punct`, mentions: [['Leeds', 'City'], ['Green Party', 'PoliticalParty']] }],
    expect: ['mayor of Leeds | leaderOf | Green Party | + |  | fact'],
    absent: ['Leeds | leaderOf | Green Party | + |  | fact'],
  },
  {
    name: 'a "which" that acts, after shares with a company\'s name in their phrase, is the company\'s clause',
    specs: [{ rows: `
      The the DET DT 2 det
      report report NOUN NN 3 nsubj
      lifted lift VERB VBD 0 root
      shares share NOUN NNS 3 obj
      in in ADP IN 6 case
      Halvex Halvex PROPN NNP 4 nmod
      , , PUNCT , 10 punct
      which which PRON WDT 10 nsubj
      also also ADV RB 10 advmod
      makes make VERB VBZ 4 acl:relcl
      soap soap NOUN NN 10 obj
      . . PUNCT . 3 punct`, mentions: [['Halvex', 'Company']] }],
    expect: ['Halvex | make | soap | + |  | fact'],
    absent: ['shares in Halvex | make | soap | + |  | fact'],
  },
  {
    name: 'a verb of harm in a clause on the place of an assault is the assault\'s, not the place\'s or the street\'s',
    specs: [{ rows: `
      The the DET DT 2 det
      riot riot NOUN NN 5 nsubj
      was be AUX VBD 5 cop
      an a DET DT 5 det
      assault assault NOUN NN 0 root
      at at ADP IN 8 case
      the the DET DT 8 det
      pub pub NOUN NN 5 nmod
      in in ADP IN 11 case
      Harrow Harrow PROPN NNP 11 compound
      Road Road PROPN NNP 8 appos
      , , PUNCT , 13 punct
      London London PROPN NNP 11 list
      which which PRON WDT 15 nsubj
      injured injure VERB VBD 8 acl:relcl
      20 20 NUM CD 17 nummod
      people people NOUN NNS 15 obj
      . . PUNCT . 5 punct`, mentions: [['Harrow Road', 'Location'], ['London', 'City']] }],
    expect: ['assault at the pub | injure | 20 people | + |  | fact'],
    absent: ['Harrow Road | injure | 20 people | + |  | fact', 'pub | injure | 20 people | + |  | fact'],
  },
  {
    name: 'a clause of another verb on a place keeps the place ("the pub in X, which opened in 1990")',
    specs: [{ rows: `
      Police police NOUN NNS 2 nsubj
      visited visit VERB VBD 0 root
      the the DET DT 4 det
      pub pub NOUN NN 2 obj
      in in ADP IN 7 case
      Harrow Harrow PROPN NNP 7 compound
      Road Road PROPN NNP 4 nmod
      , , PUNCT , 10 punct
      which which PRON WDT 10 nsubj
      serves serve VERB VBZ 4 acl:relcl
      students student NOUN NNS 10 obj
      . . PUNCT . 2 punct`, mentions: [['Harrow Road', 'Location']] }],
    expect: ['pub in Harrow Road | serve | students | + |  | fact'],
    absent: [],
  },
  {
    name: '"who" after "Lee of X," stays with Lee',
    specs: [{ rows: `
      Lee Lee PROPN NNP 9 nsubj
      of of ADP IN 3 case
      Norway Norway PROPN NNP 1 nmod
      , , PUNCT , 6 punct
      who who PRON WP 6 nsubj
      beat beat VERB VBD 1 acl:relcl
      Kim Kim PROPN NNP 6 obj
      , , PUNCT , 6 punct
      withdrew withdraw VERB VBD 0 root
      . . PUNCT . 9 punct`, mentions: [['Lee', 'Person'], ['Norway', 'Country'], ['Kim', 'Person']] }],
    expect: ['Lee | beat | Kim | + |  | fact'],
    absent: ['Norway | beat | Kim | + |  | fact'],
  },
  {
    name: 'a verb after ", and" read as a clause on the name before it is the verb above\'s conjunct',
    specs: [{ rows: `
      The the DET DT 2 det
      single single NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      released release VERB VBN 0 root
      in in ADP IN 6 case
      Peru Peru PROPN NNP 4 obl
      , , PUNCT , 9 punct
      and and CCONJ CC 9 cc
      topped top VERB VBD 6 acl:relcl
      the the DET DT 11 det
      chart chart NOUN NN 9 obj
      . . PUNCT . 4 punct`, mentions: [['Peru', 'Country']] }],
    expect: ['single | top | chart | + |  | fact'],
    absent: ['Peru | top | chart | + |  | fact'],
  },
];

describe('relative clauses and appositions after a prepositional phrase', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
