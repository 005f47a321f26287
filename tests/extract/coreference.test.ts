// Table-driven tests of the article's pronoun and description resolution on hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { resolveAnaphors, restrictedDescription } from '../../src/extract/coreference.js';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, blamedTheCompany as blamed, COMPANY_CLAUSES, resolvedAnaphors as resolved, show, type SentenceSpec } from './fixtures.js';

// "He thanked him.", "She criticised him.": the second sentence of several cases, two people of the first sentence in one clause.
const pronounClause = (subject: 'He' | 'She', verb: string, lemma: string, object: 'him' | 'her'): SentenceSpec => ({ rows: `
  ${subject} ${subject.toLowerCase()} PRON PRP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  ${object} ${object === 'him' ? 'he' : 'she'} PRON PRP 2 obj
  . . PUNCT . 2 punct` });

const founded: SentenceSpec = { rows: `
  Sarah sarah PROPN NNP 2 flat
  Okafor okafor PROPN NNP 3 nsubj
  founded found VERB VBD 0 root
  Brightwave brightwave PROPN NNP 3 obj
  . . PUNCT . 3 punct`, mentions: [['Sarah Okafor', 'Person'], ['Brightwave', 'Company']] };

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[] }> = [
  {
    name: '"she" in the next sentence is the woman named as subject, not the company',
    specs: [founded, { rows: `
      She she PRON PRP 2 nsubj
      sold sell VERB VBD 0 root
      it it PRON PRP 2 obj
      in in ADP IN 5 case
      2010 2010 NUM CD 2 obl
      . . PUNCT . 2 punct` }],
    expect: ['She -> Sarah Okafor', 'it -> Brightwave'],
  },
  {
    name: 'gender from an honorific and from a given name keeps "she" and "him" apart',
    specs: [{ rows: `
      Mr mr PROPN NNP 2 compound
      Tanaka tanaka PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Maria maria PROPN NNP 5 flat
      Lopez lopez PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Tanaka', 'Person'], ['Maria Lopez', 'Person']] }, pronounClause('She', 'criticised', 'criticise', 'him')],
    expect: ['She -> Maria Lopez', 'him -> Tanaka'],
  },
  {
    name: 'a pronoun is not a fellow argument of its own verb: "him" after "he" is the other man',
    specs: [{ rows: `
      Tom tom PROPN NNP 2 flat
      Reyes reyes PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Paul paul PROPN NNP 5 flat
      Hart hart PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] }, pronounClause('He', 'thanked', 'thank', 'him')],
    expect: ['He -> Tom Reyes', 'him -> Paul Hart'],
  },
  {
    name: 'a common noun that stands out more than the company leaves "it" unresolved',
    specs: [{ rows: `
      Zentrix zentrix PROPN NNP 2 nsubj
      unveiled unveil VERB VBD 0 root
      a a DET DT 4 det
      plan plan NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Zentrix', 'Company']] }, { rows: `
      The the DET DT 2 det
      plan plan NOUN NN 3 nsubj
      failed fail VERB VBD 0 root
      . . PUNCT . 3 punct` }, { rows: `
      It it PRON PRP 2 nsubj
      cost cost VERB VBD 0 root
      millions million NOUN NNS 2 obj
      . . PUNCT . 2 punct` }],
    expect: [],
  },
  {
    name: 'without the noun standing out, "it" is the company',
    specs: [{ rows: `
      Zentrix zentrix PROPN NNP 2 nsubj
      unveiled unveil VERB VBD 0 root
      a a DET DT 4 det
      plan plan NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Zentrix', 'Company']] }, { rows: `
      It it PRON PRP 2 nsubj
      cut cut VERB VBD 0 root
      jobs job NOUN NNS 2 obj
      . . PUNCT . 2 punct` }],
    expect: ['It -> Zentrix'],
  },
  {
    name: '"it" as the subject of a reported clause is the speaker',
    specs: [{ rows: `
      Zentrix zentrix PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      it it PRON PRP 5 nsubj
      would would AUX MD 5 aux
      grow grow VERB VB 2 ccomp
      . . PUNCT . 2 punct`, mentions: [['Zentrix', 'Company']] }],
    expect: ['it -> Zentrix'],
  },
  {
    name: 'a common noun earlier in the sentence competes with the name for "it"',
    specs: [{ rows: `
      The the DET DT 2 det
      decision decision NOUN NN 4 nsubj
      could could AUX MD 4 aux
      hurt hurt VERB VB 0 root
      Zentrix zentrix PROPN NNP 4 obj
      as as SCONJ IN 8 mark
      it it PRON PRP 8 nsubj
      angered anger VERB VBD 4 advcl
      investors investor NOUN NNS 8 obj
      . . PUNCT . 4 punct`, mentions: [['Zentrix', 'Company']] }],
    expect: [],
  },
  {
    name: '"it" holding the place of a clause stands for nothing',
    specs: [{ rows: `
      Zentrix zentrix PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      it it PRON PRP 5 nsubj
      was be AUX VBD 5 cop
      hard hard ADJ JJ 2 ccomp
      to to PART TO 7 mark
      grow grow VERB VB 5 xcomp
      . . PUNCT . 2 punct`, mentions: [['Zentrix', 'Company']] }],
    expect: [],
  },
  {
    name: 'one name that fits earlier in the sentence: "Ana Costa\'s lawyers said she ..."',
    specs: [{ rows: `
      Peter peter PROPN NNP 2 flat
      Lund lund PROPN NNP 3 nsubj
      testified testify VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Peter Lund', 'Person']] }, { rows: `
      Ana ana PROPN NNP 2 flat
      Costa costa PROPN NNP 4 nmod:poss
      's 's PART POS 2 case
      lawyers lawyer NOUN NNS 5 nsubj
      said say VERB VBD 0 root
      she she PRON PRP 8 nsubj
      was be AUX VBD 8 cop
      innocent innocent ADJ JJ 5 ccomp
      . . PUNCT . 5 punct`, mentions: [['Ana Costa', 'Person']] }],
    expect: ['she -> Ana Costa'],
  },
  {
    name: '"the company" is the company named before it, not the country',
    specs: [{ rows: `
      Orbex orbex PROPN NNP 2 nsubj
      entered enter VERB VBD 0 root
      Peru peru PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orbex', 'Company'], ['Peru', 'Country']] }, { rows: `
      The the DET DT 2 det
      company company NOUN NN 3 nsubj
      hired hire VERB VBD 0 root
      staff staff NOUN NN 3 obj
      . . PUNCT . 3 punct` }],
    expect: ['company -> Orbex'],
  },
  {
    name: '"the foreign secretary" is the person named with that title, though another man is the subject before it',
    specs: [{ rows: `
      Foreign foreign ADJ JJ 2 amod
      Secretary secretary PROPN NNP 4 compound
      Ian ian PROPN NNP 4 flat
      Moss moss PROPN NNP 5 nsubj
      met meet VERB VBD 0 root
      Tom tom PROPN NNP 7 flat
      Reyes reyes PROPN NNP 5 obj
      . . PUNCT . 5 punct`, mentions: [['Ian Moss', 'Person'], ['Tom Reyes', 'Person']] }, { rows: `
      Tom tom PROPN NNP 2 flat
      Reyes reyes PROPN NNP 3 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person']] }, { rows: `
      The the DET DT 3 det
      foreign foreign ADJ JJ 3 amod
      secretary secretary NOUN NN 4 nsubj
      stayed stay VERB VBD 0 root
      . . PUNCT . 4 punct` }],
    expect: ['secretary -> Ian Moss'],
  },
  {
    name: 'with no title written, "the minister" is the subject of the sentence before, and nobody when that was not a subject',
    specs: [{ rows: `
      Ian ian PROPN NNP 2 flat
      Moss moss PROPN NNP 3 nsubj
      spoke speak VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Ian Moss', 'Person']] }, { rows: `
      The the DET DT 2 det
      minister minister NOUN NN 3 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 3 punct` }, { rows: `
      Critics critic NOUN NNS 2 nsubj
      praised praise VERB VBD 0 root
      Tom tom PROPN NNP 4 flat
      Reyes reyes PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Tom Reyes', 'Person']] }, { rows: `
      The the DET DT 2 det
      mayor mayor NOUN NN 3 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['minister -> Ian Moss'],
  },
  {
    name: '"they" inside a quotation is left to the speaker\'s words',
    specs: [{ rows: `
      Greenline greenline PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      : : PUNCT : 2 punct
      " " PUNCT OQ 6 punct
      they they PRON PRP 6 nsubj
      failed fail VERB VBD 2 ccomp
      " " PUNCT CQ 6 punct
      . . PUNCT . 2 punct`, mentions: [['Greenline', 'Organization']] }],
    expect: [],
  },
  {
    name: 'the people of a country are "they", the country "it"',
    specs: [{ rows: `
      Norwegians norwegian PROPN NNPS 2 nsubj
      voted vote VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Norwegians', 'Group', 'Norway']] }, { rows: `
      They they PRON PRP 2 nsubj
      rejected reject VERB VBD 0 root
      Norway norway PROPN NNP 4 nmod:poss
      plan plan NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Norway', 'Country']] }],
    expect: ['They -> Norwegians'],
  },
  {
    name: '"they" after a pair of people named by a singular noun is the pair, left unresolved, not the body before',
    specs: [{ rows: `
      Acme acme PROPN NNP 2 nsubj
      fined fine VERB VBD 0 root
      Zeta zeta PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zeta', 'Company']] }, { rows: `
      The the DET DT 2 det
      pair pair NOUN NN 4 nsubj:pass
      were be AUX VBD 4 aux:pass
      charged charge VERB VBN 0 root
      . . PUNCT . 4 punct` }, { rows: `
      They they PRON PRP 2 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: [],
  },
  {
    name: '"the government" is a body whose name has the word, not a ministry named before it',
    specs: [{ rows: `
      The the DET DT 3 det
      Home home PROPN NNP 3 compound
      Office office PROPN NNP 4 nsubj
      fined fine VERB VBD 0 root
      Zeta zeta PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Home Office', 'GovernmentBody'], ['Zeta', 'Company']] }, { rows: `
      The the DET DT 2 det
      government government NOUN NN 3 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 3 punct` }, { rows: `
      The the DET DT 3 det
      Afghan afghan ADJ JJ 3 amod
      government government NOUN NN 4 nsubj
      fined fine VERB VBD 0 root
      Zeta zeta PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Afghan government', 'GovernmentBody']] }, { rows: `
      The the DET DT 2 det
      government government NOUN NN 3 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['government -> Afghan government'],
  },
  {
    name: '"the rival firm" and "the combined company" are not the company in focus; "the firm" is',
    specs: [{ rows: `
      Acme acme PROPN NNP 2 nsubj
      bought buy VERB VBD 0 root
      Zeta zeta PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zeta', 'Company']] }, { rows: `
      The the DET DT 3 det
      rival rival ADJ JJ 3 amod
      firm firm NOUN NN 4 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 4 punct` }, { rows: `
      The the DET DT 3 det
      combined combine VERB VBN 3 amod
      company company NOUN NN 4 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 4 punct` }, { rows: `
      The the DET DT 2 det
      firm firm NOUN NN 3 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['firm -> Acme'],
  },
  {
    name: 'the given name after a description the recogniser took into a name gives the gender',
    specs: [{ rows: `
      singer singer NOUN NN 3 compound
      Jane jane PROPN NNP 3 compound
      Roe roe PROPN NNP 4 nsubj
      met meet VERB VBD 0 root
      Tom tom PROPN NNP 6 compound
      Hart hart PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['singer Jane Roe', 'Person'], ['Tom Hart', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Tom Hart'],
  },
  {
    name: '"the Norwegian" and "the 28-year-old" as subjects are the person named as the subject just before; a woman is no Welshman',
    specs: [{ rows: `
      Ola ola PROPN NNP 2 flat
      Berg berg PROPN NNP 3 nsubj
      beat beat VERB VBD 0 root
      Zeta zeta PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Ola Berg', 'Person'], ['Zeta', 'Company']] }, { rows: `
      The the DET DT 2 det
      Norwegian norwegian PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Norwegian', 'Country', 'Norway']] }, { rows: `
      The the DET DT 6 det
      28 28 NUM CD 4 nummod
      ~- - PUNCT HYPH 4 punct
      ~year year NOUN NN 6 compound
      ~- - PUNCT HYPH 6 punct
      ~old old ADJ JJ 7 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 7 punct` }, { rows: `
      Jane jane PROPN NNP 2 flat
      Roe roe PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Jane Roe', 'Person']] }, { rows: `
      The the DET DT 2 det
      Welshman welshman NOUN NN 3 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['Norwegian -> Ola Berg', 'old -> Ola Berg'],
  },
  {
    name: '"the Swede" that the recogniser took for a name of its own kind is the person just named as subject',
    specs: [{ rows: `
      Ola ola PROPN NNP 2 flat
      Berg berg PROPN NNP 3 nsubj
      beat beat VERB VBD 0 root
      Zeta zeta PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Ola Berg', 'Person'], ['Zeta', 'Company']] }, { rows: `
      The the DET DT 2 det
      Swede swede PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Swede', 'Misc']] }],
    expect: ['Swede -> Ola Berg'],
  },
  {
    name: 'two people of one surname with other given names are two referents: "she" after "Ann Cole, the mother of Beth Cole" is Ann',
    specs: [{ rows: `
      Ann ann PROPN NNP 2 flat
      Cole cole PROPN NNP 10 nsubj
      , , PUNCT , 5 punct
      the the DET DT 5 det
      mother mother NOUN NN 2 appos
      of of ADP IN 8 case
      Beth beth PROPN NNP 8 flat
      Cole cole PROPN NNP 5 nmod
      , , PUNCT , 5 punct
      addressed address VERB VBD 0 root
      the the DET DT 12 det
      court court NOUN NN 10 obj
      . . PUNCT . 10 punct`, mentions: [['Ann Cole', 'Person'], ['Beth Cole', 'Person']] }, { rows: `
      She she PRON PRP 2 nsubj
      looked look VERB VBD 0 root
      at at ADP IN 5 case
      the the DET DT 5 det
      jury jury NOUN NN 2 obl
      . . PUNCT . 2 punct` }],
    expect: ['She -> Ann Cole'],
  },
  {
    name: 'brothers of one surname: "he" is the one named as subject, "him" the other, not one referent for both',
    specs: [{ rows: `
      Tom tom PROPN NNP 2 flat
      Hart hart PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Paul paul PROPN NNP 5 flat
      Hart hart PROPN NNP 3 obj
      , , PUNCT , 8 punct
      his he PRON PRP$ 8 nmod:poss
      brother brother NOUN NN 5 appos
      . . PUNCT . 3 punct`, mentions: [['Tom Hart', 'Person'], ['Paul Hart', 'Person']] }, pronounClause('He', 'thanked', 'thank', 'him')],
    expect: ['his -> Tom Hart', 'He -> Tom Hart', 'him -> Paul Hart'],
  },
  {
    name: 'an initial and the given name it stands for are one person ("J. Reyes" after "John Reyes"): "he" is not the other man',
    specs: [{ rows: `
      John john PROPN NNP 2 flat
      Reyes reyes PROPN NNP 3 nsubj
      hired hire VERB VBD 0 root
      Ed ed PROPN NNP 5 flat
      Lund lund PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['John Reyes', 'Person'], ['Ed Lund', 'Person']] }, { rows: `
      Lund lund PROPN NNP 2 nsubj
      thanked thank VERB VBD 0 root
      J. j. PROPN NNP 4 flat
      Reyes reyes PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Lund', 'Person'], ['J. Reyes', 'Person']] }, pronounClause('He', 'praised', 'praise', 'him')],
    expect: ['He -> Lund', 'him -> J. Reyes'],
  },
  {
    name: 'a name inside a clause that modifies a noun ("the film starring Tom Reyes") weighs less than the agent of the main clause',
    specs: [{ rows: `
      The the DET DT 2 det
      film film NOUN NN 7 nsubj:pass
      starring star VERB VBG 2 acl
      Tom tom PROPN NNP 5 flat
      Reyes reyes PROPN NNP 3 obj
      was be AUX VBD 7 aux:pass
      remade remake VERB VBN 0 root
      by by ADP IN 10 case
      Paul paul PROPN NNP 10 flat
      Hart hart PROPN NNP 7 obl:agent
      . . PUNCT . 7 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] }, { rows: `
      He he PRON PRP 3 nsubj
      is be AUX VBZ 3 aux
      working work VERB VBG 0 root
      with with ADP IN 6 case
      Ed ed PROPN NNP 6 flat
      Lund lund PROPN NNP 3 obl
      . . PUNCT . 3 punct`, mentions: [['Ed Lund', 'Person']] }],
    expect: ['He -> Paul Hart'],
  },
];

describe('resolveAnaphors', () => {
  for (const c of cases) it(c.name, () => expect(resolved(c.specs)).toEqual(c.expect));
});

describe('relations on resolved pronouns', () => {
  it('a relation on "she" names the woman, with the pronoun as written', () => {
    const specs: SentenceSpec[] = [founded, { rows: `
      She she PRON PRP 2 nsubj
      joined join VERB VBD 0 root
      Kestrel kestrel PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kestrel', 'Company']] }];
    const found = dependencyRelations(analysisOf(specs));
    expect(found.map(show)).toContain('Sarah Okafor | join | Kestrel | + |  | fact');
    const c = found.find((x) => x.predicate === 'join')!;
    expect(c.subject.kind === 'entity' && c.subject.text).toBe('She');
    expect(c.subject.kind === 'entity' && c.subject.antecedent?.start).toBe(0);
  });
});

// Constraints on antecedents: gender from a name's registers, clauses, controlled verbs, kinds of body, quotations.
const reyesMetHart: SentenceSpec = { rows: `
  Tom tom PROPN NNP 2 flat
  Reyes reyes PROPN NNP 3 nsubj
  met meet VERB VBD 0 root
  Paul paul PROPN NNP 5 flat
  Hart hart PROPN NNP 3 obj
  . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] };

const constraintCases: Array<{ name: string; specs: SentenceSpec[]; expect: string[] }> = [
  {
    name: 'a given name only the birth registers know gives the gender: "She" and "him" keep Gwyneth and Rhys apart',
    specs: [{ rows: `
      Rhys rhys PROPN NNP 2 flat
      Evans evans PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Gwyneth gwyneth PROPN NNP 5 flat
      Price price PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Rhys Evans', 'Person'], ['Gwyneth Price', 'Person']] }, pronounClause('She', 'thanked', 'thank', 'him')],
    expect: ['She -> Gwyneth Price', 'him -> Rhys Evans'],
  },
  {
    name: 'with no one else in reach, a pronoun takes a name whose given name a register gives the other gender',
    specs: [{ rows: `
      Gwyneth gwyneth PROPN NNP 2 flat
      Price price PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Gwyneth Price', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Gwyneth Price'],
  },
  {
    name: 'a later "Mr" overrules the gender a register gave the given name',
    specs: [{ rows: `
      Gwyneth gwyneth PROPN NNP 2 flat
      Price price PROPN NNP 3 nsubj
      spoke speak VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Gwyneth Price', 'Person']] }, { rows: `
      Mr mr PROPN NNP 2 compound
      Price price PROPN NNP 3 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Price', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Price'],
  },
  {
    name: 'a name used for both genders takes the one of a pronoun that clearly stands for it, so "He ... her" are not swapped',
    specs: [{ rows: `
      Marion marion PROPN NNP 2 flat
      Jones jones PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Marion Jones', 'Person']] }, { rows: `
      She she PRON PRP 2 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 2 punct` }, { rows: `
      Jones jones PROPN NNP 2 nsubj
      praised praise VERB VBD 0 root
      Sam sam PROPN NNP 4 flat
      Hill hill PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Jones', 'Person'], ['Sam Hill', 'Person']] }, pronounClause('He', 'thanked', 'thank', 'her')],
    expect: ['She -> Marion Jones', 'He -> Sam Hill', 'her -> Jones'],
  },
  {
    name: 'the subject of an adverbial clause weighs less than the main clause\'s: "he" continues the main subject',
    specs: [{ rows: `
      After after SCONJ IN 4 mark
      Tom tom PROPN NNP 3 flat
      Reyes reyes PROPN NNP 4 nsubj
      spoke speak VERB VBD 8 advcl
      , , PUNCT , 4 punct
      Paul paul PROPN NNP 7 flat
      Hart hart PROPN NNP 8 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 8 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'a subject pronoun is none of the names later in its own clause ("He fined Reyes")',
    specs: [reyesMetHart, { rows: `
      He he PRON PRP 2 nsubj
      fined fine VERB VBD 0 root
      Reyes reyes PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'a subject pronoun is none of the names in a clause its verb governs ("he stays while Reyes coaches")',
    specs: [reyesMetHart, { rows: `
      He he PRON PRP 2 nsubj
      stays stay VERB VBZ 0 root
      while while SCONJ IN 5 mark
      Reyes reyes PROPN NNP 5 nsubj
      coaches coach VERB VBZ 2 advcl
      . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'so is a name in a clause under an adverb of its verb ("he stays as long as Reyes coaches")',
    specs: [reyesMetHart, { rows: `
      He he PRON PRP 2 nsubj
      stays stay VERB VBZ 0 root
      as as ADV RB 4 advmod
      long long ADV RB 2 advmod
      as as SCONJ IN 7 mark
      Reyes reyes PROPN NNP 7 nsubj
      coaches coach VERB VBZ 4 advcl
      . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'an acronym is the body named in full with its initials, and "the company" is no union by either name',
    specs: [{ rows: `
      The the DET DT 5 det
      National national PROPN NNP 5 compound
      Union union PROPN NNP 6 nsubj
      of of ADP IN 5 case
      Miners miners PROPN NNPS 3 nmod
      protested protest VERB VBD 0 root
      . . PUNCT . 6 punct`, mentions: [['National Union of Miners', 'Organization']] }, { rows: `
      NUM num PROPN NNP 4 compound
      official official NOUN NN 4 compound
      Ann ann PROPN NNP 4 flat
      Bell bell PROPN NNP 5 nsubj
      said say VERB VBD 0 root
      the the DET DT 7 det
      company company NOUN NN 8 nsubj
      lied lie VERB VBD 5 ccomp
      . . PUNCT . 5 punct`, mentions: [['NUM', 'Organization'], ['Ann Bell', 'Person']] }],
    expect: [],
  },
  {
    name: 'an acronym with a plural ending ("CSOs") is no "it"',
    specs: [{ rows: `
      CSOs cso PROPN NNPS 2 nsubj
      joined join VERB VBD 0 root
      Brightwave brightwave PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['CSOs', 'Organization'], ['Brightwave', 'Company']] }, { rows: `
      It it PRON PRP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['It -> Brightwave'],
  },
  {
    name: '"it" after a description of a body no name was found for is that body: no antecedent',
    specs: [{ rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }, { rows: `
      Critics critic NOUN NNS 5 nsubj
      of of ADP IN 4 case
      the the DET DT 4 det
      government government NOUN NN 1 nmod
      say say VERB VBP 0 root
      it it PRON PRP 7 nsubj
      failed fail VERB VBD 5 ccomp
      . . PUNCT . 5 punct` }],
    expect: [],
  },
  {
    name: 'a description with a restrictive clause of its own ("the group that ...") is read as written',
    specs: [{ rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }, { rows: `
      Rules rule NOUN NNS 2 nsubj
      protect protect VERB VBP 0 root
      the the DET DT 4 det
      group group NOUN NN 2 obj
      that that PRON WDT 7 obj
      firms firm NOUN NNS 7 nsubj
      ignore ignore VERB VBP 4 acl:relcl
      . . PUNCT . 2 punct` }],
    expect: [],
  },
  {
    name: 'a description the object of a verb its subject controls is not that subject ("Brightwave decided to sell the firm")',
    specs: [{ rows: `
      Kestrel kestrel PROPN NNP 2 nsubj
      struggled struggle VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Kestrel', 'Company']] }, { rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      decided decide VERB VBD 0 root
      to to PART TO 4 mark
      sell sell VERB VB 2 xcomp
      the the DET DT 6 det
      firm firm NOUN NN 4 obj
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }],
    expect: ['firm -> Kestrel'],
  },
  {
    name: '"the company" is no court, whatever type the recogniser gave the court',
    specs: [{ rows: `
      The the DET DT 3 det
      Appeals appeals PROPN NNP 3 compound
      Court court PROPN NNP 4 nsubj
      fined fine VERB VBD 0 root
      Brightwave brightwave PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Appeals Court', 'Organization'], ['Brightwave', 'Company']] }, { rows: `
      The the DET DT 2 det
      company company NOUN NN 3 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['company -> Brightwave'],
  },
];

describe('resolveAnaphors: constraints on antecedents', () => {
  for (const c of constraintCases) it(c.name, () => expect(resolved(c.specs)).toEqual(c.expect));
});

// Tom Reyes praised Paul Hart.  (two men, one the speaker of the quotations after it)
const spoke: SentenceSpec = { rows: `
  Tom tom PROPN NNP 2 flat
  Reyes reyes PROPN NNP 3 nsubj
  praised praise VERB VBD 0 root
  Paul paul PROPN NNP 5 flat
  Hart hart PROPN NNP 3 obj
  . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] };

describe('resolveAnaphors: quotations', () => {
  it.each([
    {
      name: 'a "he" in the words of the man who says them is the other man',
      quote: { rows: `
        Reyes reyes PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        : : PUNCT : 2 punct
        " " PUNCT \`\` 6 punct
        He he PRON PRP 6 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 6 advmod
        . . PUNCT . 2 punct
        " " PUNCT '' 2 punct`, mentions: [['Reyes', 'Person']] } as SentenceSpec,
      expect: ['He -> Paul Hart'],
    },
    {
      name: 'outside the quotation the speaker may be "he"',
      quote: { rows: `
        Reyes reyes PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        he he PRON PRP 4 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 4 advmod
        . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] } as SentenceSpec,
      expect: ['he -> Reyes'],
    },
    {
      name: 'a speaker named by the given name alone is the man named in full with it',
      quote: { rows: `
        Paul paul PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        : : PUNCT : 2 punct
        " " PUNCT \`\` 6 punct
        He he PRON PRP 6 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 6 advmod
        . . PUNCT . 2 punct
        " " PUNCT '' 2 punct`, mentions: [['Paul', 'Person']] } as SentenceSpec,
      expect: ['He -> Tom Reyes'],
    },
    {
      name: 'a "He" in the words of a man quoted with a participle of saying ("Hart thanked fans, saying:") is the other man',
      quote: { rows: `
        Hart hart PROPN NNP 2 nsubj
        thanked thank VERB VBD 0 root
        fans fan NOUN NNS 2 obj
        , , PUNCT , 5 punct
        saying say VERB VBG 2 advcl
        : : PUNCT : 5 punct
        " " PUNCT \`\` 9 punct
        He he PRON PRP 9 nsubj
        works work VERB VBZ 5 ccomp
        hard hard ADV RB 9 advmod
        . . PUNCT . 2 punct
        " " PUNCT '' 2 punct`, mentions: [['Hart', 'Person']] } as SentenceSpec,
      expect: ['He -> Tom Reyes'],
    },
    {
      name: 'a speaker "he" after the quotation is none of the people his own words name',
      quote: { rows: `
        " " PUNCT \`\` 3 punct
        He he PRON PRP 3 nsubj
        admires admire VERB VBZ 8 ccomp
        Reyes reyes PROPN NNP 3 obj
        , , PUNCT , 3 punct
        " " PUNCT '' 3 punct
        he he PRON PRP 8 nsubj
        said say VERB VBD 0 root
        . . PUNCT . 8 punct`, mentions: [['Reyes', 'Person', 'Tom Reyes']] } as SentenceSpec,
      expect: ['he -> Paul Hart'],
    },
  ])('$name', ({ quote, expect: want }) => expect(resolved([spoke, quote])).toEqual(want));
});

describe('resolveAnaphors: a pronoun outside a quotation is none of the people the quotation names', () => {
  // '" Reyes lied , " <rest>' (rest: rows numbered on from 6, the root at 8)
  const reyesLied = (rest: string): SentenceSpec => ({ rows: `
    " " PUNCT \`\` 3 punct
    Reyes reyes PROPN NNP 3 nsubj
    lied lie VERB VBD 8 ccomp
    , , PUNCT , 3 punct
    " " PUNCT '' 3 punct${rest}`, mentions: [['Reyes', 'Person']] });
  it.each([
    {
      name: 'an object "him" after the quotation',
      quote: reyesLied(`
        a a DET DT 7 det
        rival rival NOUN NN 8 nsubj
        told tell VERB VBD 0 root
        him he PRON PRP 8 obj
        . . PUNCT . 8 punct`),
      expect: ['him -> Paul Hart'],
    },
    {
      name: 'a possessive "his" after the quotation',
      quote: reyesLied(`
        his he PRON PRP$ 7 nmod:poss
        rival rival NOUN NN 8 nsubj
        said say VERB VBD 0 root
        . . PUNCT . 8 punct`),
      expect: ['his -> Paul Hart'],
    },
    {
      name: 'a speaker "he" after the quotation is not one named in full before with a name the quotation gives shorter',
      quote: { rows: `
        " " PUNCT \`\` 3 punct
        I I PRON PRP 3 nsubj
        admire admire VERB VBP 9 ccomp
        Ann ann PROPN NNP 5 compound
        Reyes reyes PROPN NNP 3 obj
        , , PUNCT , 3 punct
        " " PUNCT '' 3 punct
        he he PRON PRP 9 nsubj
        said say VERB VBD 0 root
        . . PUNCT . 9 punct`, mentions: [['Ann Reyes', 'Person']] } as SentenceSpec,
      expect: ['he -> Paul Hart'],
    },
    {
      name: 'a "him" before the quotation may still be one it names later',
      quote: { rows: `
        Fans fan NOUN NNS 2 nsubj
        cheered cheer VERB VBD 0 root
        him he PRON PRP 2 obj
        : : PUNCT : 2 punct
        " " PUNCT \`\` 7 punct
        Reyes reyes PROPN NNP 7 nsubj
        wins win VERB VBZ 2 parataxis
        " " PUNCT '' 2 punct
        . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] } as SentenceSpec,
      expect: ['him -> Tom Reyes'],
    },
  ])('$name', ({ quote, expect: want }) => expect(resolved([spoke, quote])).toEqual(want));
});

describe('resolveAnaphors: a person described by a common noun competes for "he"', () => {
  // "A <noun> called the police ." then "He was worried ." after "Tom Reyes praised Paul Hart ."
  const called = (noun: string): SentenceSpec => ({ rows: `
    A a DET DT 2 det
    ${noun} ${noun} NOUN NN 3 nsubj
    called call VERB VBD 0 root
    the the DET DT 5 det
    police police NOUN NNS 3 obj
    . . PUNCT . 3 punct` });
  const worried: SentenceSpec = { rows: `
    He he PRON PRP 3 nsubj
    was be AUX VBD 3 cop
    worried worried ADJ JJ 0 root
    . . PUNCT . 3 punct` };
  it.each([
    { name: 'a friend, the subject just before, leaves "He" unresolved', noun: 'friend', expect: [] },
    { name: 'a neighbour too', noun: 'neighbour', expect: [] },
    { name: 'a gunman too', noun: 'gunman', expect: [] },
    { name: 'not a thing: "He" is the man named before', noun: 'car', expect: ['He -> Tom Reyes'] },
  ])('$name', ({ noun, expect: want }) => expect(resolved([spoke, called(noun), worried])).toEqual(want));
});

describe('resolveAnaphors: quotations over several sentences and pronoun speakers', () => {
  // Reyes said: "Hart works hard.   (the quotation left open)
  const opens: SentenceSpec = { rows: `
    Reyes reyes PROPN NNP 2 nsubj
    said say VERB VBD 0 root
    : : PUNCT : 2 punct
    " " PUNCT \`\` 6 punct
    Hart hart PROPN NNP 6 nsubj
    works work VERB VBZ 2 ccomp
    hard hard ADV RB 6 advmod
    . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person'], ['Hart', 'Person']] };
  // When he trains he wins.   (no mark of its own)
  const inside: SentenceSpec = { rows: `
    When when ADV WRB 3 advmod
    he he PRON PRP 3 nsubj
    trains train VERB VBZ 5 advcl
    he he PRON PRP 5 nsubj
    wins win VERB VBZ 0 root
    . . PUNCT . 5 punct` };
  // He never stops," Reyes said.
  const closes: SentenceSpec = { rows: `
    He he PRON PRP 3 nsubj
    never never ADV RB 3 advmod
    stops stop VERB VBZ 0 root
    , , PUNCT , 3 punct
    " " PUNCT '' 3 punct
    Reyes reyes PROPN NNP 7 nsubj
    said say VERB VBD 3 parataxis
    . . PUNCT . 3 punct`, mentions: [['Reyes', 'Person']] };
  // "He never stops," he said.
  const heSaid: SentenceSpec = { rows: `
    " " PUNCT \`\` 4 punct
    He he PRON PRP 4 nsubj
    never never ADV RB 4 advmod
    stops stop VERB VBZ 0 root
    , , PUNCT , 4 punct
    " " PUNCT '' 4 punct
    he he PRON PRP 8 nsubj
    said say VERB VBD 4 parataxis
    . . PUNCT . 4 punct` };
  // Reyes said: "Hart works hard."
  const closed: SentenceSpec = { ...opens, rows: `${opens.rows}
    " " PUNCT '' 2 punct` };
  // He wins."   (the quotation closed, its speaker not named again)
  const closedLate: SentenceSpec = { rows: `
    He he PRON PRP 2 nsubj
    wins win VERB VBZ 0 root
    . . PUNCT . 2 punct
    " " PUNCT '' 2 punct` };
  // He smiled.
  const smiled: SentenceSpec = { rows: `
    He he PRON PRP 2 nsubj
    smiled smile VERB VBD 0 root
    . . PUNCT . 2 punct` };
  it.each([
    { name: 'a sentence without marks inside a quotation left open is the speaker\'s words', specs: [spoke, opens, inside],
      expect: ['he -> Hart', 'he -> Hart'] },
    { name: 'the quotation runs on to the sentence that closes it, whose speaker is the same man', specs: [spoke, opens, inside, closes],
      expect: ['he -> Hart', 'he -> Hart', 'He -> Hart'] },
    { name: 'a closed quotation does not run on: the next "he" may be the speaker', specs: [spoke, closed, smiled],
      expect: ['He -> Reyes'] },
    { name: 'a speaker "he" is resolved first, and the "he" in his words is someone else', specs: [spoke, heSaid],
      expect: ['he -> Tom Reyes', 'He -> Paul Hart'] },
    { name: 'a speaker "he" right after a quotation goes on with its speaker, not the man named in it', specs: [spoke, closed, heSaid],
      expect: ['he -> Reyes', 'He -> Hart'] },
    { name: 'the man whose words run on over sentences stays in reach for the "he" after them', specs: [spoke, opens, inside, inside, inside, closedLate, smiled],
      expect: ['he -> Hart', 'he -> Hart', 'he -> Hart', 'he -> Hart', 'he -> Hart', 'he -> Hart', 'He -> Hart', 'He -> Reyes'] },
  ])('$name', ({ specs, expect: want }) => expect(resolved(specs)).toEqual(want));
});

describe('restrictedDescription: a description restricted by a clause of its own introduces a new referent', () => {
  // Unions blamed the company ... : the token "company" is asked.
  it.each([
    { name: 'a relative clause right after it', spec: COMPANY_CLAUSES.relative, want: true },
    { name: 'a participle right after it', spec: COMPANY_CLAUSES.participle, want: true },
    { name: 'not: a relative clause set off by a comma adds to a known referent', spec: COMPANY_CLAUSES.setOff, want: false },
    { name: 'not: a participle set off by a dash', spec: blamed(`
      - - PUNCT : 6 punct
      owned own VERB VBN 4 acl
      by by ADP IN 8 case
      banks bank NOUN NNS 6 obl
      . . PUNCT . 2 punct`), want: false },
    { name: 'not: a gerund with a preposition of its own is a complement ("accused the company of cutting")', spec: blamed(`
      of of SCONJ IN 6 mark
      cutting cut VERB VBG 4 acl
      jobs job NOUN NNS 6 obj
      . . PUNCT . 2 punct`), want: false },
    { name: 'not: a bare description', spec: COMPANY_CLAUSES.bare, want: false },
    { name: 'not: the sentence\'s verb the parse hung as a participle under a root noun', spec: { rows: `
      The the DET DT 2 det
      company company NOUN NN 0 root
      collapsed collapse VERB VBN 2 acl
      in in ADP IN 5 case
      2002 2002 NUM CD 3 obl
      . . PUNCT . 2 punct` }, want: false },
  ])('$name', ({ spec, want }) => {
    const v = viewsOf(analysisOf([spec]))[0]!;
    expect(restrictedDescription(v, v.tokens.findIndex((t) => t.text === 'company'))).toBe(want);
  });
});

describe('resolveAnaphors: the descriptions it declines, and why', () => {
  // "<subject> sold the <modifier> <head> <rest>" after "Brightwave struggled."
  const struggled: SentenceSpec = { rows: `
    Brightwave brightwave PROPN NNP 2 nsubj
    struggled struggle VERB VBD 0 root
    . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] };
  const declined = (specs: SentenceSpec[]): string[] => {
    const views = viewsOf(analysisOf(specs));
    return [...resolveAnaphors(views).declined].map(([at, why]) => {
      const [s, i] = at.split(':').map(Number) as [number, number];
      return `${views[s]!.tokens[i]!.text}: ${why}`;
    });
  };
  it.each<{ name: string; specs: SentenceSpec[]; expect: string[] }>([
    { name: 'a relative clause of its own', specs: [struggled, COMPANY_CLAUSES.relative], expect: ['company: restricted'] },
    { name: 'a participle of its own', specs: [struggled, COMPANY_CLAUSES.participle], expect: ['company: restricted'] },
    { name: 'not: a clause set off by a comma', specs: [struggled, COMPANY_CLAUSES.setOff], expect: [] },
    { name: 'not: a bare description', specs: [struggled, COMPANY_CLAUSES.bare], expect: [] },
    { name: 'a phrase of its own', specs: [struggled, blamed(`
        of of ADP IN 6 case
        lawyers lawyer NOUN NNS 4 nmod
        . . PUNCT . 2 punct`)], expect: ['company: phrase'] },
    { name: 'a modifier setting it apart', specs: [struggled, { rows: `
        Unions union NOUN NNS 2 nsubj
        blamed blame VERB VBD 0 root
        the the DET DT 5 det
        rival rival ADJ JJ 5 amod
        company company NOUN NN 2 obj
        . . PUNCT . 2 punct` }], expect: ['company: other'] },
    { name: 'the only one it could name an argument of its own verb', specs: [{ rows: `
        Brightwave brightwave PROPN NNP 2 nsubj
        sold sell VERB VBD 0 root
        the the DET DT 4 det
        firm firm NOUN NN 2 obj
        . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }], expect: ['firm: co-argument'] },
    { name: 'the same with the name in apposition to the subject ("The buyer Brightwave sold the firm", the name hung on "buyer")', specs: [{ rows: `
        The the DET DT 2 det
        buyer buyer NOUN NN 4 nsubj
        Brightwave brightwave PROPN NNP 2 appos
        sold sell VERB VBD 0 root
        the the DET DT 6 det
        firm firm NOUN NN 4 obj
        . . PUNCT . 4 punct`, mentions: [['Brightwave', 'Company']] }], expect: ['firm: co-argument'] },
    { name: 'not: the name inside the description itself ("Lane praised the Brightwave firm")', specs: [{ rows: `
        Lane lane PROPN NNP 2 nsubj
        praised praise VERB VBD 0 root
        the the DET DT 5 det
        Brightwave brightwave PROPN NNP 5 compound
        firm firm NOUN NN 2 obj
        . . PUNCT . 2 punct`, mentions: [['Lane', 'Person'], ['Brightwave', 'Company']] }], expect: [] },
    { name: "a person's description with a clause of its own", specs: [{ rows: `
        Unions union NOUN NNS 2 nsubj
        blamed blame VERB VBD 0 root
        the the DET DT 4 det
        minister minister NOUN NN 2 obj
        who who PRON WP 6 nsubj
        resigned resign VERB VBD 4 acl:relcl
        . . PUNCT . 2 punct` }], expect: ['minister: restricted'] },
  ])('$name', ({ specs, expect: want }) => expect(declined(specs)).toEqual(want));

  it('"the country" between two countries as salient as each other: declined as a rival', () => {
    const views = viewsOf(analysisOf([{ rows: `
      Ardania ardania PROPN NNP 2 nsubj
      accused accuse VERB VBD 0 root
      Belmor belmor PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Ardania', 'Country'], ['Belmor', 'Country']] }, { rows: `
      The the DET DT 2 det
      country country NOUN NN 3 nsubj
      denied deny VERB VBD 0 root
      . . PUNCT . 3 punct` }]));
    expect([...resolveAnaphors(views).declined.values()]).toEqual(['rival']);
  });
});

describe('resolveAnaphors: "the country", "the party" between two of a kind', () => {
  // "A accused B ." then "The <head> denied the report ."
  const accused = (a: string, b: string, type: 'Country' | 'PoliticalParty' | 'Company' | 'Organization'): SentenceSpec => ({ rows: `
    ${a} ${a.toLowerCase()} PROPN NNP 2 nsubj
    accused accuse VERB VBD 0 root
    ${b} ${b.toLowerCase()} PROPN NNP 2 obj
    . . PUNCT . 2 punct`, mentions: [[a, type], [b, type]] });
  const alone = (a: string, type: 'Country' | 'PoliticalParty'): SentenceSpec => ({ rows: `
    ${a} ${a.toLowerCase()} PROPN NNP 2 nsubj
    accused accuse VERB VBD 0 root
    the the DET DT 4 det
    envoy envoy NOUN NN 2 obj
    . . PUNCT . 2 punct`, mentions: [[a, type]] });
  const denied = (head: string): SentenceSpec => ({ rows: `
    The the DET DT 2 det
    ${head} ${head} NOUN NN 3 nsubj
    denied deny VERB VBD 0 root
    the the DET DT 5 det
    report report NOUN NN 3 obj
    . . PUNCT . 3 punct` });
  it.each([
    { name: 'two countries as salient as each other: "the country" is left unresolved', specs: [accused('Ardania', 'Belmor', 'Country'), denied('country')], expect: [] },
    { name: 'two parties as salient as each other: "the party" is left unresolved', specs: [accused('Greens', 'Liberals', 'PoliticalParty'), denied('party')], expect: [] },
    { name: 'one country named before: "the country" is it', specs: [alone('Ardania', 'Country'), denied('country')], expect: ['country -> Ardania'] },
    { name: 'one party named before: "the party" is it', specs: [alone('Greens', 'PoliticalParty'), denied('party')], expect: ['party -> Greens'] },
    { name: 'two companies: "the company" is still the subject named just before', specs: [accused('Brightline', 'Zenvo', 'Company'), denied('company')], expect: ['company -> Brightline'] },
    { name: 'two bodies: "the organisation" (which may name a party too) is still the subject named just before',
      specs: [accused('Oxaid', 'Medcor', 'Organization'), denied('organisation')], expect: ['organisation -> Oxaid'] },
  ])('$name', ({ specs, expect: want }) => expect(resolved(specs)).toEqual(want));
});

// A description of an office naming the one just reported speaking, and offices of sport and of boards (sentences written
// for the test).
describe('resolveAnaphors: an office that goes on speaking', () => {
  // "Ian Moss failed, Tom Reyes said.": two people, both subjects; Tom Reyes is the one named speaking
  const reported: SentenceSpec = { rows: `
      Ian ian PROPN NNP 2 flat
      Moss moss PROPN NNP 3 nsubj
      failed fail VERB VBD 0 root
      , , PUNCT , 7 punct
      Tom tom PROPN NNP 6 flat
      Reyes reyes PROPN NNP 7 nsubj
      said say VERB VBD 3 parataxis
      . . PUNCT . 3 punct`, mentions: [['Ian Moss', 'Person'], ['Tom Reyes', 'Person']] };
  // `"It was wrong," the party leader said.` / `The party leader left.`
  const leaderSaid: SentenceSpec = { rows: `
      " " PUNCT \`\` 4 punct
      It it PRON PRP 4 nsubj
      was be AUX VBD 4 cop
      wrong wrong ADJ JJ 0 root
      , , PUNCT , 4 punct
      " " PUNCT '' 4 punct
      the the DET DT 9 det
      party party NOUN NN 9 compound
      leader leader NOUN NN 10 nsubj
      said say VERB VBD 4 parataxis
      . . PUNCT . 4 punct` };
  const leaderLeft: SentenceSpec = { rows: `
      The the DET DT 3 det
      party party NOUN NN 3 compound
      leader leader NOUN NN 4 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 4 punct` };
  const sentOff: SentenceSpec = { rows: `
      Tom tom PROPN NNP 2 flat
      Reyes reyes PROPN NNP 5 nsubj:pass
      was be AUX VBD 5 aux:pass
      later later ADV RB 5 advmod
      sent send VERB VBN 0 root
      off off ADP RP 5 compound:prt
      . . PUNCT . 5 punct`, mentions: [['Tom Reyes', 'Person']] };
  const theOne = (office: string): SentenceSpec => ({ rows: `
      The the DET DT 2 det
      ${office} ${office} NOUN NN 3 nsubj
      apologised apologise VERB VBD 0 root
      . . PUNCT . 3 punct` });
  it.each([
    { name: '"the party leader said" after "..., Tom Reyes said": the one named speaking', specs: [reported, leaderSaid], want: ['leader -> Tom Reyes'] },
    { name: '"the party leader left" after "..., Tom Reyes said": no verb of saying, no choice between the two', specs: [reported, leaderLeft], want: [] },
    { name: '"the defender" after "Tom Reyes was sent off": a player named by his position', specs: [sentOff, theOne('defender')], want: ['defender -> Tom Reyes'] },
    { name: '"the co-chairman" after "Tom Reyes was sent off": an office of a board', specs: [sentOff, theOne('co-chairman')], want: ['co-chairman -> Tom Reyes'] },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});
