// Table-driven tests of phrases that are no party to a verb's act: a phrase put before the subject and set off by a comma
// (a place named there still is), a phrase of place that names nothing beside an object, the verb's phrase when an
// adjective complement carries it, a subjectless "following" doing a preposition's work, a second subject the parser hung
// on a verb whose pronoun subject stands right before it, the passive after "with" ("with X ruled out") and a finite verb
// "with" seems to mark. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"apart from" and "aside from" name an exception, not the verb\'s "from" argument ("away from" still is one)',
    specs: [{ rows: `
      Lee Lee PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      apart apart ADV RB 2 advmod
      from from ADP IN 5 case
      Tan Tan PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Tan', 'Person']] }, { rows: `
      Lee Lee PROPN NNP 2 nsubj
      hired hire VERB VBD 0 root
      Ivo Ivo PROPN NNP 2 obj
      aside aside ADV RB 2 advmod
      from from ADP IN 6 case
      Tan Tan PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Ivo', 'Person'], ['Tan', 'Person']] }, { rows: `
      Lee Lee PROPN NNP 2 nsubj
      moved move VERB VBD 0 root
      away away ADV RB 2 advmod
      from from ADP IN 5 case
      Oslo Oslo PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Oslo', 'City']] }],
    expect: ['Lee | hire | Ivo | + |  | fact', 'Lee | moveAwayFrom | Oslo | + |  | fact'],
    absent: ['Lee | growFrom | Tan | + |  | fact', 'Lee | hireFrom | Tan | + |  | fact', 'Lee | hireIvoFrom | Tan | + |  | fact'],
  },
  {
    name: 'a phrase before the subject, set off by a comma, is no party to the act',
    specs: [{ rows: `
      In in ADP IN 3 case
      the the DET DT 3 det
      final final NOUN NN 6 obl
      , , PUNCT , 3 punct
      Vexa Vexa PROPN NNP 6 nsubj
      beat beat VERB VBD 0 root
      Kolm Kolm PROPN NNP 6 obj
      . . PUNCT . 6 punct`, mentions: [['Vexa', 'Organization'], ['Kolm', 'Organization']] }],
    expect: ['Vexa | beat | Kolm | + |  | fact'],
    absent: ['Vexa | beatIn | final | + |  | fact'],
  },
  {
    name: 'a time before the subject dates the clause; it is no object of its own',
    specs: [{ rows: `
      In in ADP IN 2 case
      2001 2001 NUM CD 6 obl
      , , PUNCT , 2 punct
      Ivo Ivo PROPN NNP 6 nsubj
      Brask Brask PROPN NNP 4 flat
      tried try VERB VBD 0 root
      to to PART TO 8 mark
      leave leave VERB VB 6 xcomp
      . . PUNCT . 6 punct`, mentions: [['Ivo Brask', 'Person']], times: [['2001', '2001']] }],
    expect: [],
    absent: ['Ivo Brask | tryIn | 2001 | + |  | fact'],
  },
  {
    name: 'a time before the subject of a verb with nothing after it still dates it',
    specs: [{ rows: `
      In in ADP IN 2 case
      May May PROPN NNP 6 obl
      , , PUNCT , 2 punct
      Lind Lind PROPN NNP 6 nsubj:pass
      was be AUX VBD 6 aux:pass
      arrested arrest VERB VBN 0 root
      . . PUNCT . 6 punct`, mentions: [['Lind', 'Person']], times: [['May', '2024-05']] }],
    expect: ['Lind | arrestedIn | 2024-05 | + |  | fact'],
    absent: [],
  },
  {
    name: 'an opening phrase after "But" is a fronted one too',
    specs: [{ rows: `
      But but CCONJ CC 7 cc
      in in ADP IN 4 case
      the the DET DT 4 det
      replay replay NOUN NN 7 obl
      , , PUNCT , 4 punct
      Lind Lind PROPN NNP 7 nsubj
      beat beat VERB VBD 0 root
      Kolm Kolm PROPN NNP 7 obj
      . . PUNCT . 7 punct`, mentions: [['Lind', 'Person'], ['Kolm', 'Person']] }],
    expect: ['Lind | beat | Kolm | + |  | fact'],
    absent: ['Lind | beatIn | replay | + |  | fact'],
  },
  {
    name: 'a place before the subject is still where the act happened',
    specs: [{ rows: `
      In in ADP IN 2 case
      Lima Lima PROPN NNP 6 obl
      , , PUNCT , 2 punct
      Ada Ada PROPN NNP 6 nsubj
      Lind Lind PROPN NNP 4 flat
      spoke speak VERB VBD 0 root
      . . PUNCT . 6 punct`, mentions: [['Ada Lind', 'Person'], ['Lima', 'City']] }],
    expect: ['Ada Lind | speakIn | Lima | + |  | fact'],
    absent: [],
  },
  {
    name: 'the same phrase after the verb is still read as the verb\'s',
    specs: [{ rows: `
      Ada Ada PROPN NNP 3 nsubj
      Lind Lind PROPN NNP 1 flat
      played play VERB VBD 0 root
      in in ADP IN 6 case
      the the DET DT 6 det
      final final NOUN NN 3 obl
      . . PUNCT . 3 punct`, mentions: [['Ada Lind', 'Person']] }],
    expect: ['Ada Lind | playIn | final | + |  | fact'],
    absent: [],
  },
  {
    name: 'beside an object, a phrase of place that names nothing is no party: the relation would lose the object',
    specs: [{ rows: `
      Lind Lind PROPN NNP 2 nsubj
      beat beat VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      in in ADP IN 7 case
      the the DET DT 7 det
      last last ADJ JJ 7 amod
      round round NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Kolm', 'Person']] }],
    expect: ['Lind | beat | Kolm | + |  | fact'],
    absent: ['Lind | beatIn | last round | + |  | fact'],
  },
  {
    name: 'beside an object, a named place is still where the act happened',
    specs: [{ rows: `
      Lind Lind PROPN NNP 2 nsubj
      met meet VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      in in ADP IN 5 case
      Lima Lima PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Kolm', 'Person'], ['Lima', 'City']] }],
    expect: ['Lind | meet | Kolm | + |  | fact', 'Lind | meetIn | Lima | + |  | fact'],
    absent: [],
  },
  {
    name: 'after "with", a past form with a subject is a passive participle: its subject is acted on',
    specs: [{ rows: `
      With with ADP IN 4 mark
      Ivo Ivo PROPN NNP 4 nsubj
      Brask Brask PROPN NNP 2 flat
      ruled rule VERB VBD 11 advcl
      out out ADP IN 8 case
      of of ADP IN 8 case
      the the DET DT 8 det
      final final NOUN NN 4 obl
      , , PUNCT , 4 punct
      Lind Lind PROPN NNP 11 nsubj
      starts start VERB VBZ 0 root
      . . PUNCT . 11 punct`, mentions: [['Ivo Brask', 'Person'], ['Lind', 'Person']] }],
    expect: ['Ivo Brask | ruledOutOf | final | + |  | fact'],
    absent: ['Ivo Brask | ruleOutOf | final | + |  | fact'],
  },
  {
    name: 'a finite verb "with" seems to mark takes the noun the clause hangs on as its subject, not the "with" phrase\'s',
    specs: [{ rows: `
      Lind Lind PROPN NNP 2 nsubj
      welcomed welcome VERB VBD 0 root
      talks talk NOUN NNS 2 obj
      with with ADP IN 6 mark
      Kolm Kolm PROPN NNP 6 nsubj
      took take VERB VBD 3 acl
      place place NOUN NN 6 obj
      in in ADP IN 9 case
      Lima Lima PROPN NNP 6 obl
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Kolm', 'Person'], ['Lima', 'City']] }],
    expect: ['talks | takePlaceIn | Lima | + |  | fact'],
    absent: ['Kolm | takePlaceIn | Lima | + |  | fact'],
  },
  {
    name: 'with an adjective complement, the verb\'s phrase goes with the adjective only',
    specs: [{ rows: `
      Lind Lind PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      tired tired ADJ JJ 2 xcomp
      of of ADP IN 6 case
      her her PRON PRP$ 6 nmod:poss
      life life NOUN NN 3 obl
      in in ADP IN 8 case
      Lima Lima PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Lima', 'City']] }],
    expect: ['Lind | growTiredIn | Lima | + |  | fact'],
    absent: ['Lind | growIn | Lima | + |  | fact'],
  },
  {
    name: 'a subjectless "following" is a preposition of time, no verb',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      rose rise VERB VBD 0 root
      sharply sharply ADV RB 2 advmod
      following follow VERB VBG 2 advcl
      an a DET DT 6 det
      offer offer NOUN NN 4 obj
      from from ADP IN 8 case
      Vexa Vexa PROPN NNP 6 nmod
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Vexa', 'Company']] }],
    expect: [],
    absent: ['Acme | follow | offer | + |  | fact', 'Acme | followOfferFrom | Vexa | + |  | fact'],
  },
  {
    name: 'people following someone do follow them',
    specs: [{ rows: `
      Fans fan NOUN NNS 4 nsubj
      following follow VERB VBG 1 acl
      Kolm Kolm PROPN NNP 2 obj
      cheered cheer VERB VBD 0 root
      . . PUNCT . 4 punct`, mentions: [['Kolm', 'Organization']] }],
    expect: ['Fans | follow | Kolm | + |  | fact'],
    absent: [],
  },
  {
    name: 'a pronoun subject right before its verb is the subject, not a name the parser also hung on it',
    specs: [{ rows: `
      We we PRON PRP 2 nsubj
      played play VERB VBD 0 root
      with with ADP IN 4 case
      players player NOUN NNS 2 obl
      like like ADP IN 13 mark
      Ivo Ivo PROPN NNP 13 nsubj
      Brask Brask PROPN NNP 6 flat
      in in ADP IN 9 case
      Lima Lima PROPN NNP 6 nmod
      so so ADV RB 13 advmod
      we we PRON PRP 13 nsubj
      do do AUX VBP 13 aux
      know know VERB VB 2 advcl
      Ada Ada PROPN NNP 13 obj
      Lind Lind PROPN NNP 14 flat
      . . PUNCT . 2 punct`, mentions: [['Ivo Brask', 'Person'], ['Lima', 'City'], ['Ada Lind', 'Person']] }],
    expect: ['we | know | Ada Lind | + |  | fact'],
    absent: ['Ivo Brask | know | Ada Lind | + |  | fact'],
  },
];

describe('relation adjuncts', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
