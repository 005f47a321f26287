// Table-driven tests of the repair of match results parsed with the score heading the team's phrase ("beat Tarvia 21-14"
// with "Tarvia" hung on "21"): the team is what the verb acts on, the score no argument. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Norvia beat Tarvia 21-14 at Kelso." with the score as the object and the loser hung on it
const beat: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  beat beat VERB VBD 0 root
  Tarvia Tarvia PROPN NNP 4 nmod:unmarked
  21 21 NUM CD 2 obj
  ~- - SYM SYM 6 case
  ~14 14 NUM CD 4 nmod
  at at ADP IN 8 case
  Kelso Kelso PROPN NNP 2 obl
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country'], ['Kelso', 'City']] };
// "Norvia lost to Tarvia 30-9." with the to-phrase headed by the score
const lostTo: SentenceSpec = { rows: `
  Norvia Norvia PROPN NNP 2 nsubj
  lost lose VERB VBD 0 root
  to to ADP IN 5 case
  Tarvia Tarvia PROPN NNP 5 nmod:unmarked
  30 30 NUM CD 2 obl
  ~- - SYM SYM 7 case
  ~9 9 NUM CD 5 nmod
  . . PUNCT . 2 punct`, mentions: [['Norvia', 'Country'], ['Tarvia', 'Country']] };
// "The firm sold shares 10 - 12 days later." — numbers spaced apart are no score: nothing moves
const spaced: SentenceSpec = { rows: `
  The the DET DT 2 det
  firm firm NOUN NN 3 nsubj
  sold sell VERB VBD 0 root
  shares share NOUN NNS 5 compound
  10 10 NUM CD 3 obj
  - - SYM SYM 7 case
  12 12 NUM CD 5 nmod
  days day NOUN NNS 9 obl:npmod
  later later ADV RB 3 advmod
  . . PUNCT . 3 punct` };

// "Ana Reis won 7-5 on Sunday." — a score alone as the object
const won: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 3 nsubj
  Reis Reis PROPN NNP 1 flat
  won win VERB VBD 0 root
  7 7 NUM CD 3 obj
  ~- - SYM SYM 6 case
  ~5 5 NUM CD 4 nmod
  on on ADP IN 8 case
  Sunday Sunday PROPN NNP 3 obl
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person']] };

// "Ana Reis was hurt in Norvia's 21-14 win over Tarvia." with the possessor hung on the score
const possessedScore: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 4 nsubj:pass
  Reis Reis PROPN NNP 1 flat
  was be AUX VBD 4 aux:pass
  hurt hurt VERB VBN 0 root
  in in ADP IN 11 case
  Norvia Norvia PROPN NNP 8 nmod:poss
  ~'s 's PART POS 6 case
  21 21 NUM CD 11 compound
  ~- - SYM SYM 10 case
  ~14 14 NUM CD 8 nmod
  win win NOUN NN 4 obl
  over over ADP IN 13 case
  Tarvia Tarvia PROPN NNP 11 nmod
  . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person'], ['Norvia', 'Country'], ['Tarvia', 'Country']] };

describe('a team hung on the score after it', () => {
  const table: Array<[string, SentenceSpec, string[], string[]]> = [
    ['"beat X 21-14": X is beaten, the score is no object', beat, ['Norvia | beat | Tarvia | + |  | fact'], ['Norvia | beat | 21 | + |  | fact']],
    ['"lost to X 30-9": lost to X, not to the score', lostTo, ['Norvia | loseTo | Tarvia | + |  | fact'], ['Norvia | loseTo | 30 | + |  | fact']],
    ['"won 7-5": the score alone is no object either', won, [], ['Ana Reis | win | 7 | + |  | fact']],
    ['"Norvia\'s 21-14 win": the possessor is the win\'s, not the score\'s', possessedScore, ['Norvia | beat | Tarvia | + |  | fact'], []],
    ['numbers written apart are no score', spaced, [], ['firm | sell | shares | + |  | fact']],
  ];
  for (const [name, spec, present, absent] of table) {
    it(name, () => {
      const got = extract(analysisOf([spec]), { minConfidence: 0 }).map(show);
      for (const r of present) expect(got).toContain(r);
      for (const r of absent) expect(got).not.toContain(r);
    });
  }
});
