// Tests of the shared wink core: one copy per process, and the verb lemmatizer reading it answers as from a fresh copy.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readWinkCore, wink, winkCoreModel } from '../../../src/analyze/tokenizer/wink.js';
import { tokenize } from '../../../src/analyze/tokenizer/index.js';
import { verbLemma } from '../../../src/extract/verb-lemma.js';

describe('winkCoreModel', () => {
  it('is read once', () => {
    expect(winkCoreModel()).toBe(winkCoreModel());
  });

  it('is the core the package itself gives (read from its file, not copied from the package index)', () => {
    const packaged = (createRequire(import.meta.url)('wink-eng-lite-web-model') as { core(): unknown }).core();
    expect(isDeepStrictEqual(readWinkCore(), packaged)).toBe(true);
  });
});

// The tokenizer adds every word it has not seen to the shared core's lexeme tables; among them here the stems the
// lemmatizer tries ("zorb" for "zorbed", "glimph" for "glimphing"). They must still count as unknown verbs.
const cases: Array<[string, string, string | undefined]> = [
  ['They zorb daily, and the zorbe was fine.', 'zorbed', undefined],
  ['A glimph glimphs.', 'glimphing', undefined],
  ['The court ruled twice.', 'ruled', 'rule'],
  ['Hope hoped for hopes.', 'hoped', 'hope'],
  ['Rivals vying for it.', 'vying', 'vie'],
];

describe('verbLemma after the tokenizer has read unknown words', () => {
  it.each(cases)('%s -> %s: %s', (text, form, lemma) => {
    tokenize(text);
    expect(wink()).toBe(wink());
    expect(verbLemma(form)).toBe(lemma);
  });
});
