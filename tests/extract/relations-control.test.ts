// Table-driven tests of open complements: a refusal is a relation of its own beside the act refused ("refused to
// comment on X"); an infinitive or -ing form whose subject its governor fixes ("began incorporating", "allowed the bank
// to write off") is read as surely as a clause with its own subject, a directive's ("urged the bank to") is not; a
// passive verb of thinking before an infinitive ("was understood to be starting") relates no one itself; a time read
// as an object joins no relation. Plus: a name written in capitals like a pronoun ("US") is a name; a one-letter
// phrase is no argument. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { isNamed, isPronoun } from '../../src/extract/arguments.js';
import type { Candidate } from '../../src/extract/candidate.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: 'a refusal to comment is a relation of its own, beside the comment denied',
    specs: [{ rows: `
      Acme Acme PROPN NNP 3 nsubj
      has have AUX VBZ 3 aux
      refused refuse VERB VBN 0 root
      to to PART TO 5 mark
      comment comment VERB VB 3 xcomp
      on on ADP IN 7 case
      reports report NOUN NNS 5 obl
      . . PUNCT . 3 punct`, mentions: [['Acme', 'Company']] }],
    expect: ['Acme | refuseToCommentOn | reports | + |  | fact', 'Acme | commentOn | reports | - |  | claim'],
    absent: [],
  },
  {
    name: 'a declined meeting: "decline to meet" asserted, "meet" denied',
    specs: [{ rows: `
      Lee Lee PROPN NNP 2 nsubj
      declined decline VERB VBD 0 root
      to to PART TO 4 mark
      meet meet VERB VB 2 xcomp
      Kim Kim PROPN NNP 4 obj
      . . PUNCT . 2 punct`, mentions: [['Lee', 'Person'], ['Kim', 'Person']] }],
    expect: ['Lee | declineToMeet | Kim | + |  | fact', 'Lee | meet | Kim | - |  | claim'],
    absent: [],
  },
  {
    name: 'a failure is a relation of its own too: "fail to reach" asserted, "reach" denied',
    specs: [{ rows: `
      Inspectors inspector NOUN NNS 2 nsubj
      said say VERB VBD 0 root
      the the DET DT 4 det
      ferry ferry NOUN NN 5 nsubj
      failed fail VERB VBD 2 ccomp
      to to PART TO 7 mark
      reach reach VERB VB 5 xcomp
      the the DET DT 9 det
      harbour harbour NOUN NN 7 obj
      at at ADP IN 11 case
      Dovecot Dovecot PROPN NNP 9 nmod
      . . PUNCT . 2 punct`, mentions: [['Dovecot', 'City']] }],
    expect: ['ferry | failToReach | harbour | + | Inspectors | claim', 'ferry | reach | harbour | - | Inspectors | claim'],
    absent: ['ferry | reach | harbour | + | Inspectors | claim', 'ferry | reach | harbour | + |  | fact'],
  },
  {
    name: 'a refusal that is itself denied: the refusal denied, the act asserted',
    specs: [{ rows: `
      Lee Lee PROPN NNP 4 nsubj
      did do AUX VBD 4 aux
      not not PART RB 4 advmod
      refuse refuse VERB VB 0 root
      to to PART TO 6 mark
      meet meet VERB VB 4 xcomp
      Kim Kim PROPN NNP 6 obj
      . . PUNCT . 4 punct`, mentions: [['Lee', 'Person'], ['Kim', 'Person']] }],
    expect: ['Lee | refuseToMeet | Kim | - |  | claim', 'Lee | meet | Kim | + |  | fact'],
    absent: [],
  },
  {
    name: 'a passive verb of thinking before an infinitive relates no one itself',
    specs: [{ rows: `
      Delmar Delmar PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      understood understand VERB VBN 0 root
      to to PART TO 6 mark
      be be AUX VB 6 aux
      starting start VERB VBG 3 xcomp
      an a DET DT 8 det
      audit audit NOUN NN 6 obj
      of of ADP IN 10 case
      Acme Acme PROPN NNP 8 nmod
      , , PUNCT , 14 punct
      for for ADP IN 14 case
      a a DET DT 14 det
      client client NOUN NN 3 obl
      . . PUNCT . 3 punct`, mentions: [['Delmar', 'Company'], ['Acme', 'Company']] }],
    expect: ['Delmar | start | audit of Acme | + |  | claim'],
    absent: ['Delmar | understoodFor | client | + |  | fact', 'Delmar | understoodFor | client | + |  | claim'],
  },
  {
    name: 'a time read as an object joins no relation ("reassure ... on Tuesday evening at their conference")',
    specs: [{ rows: `
      Smith Smith PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      seek seek VERB VB 0 root
      to to PART TO 5 mark
      reassure reassure VERB VB 3 xcomp
      voters voter NOUN NNS 8 nmod:poss
      on on ADP IN 8 case
      Tuesday Tuesday PROPN NNP 6 obl
      evening evening NOUN NN 5 iobj
      at at ADP IN 12 case
      their their PRON PRP$ 12 nmod:poss
      conference conference NOUN NN 5 obl
      . . PUNCT . 3 punct`, mentions: [['Smith', 'Person']], times: [['Tuesday evening', '2024-03-26']] }],
    expect: [],
    absent: ['Smith | reassureEveningAt | conference | + |  | claim'],
  },
];

describe('open complements', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got, got.join('\n')).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

/** Rows written indented in a template string, one token a line. */
const clean = (r: string): string => r.trim().split('\n').map((l) => l.trim()).join('\n');

/** The confidence of the relation shown as `row`. */
function confidenceOf(got: Candidate[], row: string): number | undefined {
  return got.find((c) => show(c).startsWith(row))?.confidence;
}

describe('a subject the governor fixes is no guess', () => {
  // "X allowed the bank to write off debts": the bank writes off, as surely as in "the bank wrote off debts"; "urged the
  // bank to write off" only wishes it, and keeps a shared subject's lower confidence
  const rows = (verb: string, lemma: string): string => `
    Rules rule NOUN NNS 2 nsubj
    ${verb} ${lemma} VERB VBD 0 root
    the the DET DT 4 det
    bank bank NOUN NN 2 obj
    to to PART TO 6 mark
    write write VERB VB 2 xcomp
    off off ADP RP 6 compound:prt
    old old ADJ JJ 9 amod
    debts debt NOUN NNS 6 obj
    . . PUNCT . 2 punct`;
  const own = `
    The the DET DT 2 det
    bank bank NOUN NN 3 nsubj
    wrote write VERB VBD 0 root
    off off ADP RP 3 compound:prt
    old old ADJ JJ 6 amod
    debts debt NOUN NNS 3 obj
    . . PUNCT . 3 punct`;
  const conf = (r: string): number | undefined => confidenceOf(dependencyRelations(analysisOf([{ rows: clean(r) }])), 'bank | writeOff | old debts');
  it('object control by a verb of letting: the same confidence as a clause of its own', () => {
    expect(conf(rows('allowed', 'allow'))).toBe(conf(own));
  });
  it('a directive: lower', () => {
    expect(conf(rows('urged', 'urge'))!).toBeLessThan(conf(own)!);
  });
  it('subject control ("has begun writing off"): the same as a clause of its own', () => {
    const begun = `
      The the DET DT 2 det
      bank bank NOUN NN 4 nsubj
      has have AUX VBZ 4 aux
      begun begin VERB VBN 0 root
      writing write VERB VBG 4 xcomp
      off off ADP RP 5 compound:prt
      old old ADJ JJ 8 amod
      debts debt NOUN NNS 5 obj
      . . PUNCT . 4 punct`;
    expect(conf(begun)).toBe(conf(own));
  });
});

describe('a pronoun written in capitals is a name', () => {
  const table: Array<[string, boolean]> = [['US', true], ['us', false], ['IT', true], ['I', false], ['it', false]];
  for (const [text, named] of table) {
    it(`${text}: named ${named}`, () => {
      const a = { kind: 'entity' as const, text, start: 0, end: text.length, type: 'Country' as const };
      expect(isNamed(a)).toBe(named);
      expect(isPronoun(a)).toBe(!named);
    });
  }
});

describe('a phrase of one letter is no argument', () => {
  it('"makes p" (a price\'s "p" split off) gives no relation', () => {
    const rows = `
      Acme Acme PROPN NNP 2 nsubj
      makes make VERB VBZ 0 root
      p p NOUN NN 2 obj
      . . PUNCT . 2 punct`;
    const got = dependencyRelations(analysisOf([{ rows: clean(rows), mentions: [['Acme', 'Company']] }])).map(show);
    expect(got).not.toContain('Acme | make | p | + |  | fact');
  });
});
