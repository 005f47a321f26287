// Table-driven tests of sport/scores.ts's subject check (precededByVerb): a result verb's subject that comes right after
// another verb is that verb's object, which the parse took for the next clause's subject ("Tan defeated Reis and beat
// Lund 6-2" read with Reis as the subject of "beat"): no score is put on it. Hand-parsed sentences written for the test.
import { describe, expect, it } from 'vitest';
import { sport } from '../../src/extract/sport/index.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const people: SentenceSpec['mentions'] = [['Ivo Tan', 'Person'], ['Ana Reis', 'Person'], ['Lia Lund', 'Person']];

describe('a score on a result verb\'s subject', () => {
  it.each<[string, string, string[]]>([
    ['"Ivo Tan beat Lia Lund 6-2": the subject before the verb', `
      Ivo Ivo PROPN NNP 3 nsubj
      Tan Tan PROPN NNP 1 flat
      beat beat VERB VBD 0 root
      Lia Lia PROPN NNP 3 obj
      Lund Lund PROPN NNP 4 flat
      6-2 6-2 NUM CD 3 obl
      . . PUNCT . 3 punct`, ['Ivo Tan']],
    ['"Ivo Tan defeated Ana Reis and beat Lia Lund 6-2", Reis parsed as the subject of "beat": no score on her', `
      Ivo Ivo PROPN NNP 3 nsubj
      Tan Tan PROPN NNP 1 flat
      defeated defeat VERB VBD 0 root
      Ana Ana PROPN NNP 7 nsubj
      Reis Reis PROPN NNP 4 flat
      and and CCONJ CC 7 cc
      beat beat VERB VBD 3 conj
      Lia Lia PROPN NNP 7 obj
      Lund Lund PROPN NNP 8 flat
      6-2 6-2 NUM CD 7 obl
      . . PUNCT . 3 punct`, []],
  ])('%s', (_name, rows, holders) => {
    const mentions = people!.filter(([name]) => name.split(' ').every((w) => rows.includes(` ${w} `)));
    const got = sport(analysisOf([{ rows, mentions }])).filter((c) => c.extractor === 'sport-scores').map(show);
    expect(got.map((r) => r.split(' | ')[0])).toEqual(holders);
  });
});
