// Countries, their names, codes, demonyms and capitals, from the world-countries package plus the usual English news forms it lacks.
import worldCountriesModule, { type Country } from 'world-countries';
import { key } from './normalize.js';
import { wordTable } from '../../util/word-table.js';

// The package is CommonJS (`module.exports = [...]`); under NodeNext its declared default is the module itself.
const worldCountries = worldCountriesModule as unknown as Country[];

/** One country as the rest of the pipeline sees it. */
export interface CountryInfo {
  /** Common English name from world-countries ("United Kingdom", "Russia"). */
  name: string;
  official: string;
  /** ISO 3166-1 alpha-2 ("GB"). */
  iso3166: string;
  /** ISO 3166-1 alpha-3 ("GBR"). */
  iso3: string;
  capitals: string[];
  /** Adjective / singular demonym ("British"). */
  demonym?: string;
  /** Every demonym known here ("British", "Briton", "Brit"). */
  demonyms: string[];
  /** Every name it is known by here, the common name first. */
  names: string[];
  independent: boolean;
  /** Wikidata id; world-countries has none, so this stays unset unless a package provides one. */
  wikidata?: string;
}

// English news forms world-countries does not list. Keyed by ISO alpha-2.
const EXTRA_NAMES: Record<string, string[]> = wordTable({
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo'],
  KR: ['Korea'],
  MK: ['Macedonia'],
  CV: ['Cabo Verde'],
  VA: ['Holy See'],
  PS: ['Palestinian Territories', 'Palestinian territories', 'West Bank and Gaza'],
  AE: ['U.A.E.'],
  SZ: ['Swaziland'],
});
// Demonyms in common English use beyond the package's ("Briton", "Saudi").
const EXTRA_DEMONYMS: Record<string, string[]> = wordTable({
  GB: ['Briton', 'Brit'],
  SA: ['Saudi'],
  NZ: ['Kiwi'],
  PH: ['Philippine'],
  CZ: ['Czech'],
  AE: ['Emirati'],
  KR: ['Korean'],
  BA: ['Bosnian'],
});
// Capital spellings and seats of government news uses beside the package's ("Washington" for "Washington D.C.", "Kiev").
const EXTRA_CAPITALS: Record<string, string[]> = wordTable({
  US: ['Washington', 'Washington, D.C.', 'Washington DC'],
  UA: ['Kiev'],
  IN: ['Delhi'],
  NL: ['The Hague'],
  BO: ['La Paz'],
});
// Codes news text writes as names. Other alpha-2/3 codes ("IN", "AND", "CAN") are English words too often.
const NAME_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK']);

const CODE_KEYS = new Set([...NAME_CODES].map((code) => code.toLowerCase()));

const byIso = new Map<string, CountryInfo>();
const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
const byCapital = new Map<string, CountryInfo>();

function addName(index: Map<string, CountryInfo>, name: string, country: CountryInfo): void {
  const k = key(name);
  // First come wins: independent countries are indexed before territories, larger before smaller.
  if (k && !index.has(k)) index.set(k, country);
}

function build(): void {
  const sorted = [...worldCountries].sort(
    (a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || b.area - a.area || a.cca2.localeCompare(b.cca2),
  );
  for (const c of sorted) {
    const demonym = c.demonyms?.eng?.m?.split(',')[0]?.trim();
    const country: CountryInfo = {
      name: c.name.common,
      official: c.name.official,
      iso3166: c.cca2,
      iso3: c.cca3,
      capitals: [...c.capital, ...(EXTRA_CAPITALS[c.cca2] ?? [])],
      ...(demonym ? { demonym } : {}),
      names: [],
      demonyms: [],
      independent: c.independent ?? false,
    };
    const names = [c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca2] ?? [])];
    for (const alt of c.altSpellings) {
      // Skip codes (handled apart), "Korea, Republic of" inversions and non-Latin scripts.
      if (alt.includes(',') || alt.includes('(') || /^[A-Z]{2,3}$/.test(alt) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) continue;
      names.push(alt);
    }
    for (const code of [c.cca2, c.cca3, ...c.altSpellings]) if (NAME_CODES.has(code)) names.push(code);
    country.names = [...new Set(names)];
    byIso.set(c.cca2, country);
    byIso.set(c.cca3, country);
    for (const name of country.names) addName(byName, name, country);
    const demonyms = new Set<string>(EXTRA_DEMONYMS[c.cca2] ?? []);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) for (const part of (d ?? '').split(',')) if (part.trim()) demonyms.add(part.trim());
    country.demonyms = [...demonyms];
    for (const d of demonyms) addName(byDemonym, d, country);
    for (const capital of country.capitals) addName(byCapital, capital, country);
  }
}
build();

/** Every country, common name order. */
export function allCountries(): CountryInfo[] {
  return [...new Set(byIso.values())].sort((a, b) => a.name.localeCompare(b.name));
}

/** A country by any of its names ("Britain", "the Netherlands", "U.S.", "Russian Federation"). Case-insensitive except codes. */
export function lookupCountry(text: string): CountryInfo | undefined {
  const trimmed = text.trim().replace(/^the\s+/i, '');
  // Codes count only in capitals: "US" is the country, "us" the pronoun.
  if (CODE_KEYS.has(key(trimmed).replace(/\./g, '')) && trimmed !== trimmed.toUpperCase()) return undefined;
  return byName.get(key(trimmed)) ?? byName.get(key(text));
}

/** Whether a word is one of the codes news text writes as a country's name (NAME_CODES: "US", "UK", "UAE"; "U.S."), in capitals. */
export function isCountryCode(word: string): boolean {
  return word === word.toUpperCase() && CODE_KEYS.has(key(word).replace(/\./g, ''));
}

/** A country by ISO 3166 alpha-2 or alpha-3 code ("GB", "gbr"). */
export function countryByCode(code: string): CountryInfo | undefined {
  return byIso.get(code.trim().toUpperCase());
}

/** The country a demonym or its plural names: "Ukrainian" -> Ukraine, "Russians" -> Russia, "British" -> United Kingdom. */
export function demonymCountry(word: string): CountryInfo | undefined {
  if (CODE_KEYS.has(key(word).replace(/\./g, '')) && word !== word.toUpperCase()) return undefined;
  const k = key(word);
  return byDemonym.get(k) ?? (k.endsWith('s') ? byDemonym.get(k.slice(0, -1)) : undefined);
}

/** `demonymToCountry('Ukrainian') === 'Ukraine'`. */
export function demonymToCountry(word: string): string | undefined {
  return demonymCountry(word)?.name;
}

/** True for a plural demonym naming people ("Russians", "Afghans"), not the adjective. */
export function isPluralDemonym(word: string): boolean {
  const k = key(word);
  return k.endsWith('s') && !byDemonym.has(k) && byDemonym.has(k.slice(0, -1));
}

/** The country whose capital `city` is ("Kyiv" -> Ukraine, "Washington" -> United States). */
export function capitalCountry(city: string): CountryInfo | undefined {
  return byCapital.get(key(city));
}

export function isCapital(city: string): boolean {
  return byCapital.has(key(city));
}

/** The first capital of a country given by name or code ("France" -> "Paris"). */
export function capitalOf(country: string): string | undefined {
  return (lookupCountry(country) ?? countryByCode(country))?.capitals[0];
}
