// Tests the tagger's external lexicon: wink-nlp's tag sets per word, read reproducibly and looked up case-blind.
import { describe, expect, it } from 'vitest';
import { LEXICON_NONE } from '../../../src/analyze/tagger/features.js';
import { lexiconClass, lexiconMap, readWinkLexicon } from '../../../src/analyze/tagger/lexicon.js';

describe('readWinkLexicon', () => {
  const table = readWinkLexicon();
  const tagsOf = (word: string) => Object.entries(table).find(([, words]) => ` ${words} `.includes(` ${word} `))?.[0];

  it.each([
    ['sincere', 'ADJ'],
    ['housing', 'NOUN'],
    ['run', 'NOUN VERB'],
    ['the', 'DET'],
  ])('gives %s the tag set %s', (word, tags) => {
    expect(tagsOf(word)).toBe(tags);
  });

  it('holds tens of thousands of lowercase words, each in one tag set, in a stable order', () => {
    const words = Object.values(table).flatMap((w) => w.split(' '));
    expect(words.length).toBeGreaterThan(50_000);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => w === w.toLowerCase())).toBe(true);
    expect(Object.keys(table)).toEqual(Object.keys(table).sort());
  });
});

describe('lexiconClass', () => {
  const map = lexiconMap({ ADJ: 'sincere planetary', 'NOUN VERB': 'run walk' });
  it('looks words up in lower case and gives one class per tag set', () => {
    expect(lexiconClass(map, 'Sincere')).toBe(lexiconClass(map, 'planetary'));
    expect(lexiconClass(map, 'run')).toBe(lexiconClass(map, 'WALK'));
    expect(lexiconClass(map, 'run')).not.toBe(lexiconClass(map, 'sincere'));
  });
  it('gives words outside the lexicon, and every word without a table, the none class', () => {
    expect(lexiconClass(map, 'zorbl')).toBe(LEXICON_NONE);
    expect(lexiconClass(lexiconMap(undefined), 'run')).toBe(LEXICON_NONE);
  });
});
