// Table-driven tests of what a money amount is the amount of, on sentences written for the tests (tagged, not parsed).
import { describe, expect, it } from 'vitest';
import { money } from '../../src/extract/money.js';
import { argumentText } from '../../src/extract/arguments.js';
import { analysisOf } from './fixtures.js';

const rows = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos] = w.split('/') as [string, string]; return `${word} ${word.toLowerCase()} ${upos} _ - -`; }).join('\n');

describe('money: what the amount measures', () => {
  // [sentence, subject, amount]
  const table: Array<[string, string, string]> = [
    ['the/DET storm/NOUN caused/VERB £2m/NUM worth/NOUN of/ADP damage/NOUN ./PUNCT', 'damage', '2000000 GBP'],
    ['they/PRON found/VERB $40m/NUM worth/NOUN of/ADP stolen/ADJ paintings/NOUN ./PUNCT', 'stolen paintings', '40000000 USD'],
    ['a/DET €3bn/NUM rescue/NOUN package/NOUN was/AUX agreed/VERB ./PUNCT', 'rescue package', '3000000000 EUR'],
    // the amount after the noun, in its of-phrase, past a bound
    ['they/PRON sought/VERB a/DET bridging/NOUN loan/NOUN of/ADP nearly/ADV $6bn/NUM ./PUNCT', 'bridging loan', '6000000000 USD'],
  ];
  for (const [sentence, subject, amount] of table) {
    it(`${subject}: ${amount}`, () => {
      const got = money(analysisOf([{ rows: rows(sentence) }]));
      expect(got.map((c) => `${argumentText(c.subject)}: ${(c.object as { value: string }).value} ${(c.object as { unit: string }).unit}`)).toEqual([`${subject}: ${amount}`]);
    });
  }

  // a quantity's own word ("a total of") and a firm's measure (the business rules' row) take no amount of their own
  for (const sentence of ['it/PRON had/VERB a/DET total/NOUN of/ADP $4m/NUM ./PUNCT', 'with/ADP sales/NOUN of/ADP $4m/NUM ./PUNCT']) {
    it(sentence.replace(/\/\S+/g, ''), () => {
      expect(money(analysisOf([{ rows: rows(sentence) }]))).toEqual([]);
    });
  }
});
