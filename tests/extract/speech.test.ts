// Table-driven tests of the speaker memory: which earlier speaker or person a speaker pronoun ("he said") names.
import { describe, expect, it } from 'vitest';
import { quoteRun, SpeakerMemory } from '../../src/extract/speech.js';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { analysisOf } from './fixtures.js';
import type { EntityArgument } from '../../src/extract/candidate.js';

const person = (text: string): EntityArgument => ({ kind: 'entity', text, start: 0, end: text.length, type: 'Person' });

describe('SpeakerMemory.resolve', () => {
  it.each([
    { name: '"he" after a man who spoke', spoke: 'Tom Reyes', noted: undefined, pronoun: 'he', want: 'Tom Reyes' },
    { name: '"she" is no "Mr" who spoke last: the woman named after him', spoke: 'Mr Reyes', noted: 'Gwyneth Price', pronoun: 'she', want: 'Gwyneth Price' },
    { name: '"she" after a man, with no woman named: left as written', spoke: 'Tom Reyes', noted: undefined, pronoun: 'she', want: undefined },
    { name: '"he" is no woman whose given name says so', spoke: 'Gwyneth Price', noted: undefined, pronoun: 'he', want: undefined },
    { name: 'a name that says no gender fits both', spoke: 'Reyes', noted: undefined, pronoun: 'she', want: 'Reyes' },
  ])('$name', ({ spoke, noted, pronoun, want }) => {
    const memory = new SpeakerMemory();
    memory.resolve(person(spoke));
    if (noted) memory.notePerson(person(noted));
    expect(memory.resolve(person(pronoun))?.canonical).toBe(want);
  });
});

describe('quoteRun', () => {
  /** The words inside quotation marks, and whether a quotation is left open, of a sentence written word by word. */
  const run = (words: string, openAtStart: boolean): { inside: string; open: boolean; marked: boolean } => {
    const rows = words.split(' ').map((w) => `${w} ${w} X X - -`).join('\n');
    const [v] = viewsOf(analysisOf([{ rows }]));
    const r = quoteRun(v!, openAtStart);
    return { inside: [...r.inside].map((k) => v!.tokens[k]!.text).join(' '), open: r.open, marked: r.marked };
  };
  it.each([
    { words: 'Lee said : " We won', carried: false, want: { inside: 'We won', open: true, marked: true } },
    { words: '" We won .', carried: false, want: { inside: 'We won .', open: true, marked: true } },
    { words: 'They played well , " Lee said .', carried: true, want: { inside: 'They played well ,', open: false, marked: true } },
    { words: 'They played well .', carried: true, want: { inside: 'They played well .', open: true, marked: false } },
    { words: 'They played well .', carried: false, want: { inside: '', open: false, marked: false } },
    { words: 'Lee said " we won . "', carried: false, want: { inside: 'we won .', open: false, marked: true } },
    // a quotation within one, or a stray mark, leaves a toggled quotation open: it is not carried on
    { words: 'Lee warned of " cuts " and " deep changes .', carried: false, want: { inside: 'cuts deep changes .', open: false, marked: true } },
    { words: 'Lee said \u201c we won .', carried: false, want: { inside: 'we won .', open: true, marked: true } },
  ])('$words (open before: $carried)', ({ words, carried, want }) => expect(run(words, carried)).toEqual(want));
});
