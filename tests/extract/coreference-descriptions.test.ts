// Table-driven tests of what coreference makes of descriptions, surnames, lists of people and possessives (qcoref13), on
// hand-parsed sentences written for the tests (invented names).
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { withMembers } from '../../src/extract/plural-members.js';
import { analysisOf, resolvedAnaphors as resolved, show, type SentenceSpec } from './fixtures.js';

interface Case { name: string; specs: SentenceSpec[]; want: string[] }

const ninaWon: SentenceSpec = { rows: `
  Nina nina PROPN NNP 2 flat
  Roe roe PROPN NNP 3 nsubj
  won win VERB VBD 0 root
  . . PUNCT . 3 punct`, mentions: [['Nina Roe', 'Person']] };
const annSecond: SentenceSpec = { rows: `
  Ann ann PROPN NNP 2 flat
  Lutz lutz PROPN NNP 3 nsubj
  finished finish VERB VBD 0 root
  second second ADV RB 3 advmod
  . . PUNCT . 3 punct`, mentions: [['Ann Lutz', 'Person']] };
const annReplied: SentenceSpec = { rows: `
  Ann ann PROPN NNP 2 flat
  Lutz lutz PROPN NNP 3 nsubj
  replied reply VERB VBD 0 root
  . . PUNCT . 3 punct`, mentions: [['Ann Lutz', 'Person']] };
const rained: SentenceSpec = { rows: `
  It it PRON PRP 2 nsubj
  rained rain VERB VBD 0 root
  . . PUNCT . 2 punct` };
/** "The <office> warned." */
const theOneWarned = (office: string): SentenceSpec => ({ rows: `
  The the DET DT 2 det
  ${office} ${office} NOUN NN 3 nsubj
  warned warn VERB VBD 0 root
  . . PUNCT . 3 punct` });

describe('a surname written alone where the recogniser saw no name', () => {
  it.each<Case>([
    {
      name: '"Roe said she ..." (the tagger read "Roe" as a plural noun): Nina Roe, and so is "she"',
      specs: [ninaWon, annSecond, { rows: `
        Roe roe NOUN NNS 2 nsubj
        said say VERB VBD 0 root
        she she PRON PRP 4 nsubj
        tired tire VERB VBD 2 ccomp
        . . PUNCT . 2 punct` }],
      want: ['Roe -> Nina Roe', 'she -> Nina Roe'],
    },
    {
      name: 'a capitalised word that is no one\'s surname stays a word',
      specs: [ninaWon, { rows: `
        Rivers river NOUN NNS 2 nsubj
        flooded flood VERB VBD 0 root
        . . PUNCT . 2 punct` }],
      want: [],
    },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('a title or occupation given to one person, and the description of it later', () => {
  const haleApposed: SentenceSpec = { rows: `
    Tom tom PROPN NNP 2 flat
    Hale hale PROPN NNP 8 nsubj
    , , PUNCT , 4 punct
    chancellor chancellor NOUN NN 2 appos
    of of ADP IN 7 case
    the the DET DT 7 det
    exchequer exchequer NOUN NN 4 nmod
    spoke speak VERB VBD 0 root
    . . PUNCT . 8 punct`, mentions: [['Tom Hale', 'Person']] };
  /** "<occupation> <given> <surname> bid." */
  const occupied = (occupation: string, given: string, surname: string): SentenceSpec => ({ rows: `
    ${occupation} ${occupation} NOUN NN 3 compound
    ${given} ${given.toLowerCase()} PROPN NNP 3 flat
    ${surname} ${surname.toLowerCase()} PROPN NNP 4 nsubj
    bid bid VERB VBD 0 root
    . . PUNCT . 4 punct`, mentions: [[`${given} ${surname}`, 'Person']] });
  it.each<Case>([
    {
      name: '"Tom Hale, chancellor of the exchequer, ..." then "the chancellor": the one named with the office, not the last subject',
      specs: [haleApposed, annReplied, theOneWarned('chancellor')],
      want: ['chancellor -> Tom Hale'],
    },
    {
      name: '"tycoon Tom Hale" then, five sentences on, "the tycoon", another person named between',
      specs: [occupied('tycoon', 'Tom', 'Hale'), rained, rained, rained, annReplied, theOneWarned('tycoon')],
      want: ['tycoon -> Tom Hale'],
    },
    {
      name: '"manager Tom Hale bid." then "the boss": a boss is the manager (qcoref14)',
      specs: [occupied('manager', 'Tom', 'Hale'), theOneWarned('boss')],
      want: ['boss -> Tom Hale'],
    },
    {
      name: '"Tom Hale bid." then "In his speech, the chancellor warned": his before the office does not stop it going on from the subject before (qcoref14)',
      specs: [{ rows: `
        Tom tom PROPN NNP 2 flat
        Hale hale PROPN NNP 3 nsubj
        bid bid VERB VBD 0 root
        . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person']] }, { rows: `
        In in ADP IN 3 case
        his he PRON PRP$ 3 nmod:poss
        speech speech NOUN NN 7 obl
        , , PUNCT , 3 punct
        the the DET DT 6 det
        chancellor chancellor NOUN NN 7 nsubj
        warned warn VERB VBD 0 root
        . . PUNCT . 7 punct` }],
      want: ['his -> Tom Hale', 'chancellor -> Tom Hale'],
    },
    {
      name: '"Ivo Tan failed, Tom Hale has said." then "..., the leader asked": a question reported by the office names who spoke before (qcoref14)',
      specs: [{ rows: `
        Ivo ivo PROPN NNP 2 flat
        Tan tan PROPN NNP 3 nsubj
        failed fail VERB VBD 0 root
        , , PUNCT , 8 punct
        Tom tom PROPN NNP 6 flat
        Hale hale PROPN NNP 8 nsubj
        has have AUX VBZ 8 aux
        said say VERB VBN 3 parataxis
        . . PUNCT . 3 punct`, mentions: [['Ivo Tan', 'Person'], ['Tom Hale', 'Person']] }, { rows: `
        Why why ADV WRB 2 advmod
        wait wait VERB VB 0 root
        , , PUNCT , 6 punct
        the the DET DT 5 det
        leader leader NOUN NN 6 nsubj
        asked ask VERB VBD 2 parataxis
        . . PUNCT . 2 punct` }],
      want: ['leader -> Tom Hale'],
    },
    {
      name: 'two singers named long before: "the singer" is neither',
      specs: [occupied('singer', 'Tom', 'Hale'), occupied('singer', 'Ann', 'Lutz'), rained, rained, rained, rained, theOneWarned('singer')],
      want: [],
    },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('an age description', () => {
  const retiredHale: SentenceSpec = { rows: `
    The the DET DT 2 det
    season season NOUN NN 3 nsubj
    ended end VERB VBD 0 root
    well well ADV RB 3 advmod
    for for ADP IN 7 case
    Tom tom PROPN NNP 7 flat
    Hale hale PROPN NNP 3 obl
    , , PUNCT , 10 punct
    who who PRON WP 10 nsubj
    retired retire VERB VBD 7 acl:relcl
    . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person']] };
  const oldLeaves: SentenceSpec = { rows: `
    The the DET DT 6 det
    35 35 NUM CD 4 nummod
    ~- - PUNCT HYPH 4 punct
    ~year year NOUN NN 6 obl:unmarked
    ~- - PUNCT HYPH 4 punct
    ~old old ADJ JJ 7 nsubj
    quits quit VERB VBZ 0 root
    the the DET DT 9 det
    game game NOUN NN 7 obj
    . . PUNCT . 7 punct` };
  it.each<Case>([
    { name: 'the one person the sentence before named, though not as its subject', specs: [retiredHale, oldLeaves], want: ['old -> Tom Hale'] },
    { name: 'two people in the sentence before, the subject not standing out: no one', specs: [{ ...retiredHale, rows: `
        Tom tom PROPN NNP 2 flat
        Hale hale PROPN NNP 3 nsubj
        thanked thank VERB VBD 0 root
        Ann ann PROPN NNP 5 flat
        Lutz lutz PROPN NNP 3 obj
        . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person'], ['Ann Lutz', 'Person']] }, oldLeaves], want: [] },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('descriptions that name no one named before', () => {
  it.each<Case>([
    {
      name: '"Zed Bank, the investment bank, advised Acme": the description is the name beside it',
      specs: [{ rows: `
        Acme acme PROPN NNP 2 nsubj
        grew grow VERB VBD 0 root
        . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] }, { rows: `
        Zed zed PROPN NNP 7 nsubj
        Bank bank PROPN NNP 1 flat
        , , PUNCT , 6 punct
        the the DET DT 6 det
        investment investment NOUN NN 6 compound
        bank bank NOUN NN 1 appos
        advised advise VERB VBD 0 root
        Acme acme PROPN NNP 7 obj
        . . PUNCT . 7 punct`, mentions: [['Acme', 'Company']] }],
      want: [],
    },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('people named together, and possessives', () => {
  const acmePraised: SentenceSpec = { rows: `
    Acme acme PROPN NNP 2 nsubj
    praised praise VERB VBD 0 root
    the the DET DT 4 det
    plan plan NOUN NN 2 obj
    . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] };
  it.each<Case>([
    {
      name: '"Ann Lutz, 41, and Tom Hale, 39, opened their shop": "their" is the two of them, not the company before',
      specs: [acmePraised, { rows: `
        Ann ann PROPN NNP 2 flat
        Lutz lutz PROPN NNP 2 nsubj
        , , PUNCT , 4 punct
        41 41 NUM CD 2 conj
        , , PUNCT , 9 punct
        and and CCONJ CC 9 cc
        Tom tom PROPN NNP 9 flat
        Hale hale PROPN NNP 2 conj
        , , PUNCT , 10 punct
        39 39 NUM CD 9 amod
        , , PUNCT , 12 punct
        opened open VERB VBD 0 root
        their they PRON PRP$ 14 nmod:poss
        shop shop NOUN NN 12 obj
        . . PUNCT . 12 punct`, mentions: [['Ann Lutz', 'Person'], ['Tom Hale', 'Person']] }],
      want: [],
    },
    {
      name: '"the pair should hand back their medals": bound by the pair, not the company',
      specs: [acmePraised, { rows: `
        The the DET DT 2 det
        pair pair NOUN NN 5 nsubj
        should should AUX MD 5 aux
        hand hand VERB VB 5 aux
        back back ADP RP 4 compound:prt
        their they PRON PRP$ 7 nmod:poss
        medals medal NOUN NNS 4 obj
        . . PUNCT . 4 punct` }],
      want: [],
    },
    {
      name: '"Bryn Lutz came off his line": the subject binds "his" over a register\'s "female" for Bryn',
      specs: [{ rows: `
        Dale dale PROPN NNP 2 flat
        Sorrel sorrel PROPN NNP 3 nsubj
        shot shoot VERB VBD 0 root
        . . PUNCT . 3 punct`, mentions: [['Dale Sorrel', 'Person']] }, { rows: `
        Bryn bryn PROPN NNP 2 flat
        Lutz lutz PROPN NNP 3 nsubj
        came come VERB VBD 0 root
        off off ADP IN 6 case
        his he PRON PRP$ 6 nmod:poss
        line line NOUN NN 3 obl
        . . PUNCT . 3 punct`, mentions: [['Bryn Lutz', 'Person']] }],
      want: ['his -> Bryn Lutz'],
    },
    {
      name: '"Ray Reed, known by his peers as ...": a participle\'s possessive is the noun it modifies',
      specs: [{ rows: `
        Tom tom PROPN NNP 2 flat
        Hale hale PROPN NNP 3 nsubj
        met meet VERB VBD 0 root
        Ray ray PROPN NNP 5 flat
        Reed reed PROPN NNP 3 obj
        , , PUNCT , 7 punct
        known know VERB VBN 5 acl
        by by ADP IN 10 case
        his he PRON PRP$ 10 nmod:poss
        peers peer NOUN NNS 7 obl
        . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person'], ['Ray Reed', 'Person']] }],
      want: ['his -> Ray Reed'],
    },
    {
      name: '"Ann Lutz put the defeat behind her": after a preposition of place a pronoun may be the subject',
      specs: [{ rows: `
        Ann ann PROPN NNP 2 flat
        Lutz lutz PROPN NNP 3 nsubj
        put put VERB VBD 0 root
        the the DET DT 5 det
        defeat defeat NOUN NN 3 obj
        behind behind ADP IN 7 case
        her she PRON PRP 3 obl
        . . PUNCT . 3 punct`, mentions: [['Ann Lutz', 'Person']] }],
      want: ['her -> Ann Lutz'],
    },
    {
      name: '"the Queen gave the estate to her nephew": an office with no name before keeps "her" from the woman named before',
      specs: [annReplied, { rows: `
        The the DET DT 2 det
        Queen queen NOUN NN 3 nsubj
        gave give VERB VBD 0 root
        the the DET DT 5 det
        estate estate NOUN NN 3 obj
        to to ADP IN 8 case
        her she PRON PRP$ 8 nmod:poss
        nephew nephew NOUN NN 3 obl
        . . PUNCT . 3 punct` }],
      want: [],
    },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('a plural description of the people just listed', () => {
  const listed: SentenceSpec = { rows: `
    Ann ann PROPN NNP 2 flat
    Lutz lutz PROPN NNP 6 nsubj
    and and CCONJ CC 5 cc
    Tom tom PROPN NNP 5 flat
    Hale hale PROPN NNP 2 conj
    won win VERB VBD 0 root
    . . PUNCT . 6 punct`, mentions: [['Ann Lutz', 'Person'], ['Tom Hale', 'Person']] };
  const pairThanked = (det: string, noun: string, tag: string, extra = ''): SentenceSpec => ({ rows: `
    ${det} ${det.toLowerCase()} DET DT ${extra ? 3 : 2} det${extra ? `\n    ${extra} ${extra} NUM CD 3 nummod` : ''}
    ${noun} ${noun.replace(/men$/, 'man')} NOUN ${tag} ${extra ? 4 : 3} nsubj
    thanked thank VERB VBD 0 root
    Zedco zedco PROPN NNP ${extra ? 4 : 3} obj
    . . PUNCT . ${extra ? 4 : 3} punct`, mentions: [['Zedco', 'Company']] });
  // "Ann Lutz, Tom Hale, Ivo Tan and Eva Roe won. The quartet thanked Zedco."
  const four: SentenceSpec = { rows: `
    Ann ann PROPN NNP 2 flat
    Lutz lutz PROPN NNP 12 nsubj
    , , PUNCT , 5 punct
    Tom tom PROPN NNP 5 flat
    Hale hale PROPN NNP 2 conj
    , , PUNCT , 8 punct
    Ivo ivo PROPN NNP 8 flat
    Tan tan PROPN NNP 2 conj
    and and CCONJ CC 11 cc
    Eva eva PROPN NNP 11 flat
    Roe roe PROPN NNP 2 conj
    won win VERB VBD 0 root
    . . PUNCT . 12 punct`, mentions: [['Ann Lutz', 'Person'], ['Tom Hale', 'Person'], ['Ivo Tan', 'Person'], ['Eva Roe', 'Person']] };
  // "They thanked Zedco." (or with a word before it: "Then They thanked Zedco.")
  const theyThanked = (words: string): SentenceSpec => {
    const w = words.split(' ');
    const first = w.length > 1 ? `    ${w[0]} ${w[0]!.toLowerCase()} ADV RB 3 advmod\n` : '';
    const o = w.length - 1;
    return { rows: `${first}
    ${w[o]} they PRON PRP ${o + 2} nsubj
    thanked thank VERB VBD 0 root
    Zedco zedco PROPN NNP ${o + 2} obj
    . . PUNCT . ${o + 2} punct`, mentions: [['Zedco', 'Company']] };
  };
  it.each([
    { name: '"the pair" after a list of two: both', specs: [listed, pairThanked('The', 'pair', 'NN')], want: ['Ann Lutz | thank | Zedco', 'Tom Hale | thank | Zedco'] },
    { name: '"the two men" after a list of two: both', specs: [listed, pairThanked('The', 'men', 'NNS', 'two')], want: ['Ann Lutz | thank | Zedco', 'Tom Hale | thank | Zedco'] },
    { name: '"the trio" after a list of two: no one', specs: [listed, pairThanked('The', 'trio', 'NN')], want: ['trio | thank | Zedco'] },
    { name: '"they" after a list of two, no body named: both', specs: [listed, theyThanked('They')], want: ['Ann Lutz | thank | Zedco', 'Tom Hale | thank | Zedco'] },
    { name: '"They" with a capital inside a sentence is a title\'s word, not the list', specs: [listed, theyThanked('Then They')], want: [] },
    // (COLLECTIVE_PERSON_NOUNS with their counts: SET_NOUNS merged into it by qcoref14)
    { name: '"the quartet" after a list of four: all four', specs: [four, pairThanked('The', 'quartet', 'NN')], want: ['Ann Lutz | thank | Zedco', 'Eva Roe | thank | Zedco', 'Ivo Tan | thank | Zedco', 'Tom Hale | thank | Zedco'] },
    { name: '"the family" says no number: as written', specs: [four, pairThanked('The', 'family', 'NN')], want: ['family | thank | Zedco'] },
  ])('$name', ({ specs, want }) => {
    const analysis = analysisOf(specs);
    const rows = withMembers(analysis, dependencyRelations(analysis)).filter((c) => c.sentence === 1).map((c) => show(c).split(' | ').slice(0, 3).join(' | '));
    expect(rows.sort()).toEqual(want);
  });
});

describe('a general word for an office, a subject by pronoun, and a predicate', () => {
  const strikerHale: SentenceSpec = { rows: `
    striker striker NOUN NN 3 compound
    Tom tom PROPN NNP 3 flat
    Hale hale PROPN NNP 4 nsubj
    left leave VERB VBD 0 root
    . . PUNCT . 4 punct`, mentions: [['Tom Hale', 'Person']] };
  const heScored: SentenceSpec = { rows: `
    He he PRON PRP 2 nsubj
    scored score VERB VBD 0 root
    . . PUNCT . 2 punct` };
  const heDived: SentenceSpec = { rows: heScored.rows.replace('scored score', 'dived dive') };
  const haleScoredTwice: SentenceSpec = { rows: `
    Tom tom PROPN NNP 2 flat
    Hale hale PROPN NNP 3 nsubj
    scored score VERB VBD 0 root
    twice twice ADV RB 3 advmod
    . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person']] };
  const haleDived: SentenceSpec = { rows: haleScoredTwice.rows.replace('scored score', 'dived dive').replace('twice twice ADV RB 3 advmod', 'early early ADV RB 3 advmod'), mentions: [['Tom Hale', 'Person']] };
  const haleRanAndNetted: SentenceSpec = { rows: `
    Tom tom PROPN NNP 2 flat
    Hale hale PROPN NNP 3 nsubj
    ran run VERB VBD 0 root
    on on ADP RP 3 compound:prt
    and and CCONJ CC 6 cc
    netted net VERB VBD 3 conj
    . . PUNCT . 3 punct`, mentions: [['Tom Hale', 'Person']] };
  it.each<Case>([
    { name: '"striker Tom Hale" then "the player": the one named striker', specs: [strikerHale, annReplied, theOneWarned('player')], want: ['player -> Tom Hale'] },
    {
      name: '"He dived. The keeper warned.": the subject of the sentence before by a pronoun goes on under the office',
      specs: [{ ...annReplied, rows: annReplied.rows.replace('Ann ann', 'Tom tom').replace('Lutz lutz', 'Hale hale'), mentions: [['Tom Hale', 'Person']] }, heDived, theOneWarned('keeper')],
      want: ['He -> Tom Hale', 'keeper -> Tom Hale'],
    },
    // the keeper is the one scored against, not the scorer of the sentence before, by name or by pronoun (fix14d)
    {
      name: '"He scored. The keeper warned.": the scorer is not the keeper',
      specs: [{ ...annReplied, rows: annReplied.rows.replace('Ann ann', 'Tom tom').replace('Lutz lutz', 'Hale hale'), mentions: [['Tom Hale', 'Person']] }, heScored, theOneWarned('keeper')],
      want: ['He -> Tom Hale'],
    },
    { name: '"Tom Hale scored twice. The goalkeeper warned.": no one', specs: [haleScoredTwice, theOneWarned('goalkeeper')], want: [] },
    { name: '"Tom Hale ran on and netted. The keeper warned.": no one', specs: [haleRanAndNetted, theOneWarned('keeper')], want: [] },
    { name: '"Tom Hale dived. The keeper warned.": Tom Hale', specs: [haleDived, theOneWarned('keeper')], want: ['keeper -> Tom Hale'] },
    // (a scorer is still "the striker": only the keeper is scored against)
    { name: '"Tom Hale scored twice. The striker warned.": Tom Hale', specs: [haleScoredTwice, theOneWarned('striker')], want: ['striker -> Tom Hale'] },
    {
      name: '"Tom Hale is the greatest star": a predicate names no one',
      specs: [strikerHale, { rows: `
        He he PRON PRP 5 nsubj
        is be AUX VBZ 5 cop
        the the DET DT 5 det
        greatest great ADJ JJS 5 amod
        star star NOUN NN 0 root
        . . PUNCT . 5 punct` }],
      want: ['He -> Tom Hale'],
    },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});

describe('a cleft\'s "it" (qcoref14)', () => {
  const acmeWon: SentenceSpec = { rows: `
    Acme acme PROPN NNP 2 nsubj
    won win VERB VBD 0 root
    . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] };
  // "It was the visitors who lost." / "It was the winner."
  const itWas = (focus: string, clause: boolean): SentenceSpec => ({ rows: `
    It it PRON PRP 4 nsubj
    was be AUX VBD 4 cop
    the the DET DT 4 det
    ${focus} ${focus} NOUN NN 0 root${clause ? `
    who who PRON WP 6 nsubj
    lost lose VERB VBD 4 acl:relcl` : ''}
    . . PUNCT . 4 punct` });
  it.each<Case>([
    { name: '"It was the visitors who lost": the cleft\'s "it" names no one', specs: [acmeWon, itWas('visitors', true)], want: [] },
    { name: '"It was the winner.": a plain copula\'s "it" is still read', specs: [acmeWon, itWas('winner', false)], want: ['It -> Acme'] },
  ])('$name', ({ specs, want }) => expect(resolved(specs)).toEqual(want));
});
