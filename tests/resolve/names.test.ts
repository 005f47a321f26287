// Names: honorifics and titles off, keys, surnames and acronyms; anaphors and what they can refer to.
import { describe, expect, it } from 'vitest';
import {
  abbreviates, cleanName, givenNameFits, givenNameKey, nameKey, roleWords, surnameKey, titledGivenName, wordBeforeName, writtenLabel,
} from '../../src/resolve/names.js';
import { anaphor } from '../../src/extract/anaphora.js';
import { compatibleAcrossArticles, compatibleInArticle } from '../../src/resolve/types.js';

describe('cleanName', () => {
  it.each([
    ['Mr Miller', 'Person', 'Miller', 'male'],
    ['Mrs. Okafor', 'Person', 'Okafor', 'female'],
    ['President Vladimir Putin', 'Person', 'Vladimir Putin', undefined],
    ['Foreign Secretary Jack Straw', 'Person', 'Jack Straw', undefined],
    ['US Secretary of State Antony Blinken', 'Person', 'Antony Blinken', undefined],
    ['Queen Elizabeth', 'Person', 'Queen Elizabeth', 'female'],
    ['Prime Minister', 'Person', 'Prime Minister', undefined],
    ["State Department's spokesperson Matthew Miller", 'Person', "State Department's spokesperson Matthew Miller", undefined],
    ['John Major', 'Person', 'John Major', undefined],
    ["the State Department's", 'GovernmentBody', 'State Department', undefined],
    ['The Hague', 'City', 'The Hague', undefined],
    ['Ahmed bin Salman', 'Person', 'Ahmed bin Salman', undefined],
    ['Prince Oskar', 'Person', 'Prince Oskar', 'male'],
    ['King Olav IV', 'Person', 'King Olav IV', 'male'],
    ['Pope Clement', 'Person', 'Pope Clement', 'male'],
    ['Princess Ingrid Alexandra', 'Person', 'Ingrid Alexandra', 'female'],
    ['British Queen Maud', 'Person', 'Queen Maud', 'female'],
    ['Lord Ferrow', 'Person', 'Ferrow', 'male'],
    ['Baroness Ferrow', 'Person', 'Ferrow', 'female'],
    ['frontman Ziggy', 'Person', 'Ziggy', undefined],
    ['sprinter Ann Lee', 'Person', 'Ann Lee', undefined],
    ['veteran striker Tom Hale', 'Person', 'Tom Hale', undefined],
    ['Omar bin Zayed', 'Person', 'Omar bin Zayed', undefined],
    ['van Dorsten', 'Person', 'van Dorsten', undefined],
    ['of Wessex', 'Person', 'of Wessex', undefined],
    ['frontman Ziggy', 'Organization', 'frontman Ziggy', undefined],
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
    ['Prince Oskar', undefined], ['Queen Maud II', undefined], ['Ingrid Prince', 'prince'],
  ])('surnameKey(%s) = %s', (name, key) => expect(surnameKey(name)).toBe(key));

  it.each([
    ['Charlie Bell', 'charlie'], ['Prince Oskar', 'oskar'], ['Bell', undefined], ['Tom Evans Jr', 'tom'],
  ])('givenNameKey(%s) = %s', (name, key) => expect(givenNameKey(name)).toBe(key));

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

describe('names written around a mention the recogniser cut short', () => {
  it.each([
    // [text before the mention, the mention, the name it is]
    ['The crowd cheered as Prince ', 'Oskar', 'Prince Oskar'],
    ['Then Queen ', 'Maud', 'Queen Maud'],
    ['a visit by Pope ', 'Clement', 'Pope Clement'],
    ['Then the prince ', 'Oskar', undefined],
    ['Chief executive ', 'Oskar', undefined],
    ['The crowd cheered as Prince ', 'Oskar Lind', undefined],
  ])('%j + %s -> %s', (before, name, expected) => {
    expect(titledGivenName(before, name)?.name).toBe(expected);
  });

  it.each([
    // [sentence up to a one-word name, what the word before says]
    ['The plan came from adviser Baroness ', { gender: 'female' }],
    ['It was Ms ', { gender: 'female' }],
    ['The talks were led by Lord ', { gender: 'male' }],
    ['The board named chief executive Gene ', { givenName: 'Gene' }],
    ['Tickets went to J.P. ', { givenName: 'J.P.' }],
    ['Tickets went to Jean-Luc ', { givenName: 'Jean-Luc' }],
    ['Gene ', {}],
    ['The board named chief executive ', {}],
    ['On Thursday ', {}],
    ["The striker joined Arsenal's ", {}],
    ['The Oscar-nominated ', {}],
    ['Subs: Lane, ', {}],
    ['Foreign Secretary ', {}],
  ] as const)('%j -> %j', (before, expected) => {
    expect(wordBeforeName(before)).toEqual(expected);
  });

  it.each([
    ['Gene', 'Gene Brandt', true],
    ['Gene', 'Oliver Brandt', false],
    ['K', 'Kevin Brandt', true],
    ['J.P.', 'JP Brandt', true],
    ['K', 'Oliver Brandt', false],
    ['Gene', 'Brandt', false],
    // a name taken with a title before it: the word before the surname is the given name
    ['Gene', 'Party MP Gene Brandt', true],
    ['Gene', 'Party MP Oliver Brandt', false],
  ])('given name %s fits %s: %s', (given, full, fits) => expect(givenNameFits(given, full)).toBe(fits));
});

describe('writtenLabel', () => {
  it.each([
    { name: 'a gazetteer\'s marked spelling no mention writes gives way to the plain one written', label: 'Bogotá', written: ['Bogota', 'Bogota'], want: 'Bogota' },
    { name: 'a country\'s other name, as written (not its demonym)', label: 'Türkiye', written: ['Turkish', 'Turkey'], want: 'Turkey' },
    { name: 'the marked spelling stays when a mention writes it', label: 'Bogotá', written: ['Bogotá', 'Bogota'], want: 'Bogotá' },
    { name: 'no written name of the same thing: the label stays', label: 'Nicolás Maduro', written: ['Maduro'], want: 'Nicolás Maduro' },
    { name: 'a label in plain letters is never replaced', label: 'United States', written: ['U.S.', 'America'], want: 'United States' },
    { name: 'the plain spelling written most often', label: 'Zürich', written: ['Zurich', 'ZURICH', 'ZURICH'], want: 'ZURICH' },
  ])('$name', ({ label, written, want }) => expect(writtenLabel(label, written)).toBe(want));
});

describe('roleWords: the offices written before a name, an abbreviated title as the office it shortens', () => {
  it.each([
    ['the port was visited by Gov.', 'Ana Reis', ['governor']],
    ['', 'Sen. Tom Hale', ['senator']],
    ['', 'Foreign Secretary Tom Hale', ['foreign', 'secretary']],
    ['a talk with', 'Tom Hale', []],
  ])('%s | %s', (before, name, want) => {
    expect(roleWords(before, name)).toEqual(want);
  });
});
