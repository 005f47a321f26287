// Table-driven test of roles.ts' labelWords, the one reader of a role label's words without its closing preposition
// (used to place a post "in", to narrow it to a unit "head of research at", and to find the head office).
import { describe, expect, it } from 'vitest';
import { labelWords } from '../../src/extract/roles.js';

describe('a role label\'s words without its closing preposition', () => {
  it.each<[string, string[]]>([
    ['head of', ['head']],
    ['chief executive of', ['chief', 'executive']],
    ['lecturer at', ['lecturer']],
    ['adviser to', ['adviser']],
    ['spokesman for', ['spokesman']],
    ['partner with', ['partner']],
    ['lawyer in', ['lawyer']],
    ['former head of', ['former', 'head']],
    // a preposition inside the label stays; a label without one is whole
    ['minister of state for', ['minister', 'of', 'state']],
    ['mayor', ['mayor']],
  ])('"%s"', (label, words) => {
    expect(labelWords(label)).toEqual(words);
  });
});
