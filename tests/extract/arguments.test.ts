// Table-driven tests of phrases that are no argument of a relation: fixed adverbial phrases ("up front", "of course")
// and an unresolved age standing for an unnamed person ("the 31-year-old"). Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: RegExp }> = [
  {
    name: 'a fixed phrase saying where on the field is no object, the place after it still is',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      played play VERB VBD 0 root
      up up ADP IN 4 case
      front front NOUN NN 2 obl
      in in ADP IN 6 case
      Zagreb Zagreb PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person'], ['Zagreb', 'City']] }],
    expect: ['Kovac | playIn | Zagreb | + |  | fact'],
    absent: /front/,
  },
  {
    name: 'a fixed phrase of manner ("of course") is no object',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      of of ADP IN 4 case
      course course NOUN NN 2 obl
      with with ADP IN 6 case
      Lotos Lotos PROPN NNP 2 obl
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company'], ['Lotos', 'Company']] }],
    expect: ['Orlen | agreeWith | Lotos | + |  | fact'],
    absent: /course/,
  },
  {
    name: 'the same noun after another preposition stays an object',
    specs: [{ rows: `
      Kovac Kovac PROPN NNP 2 nsubj
      changed change VERB VBD 0 root
      the the DET DT 4 det
      course course NOUN NN 2 obj
      of of ADP IN 6 case
      history history NOUN NN 4 nmod
      . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }],
    expect: ['Kovac | change | course of history | + |  | fact'],
    absent: /^$/,
  },
  {
    name: 'the "at" of a count\'s bound stays in the object\'s phrase',
    specs: [{ rows: `
      Gunmen gunman NOUN NNS 2 nsubj
      shot shoot VERB VBD 0 root
      at at ADP IN 4 case
      least least ADJ JJS 5 nmod
      15 15 NUM CD 6 nummod
      guards guard NOUN NNS 2 obj
      . . PUNCT . 2 punct`, mentions: [] }],
    expect: ['Gunmen | shoot | at least 15 guards | + |  | fact'],
    absent: /\| least/,
  },
  {
    name: 'an unresolved age ("the 31-year-old") is no subject',
    specs: [{ rows: `
      The the DET DT 6 det
      31 31 NUM CD 4 nummod
      - - PUNCT HYPH 2 punct
      year year NOUN NN 6 obl:npmod
      - - PUNCT HYPH 4 punct
      old old ADJ JJ 7 nsubj
      joined join VERB VBD 0 root
      Dinamo Dinamo PROPN NNP 7 obj
      . . PUNCT . 7 punct`, mentions: [['Dinamo', 'Organization']] }],
    expect: [],
    absent: /old/,
  },
  {
    name: '"old" that is no age is still read',
    specs: [{ rows: `
      Old Old PROPN NNP 2 compound
      Trafford Trafford PROPN NNP 3 nsubj
      hosted host VERB VBD 0 root
      Dinamo Dinamo PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Old Trafford', 'Facility'], ['Dinamo', 'Organization']] }],
    expect: ['Old Trafford | host | Dinamo | + |  | fact'],
    absent: /^$/,
  },
  {
    name: 'a hyphen written inside a word keeps the phrase whole ("two-storey house", "Lyon-based firm")',
    specs: [{ rows: `
      A a DET DT 5 det
      Lyon Lyon PROPN NNP 4 obl
      ~- - PUNCT HYPH 4 punct
      ~based base VERB VBN 5 amod
      firm firm NOUN NN 6 nsubj
      bought buy VERB VBD 0 root
      a a DET DT 11 det
      two two NUM CD 10 nummod
      ~- - PUNCT HYPH 10 punct
      ~storey storey NOUN NN 11 compound
      house house NOUN NN 6 obj
      . . PUNCT . 6 punct`, mentions: [['Lyon', 'City']] }],
    expect: ['Lyon-based firm | acquire | two-storey house | + |  | fact'],
    absent: /\| (storey|based) /,
  },
  {
    name: 'a dash set off by spaces is no part of the phrase',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      signed sign VERB VBD 0 root
      two two NUM CD 5 nummod
      - - PUNCT HYPH 5 punct
      new new ADJ JJ 6 amod
      deals deal NOUN NNS 2 obj
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company']] }],
    expect: ['Orlen | sign | new deals | + |  | fact'],
    absent: /two/,
  },
  {
    name: 'an adverb tagged as a noun ("surged ahead") is no object',
    specs: [{ rows: `
      Orlen Orlen PROPN NNP 2 nsubj
      surged surge VERB VBD 0 root
      ahead ahead NOUN NN 2 obj
      of of ADP IN 5 case
      rivals rival NOUN NNS 3 nmod
      . . PUNCT . 2 punct`, mentions: [['Orlen', 'Company']] }],
    expect: [],
    absent: /ahead/,
  },
  {
    name: 'a clause with an expletive parsed as a noun phrase is no object; the phrase before it stays',
    specs: [{ rows: `
      Talks talk NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      held hold VERB VBN 0 root
      in in ADP IN 5 case
      Vienna Vienna PROPN NNP 3 obl
      but but CCONJ CC 9 cc
      there there PRON EX 8 expl
      was be VERB VBD 9 compound
      hope hope NOUN NN 5 conj
      . . PUNCT . 3 punct`, mentions: [['Vienna', 'City']] }],
    expect: ['Talks | heldIn | Vienna | + |  | fact'],
    absent: /there/,
  },
];

describe('phrases that are no argument', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = dependencyRelations(analysisOf(c.specs)).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
      if (!c.expect.length) expect(got).toEqual([]);
      for (const g of got) expect(g).not.toMatch(c.absent);
    });
  }
});

describe('a demonym before officials', () => {
  // "Dutch officials met Tarek" -> the Netherlands; "12 Dutch officials" are individuals, no state
  const rows = (count: boolean): string => `
    ${count ? '12 12 NUM CD 3 nummod\n' : ''}Dutch Dutch ADJ JJ ${count ? 3 : 2} amod
    officials official NOUN NNS ${count ? 4 : 3} nsubj
    met meet VERB VBD 0 root
    Tarek Tarek PROPN NNP ${count ? 4 : 3} obj
    . . PUNCT . ${count ? 4 : 3} punct`;
  const table: Array<[boolean, string]> = [[false, 'Netherlands | meet | Tarek'], [true, '12 Dutch officials | meet | Tarek']];
  for (const [count, want] of table) {
    it(want, () => {
      const got = dependencyRelations(analysisOf([{ rows: rows(count).trim().split('\n').map((l) => l.trim()).join('\n'), mentions: [['Dutch', 'Country', 'Netherlands'], ['Tarek', 'Person']] }])).map(show);
      expect(got.some((g) => g.startsWith(want))).toBe(true);
    });
  }
});

/** "Varnel <verb> <object words>.": the object's rows written after the verb, head 1-based as in the fixtures. */
const coordinatedModifiers: Array<{ name: string; rows: string; expect: string[] }> = [
  { name: '"faces civil and criminal inquiries": the whole phrase, not the bare head', rows: `
    faces face VERB VBZ 0 root
    civil civil ADJ JJ 6 amod
    and and CCONJ CC 5 cc
    criminal criminal ADJ JJ 3 conj
    inquiries inquiry NOUN NNS 2 obj`, expect: ['Varnel | face | civil and criminal inquiries | + |  | fact'] },
  { name: 'a list of three modifiers with its commas', rows: `
    sells sell VERB VBZ 0 root
    old old ADJ JJ 8 amod
    ~, , PUNCT , 5 punct
    rare rare ADJ JJ 3 conj
    and and CCONJ CC 7 cc
    modern modern ADJ JJ 3 conj
    maps map NOUN NNS 2 obj`, expect: ['Varnel | sell | old, rare and modern maps | + |  | fact'] },
  { name: 'a conjunct with no coordinator (a parse error) stays out', rows: `
    sells sell VERB VBZ 0 root
    old old ADJ JJ 5 amod
    rare rare ADJ JJ 3 conj
    maps map NOUN NNS 2 obj`, expect: ['Varnel | sell | maps | + |  | fact'] },
  { name: 'a conjunct after the head is another thing', rows: `
    sells sell VERB VBZ 0 root
    maps map NOUN NNS 2 obj
    and and CCONJ CC 5 cc
    globes globe NOUN NNS 3 conj`, expect: ['Varnel | sell | maps | + |  | fact', 'Varnel | sell | globes | + |  | fact'] },
];

describe('modifiers coordinated before the head are words of the phrase', () => {
  for (const c of coordinatedModifiers) {
    it(c.name, () => {
      const rows = ['Varnel Varnel PROPN NNP 2 nsubj', ...c.rows.trim().split('\n').map((l) => l.trim()), '. . PUNCT . 2 punct'].join('\n');
      const got = dependencyRelations(analysisOf([{ rows, mentions: [['Varnel', 'Company']] }])).map(show);
      for (const e of c.expect) expect(got, got.join('\n')).toContain(e);
    });
  }
});
