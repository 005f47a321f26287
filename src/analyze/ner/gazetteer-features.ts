// Gazetteer features for the recogniser: countries, capitals, demonyms, regions (world-countries), cities and provinces (city-timezones), named bodies, given names, name heads, titles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  ARMED_GROUPS, COMPANY_HEADS, FACILITY_HEADS, GOVERNMENT_BODIES, isFirstName, LOCATION_HEADS, NEWS_AGENCIES, ORGANIZATION_HEADS, PARTIES,
} from '../gazetteer/index.js';

interface Country {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  region?: string;
  subregion?: string;
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Words that end organisation names ("Acme Corp", "Labour Party", "Ministry of Defence" starts one). */
const ORG_WORDS = [
  'inc', 'inc.', 'ltd', 'ltd.', 'corp', 'corp.', 'co', 'co.', 'plc', 'llc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'group', 'holdings',
  'company', 'corporation', 'bank', 'airlines', 'airways', 'motors', 'industries', 'international', 'systems', 'technologies',
  'party', 'ministry', 'department', 'council', 'committee', 'commission', 'agency', 'authority', 'office', 'union', 'association',
  'federation', 'organisation', 'organization', 'institute', 'university', 'college', 'school', 'foundation', 'fund', 'board',
  'court', 'parliament', 'assembly', 'congress', 'senate', 'government', 'police', 'army', 'forces', 'navy', 'front', 'movement',
  'brigade', 'brigades', 'club', 'fc', 'united', 'city', 'rovers', 'press', 'news', 'times', 'post', 'herald', 'journal', 'tribune',
  'network', 'tv', 'radio', 'exchange', 'reserve', 'service', 'services',
];

/** Words before person names ("President Biden", "Mr Straw", "spokesperson Matthew Miller"). */
const TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'st', 'st.',
  'president', 'vice', 'minister', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'senator', 'sen', 'sen.',
  'rep', 'rep.', 'gov', 'gov.', 'governor', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh',
  'general', 'gen', 'gen.', 'col', 'col.', 'colonel', 'captain', 'capt', 'capt.', 'lt', 'lt.', 'sgt', 'sgt.', 'commander', 'chief',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'chairman',
  'chairwoman', 'director', 'ceo', 'founder', 'leader', 'rev', 'rev.', 'father', 'bishop', 'archbishop', 'cardinal', 'ayatollah',
  'mme', 'herr', 'monsieur', 'senor',
];

const WORLD_REGIONS = ['europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'middle east',
  'central asia', 'east asia', 'southeast asia', 'south asia', 'caribbean', 'balkans', 'scandinavia', 'oceania', 'antarctica',
  'west bank', 'gaza', 'gaza strip', 'gulf', 'persian gulf', 'mediterranean', 'atlantic', 'pacific', 'siberia', 'kashmir', 'crimea'];

const MAX_WORDS = 5;

function words(name: string): string[] {
  return name.toLowerCase().replace(/[’`]/g, "'").split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
}

// A name with no space, hyphen or quotation mark to fold: its phrase is the name in lower case, as `words` would give it.
const ONE_PLAIN_WORD = /^[^\s\-’`]+$/;

/** `words(name).join(' ')`, without the split for a name of one plain word (most cities, provinces and countries). */
function phraseKey(name: string): string {
  return ONE_PLAIN_WORD.test(name) ? name.toLowerCase() : words(name).join(' ');
}

/** How many words a phrase key has (`key.split(' ').length`, counted). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** Phrase (lowercased words joined by spaces) -> gazetteer categories. */
function buildPhrases(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const phrases = new Map<string, Set<string>>();
  const add = (name: string | undefined, category: string) => {
    if (!name || name.length < 2) return;
    const key = phraseKey(name);
    if (wordCount(key) > MAX_WORDS) return;
    let set = phrases.get(key);
    if (!set) phrases.set(key, (set = new Set()));
    set.add(category);
  };
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const alt of c.altSpellings ?? []) if (alt.length > 2) add(alt, 'country');
    for (const cap of c.capital ?? []) add(cap, 'capital');
    const d = c.demonyms?.eng;
    for (const dem of new Set([d?.m, d?.f])) {
      if (!dem) continue;
      add(dem, 'demonym');
      add(`${dem}s`, 'demonym');
    }
    if (c.subregion) add(c.subregion, 'region');
  }
  // Two-letter codes only where they are not also common lowercase words ("us").
  for (const code of ['U.S.', 'U.K.', 'U.S.A.']) add(code, 'country');
  for (const r of WORLD_REGIONS) add(r, 'region');
  // Cities of 15,000 people or more and first-level divisions (states, provinces), all from city-timezones (GeoNames):
  // a cue weighed by the model, not a decision, so common words among them ("Mobile", "March") cost little.
  const cities = require('city-timezones') as { cityMapping: Array<{ city: string; city_ascii: string; pop: number; province: string }> };
  for (const row of cities.cityMapping) {
    if (row.pop >= 15_000) for (const name of new Set([row.city, row.city_ascii])) add(name, row.pop >= 500_000 ? 'bigcity' : 'city');
    if (row.province) add(row.province, 'province');
  }
  for (const body of GOVERNMENT_BODIES) add(body.name, 'govbody');
  for (const body of [...PARTIES, ...NEWS_AGENCIES, ...ARMED_GROUPS]) add(body.name, 'namedorg');
  for (const w of ORG_WORDS) add(w, 'orgword');
  for (const t of TITLES) add(t, 'title');
  // A name that is a big city somewhere is not also marked as a (smaller) city: one feature fewer per word.
  for (const set of phrases.values()) if (set.has('bigcity')) set.delete('city');
  return new Map([...phrases].map(([k, v]) => [k, [...v].sort()]));
}

/** Capitalised abbreviations matched only as written: lowercase "us" is a pronoun. */
const EXACT: ReadonlyMap<string, string> = new Map([['US', 'country'], ['UK', 'country'], ['USA', 'country'], ['UAE', 'country'], ['EU', 'orgword'], ['UN', 'orgword'], ['NATO', 'orgword']]);

// A name as the lists write it: a capital or a digit first (the lists also hold lowercase words, "at", "in").
const NAME_START = /^[\p{Lu}\d]/u;

/**
 * The names of a cspell dictionary package's list (one entry a line, `#` comments, as written): the entries that start
 * as a name does, in one pass over the lines (no set and array of every entry first: some 6 ms of a build's start-up).
 */
function cspellNames(pkg: string, file: string): Set<string> {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), 'dict', file);
  const names = new Set<string>();
  // Split at '\n' alone: trim() drops the '\r' of a '\r\n' line ending, as the split at /\r?\n/ did.
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.trim();
    if (word && !word.startsWith('#') && NAME_START.test(word)) names.add(word);
  }
  return names;
}

/** Company names and tickers (@cspell/dict-companies), and given names and surnames (@cspell/dict-people-names). */
let companies: Set<string> | null = null;
let people: Set<string> | null = null;

let phrases: Map<string, string[]> | null = null;
const NONE: string[] = [];
/** First word of each phrase -> the most words a phrase starting with it has (skips joins for most words). */
let starts: Map<string, number> | null = null;

const WEB_ADDRESS = /^(?:(?:https?|ftp):\/\/|www\.)|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const FILE_NAME = /\.(?:html?|docx?|pdf|xlsx?|pptx?|txt|jpe?g|png|gif|zip|exe|csv|xml)$/i;
/** Newsgroup and package names written as lowercase dotted paths ("alt.animals.cat", "comp.lang.c"). */
const DOTTED_PATH = /^[a-z][a-z0-9+-]*(?:\.[a-z0-9+-]+){2,}$/;

/**
 * A web or e-mail address, a file name or a dotted newsgroup path: text that names a resource, never
 * a person, organisation or place written as a name (Universal NER and CoNLL-2003 leave them out).
 */
export function isAddressLike(word: string): boolean {
  return mayBeAddress(word) && (WEB_ADDRESS.test(word) || FILE_NAME.test(word) || DOTTED_PATH.test(word));
}

/** False for a word none of WEB_ADDRESS, FILE_NAME and DOTTED_PATH can match: it has no '.', '@' or ':'. */
function mayBeAddress(word: string): boolean {
  return word.includes('.') || word.includes('@') || word.includes(':');
}

/** A company name as written, of one or more words ("Google", "Home Depot"), from @cspell/dict-companies. */
export function isCompanyName(name: string): boolean {
  loadNameLists();
  return companies!.has(name);
}

/** Reads the company and people name lists on first use. */
function loadNameLists(): void {
  if (!companies || !people) {
    companies = cspellNames('@cspell/dict-companies', 'companies.txt');
    people = cspellNames('@cspell/dict-people-names', 'people-names.txt');
  }
}

/**
 * The place categories (country, capital, bigcity, city, province, region) of a whole phrase, as
 * `gazetteerLabels` matches it; empty when the phrase is no known place or only part of one.
 */
export function placeCategories(words: readonly string[]): string[] {
  const labels = gazetteerLabels(words);
  const first = labels[0] ?? [];
  const out: string[] = [];
  for (const l of first) {
    if (!l.endsWith('-B')) continue;
    const cat = l.slice(0, -2);
    if (!PLACE_CATEGORIES.has(cat)) continue;
    // The match must run to the end of the phrase and no further (it cannot run further: the phrase is the sentence).
    if (words.slice(1).every((_, k) => labels[k + 1]!.includes(`${cat}-I`))) out.push(cat);
  }
  return out;
}
const PLACE_CATEGORIES = new Set(['country', 'capital', 'bigcity', 'city', 'province', 'region']);

/**
 * Gazetteer cues of one word alone (given name, company or person name, name heads), case-folded so
 * lowercase web text ("john", "hilton hotel") gets them too. `lowered` is the word in lower case.
 * Read per word, not per sentence: the recogniser caches them with the word's other features.
 */
export function wordCues(word: string, lowered = word.toLowerCase()): string[] {
  loadNameLists();
  const cues: string[] = [];
  const cap = lowered.length > 1 ? lowered[0]!.toUpperCase() + lowered.slice(1) : word;
  // A lowercase word is looked up capitalised only from four letters on ("at" is not the company At).
  const folded = word.length >= 4 && word === lowered;
  if (isFirstName(cap)) cues.push('first');
  if (companies!.has(word) || (folded && companies!.has(cap))) cues.push('company');
  if (people!.has(word) || (folded && people!.has(cap))) cues.push('person');
  if (COMPANY_HEADS.has(cap) || COMPANY_HEADS.has(word)) cues.push('companyhead');
  if (ORGANIZATION_HEADS.has(cap)) cues.push('orghead');
  if (FACILITY_HEADS.has(cap)) cues.push('facilityhead');
  if (LOCATION_HEADS.has(cap)) cues.push('lochead');
  // Addresses and file names, frequent in e-mail and forum text, are no names however they are capitalised.
  // Each of the three patterns needs a '.', '@' or ':' (most words have none: no pattern run for them).
  if (!mayBeAddress(word)) return cues;
  if (WEB_ADDRESS.test(word) || DOTTED_PATH.test(word)) cues.push('address');
  else if (FILE_NAME.test(word)) cues.push('filename');
  return cues;
}

function loadPhrases(): void {
  phrases = buildPhrases();
  starts = new Map();
  for (const key of phrases.keys()) {
    const parts = key.split(' ');
    starts.set(parts[0]!, Math.max(starts.get(parts[0]!) ?? 0, parts.length));
  }
}

/** The length in words of the longest gazetteer phrase starting with `lowered` (a lowercased word), 0 when none. */
export function phraseStartLength(lowered: string): number {
  if (!phrases || !starts) loadPhrases();
  return starts!.get(lowered) ?? 0;
}

/**
 * Gazetteer labels of each word: `country-B`, `country-I`, `capital-B`, ... for the longest phrase
 * match starting at each position (case-insensitive, so lowercase web text matches too).
 */
export function gazetteerLabels(sentence: readonly string[], lowered?: readonly string[], startLengths?: readonly number[]): readonly string[][] {
  if (!phrases || !starts) loadPhrases();
  const phraseTable = phrases!, startTable = starts!;
  // Words without a match share one empty array (most words): allocate only where something matches.
  const out: string[][] = new Array(sentence.length).fill(NONE);
  const lower = (i: number) => lowered?.[i] ?? sentence[i]!.toLowerCase();
  const push = (at: number, label: string) => { if (out[at] === NONE) out[at] = []; out[at]!.push(label); };
  for (let i = 0; i < sentence.length; i++) {
    const first = lower(i);
    // The caller may pass each word's `phraseStartLength` (cached per word form): the phrase table is large.
    const longest = startLengths ? startLengths[i]! : startTable.get(first) ?? 0;
    let best = 0;
    let bestCats: string[] = [];
    if (longest > 0) {
      let key = first;
      for (let n = 1; n <= longest && i + n <= sentence.length; n++) {
        if (n > 1) key = `${key} ${lower(i + n - 1)}`;
        const cats = phraseTable.get(key);
        if (cats) { best = n; bestCats = cats; }
      }
    }
    const exact = EXACT.get(sentence[i]!);
    if (best === 0 && exact) push(i, `${exact}-B`);
    for (let k = 0; k < best; k++) for (const c of bestCats) push(i + k, `${c}-${k === 0 ? 'B' : 'I'}`);
  }
  return out;
}
