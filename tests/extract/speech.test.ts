// Table-driven tests of the speaker memory: which earlier speaker or person a speaker pronoun ("he said") names.
import { describe, expect, it } from 'vitest';
import { SpeakerMemory } from '../../src/extract/speech.js';
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
