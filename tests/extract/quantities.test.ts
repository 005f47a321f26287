// Table-driven tests of reading money amounts and bounds in news English, on phrases written for the tests.
import { describe, expect, it } from 'vitest';
import { boundOf, findMoney } from '../../src/extract/quantities.js';

describe('findMoney', () => {
  // [text, [value, currency] of each amount]
  const table: Array<[string, Array<[string, string]>]> = [
    ['a $6bn loan', [['6000000000', 'USD']]],
    ['cuts worth £2.5 billion', [['2500000000', 'GBP']]],
    ['a plan of £40 billions worth of savings', [['40000000000', 'GBP']]],
    ['fines of €3 millions', [['3000000', 'EUR']]],
    ['a 20 millions euros bill', [['20000000', 'EUR']]],
    ['$5 thousands', [['5000', 'USD']]],
    ['a 7m dollars deal and ¥9 trillion', [['7000000', 'USD'], ['9000000000000', 'JPY']]],
    ['no amount in 2,000 words', []],
  ];
  for (const [text, want] of table) it(text, () => expect(findMoney(text).map((m) => [m.value, m.currency])).toEqual(want));
});

describe('boundOf', () => {
  const table: Array<[string, string]> = [
    ['killing at least', 'min'], ['more than', 'min'], ['up to', 'max'], ['fewer than', 'max'], ['nearly', 'approx'], ['killing', 'exact'],
  ];
  for (const [before, bound] of table) it(`"${before}" -> ${bound}`, () => expect(boundOf(before)).toBe(bound));
});
