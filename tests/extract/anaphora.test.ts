// Table-driven tests of what a pronoun or a definite description can refer to, on phrases written for the tests.
import { describe, expect, it } from 'vitest';
import { anaphor, describes, describesAll, honorificGender, isPronoun } from '../../src/extract/anaphora.js';

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
    // a phrase inside the description: its last word is not its head
    { text: 'the residents of the capital', kind: undefined, types: [] },
    { text: 'the head of the company', kind: undefined, types: [] },
    { text: 'the city and the company', kind: undefined, types: [] },
  ])('$text', ({ text, kind, types }) => {
    const a = anaphor(text);
    expect(a?.kind).toBe(kind);
    expect([...(a?.types ?? [])].sort()).toEqual([...types].sort());
  });

  it.each([['they', true], ['We', true], ['us', true], ['It', true], ['US', false], ['IT', false], ['the firm', false], ['Acme', false]] as const)('isPronoun(%s) is %s', (text, want) => {
    expect(isPronoun(text)).toBe(want);
  });

  it.each([
    ['company', 'Brightwave Holdings', true],
    ['firm', 'Kestrel', true],
    // a business word names no court, council or ministry, whatever type the recogniser gave it
    ['company', 'European Court of Justice', false],
    ['firm', 'Appeals Court', false],
    ['company', 'Migration Council', false],
    ['company', 'Bank of Lorvia', true],
    // every noun of a business is a business word ("the lender", "the carmaker"), and so is a bank of a name with "of"
    ['lender', 'Lorvian Monetary Authority', false],
    ['carmaker', 'Migration Council', false],
    ['bank', 'Bank of Lorvia', true],
    // "the government" only a body named with the word
    ['government', 'Lorvian government', true],
    ['government', 'Supreme Court', false],
    ['ministry', 'Home Office', false],
    ['group', 'Appeals Court', true],
  ] as const)('describes(%s, %s) is %s', (head, name, want) => {
    expect(describes(head, name)).toBe(want);
  });

  it.each([['mrs', 'female'], ['sir', 'male'], ['baroness', 'female'], ['dr', undefined], ['constructor', undefined]] as const)('honorificGender(%s) is %s', (word, want) => {
    expect(honorificGender(word)).toBe(want);
  });
});

describe('describesAll', () => {
  it.each([
    // a business word names no body that any of its names shows to be an institution
    { head: 'company', names: ['TWU', 'Transport Workers Union'], want: false },
    { head: 'company', names: ['Brightwave', 'Brightwave Holdings'], want: true },
    { head: 'firm', names: ['Court of Appeal'], want: false },
    // "the government" needs the word in one of them
    { head: 'government', names: ['Kabul', 'Afghan government'], want: true },
    { head: 'government', names: ['Home Office'], want: false },
  ])('the $head: $names', ({ head, names, want }) => expect(describesAll(head, names)).toBe(want));
});
