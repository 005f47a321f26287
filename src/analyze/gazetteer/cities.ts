// Cities of the world with their country, from the city-timezones package (GeoNames-derived), plus every capital.
import cityTimezones from 'city-timezones';
import { allCountries, lookupCountry, demonymCountry } from './countries.js';
import { isFirstName } from './first-names.js';
import { isAscii, key } from './normalize.js';

export interface CityInfo {
  name: string;
  /** Common English name of its country. */
  country: string;
  /** ISO 3166-1 alpha-2 of its country. */
  iso3166: string;
  population: number;
  capital: boolean;
}

// Only cities large enough to be named in international news without a qualifier.
const MIN_POPULATION = 100_000;
// City names that are much more often an English word, a surname or a region in news text.
const NOT_CITIES = new Set([
  'nice', 'reading', 'split', 'mobile', 'bath', 'derby', 'orange', 'florence', 'charlotte', 'victoria', 'lincoln',
  'jackson', 'austin', 'eugene', 'marion', 'hamilton', 'washington', 'columbus', 'independence', 'concord', 'surprise',
  'troy', 'santa', 'mercedes', 'york', 'wolf', 'plymouth', 'portsmouth', 'bristol', 'mesa', 'kent', 'regina', 'george',
  'chester', 'paris', 'london', 'sale', 'march', 'mission', 'bend', 'pueblo', 'hope', 'gary', 'tyler', 'irving', 'allen',
  'richardson', 'carson', 'kennedy', 'pearl', 'laredo', 'college station', 'temple', 'of', 'the', 'south', 'north',
]);

const byName = new Map<string, CityInfo>();

function build(): void {
  const countryByIso = new Map(allCountries().map((c) => [c.iso3166, c]));
  for (const country of allCountries()) {
    for (const capital of country.capitals) {
      const k = key(capital);
      if (!byName.has(k)) byName.set(k, { name: capital, country: country.name, iso3166: country.iso3166, population: 0, capital: true });
    }
  }
  const rows = [...cityTimezones.cityMapping].filter((c) => c.pop >= MIN_POPULATION).sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city));
  for (const row of rows) {
    const country = countryByIso.get(row.iso2);
    if (!country) continue;
    for (const name of new Set([row.city, row.city_ascii])) {
      const k = key(name);
      if (!k || NOT_CITIES.has(k) && !byName.get(k)?.capital) continue;
      if (lookupCountry(name) || demonymCountry(name) || isFirstName(name)) continue;
      const known = byName.get(k);
      if (known) {
        if (known.capital && known.iso3166 === row.iso2 && !known.population) known.population = Math.round(row.pop);
        continue;
      }
      byName.set(k, { name, country: country.name, iso3166: country.iso3166, population: Math.round(row.pop), capital: false });
    }
  }
}
build();

// A town this small whose name has accents is not taken for a name written without them: "Munster" (an Irish province)
// is not Münster. Capitals and big cities have English spellings that drop the accents ("Bogota", "Zurich", "Dusseldorf").
const MIN_POPULATION_UNACCENTED = 500_000;

/** Whether `city` may be meant by a name written without the accents of its own: a capital or a big city. */
export function spelledWithoutAccents(city: CityInfo): boolean {
  return city.capital || city.population >= MIN_POPULATION_UNACCENTED || isAscii(city.name);
}

/**
 * The city a name most likely refers to (capital first, then the most populous): "Manchester" -> United Kingdom; none
 * when the name leaves out the accents of a small town's ("Munster" for Münster).
 */
export function lookupCity(name: string): CityInfo | undefined {
  const city = byName.get(key(name));
  return city && (!isAscii(name) || spelledWithoutAccents(city)) ? city : undefined;
}

/** Every city known here, for building phrase tables. */
export function allCities(): CityInfo[] {
  return [...byName.values()];
}
