// Table-driven tests of relations whose words span a phrase: a state written as a prepositional phrase ("is on trial
// for"), an adjective with a chained phrase ("is up for renegotiation at"), amounts that modify a head, and a speech verb
// the parser coordinated with the clause it reports. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent?: string[] }> = [
  {
    name: 'a state as a prepositional phrase of a bare noun relates the subject to the noun\'s own object',
    specs: [{ rows: `
      Mr Mr PROPN NNP 2 compound
      Varga Varga PROPN NNP 5 nsubj
      is be AUX VBZ 5 cop
      on on ADP IN 5 case
      trial trial NOUN NN 0 root
      for for ADP IN 7 case
      bribery bribery NOUN NN 5 nmod
      . . PUNCT . 5 punct`, mentions: [['Varga', 'Person']] }],
    expect: ['Varga | onTrialFor | bribery | + |  | fact'],
  },
  {
    name: 'negated state with a named object',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 5 nsubj
      is be AUX VBZ 5 cop
      not not PART RB 5 advmod
      in in ADP IN 5 case
      talks talk NOUN NNS 0 root
      with with ADP IN 7 case
      Telnor Telnor PROPN NNP 5 nmod
      . . PUNCT . 5 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company']] }],
    expect: ['Orbis | inTalksWith | Telnor | - |  | claim'],
  },
  {
    name: 'a described state (determiner, number) is no relation',
    specs: [{ rows: `
      The the DET DT 2 det
      album album NOUN NN 7 nsubj
      is be AUX VBZ 7 cop
      at at ADP IN 7 case
      number number NOUN NN 7 compound
      9 9 NUM CD 7 nummod
      place place NOUN NN 0 root
      in in ADP IN 10 case
      the the DET DT 10 det
      chart chart NOUN NN 7 nmod
      . . PUNCT . 7 punct` }],
    expect: [],
  },
  {
    name: 'an adjective\'s phrase chained to a named event or entity',
    specs: [{ rows: `
      The the DET DT 2 det
      levy levy NOUN NN 5 nsubj
      is be AUX VBZ 5 cop
      not not PART RB 5 advmod
      up up ADJ JJ 0 root
      for for ADP IN 7 case
      debate debate NOUN NN 5 obl
      at at ADP IN 11 case
      the the DET DT 11 det
      Nordic Nordic PROPN NNP 11 compound
      Council Council PROPN NNP 7 nmod
      . . PUNCT . 5 punct`, mentions: [['Nordic Council', 'Organization']] }],
    expect: ['levy | upForDebateAt | Nordic Council | - |  | claim'],
  },
  {
    name: 'an amount modifying a head leaves the phrase what its head names',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      took take VERB VBD 0 root
      a a DET DT 5 det
      $2bn $2bn NUM CD 5 nummod
      loss loss NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company']] }],
    expect: ['Orbis | take | $2bn loss | + |  | fact'],
    absent: ['Orbis | take | 2000000000 | + |  | fact'],
  },
  {
    name: 'an amount heading the phrase is the literal',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      paid pay VERB VBD 0 root
      $2bn $2bn NUM CD 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company']] }],
    expect: ['Orbis | pay | 2000000000 | + |  | fact'],
  },
  {
    name: 'a speech verb after a comma, parsed as a conjunct of the clause it reports, still reports it',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      sued sue VERB VBD 0 root
      Telnor Telnor PROPN NNP 2 obj
      , , PUNCT , 6 punct
      Ana Ana PROPN NNP 6 nsubj
      said say VERB VBD 2 conj
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company'], ['Ana', 'Person']] }],
    expect: ['Orbis | sue | Telnor | + | Ana | claim'],
  },
  {
    name: 'a coordinated verb with "and" is another act, not a report',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      sued sue VERB VBD 0 root
      Telnor Telnor PROPN NNP 2 obj
      and and CCONJ CC 5 cc
      said say VERB VBD 2 conj
      it it PRON PRP 7 nsubj
      won win VERB VBD 5 ccomp
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company']] }],
    expect: ['Orbis | sue | Telnor | + |  | fact'],
  },
  {
    name: 'a verb\'s prepositional noun passes on to the name in its own phrase',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      to to ADP IN 5 case
      a a DET DT 5 det
      merger merger NOUN NN 2 obl
      with with ADP IN 7 case
      Telnor Telnor PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company']] }],
    expect: ['Orbis | agreeToMergerWith | Telnor | + |  | fact'],
  },
  {
    name: '"back" after a verb is its particle, and a noun of a journey passes on to its place',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      flew fly VERB VBD 0 root
      back back ADV RB 2 advmod
      from from ADP IN 6 case
      her her PRON PRP$ 6 nmod:poss
      tour tour NOUN NN 2 obl
      to to ADP IN 8 case
      Peru Peru PROPN NNP 6 nmod
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Peru', 'Country']] }],
    expect: ['Ana | flyBackFromTourTo | Peru | + |  | fact'],
  },
  {
    name: 'a "with" of means is no step to a party',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      won win VERB VBD 0 root
      with with ADP IN 5 case
      a a DET DT 5 det
      offer offer NOUN NN 2 obl
      against against ADP IN 7 case
      Telnor Telnor PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company']] }],
    expect: ['Orbis | winWith | offer against Telnor | + |  | fact'],
    absent: ['Orbis | winWithOfferAgainst | Telnor | + |  | fact'],
  },
  {
    name: 'an act written as a noun: "its" is the organisation named before it, the "of" phrase what is acted on',
    specs: [{ rows: `
      Orbis Orbis PROPN NNP 2 nsubj
      financed finance VERB VBD 0 root
      its its PRON PRP$ 5 nmod:poss
      surprise surprise NOUN NN 5 compound
      purchase purchase NOUN NN 2 obj
      of of ADP IN 7 case
      Telnor Telnor PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Orbis', 'Company'], ['Telnor', 'Company']] }],
    expect: ['Orbis | acquire | Telnor | + |  | fact'],
  },
  {
    name: 'a demonym agent of an act written as a noun',
    specs: [{ rows: `
      Despite despite ADP IN 3 case
      Danish Danish ADJ JJ 3 amod
      objections objection NOUN NNS 7 obl
      to to ADP IN 5 case
      Vexa Vexa PROPN NNP 3 nmod
      , , PUNCT , 7 punct
      talks talk NOUN NNS 7 nsubj
      resumed resume VERB VBD 0 root
      . . PUNCT . 7 punct`, mentions: [['Danish', 'Country', 'Denmark'], ['Vexa', 'Company']] }],
    expect: ['Denmark | oppose | Vexa | + |  | fact'],
  },
  {
    name: 'a possessive pronoun with no organisation before it gives no agent',
    specs: [{ rows: `
      Its its PRON PRP$ 2 nmod:poss
      purchase purchase NOUN NN 5 nsubj
      of of ADP IN 4 case
      Telnor Telnor PROPN NNP 2 nmod
      failed fail VERB VBD 0 root
      . . PUNCT . 5 punct`, mentions: [['Telnor', 'Company']] }],
    expect: [],
  },
  {
    name: 'the addressee of a quotation ("you might recall") is no speaker: the quote\'s speaker is',
    specs: [{ rows: `
      " " PUNCT `+"``"+` 4 punct
      You you PRON PRP 4 nsubj
      might might AUX MD 4 aux
      recall recall VERB VB 0 root
      that that SCONJ IN 7 mark
      we we PRON PRP 7 nsubj
      warned warn VERB VBD 4 ccomp
      Lima Lima PROPN NNP 7 obj
      , , PUNCT , 4 punct
      " " PUNCT '' 4 punct
      Ana Ana PROPN NNP 12 nsubj
      said say VERB VBD 4 parataxis
      . . PUNCT . 4 punct`, mentions: [['Lima', 'City'], ['Ana', 'Person']] }],
    expect: ['we | warn | Lima | + | Ana | claim'],
  },
  {
    name: 'a "that" read as the relative pronoun of a denial\'s clause leaves the clause to the denial, not to an earlier speech verb',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      replied reply VERB VBD 0 root
      to to ADP IN 4 case
      questions question NOUN NNS 2 obl
      on on ADP IN 7 case
      a a DET DT 7 det
      denial denial NOUN NN 2 obl
      by by ADP IN 9 case
      Vexa Vexa PROPN NNP 7 nmod
      that that PRON WDT 12 obj
      Oslo Oslo PROPN NNP 12 nsubj
      got get VERB VBD 7 acl:relcl
      any any DET DT 14 det
      warning warning NOUN NN 12 obj
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Vexa', 'Company'], ['Oslo', 'City']] }],
    expect: ['Oslo | get | warning | - | Vexa | claim'],
  },
  {
    name: 'several subjects in one run of words before the verb: the head nearest the verb is the subject',
    specs: [{ rows: `
      Norway Norway PROPN NNP 5 nsubj
      's 's PART POS 1 case
      oil oil NOUN NN 4 compound
      fund fund NOUN NN 5 nsubj
      bought buy VERB VBD 0 root
      Vexa Vexa PROPN NNP 5 obj
      . . PUNCT . 5 punct`, mentions: [['Norway', 'Country'], ['Vexa', 'Company']] }],
    expect: ['oil fund | acquire | Vexa | + |  | fact'],
    absent: ['Norway | acquire | Vexa | + |  | fact'],
  },
  {
    name: 'a denial\'s that-clause hung on the noun of its by-phrase is still the denial\'s content',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      replied reply VERB VBD 0 root
      to to ADP IN 4 case
      a a DET DT 4 det
      denial denial NOUN NN 2 obl
      by by ADP IN 7 case
      Vexa Vexa PROPN NNP 5 nmod
      that that PRON WDT 10 obj
      Oslo Oslo PROPN NNP 10 nsubj
      got get VERB VBD 7 acl:relcl
      any any DET DT 12 det
      warning warning NOUN NN 10 obj
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Vexa', 'Company'], ['Oslo', 'City']] }],
    expect: ['Oslo | get | warning | - | Vexa | claim'],
  },
  {
    name: 'a title whose name the recogniser missed speaks by that name',
    specs: [{ rows: `
      The the DET DT 2 det
      envoy envoy NOUN NN 5 nsubj
      Lars Lars PROPN NNP 4 compound
      Holm Holm PROPN NNP 2 appos
      denied deny VERB VBD 0 root
      that that SCONJ IN 8 mark
      Oslo Oslo PROPN NNP 8 nsubj
      paid pay VERB VBD 5 ccomp
      Vexa Vexa PROPN NNP 8 obj
      . . PUNCT . 5 punct`, mentions: [['Oslo', 'City'], ['Vexa', 'Company']] }],
    expect: ['Oslo | pay | Vexa | - | Lars Holm | claim'],
  },
  {
    name: 'a list of subjects split into two heads by the parse is one list',
    specs: [{ rows: `
      Peru Peru PROPN NNP 8 nsubj
      , , PUNCT , 3 punct
      Chile Chile PROPN NNP 1 conj
      , , PUNCT , 5 punct
      Cuba Cuba PROPN NNP 8 nsubj
      and and CCONJ CC 7 cc
      Togo Togo PROPN NNP 5 conj
      backed back VERB VBD 0 root
      Vexa Vexa PROPN NNP 8 obj
      . . PUNCT . 8 punct`, mentions: [['Peru', 'Country'], ['Chile', 'Country'], ['Cuba', 'Country'], ['Togo', 'Country'], ['Vexa', 'Company']] }],
    expect: ['Peru | support | Vexa | + |  | fact', 'Chile | support | Vexa | + |  | fact', 'Cuba | support | Vexa | + |  | fact', 'Togo | support | Vexa | + |  | fact'],
  },
  {
    name: 'a verb read as a clause of its own takes the name set off by commas right before it as its subject',
    specs: [{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      left leave VERB VBD 0 root
      after after ADP IN 5 case
      her her PRON PRP$ 5 nmod:poss
      boss boss NOUN NN 2 obl
      , , PUNCT , 7 punct
      Ivo Ivo PROPN NNP 2 conj
      , , PUNCT , 9 punct
      died die VERB VBD 2 parataxis
      of of ADP IN 11 case
      cancer cancer NOUN NN 9 obl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Ivo', 'Person']] }],
    expect: ['Ivo | dieOf | cancer | + |  | fact'],
    absent: ['Ana | dieOf | cancer | + |  | fact'],
  },
];

describe('relations over phrases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join("\n")).toContain(e);
      if (!c.expect.length) expect(got).toEqual([]);
      for (const a of c.absent ?? []) expect(got).not.toContain(a);
    });
  }
});
