// Table-driven tests of what a pronoun or a definite description can refer to, on phrases written for the tests.
import { describe, expect, it } from 'vitest';
import { anaphor, isPronoun } from '../../src/extract/anaphora.js';

describe('anaphor', () => {
  it.each([
    { text: 'he', kind: 'pronoun', types: ['Person'] },
    { text: 'the company', kind: 'description', types: ['Company', 'Organization'] },
    { text: 'the US-based firm', kind: 'description', types: ['Company', 'Organization'] },
    { text: 'the foreign secretary', kind: 'description', types: ['Person'] },
    // a modifier that sets it apart from the one in focus, or makes it several: no anaphor, the phrase is read as written
    { text: 'the rival firm', kind: undefined, types: [] },
    { text: 'the combined company', kind: undefined, types: [] },
    { text: 'the parent group', kind: undefined, types: [] },
    { text: 'the new company', kind: undefined, types: [] },
    { text: 'Acme', kind: undefined, types: [] },
  ])('$text', ({ text, kind, types }) => {
    const a = anaphor(text);
    expect(a?.kind).toBe(kind);
    expect([...(a?.types ?? [])].sort()).toEqual([...types].sort());
  });

  it.each([['they', true], ['We', true], ['the firm', false], ['Acme', false]] as const)('isPronoun(%s) is %s', (text, want) => {
    expect(isPronoun(text)).toBe(want);
  });
});
