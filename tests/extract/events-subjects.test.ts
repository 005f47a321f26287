// Table-driven tests of the incident a count belongs to when the parse hangs a long subject elsewhere (the subject read
// from the words: the first finite verb after it, no clause between), and of the target of "an attack on <someone>'s life".
// Hand-parsed sentences written for the tests; the parses are the wrong ones a parser gave.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "A blast hit the port." — an incident before the sentences of each row
const blast: SentenceSpec = { rows: `
  A a DET DT 2 det
  blast blast NOUN NN 3 nsubj
  hit hit VERB VBD 0 root
  the the DET DT 5 det
  port port NOUN NN 3 obj
  . . PUNCT . 3 punct` };
// "In the capital, a car bomb outside an office responsible for issuing papers killed 12 people.", "killed" parsed as a
// clause of "papers"
const carBomb: SentenceSpec = { rows: `
  In in ADP IN 3 case
  the the DET DT 3 det
  capital capital NOUN NN 0 root
  , , PUNCT , 7 punct
  a a DET DT 7 det
  car car NOUN NN 7 compound
  bomb bomb NOUN NN 3 appos
  outside outside ADP IN 10 case
  an a DET DT 10 det
  office office NOUN NN 7 nmod
  responsible responsible ADJ JJ 10 amod
  for for SCONJ IN 13 mark
  issuing issue VERB VBG 11 advcl
  papers paper NOUN NNS 13 obj
  killed kill VERB VBD 14 acl
  12 12 NUM CD 17 nummod
  people people NOUN NNS 15 obj
  . . PUNCT . 3 punct` };
// "I heard explosions in the distance so I left." — "explosions" is an object, and "left" another subject's
const heard: SentenceSpec = { rows: `
  I I PRON PRP 2 nsubj
  heard hear VERB VBD 0 root
  explosions explosion NOUN NNS 2 obj
  in in ADP IN 6 case
  the the DET DT 6 det
  distance distance NOUN NN 3 nmod
  so so ADV RB 9 advmod
  I I PRON PRP 9 nsubj
  left leave VERB VBD 2 parataxis
  . . PUNCT . 2 punct` };

const keys = (specs: SentenceSpec[]): string[] => {
  const a = analysisOf(specs);
  return contextOf(a).book.mentions.map((m) => `${a.sentences[m.sentence]!.tokens[m.token]!.text}=${m.arg.key}`);
};

describe('a subject read from the words', () => {
  const table: Array<[string, SentenceSpec[], (got: string[], rows: string[]) => void]> = [
    ['a car bomb whose verb the parse hung elsewhere is an incident of its own, and the count is its', [blast, carBomb], (got, rows) => {
      expect(got).toEqual(['blast=attack-1', 'bomb=attack-2']);
      expect(rows.filter((r) => r.includes('| killed | 12'))).toEqual(['car bomb | killed | 12 | + |  | fact']);
    }],
    ['the object of "heard" is no subject of a verb of harm after it', [blast, heard], (got) => {
      expect(got.some((g) => g.startsWith('explosions=attack-2'))).toBe(false);
    }],
  ];
  for (const [name, specs, check] of table) {
    it(name, () => check(keys(specs), events(analysisOf(specs)).map(show)));
  }
});

describe('the target of an attack on a life', () => {
  // "Rebels made an attack on Kovac's life."
  const life: SentenceSpec = { rows: `
    Rebels rebel NOUN NNS 2 nsubj
    made make VERB VBD 0 root
    an a DET DT 4 det
    attack attack NOUN NN 2 obj
    on on ADP IN 8 case
    Kovac Kovac PROPN NNP 8 nmod:poss
    's 's PART POS 6 case
    life life NOUN NN 4 nmod
    . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] };
  it('is whose life it was', () => {
    const got = events(analysisOf([life])).map(show);
    expect(got).toContain('attack | target | Kovac | + |  | fact');
    expect(got.some((g) => g.includes('| target | life'))).toBe(false);
  });
});
