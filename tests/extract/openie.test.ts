// Tests of open extraction for CaRB: relations as written, "is" propositions from appositions, confidence order.
import { describe, expect, it } from 'vitest';
import { openExtractions } from '../../src/extract/openie.js';
import { analysisOf } from './fixtures.js';

const rows = `
  Canada Canada PROPN NNP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  criticised criticise VERB VBN 0 root
  by by ADP IN 5 case
  Brazil Brazil PROPN NNP 3 obl:agent
  , , PUNCT , 5 punct
  a a DET DT 8 det
  neighbour neighbour NOUN NN 5 appos
  . . PUNCT . 3 punct`;

describe('openie', () => {
  const analysis = analysisOf([{ rows, mentions: [['Canada', 'Country'], ['Brazil', 'Country']] }]);
  const got = openExtractions('ignored', () => analysis);

  it('keeps the passive as written', () => {
    expect(got).toContainEqual(expect.objectContaining({ relation: 'was criticised by', arg1: 'Canada', arg2: 'Brazil' }));
  });

  it('turns an apposition into an "is" proposition', () => {
    expect(got).toContainEqual(expect.objectContaining({ relation: 'is', arg1: 'Brazil', arg2: 'a neighbour' }));
  });

  it('lists the most confident first', () => {
    const confidences = got.map((x) => x.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });
});

describe('openie n-ary arguments', () => {
  const rows2 = `
    Ana Ana PROPN NNP 2 nsubj
    joined join VERB VBD 0 root
    Vexa Vexa PROPN NNP 2 obj
    as as ADP IN 5 case
    clerk clerk NOUN NN 2 obl
    in in ADP IN 7 case
    2001 2001 NUM CD 2 obl
    . . PUNCT . 2 punct`;
  const got = openExtractions('ignored', () => analysisOf([{ rows: rows2, mentions: [['Ana', 'Person'], ['Vexa', 'Company']], times: [['2001', '2001-01-01']] }]));
  it.each([
    ['joined', 'Vexa', ['as clerk', 'in 2001']],
  ])('the verb\'s other phrases follow the object: %s %s', (relation, arg2, more) => {
    expect(got).toContainEqual(expect.objectContaining({ relation, arg1: 'Ana', arg2, more }));
  });
});

describe('openie propositions of verbs without an object', () => {
  const rows3 = `
    Ana Ana PROPN NNP 2 nsubj
    resigned resign VERB VBD 0 root
    in in ADP IN 4 case
    protest protest NOUN NN 2 obl
    after after ADP IN 7 case
    the the DET DT 7 det
    vote vote NOUN NN 2 obl
    . . PUNCT . 2 punct`;
  const got = openExtractions('ignored', () => analysisOf([{ rows: rows3, mentions: [['Ana', 'Person']] }]));
  it('takes the first phrase as the second argument, its preposition in the relation, and the rest after it', () => {
    expect(got).toContainEqual(expect.objectContaining({ relation: 'resigned in', arg1: 'Ana', arg2: 'protest', more: ['after the vote'] }));
  });
  it('gives none for a verb with an object', () => {
    const withObject = openExtractions('ignored', () => analysisOf([{ rows: `
      Ana Ana PROPN NNP 2 nsubj
      left leave VERB VBD 0 root
      Vexa Vexa PROPN NNP 2 obj
      in in ADP IN 5 case
      May May PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Ana', 'Person'], ['Vexa', 'Company']] }]));
    expect(withObject.filter((x) => x.confidence === 0.35)).toEqual([]);
  });
  it.each([
    {
      name: 'a phrase put before the subject keeps its preposition, and a particle the parser hung as an adverb is the verb\'s',
      rows: `
      On on ADP IN 3 case
      one one NUM CD 3 nummod
      occasion occasion NOUN NN 6 obl
      the the DET DT 5 det
      lamps lamp NOUN NNS 6 nsubj
      went go VERB VBD 0 root
      out out ADV RB 6 advmod
      . . PUNCT . 6 punct`,
      want: { relation: 'went out', arg1: 'the lamps', arg2: 'On one occasion' },
    },
  ])('$name', ({ rows: r, want }) => {
    expect(openExtractions('ignored', () => analysisOf([{ rows: r }]))).toContainEqual(expect.objectContaining(want));
  });
});
