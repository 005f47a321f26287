// Tests of event statements (place, date, target, counts) and money amounts, and of merging event mentions.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { money } from '../../src/extract/money.js';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const assault: SentenceSpec[] = [
  { rows: `
    The the DET DT 2 det
    assault assault NOUN NN 9 nsubj
    on on ADP IN 5 case
    the the DET DT 5 det
    market market NOUN NN 2 nmod
    in in ADP IN 7 case
    Lagos Lagos PROPN NNP 5 nmod
    was be AUX VBD 9 aux
    reported report VERB VBN 0 root
    on on ADP IN 11 case
    Sunday Sunday PROPN NNP 9 obl
    . . PUNCT . 9 punct`, mentions: [['Lagos', 'City']], times: [['Sunday', '2024-05-12']] },
  { rows: `
    At at ADP IN 2 case
    least least ADJ JJS 3 nmod
    12 12 NUM CD 4 nummod
    people person NOUN NNS 6 nsubj:pass
    were be AUX VBD 6 aux:pass
    killed kill VERB VBN 0 root
    in in ADP IN 9 case
    the the DET DT 9 det
    attack attack NOUN NN 6 obl
    . . PUNCT . 6 punct` },
  { rows: `
    A a DET DT 2 det
    planned plan VERB VBN 3 amod
    attack attack NOUN NN 4 nsubj
    failed fail VERB VBD 0 root
    . . PUNCT . 4 punct` },
];

describe('events', () => {
  it('gives mentions of one event one key, and keeps a planned attack apart', () => {
    const book = contextOf(analysisOf(assault)).book;
    const keys = book.mentions.map((m) => m.arg.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(book.mentions[2]!.modality).toBe('planned');
  });

  const got = events(analysisOf(assault)).map(show);
  if (process.env.SHOW) console.log(got);
  const table = [
    'assault | target | market in Lagos | + |  | fact',
    'assault | locatedIn | Lagos | + |  | fact',
    'assault | date | 2024-05-12 | + |  | fact',
    'assault | killed | 12 | + |  | fact',
  ];
  for (const e of table) it(`finds ${e}`, () => expect(got).toContain(e));

  it('marks the count as a lower bound of people', () => {
    const c = events(analysisOf(assault)).find((x) => x.predicate === 'killed')!;
    expect(c.object).toMatchObject({ kind: 'literal', value: '12', bound: 'min', unit: 'people', datatype: 'integer' });
  });
});

describe('event dates', () => {
  it('gives a casualty count the one day its sentence names', () => {
    const a = analysisOf([
      { rows: `
        The the DET DT 2 det
        bombing bombing NOUN NN 3 nsubj
        shocked shock VERB VBD 0 root
        Kabul Kabul PROPN NNP 3 obj
        . . PUNCT . 3 punct`, mentions: [['Kabul', 'City']] },
      { rows: `
        Nine nine NUM CD 2 nummod
        people person NOUN NNS 4 nsubj:pass
        were be AUX VBD 4 aux:pass
        killed kill VERB VBN 0 root
        on on ADP IN 6 case
        Monday Monday PROPN NNP 4 obl
        . . PUNCT . 4 punct`, times: [['Monday', '2024-06-03']] },
    ]);
    const got = events(a).map(show);
    expect(got).toContain('bombing | killed | 9 | + |  | fact');
    expect(got).toContain('bombing | date | 2024-06-03 | + |  | fact');
  });
});

describe('money', () => {
  const rows = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');
  const table: Array<[string, string, string]> = [
    ['China/PROPN granted/VERB a/DET $6bn/NUM loan/NOUN to/ADP Kenya/PROPN ./PUNCT', 'loan', '6000000000 USD'],
    ['the/DET £1.5m/NUM (/PUNCT $1.9m/NUM )/PUNCT bribery/NOUN scheme/NOUN collapsed/VERB', 'bribery scheme', '1500000 GBP'],
  ];
  for (const [sentence, subject, amount] of table) {
    it(`${subject} amount ${amount}`, () => {
      const got = money(analysisOf([{ rows: rows(sentence) }]));
      expect(got).toHaveLength(1);
      expect(got[0]!.subject).toMatchObject(subject === 'loan' ? { kind: 'event', label: 'loan' } : { kind: 'concept', label: subject });
      expect(`${(got[0]!.object as { value: string }).value} ${(got[0]!.object as { unit: string }).unit}`).toBe(amount);
    });
  }
});
