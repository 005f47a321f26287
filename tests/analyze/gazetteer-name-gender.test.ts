// Table-driven tests of the gender of given names: the hand-kept common names and the birth registers behind them.
import { describe, expect, it } from 'vitest';
import { genderOfCommonGivenName, genderOfFirstName } from '../../src/analyze/gazetteer/name-gender.js';

describe('genderOfFirstName', () => {
  it.each([
    ['Matthew', 'male'],
    ['Cynthia', 'female'],
    ['José', 'male'],
    // only the registers know these
    ['Gwyneth', 'female'],
    ['Rhys', 'male'],
    ['Ingeborg', 'female'],
    ['Norbert', 'male'],
    ['GWYNETH', 'female'],
    // registers that disagree ("Andrea" female in English, male in Italian), or a name used for both: unknown
    ['Andrea', undefined],
    ['Marion', undefined],
    // a family name written first in East Asian names, or a name only one register lists: unknown
    ['Kim', undefined],
    ['Xi', undefined],
    ['Zqxv', undefined],
    ['', undefined],
    ['constructor', undefined],
  ] as const)('%s -> %s', (name, want) => {
    expect(genderOfFirstName(name)).toBe(want);
  });
});

describe('genderOfCommonGivenName', () => {
  // a word standing alone may be a surname: only the hand-kept common given names count
  it.each([['Charles', 'male'], ['Susan', 'female'], ['Gwyneth', undefined], ['Young', undefined], ['constructor', undefined]] as const)('%s -> %s', (name, want) => {
    expect(genderOfCommonGivenName(name)).toBe(want);
  });
});
