// Table-driven tests of speech acts that are a relation of their own (CONTENT_ACTS): the speaker with what is denied,
// admitted, pledged or proposed as a phrase, beside the claim itself; a neutral report or a concession makes no such row.
// Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const lane: SentenceSpec['mentions'] = [['Ann Lane', 'Person']];

describe('speech acts with their content as a phrase', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '"Lane denied her side was suffering a slump which rivals could exploit": the denial of the slump, its relative clause cut',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  denied deny VERB VBD 0 root
  her her PRON PRP$ 5 nmod:poss
  side side NOUN NN 7 nsubj
  was be AUX VBD 7 aux
  suffering suffer VERB VBG 3 ccomp
  a a DET DT 9 det
  slump slump NOUN NN 7 obj
  which which PRON WDT 14 obj
  league league NOUN NN 12 compound
  rivals rival NOUN NNS 14 nsubj
  could could AUX MD 14 aux
  exploit exploit VERB VB 9 acl:relcl
  at at ADP IN 17 case
  their their PRON PRP$ 17 nmod:poss
  leisure leisure NOUN NN 14 obl
  . . PUNCT . 3 punct`, mentions: lane }],
      want: ['Ann Lane | deny | her side was suffering a slump | + |  | fact'],
    },
    {
      name: '"Lane pledged that childcare would be a priority": the pledge with its clause, "that" left out of it',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  pledged pledge VERB VBD 0 root
  that that SCONJ IN 9 mark
  childcare childcare NOUN NN 9 nsubj
  would would AUX MD 9 aux
  be be AUX VB 9 cop
  a a DET DT 9 det
  priority priority NOUN NN 3 ccomp
  . . PUNCT . 3 punct`, mentions: lane }],
      want: ['Ann Lane | pledge | childcare would be a priority | + |  | fact'],
    },
    {
      name: '"The panel suggests there should be a cap on gifts": what is put forward is the cap, not its being',
      specs: [{ rows: `
  The the DET DT 2 det
  panel panel NOUN NN 3 nsubj
  suggests suggest VERB VBZ 0 root
  there there PRON EX 6 expl
  should should AUX MD 6 aux
  be be VERB VB 3 ccomp
  a a DET DT 8 det
  cap cap NOUN NN 6 nsubj
  on on ADP IN 10 case
  gifts gift NOUN NNS 8 nmod
  . . PUNCT . 3 punct` }],
      want: ['panel | suggest | a cap on gifts | + |  | fact'],
    },
    {
      name: '"In a report, the Voss Commission said ... . The report suggests doubling the fee": the report\'s proposal is its author\'s',
      specs: [{ rows: `
  In in ADP IN 3 case
  a a DET DT 3 det
  report report NOUN NN 9 obl
  , , PUNCT , 3 punct
  the the DET DT 7 det
  Voss Voss PROPN NNP 7 compound
  Commission Commission PROPN NNP 9 nsubj
  has have AUX VBZ 9 aux
  said say VERB VBN 0 root
  fees fee NOUN NNS 12 nsubj
  are be AUX VBP 12 cop
  low low ADJ JJ 9 ccomp
  . . PUNCT . 9 punct`, mentions: [['Voss Commission', 'GovernmentBody']] }, { rows: `
  The the DET DT 2 det
  report report NOUN NN 3 nsubj
  suggests suggest VERB VBZ 0 root
  doubling double VERB VBG 3 xcomp
  the the DET DT 6 det
  fee fee NOUN NN 4 obj
  . . PUNCT . 3 punct` }],
      want: ['Voss Commission | suggest | doubling the fee | + |  | fact'],
      not: ['report | suggest | doubling the fee | + |  | fact'],
    },
    {
      name: '"The decision suggests that Acme sold Zed": an act as subject makes "suggest" mean "indicate": no act of speech',
      specs: [{ rows: `
  The the DET DT 2 det
  decision decision NOUN NN 3 nsubj
  suggests suggest VERB VBZ 0 root
  that that SCONJ IN 6 mark
  Acme Acme PROPN NNP 6 nsubj
  sold sell VERB VBD 3 ccomp
  Zed Zed PROPN NNP 6 obj
  . . PUNCT . 3 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
      want: [],
      not: ['decision | suggest | Acme sold Zed | + |  | fact'],
    },
    {
      name: '"Lane acknowledged the firm had grown": a concession grants a fact, and is no act of its own',
      specs: [{ rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  acknowledged acknowledge VERB VBD 0 root
  the the DET DT 5 det
  firm firm NOUN NN 7 nsubj
  had have AUX VBD 7 aux
  grown grow VERB VBN 3 ccomp
  . . PUNCT . 3 punct`, mentions: lane }],
      want: [],
      not: ['Ann Lane | acknowledge | firm had grown | + |  | fact'],
    },
  ])('$name', ({ specs, want, not }) => {
    const got = extract(analysisOf(specs), { minConfidence: 0 }).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const n of not ?? []) expect(got).not.toContain(n);
    if (!want.length) expect(got.filter((r) => /\| (suggest|acknowledge) \|/.test(r))).toEqual([]);
  });
});
