// Table-driven tests of attempts on a life and of dates written before an event noun: "an assassination attempt on X" is
// an attack whose target is X ("attempt" alone, "an attempt to cut costs", is no incident); "the assassination of X" is
// told apart from the bombing named before it; the one who survived or escaped an attack was its target, on the verb's
// day; a month and day before the noun ("the March 9 bombing") is its date, kept as written in an undated article, and
// no part of its name. Hand-parsed sentences written for the tests (invented names).
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, undatedAnalysisOf, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; undated?: boolean; want: string[]; not?: RegExp[] }> = [
  {
    name: 'an assassination attempt on a named person is an attack on that person, where it was made',
    specs: [{ rows: `
      Gunmen gunman NOUN NNS 2 nsubj
      made make VERB VBD 0 root
      an a DET DT 5 det
      assassination assassination NOUN NN 5 compound
      attempt attempt NOUN NN 2 obj
      on on ADP IN 8 case
      Mayor Mayor PROPN NNP 8 nmod:desc
      Edda Edda PROPN NNP 5 nmod
      Vorn Vorn PROPN NNP 8 flat
      in in ADP IN 11 case
      Tarsk Tarsk PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, mentions: [['Edda Vorn', 'Person'], ['Tarsk', 'City']] }],
    want: ['assassination attempt | target | Edda Vorn | + |  | fact', 'assassination attempt | locatedIn | Tarsk | + |  | fact'],
    not: [/^assassination \|/],
  },
  {
    name: 'an attempt to cut costs is no incident',
    specs: [{ rows: `
      The the DET DT 2 det
      attempt attempt NOUN NN 6 nsubj
      to to PART TO 4 mark
      cut cut VERB VB 2 acl
      costs cost NOUN NNS 4 obj
      failed fail VERB VBD 0 root
      in in ADP IN 8 case
      Tarsk Tarsk PROPN NNP 6 obl
      . . PUNCT . 6 punct`, mentions: [['Tarsk', 'City']] }],
    want: [],
    not: [/attempt/],
  },
  {
    name: 'a month and day before an event noun is its date as written, and no part of its name',
    undated: true,
    specs: [{ rows: `
      The the DET DT 4 det
      March March PROPN NNP 3 nmod:unmarked
      9 9 NUM CD 4 compound
      bombing bombing NOUN NN 5 nsubj
      killed kill VERB VBD 0 root
      three three NUM CD 7 nummod
      guards guard NOUN NNS 5 obj
      . . PUNCT . 5 punct`, times: [['March 9', '2024-03-09']] }],
    want: ['bombing | date | March 9 | + |  | fact'],
    not: [/March bombing/],
  },
  {
    name: 'who escaped an attack was its target, and the verb\'s day is the attack\'s',
    specs: [{ rows: `
      On on ADP IN 2 case
      Friday Friday PROPN NNP 6 obl
      , , PUNCT , 6 punct
      Edda Edda PROPN NNP 6 nsubj
      Vorn Vorn PROPN NNP 4 flat
      escaped escape VERB VBD 0 root
      a a DET DT 8 det
      shooting shooting NOUN NN 6 obj
      . . PUNCT . 6 punct`, mentions: [['Edda Vorn', 'Person']], times: [['Friday', '2024-03-22']] }],
    want: ['shooting | target | Edda Vorn | + |  | fact', 'shooting | date | 2024-03-22 | + |  | fact'],
  },
  {
    name: 'who escaped an attack under a modal is no target',
    specs: [{ rows: `
      Edda Edda PROPN NNP 4 nsubj
      Vorn Vorn PROPN NNP 1 flat
      might might AUX MD 4 aux
      escape escape VERB VB 0 root
      an a DET DT 6 det
      ambush ambush NOUN NN 4 obj
      . . PUNCT . 4 punct`, mentions: [['Edda Vorn', 'Person']] }],
    want: [],
    not: [/target/],
  },
];

describe('attempts on a life and dates before an event noun', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = events(c.undated ? undatedAnalysisOf(c.specs) : analysisOf(c.specs)).map(show);
      for (const w of c.want) expect(got).toContain(w);
      for (const n of c.not ?? []) expect(got.filter((g) => n.test(g))).toEqual([]);
    });
  }
});

describe('the assassination of a named person after a bombing', () => {
  const specs: SentenceSpec[] = [{ rows: `
    The the DET DT 2 det
    bombing bombing NOUN NN 3 nsubj
    killed kill VERB VBD 0 root
    four four NUM CD 5 nummod
    people people NOUN NNS 3 obj
    . . PUNCT . 3 punct` }, { rows: `
    Police police NOUN NNS 2 nsubj
    charged charge VERB VBD 0 root
    Ben Ben PROPN NNP 2 obj
    Oduya Oduya PROPN NNP 3 flat
    over over ADP IN 7 case
    the the DET DT 7 det
    assassination assassination NOUN NN 2 obl
    of of ADP IN 10 case
    Mayor Mayor PROPN NNP 10 nmod:desc
    Edda Edda PROPN NNP 7 nmod
    Vorn Vorn PROPN NNP 10 flat
    . . PUNCT . 2 punct`, mentions: [['Ben Oduya', 'Person'], ['Edda Vorn', 'Person']] }];
  it('is another incident, whose target is that person', () => {
    const a = analysisOf(specs);
    const [bombing, assassination] = contextOf(a).book.mentions;
    expect(assassination!.arg.key).not.toBe(bombing!.arg.key);
    const got = events(a).map(show);
    expect(got).toContain('assassination | target | Edda Vorn | + |  | fact');
    expect(got.filter((g) => /^bombing \| target/.test(g))).toEqual([]);
  });
});

describe('a count whose people have words of their own after them', () => {
  const specs: SentenceSpec[] = [{ rows: `
    A a DET DT 2 det
    blast blast NOUN NN 3 nsubj
    hit hit VERB VBD 0 root
    the the DET DT 5 det
    barracks barracks NOUN NN 3 obj
    . . PUNCT . 3 punct` }, { rows: `
    More more ADJ JJR 3 advmod
    than than ADP IN 1 fixed
    40 40 NUM CD 4 nummod
    members member NOUN NNS 11 nsubj:pass
    of of ADP IN 7 case
    the the DET DT 7 det
    guard guard NOUN NN 4 nmod
    in in ADP IN 9 case
    Tarsk Tarsk PROPN NNP 7 nmod
    were be AUX VBD 11 aux:pass
    killed kill VERB VBN 0 root
    . . PUNCT . 11 punct`, mentions: [['Tarsk', 'City']] }, { rows: `
    Four four NUM CD 2 nummod
    guards guard NOUN NNS 8 nsubj:pass
    and and CCONJ CC 5 cc
    two two NUM CD 5 nummod
    cooks cook NOUN NNS 2 conj
    were be AUX VBD 8 aux:pass
    also also ADV RB 8 advmod
    killed kill VERB VBN 0 root
    . . PUNCT . 8 punct` }];
  it('is the count of their verb of harm, however far it stands; a first conjunct\'s count is only summed with the next', () => {
    const got = events(analysisOf(specs)).map(show);
    expect(got).toContain('blast | killed | 40 | + |  | fact');
    expect(got.filter((g) => /killed \| 4 \|/.test(g))).toEqual([]);
  });
});
