// Table-driven tests of roles given by a description in apposition: "X, owner of a bakery" (a thing held, no
// organisation named), "the Minister of Health, X" (a portfolio title after "of"), "Acme, Ardania's biggest lender," (a
// superlative description with a possessive country). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { offices } from './roles-offices.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Ana Reis, owner of a small bakery, said sales fell."
const owner: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 9 nsubj
  Reis Reis PROPN NNP 1 flat
  , , PUNCT , 4 punct
  owner owner NOUN NN 1 appos
  of of ADP IN 8 case
  a a DET DT 8 det
  small small ADJ JJ 8 amod
  bakery bakery NOUN NN 4 nmod
  , , PUNCT , 4 punct
  said say VERB VBD 0 root
  sales sale NOUN NNS 12 nsubj
  fell fall VERB VBD 10 ccomp
  . . PUNCT . 10 punct`, mentions: [['Ana Reis', 'Person']] };
// "Ana Reis, owner of the bakery's van, said ..." — the noun after "of" owns the thing held: no row of the bakery
const ownerOfName: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 11 nsubj
  Reis Reis PROPN NNP 1 flat
  , , PUNCT , 4 punct
  owner owner NOUN NN 1 appos
  of of ADP IN 9 case
  the the DET DT 7 det
  bakery bakery NOUN NN 9 nmod:poss
  ~'s 's PART POS 7 case
  van van NOUN NN 4 nmod
  , , PUNCT , 4 punct
  said say VERB VBD 0 root
  . . PUNCT . 11 punct`, mentions: [['Ana Reis', 'Person']] };
// "Ardania's Minister of Health, Ana Reis, said ..."
const minister: SentenceSpec = { rows: `
  Ardania Ardania PROPN NNP 3 nmod:poss
  ~'s 's PART POS 1 case
  Minister minister NOUN NN 11 nsubj
  of of ADP IN 5 case
  Health health PROPN NNP 3 nmod
  , , PUNCT , 7 punct
  Ana Ana PROPN NNP 3 appos
  Reis Reis PROPN NNP 7 flat
  , , PUNCT , 7 punct
  said say VERB VBD 0 root
  . . PUNCT . 10 punct`, mentions: [['Ardania', 'Country'], ['Health', 'Location'], ['Ana Reis', 'Person']] };
// "Acme, Ardania's biggest lender, said profits rose."
const lender: SentenceSpec = { rows: `
  Acme Acme PROPN NNP 8 nsubj
  , , PUNCT , 6 punct
  Ardania Ardania PROPN NNP 6 nmod:poss
  ~'s 's PART POS 3 case
  biggest big ADJ JJS 6 amod
  lender lender NOUN NN 1 appos
  , , PUNCT , 6 punct
  said say VERB VBD 0 root
  profits profit NOUN NNS 10 nsubj
  rose rise VERB VBD 8 ccomp
  . . PUNCT . 8 punct`, mentions: [['Acme', 'Company'], ['Ardania', 'Country']] };
// "Acme, Ardania's lender, said ..." — a description without a rank says nothing of the country's lenders
const plainLender: SentenceSpec = { rows: `
  Acme Acme PROPN NNP 6 nsubj
  , , PUNCT , 5 punct
  Ardania Ardania PROPN NNP 5 nmod:poss
  ~'s 's PART POS 3 case
  lender lender NOUN NN 1 appos
  said say VERB VBD 0 root
  . . PUNCT . 6 punct`, mentions: [['Acme', 'Company'], ['Ardania', 'Country']] };

// "Ana Reis, owner of the bakery, said ..." — "the bakery" points back to one named before: no row of the bare noun
const ownerOfThe: SentenceSpec = { rows: `
  Ana Ana PROPN NNP 9 nsubj
  Reis Reis PROPN NNP 1 flat
  , , PUNCT , 4 punct
  owner owner NOUN NN 1 appos
  of of ADP IN 7 case
  the the DET DT 7 det
  bakery bakery NOUN NN 4 nmod
  , , PUNCT , 4 punct
  said say VERB VBD 0 root
  . . PUNCT . 9 punct`, mentions: [['Ana Reis', 'Person']] };

describe('roles given by a description in apposition', () => {
  const table: Array<[string, SentenceSpec, string[], string[]]> = [
    ['"X, owner of a bakery": the thing held', owner, ['Ana Reis | ownerOf | small bakery | + |  | fact'], []],
    ['"X, owner of the bakery\'s van": not the owner of the bakery', ownerOfName, [], ['Ana Reis | ownerOf | bakery | + |  | fact']],
    ['"X, owner of the bakery": a bare noun after "the" is no row', ownerOfThe, [], ['Ana Reis | ownerOf | bakery | + |  | fact']],
    ['"Ardania\'s Minister of Health, X": the portfolio title of the country', minister, ['Ana Reis | healthMinisterOf | Ardania | + |  | fact'], []],
    ['"Acme, Ardania\'s biggest lender,": the rank of the country', lender, ['Acme | biggestLenderOf | Ardania | + |  | fact'], []],
    ['"Acme, Ardania\'s lender": no rank, no row', plainLender, [], ['Acme | lenderOf | Ardania | + |  | fact']],
  ];
  for (const [name, spec, present, absent] of table) {
    it(name, () => {
      const got = offices(analysisOf([spec])).map(show);
      for (const r of present) expect(got).toContain(r);
      for (const r of absent) expect(got).not.toContain(r);
    });
  }
});

// "Acme Bank (AB), Ardania's biggest lender, said ..." — the short form in brackets between the name and the description
const bracketed: SentenceSpec = { rows: `
  Acme Acme PROPN NNP 2 compound
  Bank Bank PROPN NNP 12 nsubj
  ( ( PUNCT -LRB- 4 punct
  AB AB PROPN NNP 2 appos
  ) ) PUNCT -RRB- 4 punct
  , , PUNCT , 10 punct
  Ardania Ardania PROPN NNP 10 nmod:poss
  ~'s 's PART POS 7 case
  biggest big ADJ JJS 10 amod
  lender lender NOUN NN 2 appos
  , , PUNCT , 10 punct
  said say VERB VBD 0 root
  . . PUNCT . 12 punct`, mentions: [['Acme Bank', 'Company'], ['AB', 'Company'], ['Ardania', 'Country']] };
// "Prices rose in Ardania." / "... in Ardania and Borvia." before "The Minister of Health, Ana Reis, spoke."
const inCountries = (names: string[]): SentenceSpec => ({ rows: `
  Prices price NOUN NNS 2 nsubj
  rose rise VERB VBD 0 root
  in in ADP IN 4 case
  ${names.map((n, k) => (k ? `and and CCONJ CC ${4 + 2 * k} cc\n  ${n} ${n} PROPN NNP 4 conj` : `${n} ${n} PROPN NNP 2 obl`)).join('\n  ')}
  . . PUNCT . 2 punct`, mentions: names.map((n) => [n, 'Country'] as [string, 'Country']) });
const spoke: SentenceSpec = { rows: `
  The the DET DT 2 det
  Minister minister NOUN NN 9 nsubj
  of of ADP IN 4 case
  Health health PROPN NNP 2 nmod
  , , PUNCT , 6 punct
  Ana Ana PROPN NNP 2 appos
  Reis Reis PROPN NNP 6 flat
  , , PUNCT , 6 punct
  spoke speak VERB VBD 0 root
  . . PUNCT . 9 punct`, mentions: [['Health', 'Location'], ['Ana Reis', 'Person']] };

// "Acme, Ardania's second-largest bank by assets, said ..."
const second: SentenceSpec = { rows: `
  Acme Acme PROPN NNP 12 nsubj
  , , PUNCT , 7 punct
  Ardania Ardania PROPN NNP 7 nmod:poss
  ~'s 's PART POS 3 case
  second second ADJ JJ 7 amod
  ~- - PUNCT HYPH 5 punct
  ~largest large ADJ JJS 8 amod
  bank bank NOUN NN 1 appos
  by by ADP IN 10 case
  assets asset NOUN NNS 8 nmod
  , , PUNCT , 8 punct
  said say VERB VBD 0 root
  . . PUNCT . 12 punct`, mentions: [['Acme', 'Company'], ['Ardania', 'Country']] };

describe('the country of a title and a rank', () => {
  const table: Array<[string, SentenceSpec[], string[], string[]]> = [
    ['"second-largest" split at its hyphen, and the measure ranked by', [second], ['Acme | secondLargestBankOf | Ardania | + |  | fact'], []],
    ['a short form in brackets between the organisation and its description', [bracketed], ['Acme Bank | biggestLenderOf | Ardania | + |  | fact'], []],
    ['a state title without a country, in an article naming one country: that country\'s', [inCountries(['Ardania']), spoke], ['Ana Reis | healthMinisterOf | Ardania | + |  | fact'], []],
    ['in an article naming two countries: neither', [inCountries(['Ardania', 'Borvia']), spoke], [], ['Ana Reis | healthMinisterOf | Ardania | + |  | fact', 'Ana Reis | healthMinisterOf | Borvia | + |  | fact']],
  ];
  for (const [name, specs, present, absent] of table) {
    it(name, () => {
      const got = offices(analysisOf(specs)).map(show);
      for (const r of present) expect(got).toContain(r);
      for (const r of absent) expect(got).not.toContain(r);
    });
  }
});
