// Names written with digits (alphanumeric.ts): a band, a club of nations, a channel named by capitals and a number is an
// organisation where it heads its own phrase; a code that labels a thing is not. Hand-tagged sentences written for the
// test (no trained model involved): every word a noun unless listed otherwise.
import { describe, expect, it } from 'vitest';
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { findMentions } from '../../src/analyze/mentions/index.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

interface Case {
  text: string;
  tags?: Record<string, Upos>;
  expected: Array<[string, string]>;
}

function run({ text, tags = {} }: Case) {
  const [raw] = tokenize(text);
  const tokens = raw!.tokens.map((t) => ({
    ...t,
    lemma: t.text.toLowerCase(),
    upos: (tags[t.text] ?? (/^[.,]$/.test(t.text) ? 'PUNCT' : /^\p{Lu}/u.test(t.text) ? 'PROPN' : 'NOUN')) as Upos,
    tag: 'NN',
    head: -1,
    dep: 'dep',
  }));
  const sentence: Sentence = { index: 0, start: raw!.start, end: raw!.end, text, tokens };
  return findMentions(text, [sentence], [[]]).map((m) => [m.text, m.type]);
}

const T: Record<string, Upos> = { and: 'CCONJ', have: 'VERB', toured: 'VERB', said: 'VERB', met: 'VERB', the: 'DET', of: 'ADP', broke: 'VERB', "'s": 'PART', with: 'ADP', a: 'DET', '9mm': 'NUM', under: 'ADP' };

const cases: Case[] = [
  // a band's name as subject and object
  { text: 'And Q7 toured with Pell.', tags: { ...T, And: 'CCONJ' }, expected: [['Q7', 'Organization']] },
  // a club of nations after "the", a channel in a list, a possessive
  { text: 'the G9 of rich nations met.', tags: T, expected: [['G9', 'Organization']] },
  { text: 'the ZTV2 and ZTV3 broke records.', tags: T, expected: [['ZTV2', 'Organization'], ['ZTV3', 'Organization']] },
  { text: "the KX4's chief said it.", tags: { ...T, it: 'PRON', chief: 'NOUN' }, expected: [['KX4', 'Organization']] },
  // a modifier of a common noun after it names a kind, not a body
  { text: 'the G9 summit broke up.', tags: { ...T, up: 'ADP' }, expected: [] },
  // a code after a common noun or a measure, or next to another name, labels a thing
  { text: 'the breach of rule K7.', tags: T, expected: [] },
  { text: 'a 9mm P77 pistol.', tags: T, expected: [] },
  // a British road's number is a place, no body
  { text: 'the M44 broke.', tags: T, expected: [] },
  // a product's code of many digits
  { text: 'the WX8000 broke.', tags: T, expected: [] },
];

describe('names written with digits', () => {
  it.each(cases)('$text', (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});
