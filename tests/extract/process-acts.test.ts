// Tests of the legal, office and selection acts told of the one acted on: a passive ("was charged with"), a reduced
// relative ("players included in"), a verdict ("pleaded not guilty to", "was found guilty of"), a role after a verb of
// naming ("was named Zenta manager"), and a named "by" agent; negation kept, gerunds and infinitives told apart.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; spec: SentenceSpec; want: string[]; not?: string[] }> = [
  {
    name: 'a passive with its preposition, the patient as subject',
    spec: { rows: `
      Ana Ana PROPN NNP 4 nsubj:pass
      Reis Reis PROPN NNP 1 flat
      was be AUX VBD 4 aux:pass
      charged charge VERB VBN 0 root
      with with ADP IN 6 case
      fraud fraud NOUN NN 4 obl
      . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person']] },
    want: ['Ana Reis | chargedWith | fraud | + |  | fact'],
  },
  {
    name: 'a denied passive',
    spec: { rows: `
      Ana Ana PROPN NNP 5 nsubj:pass
      Reis Reis PROPN NNP 1 flat
      was be AUX VBD 5 aux:pass
      not not PART RB 5 advmod
      charged charge VERB VBN 0 root
      with with ADP IN 7 case
      fraud fraud NOUN NN 5 obl
      . . PUNCT . 5 punct`, mentions: [['Ana Reis', 'Person']] },
    want: ['Ana Reis | chargedWith | fraud | - |  | claim'],
  },
  {
    name: 'a plea of not guilty, asserted, with "not" in the relation',
    spec: { rows: `
      Tom Tom PROPN NNP 3 nsubj
      Hale Hale PROPN NNP 1 flat
      pleaded plead VERB VBD 0 root
      not not PART RB 5 advmod
      guilty guilty ADJ JJ 3 xcomp
      to to ADP IN 7 case
      murder murder NOUN NN 5 obl
      . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person']] },
    want: ['Tom Hale | pleadNotGuiltyTo | murder | + |  | fact'],
  },
  {
    name: 'a verdict the parser read as an object noun',
    spec: { rows: `
      Ivo Ivo PROPN NNP 4 nsubj:pass
      Brask Brask PROPN NNP 1 flat
      was be AUX VBD 4 aux:pass
      found find VERB VBN 0 root
      guilty guilty NOUN NN 4 obj
      of of ADP IN 7 case
      theft theft NOUN NN 5 nmod
      . . PUNCT . 4 punct`, mentions: [['Ivo Brask', 'Person']] },
    want: ['Ivo Brask | foundGuiltyOf | theft | + |  | fact'],
  },
  {
    name: 'a gerund the tagger read as a noun: the clause as written',
    spec: { rows: `
      Lee Lee PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      charged charge VERB VBN 0 root
      with with SCONJ IN 5 mark
      stealing stealing NOUN NN 3 advcl
      the the DET DT 7 det
      car car NOUN NN 5 obj
      . . PUNCT . 3 punct`, mentions: [['Lee', 'Person']] },
    want: ['Lee | chargedWith | stealing the car | + |  | fact'],
  },
  {
    name: 'each of the phrases joined by "and"',
    spec: { rows: `
      Lee Lee PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      charged charge VERB VBN 0 root
      with with ADP IN 5 case
      murder murder NOUN NN 3 obl
      and and CCONJ CC 7 cc
      robbery robbery NOUN NN 5 conj
      . . PUNCT . 3 punct`, mentions: [['Lee', 'Person']] },
    want: ['Lee | chargedWith | murder | + |  | fact', 'Lee | chargedWith | robbery | + |  | fact'],
  },
  {
    name: 'a description between dashes read as the subject: the name before it',
    spec: { rows: `
      Ana Ana PROPN NNP 6 dep
      Reis Reis PROPN NNP 1 flat
      - - PUNCT HYPH 6 punct
      Zenta Zenta PROPN NNP 6 nmod:poss
      's 's PART POS 4 case
      captain captain NOUN NN 9 nsubj:pass
      - - PUNCT HYPH 6 punct
      was be AUX VBD 9 aux:pass
      named name VERB VBN 0 root
      best best ADJ JJS 11 amod
      player player NOUN NN 9 xcomp
      . . PUNCT . 9 punct`, mentions: [['Ana Reis', 'Person'], ['Zenta', 'Organization']] },
    want: ['Ana Reis | named | best player | + |  | fact'],
  },
  {
    name: 'a description between dashes with no determiner and an inner hyphen: the name before it',
    spec: { rows: `
      Ana Ana PROPN NNP 9 dep
      Reis Reis PROPN NNP 1 flat
      - - PUNCT HYPH 9 punct
      Zenta Zenta PROPN NNP 9 nmod:poss
      ~'s 's PART POS 4 case
      long long ADJ JJ 9 amod
      ~- - PUNCT HYPH 8 punct
      ~serving serve ADJ JJ 9 amod
      captain captain NOUN NN 12 nsubj:pass
      - - PUNCT HYPH 9 punct
      was be AUX VBD 12 aux:pass
      named name VERB VBN 0 root
      best best ADJ JJS 14 amod
      player player NOUN NN 12 xcomp
      . . PUNCT . 12 punct`, mentions: [['Ana Reis', 'Person'], ['Zenta', 'Organization']] },
    want: ['Ana Reis | named | best player | + |  | fact'],
  },
  {
    name: 'a reduced relative on a group the subject is one of',
    spec: { rows: `
      Ivo Ivo PROPN NNP 4 nsubj
      Brask Brask PROPN NNP 1 flat
      is be AUX VBZ 4 cop
      one one NUM CD 0 root
      of of ADP IN 7 case
      four four NUM CD 7 nummod
      players player NOUN NNS 4 nmod
      included include VERB VBN 7 acl
      in in ADP IN 11 case
      the the DET DT 11 det
      squad squad NOUN NN 8 obl
      . . PUNCT . 4 punct`, mentions: [['Ivo Brask', 'Person']] },
    want: ['Ivo Brask | includedIn | squad | + |  | fact'],
  },
  {
    name: 'a role after a verb of naming, with the name it is a role of',
    spec: { rows: `
      Ana Ana PROPN NNP 4 nsubj:pass
      Reis Reis PROPN NNP 1 flat
      was be AUX VBD 4 aux:pass
      named name VERB VBN 0 root
      Zenta Zenta PROPN NNP 6 compound
      manager manager NOUN NN 4 xcomp
      . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person'], ['Zenta', 'Organization']] },
    want: ['Ana Reis | namedManagerOf | Zenta | + |  | fact'],
  },
  {
    name: 'a role after "as" that the parser left as a bare phrase',
    spec: { rows: `
      Ivo Ivo PROPN NNP 5 nsubj:pass
      Brask Brask PROPN NNP 1 flat
      has have AUX VBZ 5 aux
      been be AUX VBN 5 aux:pass
      sacked sack VERB VBN 0 root
      as as ADP IN 8 case
      Zenta Zenta PROPN NNP 8 compound
      coach coach NOUN NN 5 obl
      . . PUNCT . 5 punct`, mentions: [['Ivo Brask', 'Person'], ['Zenta', 'Organization']] },
    want: ['Ivo Brask | sackedCoachOf | Zenta | + |  | fact'],
  },
  {
    name: 'a named agent of an adverbial passive, whose subject is the clause\'s',
    spec: { rows: `
      Lee Lee PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      furious furious ADJ JJ 0 root
      after after SCONJ IN 6 mark
      being be AUX VBG 6 aux:pass
      fined fine VERB VBN 3 advcl
      by by ADP IN 10 case
      the the DET DT 10 det
      Vexa Vexa PROPN NNP 10 compound
      Federation Federation PROPN NNP 6 obl:agent
      . . PUNCT . 3 punct`, mentions: [['Lee', 'Person'], ['Vexa Federation', 'Organization']] },
    want: ['Vexa Federation | fine | Lee | + |  | fact'],
  },
  {
    name: 'an active verb in the past: its phrase after the people it acts on is theirs',
    spec: { rows: `
      Police police NOUN NNS 2 nsubj
      charged charge VERB VBD 0 root
      two two NUM CD 4 nummod
      men man NOUN NNS 2 obj
      with with ADP IN 6 case
      murder murder NOUN NN 4 nmod
      . . PUNCT . 2 punct` },
    want: ['two men | chargedWith | murder | + |  | fact'],
  },
  {
    name: 'an active verb of naming: the role the acting organisation\'s "their" gives',
    spec: { rows: `
      Zenta Zenta PROPN NNP 2 nsubj
      appointed appoint VERB VBD 0 root
      Ana Ana PROPN NNP 2 obj
      Reis Reis PROPN NNP 3 flat
      as as ADP IN 8 case
      their their PRON PRP$ 8 nmod:poss
      new new ADJ JJ 8 amod
      manager manager NOUN NN 2 obl
      . . PUNCT . 2 punct`, mentions: [['Zenta', 'Organization'], ['Ana Reis', 'Person']] },
    want: ['Ana Reis | appointedManagerOf | Zenta | + |  | fact'],
  },
  {
    // the repair (datelinesOffClauses) makes the phrase after the dateline the subject
    name: 'no dateline as the one acted on: the phrase after its dash',
    spec: { rows: `
      LIMA Lima PROPN NNP 5 nsubj
      — — PUNCT : 1 punct
      A a DET DT 4 det
      driver driver NOUN NN 1 appos
      pleaded plead VERB VBD 0 root
      not not PART RB 7 advmod
      guilty guilty ADJ JJ 5 xcomp
      to to ADP IN 9 case
      theft theft NOUN NN 7 obl
      . . PUNCT . 5 punct`, mentions: [['LIMA', 'City']] },
    want: ['driver | pleadNotGuiltyTo | theft | + |  | fact'],
    not: ['LIMA | pleadNotGuiltyTo | theft | + |  | fact'],
  },
  {
    name: 'no act of the class on a thing in the active',
    spec: { rows: `
      The the DET DT 2 det
      firm firm NOUN NN 3 nsubj
      dropped drop VERB VBD 0 root
      its its PRON PRP$ 5 nmod:poss
      plans plan NOUN NNS 3 obj
      for for ADP IN 8 case
      a a DET DT 8 det
      merger merger NOUN NN 5 nmod
      . . PUNCT . 3 punct` },
    want: [],
  },
  {
    name: 'no act in a gerund or before an infinitive',
    spec: { rows: `
      Lee Lee PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      selected select VERB VBN 0 root
      to to PART TO 5 mark
      fight fight VERB VB 3 xcomp
      the the DET DT 7 det
      seat seat NOUN NN 5 obj
      and and CCONJ CC 10 cc
      is be AUX VBZ 10 aux
      charging charge VERB VBG 3 conj
      for for ADP IN 12 case
      entry entry NOUN NN 10 obl
      . . PUNCT . 3 punct`, mentions: [['Lee', 'Person']] },
    want: [],
    not: ['Lee | selectedTo | seat | + |  | fact', 'Lee | chargingFor | entry | + |  | fact'],
  },
];

describe('events: legal, office and selection acts told of the one acted on', () => {
  for (const c of cases) {
    const got = events(analysisOf([c.spec])).map(show);
    if (process.env.SHOW) console.log(c.name, got);
    it(c.name, () => {
      for (const w of c.want) expect(got).toContain(w);
      for (const w of c.not ?? []) expect(got).not.toContain(w);
      if (!c.want.length) expect(got.filter((g) => !/\| (date|locatedIn) \|/.test(g))).toEqual([]);
    });
  }
});
