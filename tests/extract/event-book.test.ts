// Table-driven tests of event labels: a modifier written with words hyphenated onto it keeps them ("two-year ban",
// "three-way merger"), a modifier set off by spaces does not; a currency sign is left out ("a €4m fraud" is a fraud). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string }> = [
  {
    name: 'a number hyphenated onto the modifier stays in the label',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      served serve VERB VBD 0 root
      a a DET DT 7 det
      two two NUM CD 6 nummod
      ~- - PUNCT HYPH 6 punct
      ~year year NOUN NN 7 compound
      ban ban NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }],
    expect: 'Kovac | serve | two-year ban | + |  | fact',
  },
  {
    name: 'a chain of hyphenated words stays whole',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      served serve VERB VBD 0 root
      a a DET DT 9 det
      one one NUM CD 6 nummod
      ~- - PUNCT HYPH 6 punct
      ~and and CCONJ CC 8 cc
      ~- - PUNCT HYPH 8 punct
      ~half half NOUN NN 9 compound
      ban ban NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }],
    expect: 'Kovac | serve | one-and-half ban | + |  | fact',
  },
  {
    name: 'words set off by spaces are not joined',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      served serve VERB VBD 0 root
      a a DET DT 7 det
      two two NUM CD 6 nummod
      - - PUNCT HYPH 6 punct
      year year NOUN NN 7 compound
      ban ban NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }],
    expect: 'Kovac | serve | year ban | + |  | fact',
  },
  {
    name: 'an amount\'s currency sign is no part of the label',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      admitted admit VERB VBD 0 root
      a a DET DT 6 det
      € € SYM $ 6 compound
      ~4m 4m NUM CD 4 nummod
      fraud fraud NOUN NN 2 obj
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }],
    expect: 'Kovac | admit | fraud | + |  | fact',
  },
];

describe('event labels', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      expect(got, got.join('\n')).toContain(c.expect);
    });
  }
});

describe('qualifiers of events outside an incident', () => {
  // "<Ada> attended the <first> meeting . <Ada> missed the <second> meeting ." with each qualifier an adjective of "meeting"
  const sentence = (verb: string, lemma: string, quals: string[]): SentenceSpec => ({ rows: [
    'Ada Ada PROPN NNP 2 nsubj', `${verb} ${lemma} VERB VBD 0 root`, `the the DET DT ${4 + quals.length} det`,
    ...quals.map((q) => ['press', 'news'].includes(q) ? `${q} ${q} NOUN NN ${4 + quals.length} compound` : `${q} ${q} ADJ JJ ${4 + quals.length} amod`), `meeting meeting NOUN NN 2 obj`, `. . PUNCT . 2 punct`,
  ].join('\n'), mentions: [['Ada', 'Person']] });
  const table: Array<[string, string[], string[], boolean]> = [
    ['qualifiers each lacking one of the other\'s are two meetings', ['regional', 'indoor'], ['international', 'indoor'], false],
    ['qualifiers with no word in common are two meetings', ['regional'], ['international'], false],
    ['nouns alone differing ("press" / "news" conference) are the same meeting', ['annual', 'press'], ['annual', 'news'], true],
    ['fewer of the same qualifiers are the same meeting', ['annual', 'indoor'], ['indoor'], true],
    ['more of the same qualifiers are the same meeting', ['indoor'], ['annual', 'indoor'], true],
    ['no qualifier is the same meeting', ['indoor'], [], true],
  ];
  for (const [name, first, second, same] of table) {
    it(name, () => {
      const book = contextOf(analysisOf([sentence('attended', 'attend', first), sentence('missed', 'miss', second)])).book;
      const keys = book.mentions.filter((m) => !m.verbal).map((m) => m.arg.key);
      expect(keys).toHaveLength(2);
      expect(keys[0] === keys[1]).toBe(same);
    });
  }
});

describe('incidents of a round-up', () => {
  // "A wave of attacks killed 40 people." — the plural incident named first
  const wave = { rows: `
    A a DET DT 2 det
    wave wave NOUN NN 5 nsubj
    of of ADP IN 4 case
    attacks attack NOUN NNS 2 nmod
    killed kill VERB VBD 0 root
    40 40 NUM CD 7 nummod
    people person NOUN NNS 5 obj
    . . PUNCT . 5 punct` };
  // "<subject words> killed 9 people."
  const killed = (subject: string[]): SentenceSpec => {
    const k = subject.length;
    return { rows: [...subject, `killed kill VERB VBD 0 root`, `9 9 NUM CD ${k + 3} nummod`, `people person NOUN NNS ${k + 1} obj`, `. . PUNCT . ${k + 1} punct`].join('\n') };
  };
  const keys = (specs: SentenceSpec[]): string[] => contextOf(analysisOf(specs)).book.mentions.map((m) => `${m.arg.label}=${m.arg.key}`);
  const table: Array<[string, SentenceSpec[], (got: string[]) => void]> = [
    ['"the deadliest attack" after "a wave of attacks" is one of them, an incident of its own', [wave, killed(['The the DET DT 3 det', 'deadliest deadly ADJ JJS 3 amod', 'attack attack NOUN NN 4 nsubj'])],
      (got) => expect(got).toEqual(['attacks=attack-1', 'attack=attack-2'])],
    ['"the attack" after "a wave of attacks", with no superlative, is the same incident', [wave, killed(['The the DET DT 2 det', 'attack attack NOUN NN 3 nsubj'])],
      (got) => expect(got).toEqual(['attacks=attack-1', 'attacks=attack-1'])],
    ['"Checkpoint shootings killed 9" after other blasts reports another incident', [wave, killed(['Checkpoint Checkpoint PROPN NNP 2 compound', 'shootings shooting NOUN NNS 3 nsubj'])],
      (got) => expect(got).toEqual(['attacks=attack-1', 'Checkpoint shootings=attack-2'])],
    ['"the shooting killed 9" points back with "the"', [wave, killed(['The the DET DT 2 det', 'shooting shooting NOUN NN 3 nsubj'])],
      (got) => expect(got).toEqual(['attacks=attack-1', 'attacks=attack-1'])],
  ];
  for (const [name, specs, check] of table) it(name, () => check(keys(specs)));

  it('a gerund of harm tagged as a noun takes no words before it into its label', () => {
    const got = keys([{ rows: `
      Gunmen gunman NOUN NNS 2 nsubj
      surrounded surround VERB VBD 0 root
      the the DET DT 5 det
      fortified fortified ADJ JJ 5 amod
      compound compound NOUN NN 6 compound
      killing killing NOUN NN 2 obj
      at at ADP IN 8 case
      least least ADJ JJS 9 nmod
      five five NUM CD 10 nummod
      people person NOUN NNS 6 nmod
      . . PUNCT . 2 punct` }]);
    expect(got.some((g) => g.startsWith('killing='))).toBe(true);
    expect(got.some((g) => g.startsWith('fortified compound killing='))).toBe(false);
  });
});
