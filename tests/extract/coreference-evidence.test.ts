// Table-driven tests of the evidence coreference reads for "it", "they" and offices: titles, agreement, verbs of saying.
import { describe, expect, it } from 'vitest';
import { resolvedAnaphors as resolvedIn, type SentenceSpec } from './fixtures.js';

// "Zedco hired Tom Hale and Ana Reis."
const hired: SentenceSpec = { rows: `
  Zedco zedco PROPN NNP 2 nsubj
  hired hire VERB VBD 0 root
  Tom tom PROPN NNP 4 flat
  Hale hale PROPN NNP 2 obj
  and and CCONJ CC 7 cc
  Ana ana PROPN NNP 7 flat
  Reis reis PROPN NNP 4 conj
  . . PUNCT . 2 punct`, mentions: [['Zedco', 'Company'], ['Tom Hale', 'Person'], ['Ana Reis', 'Person']] };

// "Wales captain Hale praised his team after they beat Italy."
const praised: SentenceSpec = { rows: `
  Wales wales PROPN NNP 3 compound
  captain captain NOUN NN 3 compound
  Hale hale PROPN NNP 4 nsubj
  praised praise VERB VBD 0 root
  his his PRON PRP$ 6 nmod:poss
  team team NOUN NN 4 obj
  after after SCONJ IN 9 mark
  they they PRON PRP 9 nsubj
  beat beat VERB VBD 4 advcl
  Italy italy PROPN NNP 9 obj
  . . PUNCT . 4 punct`, mentions: [['Wales', 'Country'], ['Hale', 'Person'], ['Italy', 'Country']] };

describe('resolveAnaphors: evidence for "it", "they" and offices', () => {
  it.each<{ name: string; specs: SentenceSpec[]; expect: string[] }>([
    {
      name: 'an abbreviated title ("Gov.") is the office a later "the governor" names, over the subject just before',
      specs: [{ rows: `
        Gov. gov. PROPN NNP 3 compound
        Ana ana PROPN NNP 3 flat
        Reis reis PROPN NNP 4 nsubj
        met meet VERB VBD 0 root
        Tom tom PROPN NNP 6 flat
        Hale hale PROPN NNP 4 obj
        . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person'], ['Tom Hale', 'Person']] }, { rows: `
        Hale hale PROPN NNP 2 nsubj
        spoke speak VERB VBD 0 root
        first first ADV RB 2 advmod
        . . PUNCT . 2 punct`, mentions: [['Hale', 'Person']] }, { rows: `
        The the DET DT 2 det
        governor governor NOUN NN 3 nsubj
        thanked thank VERB VBD 0 root
        the the DET DT 5 det
        workers worker NOUN NNS 3 obj
        . . PUNCT . 3 punct` }],
      expect: ['governor -> Ana Reis'],
    },
    {
      name: 'the one holder of a title is the office a description names, however far back the holder was named',
      specs: [{ rows: `
        Gov. gov. PROPN NNP 3 compound
        Ana ana PROPN NNP 3 flat
        Reis reis PROPN NNP 4 nsubj
        spoke speak VERB VBD 0 root
        . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person']] },
      ...['Zedco', 'Omnicorp', 'Brightco', 'Acme', 'Tyrex'].map((name): SentenceSpec => ({ rows: `
        ${name} ${name.toLowerCase()} PROPN NNP 2 nsubj
        grew grow VERB VBD 0 root
        . . PUNCT . 2 punct`, mentions: [[name, 'Company']] })), { rows: `
        The the DET DT 2 det
        governor governor NOUN NN 3 nsubj
        resigned resign VERB VBD 0 root
        . . PUNCT . 3 punct` }],
      expect: ['governor -> Ana Reis'],
    },
    {
      name: 'a noun written right before a name ("tyre maker Zedco") is that name, no competitor for "it"',
      specs: [{ rows: `
        Tyre tyre NOUN NN 2 compound
        maker maker NOUN NN 5 nsubj
        Zedco zedco PROPN NNP 5 nsubj
        has have AUX VBZ 5 aux
        declined decline VERB VBN 0 root
        to to PART TO 7 mark
        comment comment VERB VB 5 xcomp
        on on ADP IN 9 case
        reports report NOUN NNS 7 obl
        it it PRON PRP 13 nsubj
        may may AUX MD 13 aux
        be be AUX VB 13 aux:pass
        sold sell VERB VBN 7 ccomp
        . . PUNCT . 5 punct`, mentions: [['Zedco', 'Company']] }],
      expect: ['it -> Zedco'],
    },
    {
      name: 'a one-word name written again where the recogniser saw none keeps its referent salient for "it"',
      specs: [{ rows: `
        Omnicorp omnicorp PROPN NNP 2 nsubj
        bid bid VERB VBD 0 root
        for for ADP IN 4 case
        Zedco zedco PROPN NNP 2 obl
        . . PUNCT . 2 punct`, mentions: [['Omnicorp', 'Company'], ['Zedco', 'Company']] }, { rows: `
        Analysts analyst NOUN NNS 2 nsubj
        see see VERB VBP 0 root
        Zedco zedco NOUN NN 2 obj
        as as ADP IN 6 case
        a a DET DT 6 det
        target target NOUN NN 2 obl
        . . PUNCT . 2 punct` }, { rows: `
        It it PRON PRP 2 nsubj
        sold sell VERB VBD 0 root
        its its PRON PRP$ 5 nmod:poss
        glove glove NOUN NN 5 compound
        business business NOUN NN 2 obj
        . . PUNCT . 2 punct` }],
      expect: ['It -> Zedco', 'its -> Zedco'],
    },
    {
      name: 'a country written with a plural verb ("Wales were") is a side "they" may stand for',
      specs: [praised, { rows: `
        Wales wales PROPN NNP 4 nsubj
        were be AUX VBD 4 cop
        the the DET DT 4 det
        stronger strong ADJ JJR 5 amod
        side side NOUN NN 0 root
        . . PUNCT . 5 punct`, mentions: [['Wales', 'Country']] }],
      expect: ['his -> Hale', 'they -> Wales'],
    },
    {
      name: 'a country with a singular verb, or a "were" of a condition, is no side: "they" stays unresolved',
      specs: [praised, { rows: `
        If if SCONJ IN 3 mark
        Wales wales PROPN NNP 3 nsubj
        were be AUX VBD 5 cop
        to to PART TO 5 mark
        leave leave VERB VB 0 root
        . . PUNCT . 5 punct`, mentions: [['Wales', 'Country']] }],
      expect: ['his -> Hale'],
    },
    {
      name: 'the subject of a verb of saying is no thing ("growth") and none of the names in what it says',
      specs: [{ rows: `
        The the DET DT 3 det
        Omega omega PROPN NNP 3 compound
        Institute institute PROPN NNP 4 nsubj
        published publish VERB VBD 0 root
        a a DET DT 6 det
        study study NOUN NN 4 obj
        . . PUNCT . 4 punct`, mentions: [['Omega Institute', 'Organization']] }, { rows: `
        Growth growth NOUN NN 5 nsubj
        in in ADP IN 3 case
        Zedland zedland PROPN NNP 1 nmod
        will will AUX MD 5 aux
        slow slow VERB VB 0 root
        , , PUNCT , 8 punct
        it it PRON PRP 8 nsubj
        forecast forecast VERB VBD 5 parataxis
        . . PUNCT . 5 punct`, mentions: [['Zedland', 'Country']] }],
      expect: ['it -> Omega Institute'],
    },
    {
      name: '"Zedco said it would": the named subject of the verb of saying, over a thing named before in the sentence',
      specs: [{ rows: `
        The the DET DT 2 det
        plan plan NOUN NN 3 nsubj
        failed fail VERB VBD 0 root
        and and CCONJ CC 6 cc
        Zedco zedco PROPN NNP 6 nsubj
        said say VERB VBD 3 conj
        it it PRON PRP 9 nsubj
        would would AUX MD 9 aux
        cut cut VERB VB 6 ccomp
        jobs job NOUN NNS 9 obj
        . . PUNCT . 3 punct`, mentions: [['Zedco', 'Company']] }],
      expect: ['it -> Zedco'],
    },
    {
      name: '"they have both left": two people, not the company',
      specs: [hired, { rows: `
        They they PRON PRP 4 nsubj
        have have AUX VBP 4 aux
        both both DET DT 4 advmod
        left leave VERB VBN 0 root
        . . PUNCT . 4 punct` }],
      expect: [],
    },
    {
      name: '"it is hoped that ...": a passive "it" with a complement clause is no referent; a passive "it" without one is',
      specs: [{ rows: `
        Zedco zedco PROPN NNP 2 nsubj
        opened open VERB VBD 0 root
        stores store NOUN NNS 2 obj
        . . PUNCT . 2 punct`, mentions: [['Zedco', 'Company']] }, { rows: `
        It it PRON PRP 3 nsubj:pass
        is be AUX VBZ 3 aux:pass
        hoped hope VERB VBN 0 root
        sales sale NOUN NNS 6 nsubj
        will will AUX MD 6 aux
        rise rise VERB VB 3 ccomp
        . . PUNCT . 3 punct` }, { rows: `
        It it PRON PRP 3 nsubj:pass
        was be AUX VBD 3 aux:pass
        founded found VERB VBN 0 root
        to to PART TO 5 mark
        make make VERB VB 3 advcl
        tyres tyre NOUN NNS 5 obj
        . . PUNCT . 3 punct` }],
      expect: ['It -> Zedco'],
    },
  ])('$name', ({ specs, expect: want }) => {
    expect(resolvedIn(specs)).toEqual(want);
  });
});
