// Table-driven tests of match results stated by a noun ("secured a win over X", "X's victory over Y", "suffered a defeat
// to X"): the winner beat the loser. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { results } from '../../src/extract/results.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Norvia secured a 21-14 win over Tarvia."
const secured: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  secured secure VERB VBD 0 root
  a a DET DT 7 det
  21 21 NUM CD 7 compound
  ~- - SYM SYM 6 case
  ~14 14 NUM CD 4 nmod
  win win NOUN NN 2 obj
  over over ADP IN 9 case
  Tarvia Tarvia PROPN NNP 7 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Norvia's victory against Tarvia surprised fans."
const possessed: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nmod:poss
  's 's PART POS 1 case
  victory victory NOUN NN 7 nsubj
  against against ADP IN 5 case
  Tarvia Tarvia PROPN NNP 3 nmod
  surprised surprise VERB VBD 0 root
  fans fan NOUN NNS 6 obj
  . . PUNCT . 6 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Tarvia suffered a heavy defeat to Norvia."
const suffered: SentenceSpec = { rows: `
  Tarvia Tarvia PROPN NNP 2 nsubj
  suffered suffer VERB VBD 0 root
  a a DET DT 5 det
  heavy heavy ADJ JJ 5 amod
  defeat defeat NOUN NN 2 obj
  to to ADP IN 7 case
  Norvia Norvia PROPN NNP 5 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Norvia could secure a win over Tarvia." — a win that may come is no result
const could: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nsubj
  could could AUX MD 3 aux
  secure secure VERB VB 0 root
  a a DET DT 5 det
  win win NOUN NN 3 obj
  over over ADP IN 7 case
  Tarvia Tarvia PROPN NNP 5 nmod
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Norvia praised the win over Tarvia." — praising a win says nothing of who won it
const praised: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  praised praise VERB VBD 0 root
  the the DET DT 4 det
  win win NOUN NN 2 obj
  over over ADP IN 6 case
  Tarvia Tarvia PROPN NNP 4 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };

// "Norvia reached the final with a 6-1 win over Tarvia."
const withWin: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  reached reach VERB VBD 0 root
  the the DET DT 4 det
  final final NOUN NN 2 obj
  with with ADP IN 10 case
  a a DET DT 10 det
  6 6 NUM CD 10 nummod
  ~- - SYM SYM 9 case
  ~1 1 NUM CD 7 nmod
  win win NOUN NN 2 obl
  over over ADP IN 12 case
  Tarvia Tarvia PROPN NNP 10 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Fans hailed Norvia's victory over Tarvia." with "over Tarvia" hung on the verb
const hailed: SentenceSpec = { rows: `
  Fans fan NOUN NNS 2 nsubj
  hailed hail VERB VBD 0 root
  Norvia Norvia PROPN NNP 5 nmod:poss
  ~'s 's PART POS 3 case
  victory victory NOUN NN 2 obj
  over over ADP IN 7 case
  Tarvia Tarvia PROPN NNP 2 obl
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Norvia was knocked out after a win over Tarvia." — a passive's subject had no win
const knocked: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  knocked knock VERB VBN 0 root
  out out ADP RP 3 compound:prt
  after after ADP IN 7 case
  a a DET DT 7 det
  win win NOUN NN 3 obl
  over over ADP IN 9 case
  Tarvia Tarvia PROPN NNP 7 nmod
  . . PUNCT . 3 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Norvia took the title with a win over Tarvia." with the with-phrase hung on "title"
const onTitle: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  took take VERB VBD 0 root
  the the DET DT 4 det
  title title NOUN NN 2 obj
  with with ADP IN 7 case
  a a DET DT 7 det
  win win NOUN NN 4 nmod
  over over ADP IN 9 case
  Tarvia Tarvia PROPN NNP 7 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "Second seed Reis suffered a defeat by Tomas." with "seed" and "Reis" both subjects of the verb
const twoSubjects: SentenceSpec = { rows: `
  Second second ADJ JJ 2 amod
  seed seed NOUN NN 4 nsubj
  Reis Reis PROPN NNP 4 nsubj
  suffered suffer VERB VBD 0 root
  a a DET DT 6 det
  defeat defeat NOUN NN 4 obj
  by by ADP IN 8 case
  Tomas Tomas PROPN NNP 6 nmod
  . . PUNCT . 4 punct`, mentions: [['Reis', 'Person'], ['Tomas', 'Person']] };
// "Norvia coach Ana Reis admitted victory against Tarvia was vital." with "against Tarvia was vital" parsed as a clause
const admitted: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 compound
  coach coach NOUN NN 4 compound
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 5 nsubj
  admitted admit VERB VBD 0 root
  victory victory NOUN NN 5 obj
  against against ADP IN 11 mark
  Tarvia Tarvia PROPN NNP 11 nsubj
  was be AUX VBD 11 cop
  vital vital ADJ JJ 5 advcl
  . . PUNCT . 5 punct`, mentions: [['Norvia', 'Organization'], ['Ana Reis', 'Person'], ['Tarvia', 'Organization']] };
// "Norvia coach Ana Reis expects victory against Tarvia." — a win expected is none
const expects: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 compound
  coach coach NOUN NN 4 compound
  Ana Ana PROPN NNP 4 compound
  Reis Reis PROPN NNP 5 nsubj
  expects expect VERB VBZ 0 root
  victory victory NOUN NN 5 obj
  against against ADP IN 8 case
  Tarvia Tarvia PROPN NNP 6 nmod
  . . PUNCT . 5 punct`, mentions: [['Norvia', 'Organization'], ['Ana Reis', 'Person'], ['Tarvia', 'Organization']] };
// "Lane was hurt during Norvia's 2-1 win over Tarvia." with the score taken for the phrase's head and "win" hung apart
const during: SentenceSpec = { rows: `
  Lane Lane PROPN NNP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  hurt hurt VERB VBN 0 root
  during during ADP IN 7 case
  Norvia Norvia PROPN NNP 7 nmod:poss
  ~'s 's PART POS 5 case
  2 2 NUM CD 3 obl
  ~- - SYM SYM 9 case
  ~1 1 NUM CD 7 nmod
  win win NOUN NN 3 parataxis
  over over ADP IN 12 case
  Tarvia Tarvia PROPN NNP 10 nmod
  . . PUNCT . 3 punct`, mentions: [['Lane', 'Person'], ['Tarvia', 'Organization']] };

describe('match results stated by a noun', () => {
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['the subject of a verb of achieving a win over X beat X', secured, ['Norvia | beat | Tarvia | + |  | fact']],
    ['the possessor of a victory against X beat X', possessed, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a defeat to X suffered: X beat the subject', suffered, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a win in a with-phrase is the subject\'s, whatever the verb', withWin, ['Norvia | beat | Tarvia | + |  | fact']],
    ['an over-phrase the parse hung on the verb right after the noun is the noun\'s', hailed, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a with-phrase the parse hung on the verb\'s object is the verb\'s', onTitle, ['Norvia | beat | Tarvia | + |  | fact']],
    ['of two subjects the parse gave the verb, the named one suffered the defeat', twoSubjects, ['Tomas | beat | Reis | + |  | fact']],
    ['an unowned victory a club\'s coach speaks of is the club\'s; the name right after "against" is the loser', admitted, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a victory a coach expects is none', expects, []],
    ['the owner written with "\'s" before a score and the noun is the winner, whatever the parse (an unnamed proper noun too)', during, ['Norvia | beat | Tarvia | + |  | fact']],
    ['a passive subject had no win', knocked, []],
    ['a win that could come is no result', could, []],
    ['a win someone praised was not theirs', praised, []],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => expect(results(analysisOf([spec])).map(show)).toEqual(want));
  }
});
