// Table-driven tests of clause shapes the relation extractor must not read as plain facts or as the wrong object: direct
// questions, a quoted question before "asked X", small clauses after verbs of naming and judging ("declared X the
// winner"), "be going/set to", "tried to", "due to" infinitives, and a possessor parsed as the object ("defeated X's Y").
// Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import type { Candidate } from '../../src/extract/candidate.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** show() with the modality, "actual" when none is set. */
const shown = (c: Candidate): string => `${show(c)} | ${c.modality ?? 'actual'}`;

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a yes/no question asserts nothing',
    specs: [{ rows: `
      Did do AUX VBD 3 aux
      Vexa Vexa PROPN NNP 3 nsubj
      buy buy VERB VB 0 root
      Lumo Lumo PROPN NNP 3 obj
      ? ? PUNCT . 3 punct`, mentions: [['Vexa', 'Company'], ['Lumo', 'Company']] }],
    expect: [],
    absent: ['Vexa | acquire | Lumo | + |  | fact | actual'],
  },
  {
    name: 'a quoted wh-question before "asked X" asserts nothing, and its words are not the asker',
    specs: [{ rows: `
      " " PUNCT \`\` 5 punct
      Why why ADV WRB 5 advmod
      did do AUX VBD 5 aux
      Brask Brask PROPN NNP 5 nsubj
      ignore ignore VERB VB 9 ccomp
      Kolm Kolm PROPN NNP 5 obj
      ? ? PUNCT . 5 punct
      " " PUNCT '' 5 punct
      asked ask VERB VBD 0 root
      Lind Lind PROPN NNP 9 nsubj
      . . PUNCT . 9 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person'], ['Lind', 'Person']] }],
    expect: [],
    absent: ['Brask | ignore | Kolm | + |  | fact | actual', 'Brask | ignore | Kolm | + | Lind | claim | actual'],
  },
  {
    name: 'a question before "asked" parsed as its subject is not the one who asks',
    specs: [{ rows: `
      Is be AUX VBZ 4 cop
      there there PRON EX 1 expl
      any any DET DT 4 det
      doubt doubt NOUN NN 9 nsubj
      about about ADP IN 7 case
      the the DET DT 7 det
      deal deal NOUN NN 4 nmod
      ? ? PUNCT . 4 punct
      asked ask VERB VBD 0 root
      Lind Lind PROPN NNP 9 obj
      . . PUNCT . 9 punct`, mentions: [['Lind', 'Person']] }],
    expect: [],
    absent: ['doubt about the deal | ask | Lind | + |  | fact | actual'],
  },
  {
    name: 'the verb that quotes a question after a colon still relates (the question is the quote, not the clause)',
    specs: [{ rows: `
      Brask Brask PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      : : PUNCT : 8 punct
      " " PUNCT \`\` 8 punct
      Will will AUX MD 8 aux
      Vexa Vexa PROPN NNP 8 nsubj
      sell sell VERB VB 2 ccomp
      ? ? PUNCT . 8 punct
      " " PUNCT '' 8 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person'], ['Vexa', 'Company']] }],
    expect: ['Brask | ask | Kolm | + |  | fact | actual'],
    absent: [],
  },
  {
    name: 'the second noun after "declared" says what the first is: one relation, never a second object',
    specs: [{ rows: `
      The the DET DT 2 det
      court court NOUN NN 3 nsubj
      declared declare VERB VBD 0 root
      Vexa Vexa PROPN NNP 3 obj
      the the DET DT 6 det
      winner winner NOUN NN 3 obj
      . . PUNCT . 3 punct`, mentions: [['Vexa', 'Company']] }],
    expect: ['court | declareWinner | Vexa | + |  | fact | actual'],
    absent: ['court | declare | winner | + |  | fact | actual', 'court | declare | Vexa | + |  | fact | actual'],
  },
  {
    name: 'a small clause read as an open complement or as an apposition of the object',
    specs: [
      { rows: `
      Brask Brask PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      a a DET DT 5 det
      liar liar NOUN NN 2 xcomp
      . . PUNCT . 2 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person']] },
      { rows: `
      Lind Lind PROPN NNP 2 nsubj
      branded brand VERB VBD 0 root
      Ruud Ruud PROPN NNP 2 obj
      a a DET DT 5 det
      coward coward NOUN NN 3 appos
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Ruud', 'Person']] },
    ],
    expect: ['Brask | callLiar | Kolm | + |  | fact | actual', 'Lind | brandCoward | Ruud | + |  | fact | actual'],
    absent: ['Brask | call | liar | + |  | fact | actual'],
  },
  {
    name: 'a noun after a comma is an apposition, and a verb of giving keeps both objects',
    specs: [
      { rows: `
      Brask Brask PROPN NNP 2 nsubj
      named name VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      , , PUNCT , 6 punct
      a a DET DT 6 det
      banker banker NOUN NN 3 appos
      . . PUNCT . 2 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person']] },
      { rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      Lumo Lumo PROPN NNP 2 iobj
      a a DET DT 5 det
      letter letter NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Lumo', 'Company']] },
    ],
    expect: ['Brask | appoint | Kolm | + |  | fact | actual', 'Vexa | sendLetterTo | Lumo | + |  | fact | actual'],
    absent: ['Brask | appointBanker | Kolm | + |  | fact | actual'],
  },
  {
    name: '"is set to" and "is going to" make the act future; "went to" does not',
    specs: [
      { rows: `
      Brask Brask PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      set set ADJ JJ 0 root
      to to PART TO 5 mark
      play play VERB VB 3 xcomp
      Kolm Kolm PROPN NNP 5 obj
      . . PUNCT . 3 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person']] },
      { rows: `
      Vexa Vexa PROPN NNP 3 nsubj
      is be AUX VBZ 3 aux
      going go VERB VBG 0 root
      to to PART TO 5 mark
      buy buy VERB VB 3 xcomp
      Lumo Lumo PROPN NNP 5 obj
      . . PUNCT . 3 punct`, mentions: [['Vexa', 'Company'], ['Lumo', 'Company']] },
      { rows: `
      Lind Lind PROPN NNP 2 nsubj
      went go VERB VBD 0 root
      to to PART TO 4 mark
      see see VERB VB 2 xcomp
      Ruud Ruud PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Lind', 'Person'], ['Ruud', 'Person']] },
    ],
    expect: ['Brask | play | Kolm | + |  | claim | future', 'Vexa | acquire | Lumo | + |  | claim | future', 'Lind | see | Ruud | + |  | fact | actual'],
    absent: ['Brask | play | Kolm | + |  | fact | actual', 'Vexa | acquire | Lumo | + |  | fact | actual'],
  },
  {
    name: 'an act tried is intended, not done; blaming tried is blaming',
    specs: [
      { rows: `
      Police police NOUN NNS 2 nsubj
      tried try VERB VBD 0 root
      to to PART TO 4 mark
      find find VERB VB 2 xcomp
      Kolm Kolm PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Kolm', 'Person']] },
      { rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      tried try VERB VBD 0 root
      to to PART TO 4 mark
      blame blame VERB VB 2 xcomp
      Lumo Lumo PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Lumo', 'Company']] },
    ],
    expect: ['Police | find | Kolm | + |  | claim | planned', 'Vexa | blame | Lumo | + |  | fact | actual'],
    absent: ['Police | find | Kolm | + |  | fact | actual'],
  },
  {
    name: 'a possessor parsed as the object is not what the verb acts on; the noun after its "\'s" is',
    specs: [
      { rows: `
      Vexa Vexa PROPN NNP 2 nsubj
      defeated defeat VERB VBD 0 root
      Lumo Lumo PROPN NNP 2 obj
      ~'s 's PART POS 3 case
      Ada Ada PROPN NNP 6 compound
      Lind Lind PROPN NNP 3 nmod
      . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company'], ['Lumo', 'Company'], ['Ada Lind', 'Person']] },
      { rows: `
      Brask Brask PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      Kolm Kolm PROPN NNP 2 obj
      ~'s 's PART POS 3 case
      . . PUNCT . 2 punct`, mentions: [['Brask', 'Person'], ['Kolm', 'Person']] },
      { rows: `
      Ruud Ruud PROPN NNP 2 nsubj
      praised praise VERB VBD 0 root
      Lumo Lumo PROPN NNP 5 nmod:poss
      ~'s 's PART POS 3 case
      chief chief NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Ruud', 'Person'], ['Lumo', 'Company']] },
    ],
    expect: ['Vexa | defeat | Ada Lind | + |  | fact | actual', "Ruud | praise | Lumo's chief | + |  | fact | actual"],
    absent: ['Vexa | defeat | Lumo | + |  | fact | actual', 'Brask | call | Kolm | + |  | fact | actual'],
  },
  {
    name: 'a possessor parsed as the subject is not who acts; the noun after its "\'s" is',
    specs: [{ rows: `
      Vexa Vexa PROPN NNP 4 nsubj
      ~'s 's PART POS 1 case
      robot robot NOUN NN 1 nmod
      danced dance VERB VBD 0 root
      in in ADP IN 6 case
      Oslo Oslo PROPN NNP 4 obl
      . . PUNCT . 4 punct`, mentions: [['Vexa', 'Company'], ['Oslo', 'City']] }],
    expect: ['robot | danceIn | Oslo | + |  | fact | actual'],
    absent: ['Vexa | danceIn | Oslo | + |  | fact | actual'],
  },
];

describe('relations of questions, small clauses and "going to" infinitives', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(shown);
    for (const w of want) expect(got, got.join("\n")).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
