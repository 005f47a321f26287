// Table-driven tests of verb lemmas: the model's lexicon-checked lemmatizer over the tagger's suffix guesses.
import { describe, expect, it } from 'vitest';
import { verbLemma } from '../../src/extract/verb-lemma.js';
import { lemmaOf } from '../../src/extract/sentence-view.js';
import type { Token } from '../../src/analyze/analysis.js';

const forms: Array<[string, string | undefined]> = [
  ['ruled', 'rule'], ['vying', 'vie'], ['defeated', 'defeat'], ['created', 'create'], ['nodded', 'nod'], ['hoped', 'hope'],
  ['hopped', 'hop'], ['planned', 'plan'], ['visited', 'visit'], ['entitled', 'entitle'], ['ratcheted', 'ratchet'],
  ['lent', 'lend'], ['frobnicated', undefined],
  // a base form is its own lemma even where the lexicon also has the verb with an "e" ("tope", "plane", "bare")
  ['top', undefined], ['plan', undefined], ['bar', undefined],
];

describe('verbLemma', () => {
  it.each(forms)('%s -> %s', (form, lemma) => expect(verbLemma(form)).toBe(lemma));
});

const token = (text: string, lemma: string, tag: string, upos: Token['upos'] = 'VERB'): Token => ({ text, lemma, upos, tag, start: 0, end: text.length, head: -1, dep: 'root' });

describe('lemmaOf', () => {
  it.each([
    [token('ruled', 'rul', 'VBN'), 'rule'],
    [token('Defeated', 'defeate', 'VBD'), 'defeat'],
    // a form the lexicon does not know keeps the tagger's lemma; other parts of speech are left alone
    [token('frobnicated', 'frobnicate', 'VBD'), 'frobnicate'],
    [token('ruling', 'ruling', 'NN', 'NOUN'), 'ruling'],
    // a base form tagged as inflected keeps its own form, not a suffix rule learned from other verbs ("kept" -> "keep")
    [token('accept', 'acceep', 'VBD'), 'accept'],
    [token('focus', 'focbe', 'VBZ'), 'focus'],
    [token('outbid', 'outbo', 'VBD'), 'outbid'],
    [token('top', 'top', 'VBD'), 'top'],
  ] as Array<[Token, string]>)('%o', (t, lemma) => expect(lemmaOf(t)).toBe(lemma));
});
