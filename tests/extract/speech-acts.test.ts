// Table-driven tests of speech acts that are a relation of their own (CONTENT_ACTS): the speaker with what is denied,
// vowed or recommended as a phrase, beside the claim itself; a verb of speech whose subject names an act, and a
// concession, make no such row. Hand-parsed sentences written for the tests, with invented names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const kemp: SentenceSpec['mentions'] = [['Ivo Kemp', 'Person']];
const oduya: SentenceSpec['mentions'] = [['Mira Oduya', 'Person']];

describe('speech acts with their content as a phrase', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '"Kemp denied the council had sold land that the town\'s farmers had used for grazing since 1950": a clause too long to be one thing said loses its relative clause',
      specs: [{ rows: `
  Ivo Ivo PROPN NNP 3 nsubj
  Kemp Kemp PROPN NNP 1 flat
  denied deny VERB VBD 0 root
  the the DET DT 5 det
  council council NOUN NN 7 nsubj
  had have AUX VBD 7 aux
  sold sell VERB VBN 3 ccomp
  land land NOUN NN 7 obj
  that that PRON WDT 15 obj
  the the DET DT 11 det
  town town NOUN NN 13 nmod:poss
  's 's PART POS 11 case
  farmers farmer NOUN NNS 15 nsubj
  had have AUX VBD 15 aux
  used use VERB VBN 8 acl:relcl
  for for ADP IN 17 case
  grazing grazing NOUN NN 15 obl
  since since ADP IN 19 case
  1950 1950 NUM CD 15 obl
  . . PUNCT . 3 punct`, mentions: kemp }],
      want: ['Ivo Kemp | deny | the council had sold land | + |  | fact'],
    },
    {
      name: '"Oduya vowed that the ferry service would resume before the harvest": the vow with its clause, "that" left out of it',
      specs: [{ rows: `
  Mira Mira PROPN NNP 3 nsubj
  Oduya Oduya PROPN NNP 1 flat
  vowed vow VERB VBD 0 root
  that that SCONJ IN 9 mark
  the the DET DT 7 det
  ferry ferry NOUN NN 7 compound
  service service NOUN NN 9 nsubj
  would would AUX MD 9 aux
  resume resume VERB VB 3 ccomp
  before before ADP IN 12 case
  the the DET DT 12 det
  harvest harvest NOUN NN 9 obl
  . . PUNCT . 3 punct`, mentions: oduya }],
      want: ['Mira Oduya | vow | the ferry service would resume before the harvest | + |  | fact'],
    },
    {
      name: '"The inspectors have recommended that there be an independent review of the prison": what is put forward is the review, not its being',
      specs: [{ rows: `
  The the DET DT 2 det
  inspectors inspector NOUN NNS 4 nsubj
  have have AUX VBP 4 aux
  recommended recommend VERB VBN 0 root
  that that SCONJ IN 7 mark
  there there PRON EX 7 expl
  be be VERB VB 4 ccomp
  an a DET DT 10 det
  independent independent ADJ JJ 10 amod
  review review NOUN NN 7 nsubj
  of of ADP IN 13 case
  the the DET DT 13 det
  prison prison NOUN NN 10 nmod
  . . PUNCT . 4 punct` }],
      want: ['inspectors | recommend | an independent review of the prison | + |  | fact'],
    },
    {
      name: '"The Ardan Institute published a study on Monday. The study recommends raising the levy on sugar": a document\'s proposal is its author\'s',
      specs: [{ rows: `
  The the DET DT 3 det
  Ardan Ardan PROPN NNP 3 compound
  Institute Institute PROPN NNP 4 nsubj
  published publish VERB VBD 0 root
  a a DET DT 6 det
  study study NOUN NN 4 obj
  on on ADP IN 8 case
  Monday Monday PROPN NNP 4 obl
  . . PUNCT . 4 punct`, mentions: [['Ardan Institute', 'Organization']] }, { rows: `
  The the DET DT 2 det
  study study NOUN NN 3 nsubj
  recommends recommend VERB VBZ 0 root
  raising raise VERB VBG 3 xcomp
  the the DET DT 6 det
  levy levy NOUN NN 4 obj
  on on ADP IN 8 case
  sugar sugar NOUN NN 6 nmod
  . . PUNCT . 3 punct` }],
      want: ['Ardan Institute | recommend | raising the levy on sugar | + |  | fact'],
      not: ['study | recommend | raising the levy on sugar | + |  | fact'],
    },
    {
      name: '"The resignation suggests that the board knew about the losses": an act as subject (here an event) makes "suggest" mean "indicate": no act of speech',
      specs: [{ rows: `
  The the DET DT 2 det
  resignation resignation NOUN NN 3 nsubj
  suggests suggest VERB VBZ 0 root
  that that SCONJ IN 7 mark
  the the DET DT 6 det
  board board NOUN NN 7 nsubj
  knew know VERB VBD 3 ccomp
  about about ADP IN 10 case
  the the DET DT 10 det
  losses loss NOUN NNS 7 obl
  . . PUNCT . 3 punct` }],
      want: [],
      not: ['resignation | suggest | the board knew about the losses | + |  | fact'],
    },
    {
      name: '"The appointment suggests that the minister trusts her deputy": so does an act the event book does not hold',
      specs: [{ rows: `
  The the DET DT 2 det
  appointment appointment NOUN NN 3 nsubj
  suggests suggest VERB VBZ 0 root
  that that SCONJ IN 7 mark
  the the DET DT 6 det
  minister minister NOUN NN 7 nsubj
  trusts trust VERB VBZ 3 ccomp
  her her PRON PRP$ 9 nmod:poss
  deputy deputy NOUN NN 7 obj
  . . PUNCT . 3 punct` }],
      want: [],
      not: ['appointment | suggest | the minister trusts her deputy | + |  | fact'],
    },
    {
      name: '"Oduya conceded the bridge was too narrow": a concession grants a fact, and is no act of its own',
      specs: [{ rows: `
  Mira Mira PROPN NNP 3 nsubj
  Oduya Oduya PROPN NNP 1 flat
  conceded concede VERB VBD 0 root
  the the DET DT 5 det
  bridge bridge NOUN NN 8 nsubj
  was be AUX VBD 8 cop
  too too ADV RB 8 advmod
  narrow narrow ADJ JJ 3 ccomp
  . . PUNCT . 3 punct`, mentions: oduya }],
      want: [],
      not: ['Mira Oduya | concede | the bridge was too narrow | + |  | fact'],
    },
  ])('$name', ({ specs, want, not }) => {
    const got = extract(analysisOf(specs), { minConfidence: 0 }).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const n of not ?? []) expect(got).not.toContain(n);
    if (!want.length) expect(got.filter((r) => /\| (suggest|concede) \|/.test(r))).toEqual([]);
  });
});
