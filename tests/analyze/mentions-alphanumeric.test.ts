// Names written with digits (alphanumeric.ts): a band, a club of nations, a channel named by capitals and a number is an
// organisation where it heads its own phrase and the article gives it a body's cue; a code that labels a thing is not,
// nor a product, a peak, a series or a virus the shape alone names. Hand-tagged sentences written for the
// test (no trained model involved): every word a noun unless listed otherwise.
import { describe, expect, it } from 'vitest';
import type { Mention, Upos } from '../../src/analyze/analysis.js';
import { alphanumericBodies } from '../../src/analyze/mentions/alphanumeric.js';
import { handMentions } from './hand-tagged.js';

interface Case {
  text: string;
  tags?: Record<string, Upos>;
  expected: Array<[string, string]>;
}

function run({ text, tags = {} }: Case) {
  return handMentions(text, tags);
}

const T: Record<string, Upos> = { and: 'CCONJ', have: 'VERB', toured: 'VERB', said: 'VERB', met: 'VERB', the: 'DET', of: 'ADP', broke: 'VERB', "'s": 'PART', with: 'ADP', a: 'DET', '9mm': 'NUM', under: 'ADP' };

const cases: Case[] = [
  // a band's name with a body's cue: a body's noun before it, its people after it, a plural verb, "their"
  { text: 'the band Q7 toured with Pell.', tags: T, expected: [['Q7', 'Organization']] },
  { text: 'the Q7 frontman said it.', tags: { ...T, it: 'PRON' }, expected: [['Q7', 'Organization']] },
  { text: 'And Q7 toured with their drummer.', tags: { ...T, And: 'CCONJ', their: 'PRON' }, expected: [['Q7', 'Organization']] },
  // without a cue the shape alone is no body's name
  { text: 'And Q7 toured with Pell.', tags: { ...T, And: 'CCONJ' }, expected: [] },
  // a cue elsewhere in the article holds for its other bare mentions
  { text: 'the band Q7 toured. And Q7 broke up.', tags: { ...T, And: 'CCONJ', up: 'ADP' }, expected: [['Q7', 'Organization'], ['Q7', 'Organization']] },
  // a name that differs from a cued body's only in its digits is its sibling ("ZTV1" a channel, so "ZTV3" too); a lone
  // uncued name of other capitals is not
  { text: 'the channel ZTV1 toured. And ZTV3 broke up. And QX3 broke up.', tags: { ...T, And: 'CCONJ', up: 'ADP' }, expected: [['ZTV1', 'Organization'], ['ZTV3', 'Organization']] },
  // a club of nations after "the", a channel in a list, a possessive
  { text: 'the G9 of rich nations met.', tags: T, expected: [['G9', 'Organization']] },
  { text: 'the ZTV2 and ZTV3 have broken records.', tags: T, expected: [['ZTV2', 'Organization'], ['ZTV3', 'Organization']] },
  { text: "the KX4's chief said it.", tags: { ...T, it: 'PRON', chief: 'NOUN' }, expected: [['KX4', 'Organization']] },
  // a modifier of a common noun after it names a kind, not a body
  { text: 'the G9 summit broke up.', tags: { ...T, up: 'ADP' }, expected: [] },
  // a code after a common noun or a measure, or next to another name, labels a thing
  { text: 'the breach of rule K7.', tags: T, expected: [] },
  { text: 'a 9mm P77 pistol.', tags: T, expected: [] },
  // a British road's number is a place, no body
  { text: 'the M44 broke.', tags: T, expected: [] },
  // a product, a peak, a series, a virus: the shape without a body's cue
  { text: 'Sony said the PS3 would go on sale in March.', tags: { ...T, would: 'AUX', go: 'VERB', on: 'ADP', in: 'ADP' }, expected: [] },
  { text: 'Climbers reached the summit of K2 on Friday.', tags: { ...T, reached: 'VERB', on: 'ADP' }, expected: [] },
  { text: 'Ivo Brandt finished second in F1 last season.', tags: { ...T, finished: 'VERB', second: 'ADJ', in: 'ADP', last: 'ADJ' }, expected: [] },
  { text: 'The virus H5 spread quickly, and N1 followed.', tags: { ...T, The: 'DET', spread: 'VERB', quickly: 'ADV', followed: 'VERB' }, expected: [] },
  // a product's code of many digits: no body's name, a product's (products.ts)
  { text: 'the WX8000 broke.', tags: T, expected: [['WX8000', 'Misc']] },
];

describe('names written with digits', () => {
  it.each(cases)('$text', (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

// alphanumericBodies decides on the names alphanumericNames found (their candidates' byShape flag), not on any rule's
// mention that happens to have the same shape and confidence
describe('the article\'s decision reads only the shape rule\'s own names', () => {
  const mention = (text: string, type: Mention['type'], sentence: number): Mention =>
    ({ start: 0, end: text.length, text, type, sentence, tokenStart: 0, tokenEnd: 1, source: 'rule', confidence: 0.6 });
  it.each<[string, Array<[string, Mention['type'], boolean]>, Array<[string, string]>]>([
    // [case, mentions as [text, type, found by the shape rule], what is left]
    ['an uncued name with a cued one of the shape rule: an organisation', [['Q7', 'Misc', true], ['Q7', 'Organization', true]], [['Q7', 'Organization'], ['Q7', 'Organization']]],
    ['an uncued name alone: dropped', [['Q7', 'Misc', true]], []],
    ['another rule\'s organisation of the same shape is no cue', [['Q7', 'Misc', true], ['Q7', 'Organization', false]], [['Q7', 'Organization']]],
    ['another rule\'s Misc name of the shape is left alone', [['K9', 'Misc', false], ['Q7', 'Misc', true]], [['K9', 'Misc']]],
  ])('%s', (_case, specs, left) => {
    const mentions = specs.map(([text, type], i) => mention(text, type, i));
    alphanumericBodies(mentions, new Set(mentions.filter((_m, i) => specs[i]![2])));
    expect(mentions.map((m) => [m.text, m.type])).toEqual(left);
  });
});
