// Table-driven tests of reported speech the parser misread: a complement read as a conjunct, a verb of saying hung
// under a copula's clause, "according to" with its noun read as a verb, a "that" clause hung on a time phrase. Each
// sentence is written for the test with the misreading the repair or the frame reader undoes.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const laneAcmeZed: SentenceSpec['mentions'] = [['Ann Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']];

describe('reported speech in a misread parse', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '"Acme admitted Ann Lane paid Zed" with "paid" a conjunct of "admitted" and no "and": what is admitted is Acme\'s claim',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  admitted admit VERB VBD 0 root
  Ann Ann PROPN NNP 5 nsubj
  Lane Lane PROPN NNP 3 flat
  paid pay VERB VBD 2 conj
  Zed Zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }],
      want: ['Ann Lane | pay | Zed | + | Acme | claim'],
      not: ['Ann Lane | pay | Zed | + |  | fact'],
    },
    {
      name: '"And Ann Lane pledged childcare would be a priority" with "pledged" hung on "priority": the pledge and its clause',
      specs: [{ rows: `
  And and CCONJ CC 4 cc
  Ann Ann PROPN NNP 4 nsubj
  Lane Lane PROPN NNP 2 flat
  pledged pledge VERB VBD 9 advcl
  childcare childcare NOUN NN 9 nsubj
  would would AUX MD 9 aux
  be be AUX VB 9 cop
  a a DET DT 9 det
  priority priority NOUN NN 0 root
  . . PUNCT . 9 punct`, mentions: [['Ann Lane', 'Person']] }],
      want: ['Ann Lane | pledge | childcare would be a priority | + |  | fact'],
    },
    {
      name: '"Zed bought Acme, according to research from Ann Lane" with "research" read as a verb: her claim, and no "research from" relation',
      specs: [{ rows: `
  Zed Zed PROPN NNP 2 nsubj
  bought buy VERB VBD 0 root
  Acme Acme PROPN NNP 2 obj
  , , PUNCT , 5 punct
  according accord VERB VBG 2 conj
  to to PART TO 7 mark
  research research VERB VB 5 xcomp
  from from ADP IN 9 case
  Ann Ann PROPN NNP 7 obl
  Lane Lane PROPN NNP 9 flat
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }],
      want: ['Zed | acquire | Acme | + | Ann Lane | claim'],
      not: ['Zed | researchFrom | Ann Lane | + |  | fact'],
    },
    {
      name: '"Ann Lane admitted for the first time that Acme is responsible for the Zed fraud" with the clause hung on "time": her claim',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  admitted admit VERB VBD 0 root
  for for ADP IN 7 case
  the the DET DT 7 det
  first first ADJ JJ 7 amod
  time time NOUN NN 3 obl
  that that PRON WDT 11 mark
  Acme Acme PROPN NNP 11 nsubj
  is be AUX VBZ 11 cop
  responsible responsible ADJ JJ 7 acl:relcl
  for for ADP IN 15 case
  the the DET DT 15 det
  Zed Zed PROPN NNP 15 compound
  fraud fraud NOUN NN 11 obl
  . . PUNCT . 3 punct`, mentions: laneAcmeZed }],
      want: ['Acme | responsibleFor | Zed fraud | + | Ann Lane | claim'],
      not: ['Acme | responsibleFor | Zed fraud | + |  | fact'],
    },
    {
      name: '"Ann Lane admitted victory against Zed was vital in the league" with "against" read as the clause\'s subordinator: the victory was vital, on her word',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  admitted admit VERB VBD 0 root
  victory victory NOUN NN 3 obj
  against against ADP IN 8 mark
  Zed Zed PROPN NNP 8 nsubj
  was be AUX VBD 8 cop
  vital vital ADJ JJ 3 advcl
  in in ADP IN 11 case
  the the DET DT 11 det
  league league NOUN NN 8 obl
  . . PUNCT . 3 punct`, mentions: [['Ann Lane', 'Person'], ['Zed', 'Company']] }],
      want: ['victory against Zed | vitalIn | league | + | Ann Lane | claim'],
      not: ['Zed | vitalIn | league | + | Ann Lane | claim'],
    },
    {
      name: '"Ann Lane pleaded guilty to charges that Acme paid Zed" with the clause hung on "pleaded": what the charges say is a claim',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  pleaded plead VERB VBD 0 root
  guilty guilty ADJ JJ 3 xcomp
  to to ADP IN 6 case
  charges charge NOUN NNS 3 obl
  that that SCONJ IN 9 mark
  Acme Acme PROPN NNP 9 nsubj
  paid pay VERB VBD 3 advcl
  Zed Zed PROPN NNP 9 obj
  . . PUNCT . 3 punct`, mentions: laneAcmeZed }],
      want: ['Acme | pay | Zed | + |  | claim'],
      not: ['Acme | pay | Zed | + |  | fact'],
    },
  ])('$name', ({ specs, want, not }) => {
    const got = extract(analysisOf(specs), { minConfidence: 0 }).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const n of not ?? []) expect(got).not.toContain(n);
  });
});
