// Products named by a code (products.ts): a model's code of capitals and digits, or a number of three digits at least after
// its maker's name, is a product (Misc) with a product's cue: a product noun after it, "the" before a code no body's name
// has the shape of, or the maker's name right before it. Not a measure ("160GB"), a format or body's shape alone ("MP3",
// "G8"), a code modifying a common noun ("the P2P networks"), a score or an amount after a name. Hand-tagged sentences
// written for the test (no trained model involved); the recogniser's spans are given per case.
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../src/analyze/analysis.js';
import { handMentions, type HandSpans } from './hand-tagged.js';

interface Case {
  text: string;
  spans?: HandSpans;
  expected: Array<[string, string]>;
}

const T: Record<string, Upos> = {
  the: 'DET', a: 'DET', an: 'DET', its: 'PRON', was: 'AUX', by: 'ADP', for: 'ADP', of: 'ADP', released: 'VERB', ordered: 'VERB',
  beat: 'VERB', paid: 'VERB', sold: 'VERB', and: 'CCONJ', titled: 'VERB', with: 'ADP',
};

function run({ text, spans = [] }: Case) {
  return handMentions(text, T, spans);
}

const cases: Case[] = [
  // a code after "the", and a code before a product noun
  { text: 'it was titled the Q740X by Tarvo.', spans: [['Tarvo', 1, 'ORG']], expected: [['Q740X', 'Misc'], ['Tarvo', 'Organization']] },
  { text: 'the KR-B2200 phone was sold.', expected: [['KR-B2200', 'Misc']] },
  // a number after its maker's name: the maker and model are one product's name
  { text: 'Zelda ordered 70 Avion 515-300 planes.', spans: [['Zelda', 1, 'ORG'], ['Avion', 1, 'ORG']], expected: [['Zelda', 'Organization'], ['Avion 515-300', 'Misc']] },
  // the recogniser's maker-and-model span, read as a body's: the product
  { text: 'the Tarvo Skylift 600 was sold.', spans: [['Tarvo', 3, 'ORG']], expected: [['Tarvo Skylift 600', 'Misc']] },
  // a score, an amount, a measure, a code modifying a noun, a body's shape: no product
  { text: 'Zelda beat Orvel 3-1.', spans: [['Zelda', 1, 'ORG'], ['Orvel', 1, 'ORG']], expected: [['Zelda', 'Organization'], ['Orvel', 'Organization']] },
  { text: 'a 160GB version was sold.', expected: [] },
  { text: 'the P2P networks sold it.', expected: [] },
  { text: 'the MP3 player was sold.', expected: [] },
];

describe('products named by a code', () => {
  for (const c of cases) it(c.text, () => expect(run(c)).toEqual(c.expected));
});
