// Names: honorifics and titles off, keys, surnames and acronyms; anaphors and what they can refer to.
import { describe, expect, it } from 'vitest';
import { abbreviates, cleanName, nameKey, surnameKey } from '../../src/resolve/names.js';
import { anaphor } from '../../src/extract/anaphora.js';
import { compatibleAcrossArticles, compatibleInArticle } from '../../src/resolve/types.js';

describe('cleanName', () => {
  it.each([
    ['Mr Miller', 'Person', 'Miller', 'male'],
    ['Mrs. Okafor', 'Person', 'Okafor', 'female'],
    ['President Vladimir Putin', 'Person', 'Vladimir Putin', undefined],
    ['Foreign Secretary Jack Straw', 'Person', 'Jack Straw', undefined],
    ['US Secretary of State Antony Blinken', 'Person', 'Antony Blinken', undefined],
    ['Queen Elizabeth', 'Person', 'Elizabeth', 'female'],
    ['Prime Minister', 'Person', 'Prime Minister', undefined],
    ["State Department's spokesperson Matthew Miller", 'Person', "State Department's spokesperson Matthew Miller", undefined],
    ['John Major', 'Person', 'John Major', undefined],
    ["the State Department's", 'GovernmentBody', 'State Department', undefined],
    ['The Hague', 'City', 'The Hague', undefined],
    ['Ahmed bin Salman', 'Person', 'Ahmed bin Salman', undefined],
  ] as const)('%s (%s) -> %s', (text, type, name, gender) => {
    expect(cleanName(text, type)).toEqual({ name, gender });
  });
});

describe('keys, surnames, acronyms', () => {
  it.each([
    ['U.S.', 'us'], ['US', 'us'], ['al-Qaeda', 'al qaeda'], ['Al Qaeda', 'al qaeda'], ['Zürich', 'zurich'],
  ])('nameKey(%s) = %s', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['Matthew Miller', 'miller'], ['Martin Luther King Jr', 'king'], ['Miller', undefined],
  ])('surnameKey(%s) = %s', (name, key) => expect(surnameKey(name)).toBe(key));

  it.each([
    ['HRW', 'Human Rights Watch', true],
    ['FBI', 'Federal Bureau of Investigation', true],
    ['DOJ', 'Department of Justice', true],
    ['ISIL', 'Islamic State of Iraq and the Levant', true],
    ['IBM', 'Human Rights Watch', false],
    ['UN', 'Ukraine', false],
  ])('%s abbreviates %s: %s', (acronym, name, yes) => expect(abbreviates(acronym, name)).toBe(yes));
});

describe('anaphora', () => {
  it.each([
    ['he', 'Person', 'male'], ['Her', 'Person', 'female'], ['it', 'Country', undefined], ['they', 'Group', undefined],
    ['the group', 'ArmedGroup', undefined], ['the terrorist group', 'ArmedGroup', undefined], ['the company', 'Company', undefined],
    ['the spokeswoman', 'Person', 'female'], ['the minister', 'Person', undefined],
  ] as const)('%s can be a %s', (text, type, gender) => {
    const a = anaphor(text);
    expect(a?.types.has(type)).toBe(true);
    expect(a?.gender).toBe(gender);
  });

  it.each(['Miller', 'the Kremlin', 'the warning', 'we', 'the group of seven nations that met'])('%s is not an anaphor', (text) => {
    expect(anaphor(text)).toBeUndefined();
  });
});

describe('types', () => {
  it.each([
    ['Organization', 'Company', true, true],
    ['Company', 'GovernmentBody', true, false],
    ['Country', 'Location', true, false],
    ['City', 'Location', true, true],
    ['Misc', 'Person', true, true],
    ['Group', 'Country', false, false],
    ['Person', 'Organization', false, false],
  ] as const)('%s ~ %s: in article %s, across %s', (a, b, inArticle, across) => {
    expect(compatibleInArticle(a, b)).toBe(inArticle);
    expect(compatibleAcrossArticles(a, b)).toBe(across);
  });
});
