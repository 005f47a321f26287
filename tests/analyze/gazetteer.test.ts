// Tests the gazetteer: countries, demonyms, capitals, cities, titles, given names' genders and the phrase matcher.
import { describe, expect, it } from 'vitest';
import {
  COURTESY_TITLE, HONORIFIC_GENDER, NAME_PARTICLES, capitalCountry, capitalOf, demonymToCountry, gazetteerFeatures, isCapital,
  isFirstName, isHonorific, isPluralDemonym, isRole, lookupCity, lookupCountry, matchPhrases, titleLength,
} from '../../src/analyze/gazetteer/index.js';
import { genderOfFirstName } from '../../src/analyze/gazetteer/name-gender.js';

describe('lookupCountry', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['France', 'France', 'FR'],
    ['Britain', 'United Kingdom', 'GB'],
    ['the Netherlands', 'Netherlands', 'NL'],
    ['U.S.', 'United States', 'US'],
    ['USA', 'United States', 'US'],
    ['us', undefined, undefined],
    ['Russian Federation', 'Russia', 'RU'],
    ['Cote d’Ivoire', 'Ivory Coast', 'CI'],
    ['Burma', 'Myanmar', 'MM'],
    ['IN', undefined, undefined],
    ['Narnia', undefined, undefined],
  ];
  it.each(cases)('%s -> %s', (text, name, iso) => {
    const country = lookupCountry(text);
    expect(country?.name).toBe(name);
    expect(country?.iso3166).toBe(iso);
  });
});

describe('demonyms', () => {
  const cases: Array<[string, string | undefined, boolean]> = [
    ['Ukrainian', 'Ukraine', false],
    ['Russian', 'Russia', false],
    ['Russians', 'Russia', true],
    ['British', 'United Kingdom', false],
    ['Britons', 'United Kingdom', true],
    ['Israelis', 'Israel', true],
    ['Chinese', 'China', false],
    ['Saudi', 'Saudi Arabia', false],
    ['Martian', undefined, false],
  ];
  it.each(cases)('%s -> %s', (word, country, plural) => {
    expect(demonymToCountry(word)).toBe(country);
    expect(isPluralDemonym(word)).toBe(plural);
  });
});

describe('capitals and cities', () => {
  it.each([
    ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Washington', 'United States'], ['Moscow', 'Russia'], ['Canberra', 'Australia'],
  ])('%s is the capital of %s', (city, country) => {
    expect(isCapital(city)).toBe(true);
    expect(capitalCountry(city)?.name).toBe(country);
  });
  it('knows capitals by country name or code', () => {
    expect(capitalOf('France')).toBe('Paris');
    expect(capitalOf('JP')).toBe('Tokyo');
    expect(isCapital('Manchester')).toBe(false);
  });
  it.each([
    ['Manchester', 'United Kingdom'], ['Mumbai', 'India'], ['Lagos', 'Nigeria'], ['Nice', undefined], ['Reading', undefined],
  ])('city %s is in %s', (city, country) => {
    expect(lookupCity(city)?.country).toBe(country);
  });
});

describe('titles and names', () => {
  const cases: Array<[string, number, number]> = [
    ['Foreign Secretary Jane Roe', 0, 2],
    ['the former Prime Minister said', 1, 3],
    ['Mr Brown', 0, 1],
    ['spokesperson Anna Lee', 0, 1],
    ['vice - president Kim', 0, 3],
    ['vice-president Kim', 0, 1],
    ['club co-chairman Kim', 1, 1],
    ['Anna Lee said', 0, 0],
  ];
  it.each(cases)('%s at %i -> %i words', (text, at, length) => {
    expect(titleLength(text.split(' '), at)).toBe(length);
  });
  // With an end, only the words before it count, as for a slice (a negative end counts back from the last word).
  it.each<[string, number, number, number]>([
    ['Foreign Secretary Jane Roe', 0, 2, 2],
    ['Foreign Secretary Jane Roe', 0, 1, 0],
    ['the former Prime Minister said', 1, 3, 0],
    ['the former Prime Minister said', 1, -1, 3],
    ['the former Prime Minister said', 1, -2, 0],
    ['vice - president Kim', 0, 2, 0],
    ['vice - president Kim', 0, 9, 3],
    ['Mr Brown', 0, 0, 0],
    ['Mr Brown', 1, -5, 0],
  ])('%s at %i before %i -> %i words, as its slice gives', (text, at, end, length) => {
    const words = text.split(' ');
    expect(titleLength(words, at, end)).toBe(length);
    expect(titleLength(words.slice(0, end), at)).toBe(length);
  });
  it('knows roles and first names', () => {
    expect(isRole('chief executive')).toBe(true);
    expect(isRole('banana')).toBe(false);
    expect(isFirstName('Fatima')).toBe(true);
    expect(isFirstName('table')).toBe(false);
  });
});

describe('honorifics and name particles (one list each for every stage)', () => {
  it.each<[string, boolean, boolean, 'male' | 'female' | undefined]>([
    // [word, courtesy title, honorific, gender]
    ['Mr', true, true, 'male'], ['mrs.', true, true, 'female'], ['Baroness', true, true, 'female'], ['Dr.', true, true, undefined],
    ['Reverend', true, true, undefined], ['Gen.', false, true, undefined], ['Sheikh', false, true, undefined],
    ['Mrs Jones', false, false, undefined], ['Mister', true, true, 'male'], ['Minister', false, false, undefined],
  ])('%s: courtesy title %s, honorific %s, gender %s', (word, courtesy, honorific, gender) => {
    expect(COURTESY_TITLE.test(word)).toBe(courtesy);
    expect(isHonorific(word)).toBe(honorific);
    expect(HONORIFIC_GENDER[word.toLowerCase().replace(/\.$/, '')]).toBe(gender);
  });
  it('has no honorific named like an Object member', () => {
    expect(Object.hasOwn(HONORIFIC_GENDER, 'constructor')).toBe(false);
  });
  it.each<[string, boolean]>([['van', true], ['bin', true], ['de', true], ['y', true], ['of', false], ['Van', false]])('%s is a particle: %s', (word, expected) => {
    expect(NAME_PARTICLES.has(word)).toBe(expected);
  });
});

describe('matchPhrases', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['The Kremlin rejected a White House offer', [['Kremlin', 'metonym', 'Kremlin'], ['White House', 'metonym', 'White House']]],
    ['US and U.K. officials met us', [['US', 'country', 'United States'], ['U.K.', 'country', 'United Kingdom']]],
    ['Ukrainian and Russian troops', [['Ukrainian', 'demonym', 'Ukraine'], ['Russian', 'demonym', 'Russia']]],
    ['a turkey dinner in Turkey', [['Turkey', 'country', 'Türkiye']]],
    ['the State Department and the Home Office', [['State Department', 'government', 'United States Department of State'], ['Home Office', 'government', 'Home Office']]],
    ['Reuters and AFP reported on Hamas and Labour', [['Reuters', 'agency', 'Reuters'], ['AFP', 'agency', 'Agence France-Presse'], ['Hamas', 'armed-group', 'Hamas'], ['Labour', 'party', 'Labour Party']]],
    ['a Liberal Democrat spokesman and Lib Dem and Tory MPs', [['Liberal Democrat', 'party', 'Liberal Democrats'], ['Lib Dem', 'party', 'Liberal Democrats'], ['Tory', 'party', 'Conservative Party']]],
    ['a Conservative leader and the Conservative Party', [['Conservative', 'party', 'Conservative Party'], ['Conservative Party', 'party', 'Conservative Party']]],
    ['flights from Kyiv to Bosnia and Herzegovina', [['Kyiv', 'city', 'Kyiv'], ['Bosnia and Herzegovina', 'country', 'Bosnia and Herzegovina']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const words = text.split(' ');
    expect(matchPhrases(words).map((m) => [words.slice(m.start, m.end).join(' '), m.kind, m.canonical])).toEqual(expected);
  });

  it('gives BIO features per word', () => {
    const words = 'Defence Minister Anna Lee visited the United Kingdom'.split(' ');
    const features = gazetteerFeatures(words);
    expect(features[0]).toContain('title');
    expect(features[2]).toContain('first-name');
    expect(features[6]).toContain('B-country');
    expect(features[7]).toContain('I-country');
  });
});

describe('genderOfFirstName', () => {
  const cases: Array<[string, 'male' | 'female' | undefined]> = [
    ['Peter', 'male'],
    ['SARAH', 'female'],
    ['Nicolás', 'male'],
    ['José', 'male'],
    ['Zoë', 'female'],
    ['Wenger', undefined],
  ];
  it.each(cases)('%s -> %s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });
});
