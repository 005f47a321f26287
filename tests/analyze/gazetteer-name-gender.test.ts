// Table-driven tests of the gender of given names: the hand-kept common names and the birth registers behind them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { genderOfCommonGivenName, genderOfFirstName, readRegisterRows, registeredGivenNames } from '../../src/analyze/gazetteer/name-gender.js';

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

// The rows of a register's source as the pattern the registers were first read with finds them (matchAll).
const ROW = /\['([^'\\]*)', '([a-z]+)'\]/g;
const byPattern = (text: string): string[] => [...text.matchAll(ROW)].map((m) => `${m[1]}|${m[2]}`);
const byScan = (text: string): string[] => {
  const rows: string[] = [];
  readRegisterRows(text, (name, gender) => rows.push(`${name}|${gender}`));
  return rows;
};

describe('readRegisterRows', () => {
  it.each([
    ["  ['ana', 'female'],\n  ['rui', 'male'],\n", ['ana|female', 'rui|male']],
    // a name with a backslash or no gender of lower-case letters is no row; the scan goes on after it
    ["['d\\'arc', 'male'] ['ana', 'Female'] ['rui', ''] ['', 'female'] ['ivo', 'male']", ['|female', 'ivo|male']],
    // an opening bracket inside a row, a row cut short, a doubled bracket
    ["[['ana', 'female']] ['rui', 'male' ['ivo', 'male']", ['ana|female', 'ivo|male']],
    ["['ana',  'female'] ['rui','male'] ['ivo', 'male'", []],
    ['', []],
  ] as const)('%j', (text, want) => {
    expect(byScan(text)).toEqual(want);
    expect(byScan(text)).toEqual(byPattern(text));
  });

  it('reads every register of the package as the pattern does', () => {
    const require = createRequire(import.meta.url);
    for (const lang of ['en', 'it', 'es', 'de', 'tr', 'fr']) {
      const text = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8');
      expect(byScan(text)).toEqual(byPattern(text));
    }
  });

  it('merges the registers as their rows read by the pattern merge', () => {
    const require = createRequire(import.meta.url);
    const merged = new Map<string, { gender: string | null; count: number; english: boolean }>();
    for (const lang of ['en', 'it', 'es', 'de', 'tr']) {
      const names = new Map<string, string>();
      for (const row of byPattern(readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8'))) {
        const [name, gender] = row.split('|') as [string, string];
        names.set(name, gender);
      }
      for (const [name, g] of names) {
        if (g !== 'male' && g !== 'female') continue;
        const seen = merged.get(name);
        if (!seen) merged.set(name, { gender: g, count: 1, english: lang === 'en' });
        else {
          if (seen.gender !== g) seen.gender = null;
          seen.count++;
        }
      }
    }
    const want = new Map<string, string>();
    for (const [name, { gender, count, english }] of merged) if (gender && (english || count >= 2)) want.set(name, gender);
    expect(new Map(registeredGivenNames())).toEqual(want);
  });
});
