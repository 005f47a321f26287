// Finds gazetteer names in a token sequence: longest match first, with the case rules that keep "US" apart from "us".
import { allCountries, countryByCode, demonymCountry, lookupCountry } from './countries.js';
import { allCities, spelledWithoutAccents } from './cities.js';
import { allRegions } from './regions.js';
import { isFirstName } from './first-names.js';
import { ARMED_GROUPS, GOVERNMENT_BODIES, METONYM_PLACES, NEWS_AGENCIES, PARTIES } from './organizations.js';
import { memoize } from '../../util/memo.js';
import { isAscii, isCapitalized, key, nameTokens } from './normalize.js';

export type PhraseKind = 'country' | 'demonym' | 'city' | 'region' | 'metonym' | 'government' | 'party' | 'agency' | 'armed-group';

/** What a name in the gazetteer stands for. */
export interface PhraseEntry {
  kind: PhraseKind;
  /** The preferred name ("United Kingdom" for "Britain"; "Russia" for "Russian"). */
  canonical: string;
  /** ISO 3166-1 alpha-2 of the country it is, belongs to, or (for metonyms) stands for. */
  iso3166?: string;
  /** Matched only with the same letter case (acronyms and codes: "US", "AP", "IRA"). */
  exact: boolean;
  /** Matched only when written with the name's accents ("Münster", not "Munster": a small town's name, see cities.ts). */
  accentsRequired?: boolean;
}

/** One match: words [start, end) of the input. */
export interface PhraseMatch extends PhraseEntry {
  start: number;
  end: number;
}

interface Node {
  next: Map<string, Node>;
  entries: Array<PhraseEntry & { words: string[] }>;
}

const root: Node = { next: new Map(), entries: [] };

// Single-word plural demonyms people write for groups ("Russians"); irregular plurals do not exist for these.
const NO_PLURAL = /(?:ese|ish|ch|sh|s)$/i;

function add(name: string, entry: PhraseEntry): void {
  const words = nameTokens(name);
  if (!words.length) return;
  let node = root;
  for (const word of words) {
    const k = key(word);
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  // The first entry added for a name wins among entries of one kind; kinds coexist and the matcher picks by order of addition.
  if (!node.entries.some((e) => e.kind === entry.kind)) node.entries.push({ ...entry, words });
}

function isExact(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length <= 5 && letters === letters.toUpperCase();
}

function build(): void {
  for (const item of METONYM_PLACES) add(item.name, { kind: 'metonym', canonical: item.canonical, iso3166: item.country, exact: false });
  for (const item of GOVERNMENT_BODIES) add(item.name, { kind: 'government', canonical: item.canonical, ...(item.country ? { iso3166: item.country } : {}), exact: isExact(item.name) });
  for (const item of NEWS_AGENCIES) add(item.name, { kind: 'agency', canonical: item.canonical, exact: isExact(item.name) || item.name === 'dpa' });
  for (const item of ARMED_GROUPS) add(item.name, { kind: 'armed-group', canonical: item.canonical, exact: isExact(item.name) });
  for (const item of PARTIES) add(item.name, { kind: 'party', canonical: item.canonical, exact: isExact(item.name) });
  // A name or demonym several countries share ("American", "Congolese") goes to the one countries.ts ranks first.
  for (const country of allCountries()) {
    for (const name of country.names) {
      const owner = lookupCountry(name) ?? country;
      add(name, { kind: 'country', canonical: owner.name, iso3166: owner.iso3166, exact: isExact(name) });
    }
  }
  for (const country of allCountries()) {
    for (const d of country.demonyms) {
      const owner = demonymCountry(d) ?? country;
      add(d, { kind: 'demonym', canonical: owner.name, iso3166: owner.iso3166, exact: isExact(d) });
      if (!NO_PLURAL.test(d)) add(d + 's', { kind: 'demonym', canonical: owner.name, iso3166: owner.iso3166, exact: false });
    }
  }
  for (const city of allCities()) {
    add(city.name, { kind: 'city', canonical: city.name, iso3166: city.iso3166, exact: false, ...(spelledWithoutAccents(city) ? {} : { accentsRequired: true }) });
  }
  // States last: a name that is also a country, a city or a seat of government ("Georgia", "New York", "Washington") stays
  // that, and the state is written with its word ("New York state"); one that is a given name is left to the recogniser,
  // as a town of that name is
  for (const region of allRegions()) {
    const entry = { kind: 'region', canonical: region.name, iso3166: region.iso3166, exact: false } as const;
    const taken = opensEntry(region.name);
    if (!taken && !isFirstName(region.name)) add(region.name, entry);
    if (taken) add(`${region.name} state`, { ...entry, canonical: `${region.name} State` });
  }
}

/** Whether a name is already an entry of another kind (a country, city, seat of government ...). */
function opensEntry(name: string): boolean {
  let node: Node | undefined = root;
  for (const word of nameTokens(name)) node = node?.next.get(key(word));
  return !!node?.entries.length;
}
build();

// The names a word can open, by the word as written: every word of a text is asked once per sentence (and again by the
// name rules), and most open none (null, remembered as well).
const opening = memoize((word): Node | null => root.next.get(key(word)) ?? null, 50_000);

/** Whether any name under `node` (its own or a longer one's) has a first word that is not capitalised. */
function opensLowerCaseName(node: Node): boolean {
  return node.entries.some((e) => !isCapitalized(e.words[0]!)) || [...node.next.values()].some(opensLowerCaseName);
}

// The first words of names that a word beginning with a lower-case ASCII letter can open, by key: those of a name whose
// first word is not capitalised either. Such a word fits no other name (caseFits: a capitalised word of a name wants a
// capitalised word of the text, and an exact one the same letters), so the rest of the lower-case words, most words of
// a text, are settled by this small table, without the memory of every word (`opening`, a table of thousands that the
// models' weights push out of the processor's cache between sentences).
const LOWER_CASE_OPENINGS = new Map<string, Node>();
for (const [k, node] of root.next) if (opensLowerCaseName(node)) LOWER_CASE_OPENINGS.set(k, node);
// The first characters of the names' keys: a word opening with any other ASCII character that is no letter (a stop, a
// comma, a digit), which its key opens with too, opens no name.
const FIRST_CODES = new Set([...root.next.keys()].map((k) => k.charCodeAt(0)));

/** The trie node of the names `word` can open, or null: `opening`, settled without it for most words. */
function openingNode(word: string): Node | null {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return LOWER_CASE_OPENINGS.get(key(word)) ?? null;
  // (the key of a word opening with such a character opens with it: no case to fold, no accent or space to drop)
  if (c > 0x20 && c < 0x7f && c !== 0x60 && !(c >= 65 && c <= 90) && !FIRST_CODES.has(c)) return null;
  return opening(word);
}

/** Whether the text word can stand for the entry's word: same key, and capitalised where the name is. */
function caseFits(text: string, name: string, exact: boolean): boolean {
  if (exact) return text === name || text.replace(/\./g, '') === name.replace(/\./g, '');
  return !isCapitalized(name) || isCapitalized(text);
}

/**
 * All gazetteer names in `words`, left to right, longest first, not overlapping. Among entries of the same
 * name, the first that fits the case wins in this order: metonym, government, agency, armed group, party,
 * country, demonym, city, region. Without `regions`, states are not looked for at all (not matched and dropped after,
 * which would let a state hide a shorter name it holds: "New Jersey" the country Jersey): the matches are those of the
 * gazetteer before it had states, as the recogniser's hints must be.
 */
export function matchPhrases(words: readonly string[], regions = true): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  // A word's key is needed again for every name that could start before it: each is computed once.
  const keys: Array<string | undefined> = new Array(words.length);
  let i = 0;
  while (i < words.length) {
    let best: PhraseMatch | undefined;
    let node: Node | undefined = openingNode(words[i]!) ?? undefined;
    for (let j = i; node; node = ++j < words.length ? node.next.get((keys[j] ??= key(words[j]!))) : undefined) {
      for (const entry of node.entries) {
        if (!regions && entry.kind === 'region') continue;
        if (entry.words.every((w, n) => caseFits(words[i + n]!, w, entry.exact) && (!entry.accentsRequired || !isAscii(words[i + n]!) || isAscii(w)))) {
          best = { kind: entry.kind, canonical: entry.canonical, exact: entry.exact, start: i, end: j + 1 };
          if (entry.iso3166) best.iso3166 = entry.iso3166;
          break;
        }
      }
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else i++;
  }
  return matches;
}

/** The country an ISO code names, for callers holding a match's `iso3166`. */
export function countryName(iso3166: string): string | undefined {
  return countryByCode(iso3166)?.name;
}
