// Table-driven tests of a name after "<title>,": it holds the title only in apposition (closed by punctuation, or the
// title phrase opening the sentence), never as the subject of the clause after a fronted phrase that ends with the title
// ("After meeting the foreign minister, Ana Reis flew home"). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { offices } from './roles-offices.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Ardania's prime minister Tom Lee spoke." — names the article's country for titles given without one
const ardania: SentenceSpec = { rows: `
  Ardania Ardania PROPN NNP 4 nmod:poss
  ~'s 's PART POS 1 case
  prime prime ADJ JJ 4 amod
  minister minister NOUN NN 5 nmod:desc
  Tom Tom PROPN NNP 7 nsubj
  Lee Lee PROPN NNP 5 flat
  spoke speak VERB VBD 0 root
  . . PUNCT . 7 punct`, mentions: [['Ardania', 'Country'], ['Tom Lee', 'Person']] };

const table: Array<[string, SentenceSpec[], string, boolean]> = [
  ['a counterpart ending a fronted phrase is not the name after it', [{ rows: `
    Asked ask VERB VBD 0 root
    about about ADP IN 5 case
    his his PRON PRP$ 5 nmod:poss
    Ardanian Ardanian PROPN NNP 5 compound
    counterpart counterpart NOUN NN 1 obl
    , , PUNCT , 9 punct
    Tom Tom PROPN NNP 9 nsubj
    Berg Berg PROPN NNP 7 flat
    said say VERB VBD 1 parataxis
    nothing nothing PRON NN 9 obj
    . . PUNCT . 1 punct`, mentions: [['Ardanian', 'Country'], ['Tom Berg', 'Person']] }], 'Tom Berg | counterpartOf | Ardanian', false],
  ['a counterpart with its name closed by a comma is that name', [{ rows: `
    His his PRON PRP$ 3 nmod:poss
    Ardanian Ardanian PROPN NNP 3 compound
    counterpart counterpart NOUN NN 8 nsubj
    , , PUNCT , 5 punct
    Tom Tom PROPN NNP 3 appos
    Berg Berg PROPN NNP 5 flat
    , , PUNCT , 3 punct
    said say VERB VBD 0 root
    nothing nothing PRON NN 8 obj
    . . PUNCT . 8 punct`, mentions: [['Ardanian', 'Country'], ['Tom Berg', 'Person']] }], 'Tom Berg | counterpartOf | Ardanian', true],
  ['"After meeting the head of Acme, Ana Reis left": Ana Reis met the head', [{ rows: `
    After after SCONJ IN 2 mark
    meeting meet VERB VBG 10 advcl
    the the DET DT 4 det
    head head NOUN NN 2 obj
    of of ADP IN 6 case
    Acme Acme PROPN NNP 4 nmod
    , , PUNCT , 8 punct
    Ana Ana PROPN NNP 6 appos
    Reis Reis PROPN NNP 6 flat
    left leave VERB VBD 0 root
    . . PUNCT . 10 punct`, mentions: [['Acme', 'Company'], ['Ana Reis', 'Person']] }], 'Ana Reis | headOf | Acme', false],
  ['"The head of Acme, Ana Reis said": the title opens the sentence', [{ rows: `
    The the DET DT 2 det
    head head NOUN NN 8 nsubj
    of of ADP IN 4 case
    Acme Acme PROPN NNP 2 nmod
    , , PUNCT , 6 punct
    Ana Ana PROPN NNP 4 appos
    Reis Reis PROPN NNP 4 flat
    said say VERB VBD 0 root
    nothing nothing PRON NN 8 obj
    . . PUNCT . 8 punct`, mentions: [['Acme', 'Company'], ['Ana Reis', 'Person']] }], 'Ana Reis | headOf | Acme', true],
  ['"The new head of Acme, Ana Reis said": describing words before the title still open the sentence', [{ rows: `
    The the DET DT 3 det
    new new ADJ JJ 3 amod
    head head NOUN NN 9 nsubj
    of of ADP IN 5 case
    Acme Acme PROPN NNP 3 nmod
    , , PUNCT , 7 punct
    Ana Ana PROPN NNP 5 appos
    Reis Reis PROPN NNP 5 flat
    said say VERB VBD 0 root
    nothing nothing PRON NN 9 obj
    . . PUNCT . 9 punct`, mentions: [['Acme', 'Company'], ['Ana Reis', 'Person']] }], 'Ana Reis | headOf | Acme', true],
  ['a state office without its country ending a fronted phrase is not the name after it', [ardania, { rows: `
    After after SCONJ IN 2 mark
    meeting meet VERB VBG 9 advcl
    the the DET DT 5 det
    foreign foreign ADJ JJ 5 amod
    minister minister NOUN NN 2 obj
    , , PUNCT , 2 punct
    Ana Ana PROPN NNP 9 nsubj
    Reis Reis PROPN NNP 7 flat
    flew fly VERB VBD 0 root
    home home ADV RB 9 advmod
    . . PUNCT . 9 punct`, mentions: [['Ana Reis', 'Person']] }], 'Ana Reis | foreignMinisterOf | Ardania', false],
  ['a state office with its name ending the sentence is that name', [ardania, { rows: `
    The the DET DT 2 det
    talks talk NOUN NNS 4 nsubj:pass
    were be AUX VBD 4 aux:pass
    led lead VERB VBN 0 root
    by by ADP IN 8 case
    the the DET DT 8 det
    foreign foreign ADJ JJ 8 amod
    minister minister NOUN NN 4 obl:agent
    , , PUNCT , 10 punct
    Ana Ana PROPN NNP 8 appos
    Reis Reis PROPN NNP 10 flat
    . . PUNCT . 4 punct`, mentions: [['Ana Reis', 'Person']] }], 'Ana Reis | foreignMinisterOf | Ardania', true],
];

describe('a name after a title and a comma', () => {
  for (const [name, specs, row, present] of table) {
    it(name, () => {
      const got = offices(analysisOf(specs)).map(show);
      expect(got.some((g) => g.startsWith(row)), got.join('\n')).toBe(present);
    });
  }
});
