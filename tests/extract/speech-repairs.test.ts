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
      name: '"Ann Lane vowed tourism will be a lifeline" with "vowed" hung on "lifeline": the vow and its clause',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  vowed vow VERB VBD 8 advcl
  tourism tourism NOUN NN 8 nsubj
  will will AUX MD 8 aux
  be be AUX VB 8 cop
  a a DET DT 8 det
  lifeline lifeline NOUN NN 0 root
  . . PUNCT . 8 punct`, mentions: [['Ann Lane', 'Person']] }],
      want: ['Ann Lane | vow | tourism will be a lifeline | + |  | fact'],
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
      name: '"Ann Lane confirmed on Tuesday that Acme is liable for the Zed losses" with the clause hung on "Tuesday": her claim',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  confirmed confirm VERB VBD 0 root
  on on ADP IN 5 case
  Tuesday Tuesday PROPN NNP 3 obl
  that that SCONJ IN 9 mark
  Acme Acme PROPN NNP 9 nsubj
  is be AUX VBZ 9 cop
  liable liable ADJ JJ 5 acl:relcl
  for for ADP IN 13 case
  the the DET DT 13 det
  Zed Zed PROPN NNP 13 compound
  losses loss NOUN NNS 9 obl
  . . PUNCT . 3 punct`, mentions: laneAcmeZed }],
      want: ['Acme | liableFor | Zed losses | + | Ann Lane | claim'],
      not: ['Acme | liableFor | Zed losses | + |  | fact'],
    },
    {
      name: '"Ann Lane argued the offer from Zed was unfair to the staff" with "from" read as the clause\'s subordinator: the offer was unfair, on her word',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  argued argue VERB VBD 0 root
  the the DET DT 5 det
  offer offer NOUN NN 3 obj
  from from ADP IN 9 mark
  Zed Zed PROPN NNP 9 nsubj
  was be AUX VBD 9 cop
  unfair unfair ADJ JJ 3 advcl
  to to ADP IN 12 case
  the the DET DT 12 det
  staff staff NOUN NN 9 obl
  . . PUNCT . 3 punct`, mentions: [['Ann Lane', 'Person'], ['Zed', 'Company']] }],
      want: ['offer from Zed | unfairTo | staff | + | Ann Lane | claim'],
      not: ['Zed | unfairTo | staff | + | Ann Lane | claim'],
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
