// Repairs of name spans by the shape of written names: a name cut short before the rest of it ("Jelena" of "Jelena
// Kostanic", "Stone" of "Stone & McCarthy Research"), or cut inside a word the tokeniser split ("Erdoğ" of "Erdoğan").
import type { Token } from '../analysis.js';
import { GOVERNMENT_HEADS, LOCATION_HEADS, NAME_PARTICLES, POST_NOMINALS, demonymCountry, isFirstName, isHonorific, isRole, lookupCountry, titleLength } from '../gazetteer/index.js';
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { isApostropheS, isCapitalWord, modifiesNoun, retype, type Candidate } from './candidate.js';

/** Types a name of which may go on past where the recogniser stopped; gazetteer types (countries, cities) are whole. */
const OPEN_TYPES = new Set(['Person', 'Organization', 'Company', 'Location', 'Facility', 'Misc', 'ArmedGroup', 'NewsAgency']);
/** Types the gazetteer gives to place names. */
const PLACE_TYPES = new Set(['City', 'Country', 'Location']);
/** Capitalised words that never continue a name: days, months, and words that open the next clause. */
const CLAUSE_OPENERS = /^(?:I|The|A|An|But|And|Or|If|In|On|At|Of|For|To|By|From|With|As|It|He|She|They|We|This|That)$/;
function neverContinues(w: string): boolean {
  return CALENDAR_NAMES.has(w) || CLAUSE_OPENERS.test(w);
}
/** At most this many words are added to a span: a long run of capitals is a headline or a list, not one name. */
const MAX_ADDED = 3;
// The Arabic article as romanised before a hyphen, assimilated or not ("Deir ez-Zor", "Badia al-Sham", "Abd ar-Rahman").
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ez', 'es', 'ed', 'er', 'ul', 'ud', 'ut']);
/** Types whose names may end in a number ("Channel 4", "Apollo 13", "Halo 2"); people's names and places' do not. */
const NUMBERED_TYPES = new Set(['Organization', 'Company', 'NewsAgency', 'Misc', 'Facility']);
/** Tags of the word after a name's number that end the name there ("Channel 4 said", "Apollo 13 and"). */
const AFTER_NUMBER = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART']);

/**
 * Whether the number at `k` ends the name before it: a bare number of one to four digits with nothing after it that
 * makes it a quantity, a score or a date ("10 days", "6-2", "2 (7-5)"): the sentence ends there, or a punctuation
 * mark, a possessive ("Radio 4's"), a function word or a verb follows.
 */
function nameNumber(tokens: readonly Token[], words: readonly string[], k: number): boolean {
  if (!/^\d{1,4}$/.test(words[k] ?? '')) return false;
  const next = tokens[k + 1];
  if (!next) return true;
  // "100m", "3c": letters written against the number make it a measure or a model's code
  if (/^[-–/:(%]$/.test(next.text) || /^\d/.test(next.text) || (next.start === tokens[k]!.end && /^\p{L}/u.test(next.text))) return false;
  return /^[\p{P}]+$/u.test(next.text) || isApostropheS(next.text) || AFTER_NUMBER.has(next.upos);
}

/** Last words of the names of competitions and other events a country's name opens ("US Open", "UK Championships"). */
const COMPETITION_HEADS = new Set(['Open', 'Masters', 'Championship', 'Championships', 'Cup', 'Games', 'Marathon', 'Prix', 'Classic', 'Trophy']);

/** The type of a name a country's name opens, ending before `end`: a competition is an event's name (Misc), else an organisation's. */
function countryOpenedType(words: readonly string[], end: number): 'Misc' | 'Organization' {
  return COMPETITION_HEADS.has(words[end - 1]!) ? 'Misc' : 'Organization';
}

/**
 * Whether word `k`, right after a country's name, goes on an organisation's name the country opens ("UK Coal", "Japan
 * Airlines"): a capitalised word that is no title, given name, place, calendar word or government's head (those make
 * "the UK Government", the country acting, or a body the head-word rules name), and no name the gazetteer knows; a
 * proper noun, or a noun the recogniser made a name of its own.
 */
function continuesCountryName(tokens: readonly Token[], words: readonly string[], k: number, owner: ReadonlyArray<Candidate | undefined>): boolean {
  const w = words[k];
  if (!w || !isCapitalWord(w) || neverContinues(w) || /^\p{Lu}\.?$/u.test(w)) return false;
  if (isHonorific(w) || isRole(w) || titleLength(words, k) > 0 || POST_NOMINALS.has(w) || isFirstName(w)) return false;
  if (lookupCountry(w) || demonymCountry(w) || GOVERNMENT_HEADS.has(w) || LOCATION_HEADS.has(w)) return false;
  const other = owner[k];
  // a word no name claims must be a proper noun: a capitalised common noun is a heading's or a table's ("US Bomb")
  if (!other) return tokens[k]!.upos === 'PROPN';
  return !other.canonical && other.type !== 'Person' && (tokens[k]!.upos === 'PROPN' || tokens[k]!.upos === 'NOUN');
}

/**
 * Whether word `k`, right before a person's span, is a given name the name list does not know ("Arsenal's Thierry
 * Henry", "its star Cate Blanchett"): a proper noun the parser made a compound of the name, that is no role, country,
 * demonym or calendar word, after a possessive or a lower-case noun.
 */
function parsedGivenName(tokens: readonly Token[], words: readonly string[], k: number, c: Candidate): boolean {
  const t = tokens[k]!;
  const w = words[k]!;
  if (k === 0 || t.dep !== 'compound' || t.head < c.start || t.head >= c.end || t.upos !== 'PROPN') return false;
  if (!isCapitalWord(w) || !/^\p{Lu}\p{Ll}+$/u.test(w) || neverContinues(w) || isRole(w) || lookupCountry(w) || demonymCountry(w)) return false;
  // only after a possessive or a common noun describing the person ("Arsenal's", "its star"): after "of", "for" or a
  // capitalised word the word is more likely the end of a title ("Secretary of State", "Chief Constable")
  const before = tokens[k - 1]!;
  return isApostropheS(before.text) || (before.upos === 'NOUN' && !isCapitalWord(before.text));
}

/**
 * Whether the word at `k`, after a hyphen written against a name (not a person's: clean.ts joins those), is more of that
 * name: a capitalised word that opens no clause and that no known name holds (a country's, a town's: "US-German",
 * "Anglo-American"), nor a name modifying a common noun after it ("the Fiat-GM deal", "Bush-Blair talks": two names
 * joined, not one).
 */
function hyphenPart(tokens: readonly Token[], words: readonly string[], k: number, owner: ReadonlyArray<Candidate | undefined>): boolean {
  const w = words[k];
  if (!w || !isCapitalWord(w) || neverContinues(w)) return false;
  const other = owner[k];
  if (!other) return true;
  return !other.canonical && other.start === k && !modifiesNoun(tokens, other.end);
}

/** Whether word `k` can continue a name of type `type`: a capitalised word that is no title, country, month or other name. */
function continues(tokens: readonly Token[], words: readonly string[], k: number, type: string, taken: (k: number) => boolean): boolean {
  const w = words[k];
  if (!w || taken(k) || !isCapitalWord(w) || neverContinues(w)) return false;
  // an initial ("Chester J. Nimitz") counts only with a capitalised word after it
  if (/^\p{Lu}\.$/u.test(w)) return k + 1 < words.length && isCapitalWord(words[k + 1]!) && !taken(k + 1);
  if (tokens[k]!.upos !== 'PROPN' && tokens[k]!.upos !== 'NOUN') return false;
  if (isHonorific(w) || isRole(w) || titleLength(words, k) > 0 || POST_NOMINALS.has(w)) return false;
  if (type === 'Person' && (lookupCountry(w) || demonymCountry(w))) return false;
  return true;
}

/**
 * Candidates with their spans repaired, in place: each is extended over the letters of a word it stops inside, over the
 * capitalised words right after it that no other name claims (a person's surname after a first name, "Research" after
 * "McCarthy"), over "&" and the name after it ("Stone & McCarthy"), and over a name particle and the capitalised word
 * after it for a person ("Osama bin Laden"). A candidate whose words another one took is dropped. A country the recogniser
 * ran into a person's name is split off as `restore` gives it back (the gazetteer's reading of those words).
 */
export function repairSpans(kept: Candidate[], tokens: readonly Token[], words: readonly string[], titleCase: boolean, restore: (start: number, end: number) => Candidate | undefined = () => undefined): Candidate[] {
  const owner = new Array<Candidate | undefined>(tokens.length).fill(undefined);
  for (const c of kept) for (let k = c.start; k < c.end; k++) owner[k] = c;
  const glued = (k: number): boolean => k > 0 && k < tokens.length && tokens[k]!.start === tokens[k - 1]!.end;
  const letters = (k: number): boolean => /^\p{L}+$/u.test(words[k] ?? '');
  const dropped = new Set<Candidate>();
  const split: Candidate[] = [];
  for (const c of kept) {
    if (dropped.has(c)) continue;
    const taken = (k: number): boolean => owner[k] !== undefined && owner[k] !== c;
    // inside a word: "Erdoğ" + "an" written as one word
    while (c.end < tokens.length && glued(c.end) && letters(c.end) && letters(c.end - 1) && !taken(c.end)) c.end++;
    while (c.start > 0 && glued(c.start) && letters(c.start - 1) && letters(c.start) && !taken(c.start - 1)) c.start--;
    // "Mr Livingstone", "Lord Liverpool": a place's name after an honorific is a person's
    if (c.start > 0 && c.end - c.start === 1 && PLACE_TYPES.has(c.type) && isHonorific(words[c.start - 1]!) && !taken(c.start - 1)) {
      retype(c, 'Person');
    }
    // "UK Coal", "UK Athletics": a country's name (not its adjective) opening a run of capitalised nouns opens an
    // organisation's name; the words the recogniser made a name of their own ("Coal") go into it
    if (!titleCase && c.type === 'Country' && c.end - c.start === 1 && !demonymCountry(words[c.start]!) && continuesCountryName(tokens, words, c.end, owner)) {
      let end = c.end;
      while (end < tokens.length && end - c.end < MAX_ADDED && continuesCountryName(tokens, words, end, owner)) end = owner[end]?.end ?? end + 1;
      for (let k = c.end; k < end; k++) {
        if (owner[k] && owner[k] !== c) dropped.add(owner[k]!);
        owner[k] = c;
      }
      c.end = end;
      c.type = countryOpenedType(words, end);
      delete c.canonical;
      delete c.iso3166;
      delete c.standsFor;
    }
    // the recogniser's one span over them, read as a place ("UK Coal" as a region of the UK)
    if (!titleCase && c.type === 'Location' && !c.canonical && c.end - c.start >= 2 && lookupCountry(words[c.start]!) && !demonymCountry(words[c.start]!)) {
      let k = c.start + 1;
      while (k < c.end && continuesCountryName(tokens, words, k, owner)) k++;
      if (k === c.end) c.type = countryOpenedType(words, c.end);
    }
    if (titleCase || !OPEN_TYPES.has(c.type) || c.canonical) continue;
    // a first name or an initial the recogniser left out before a surname: "Thierry" of "Thierry Henry", "M" of "M Owen"
    if (c.type === 'Person') {
      const k = c.start - 1;
      const w = words[k];
      if (w && !taken(k) && tokens[k]!.end + 1 === tokens[c.start]!.start && (isFirstName(w) || /^\p{Lu}\.?$/u.test(w) || parsedGivenName(tokens, words, k, c)) && !isHonorific(w) && titleLength(words, k) === 0) {
        c.start = k;
        owner[k] = c;
      }
    }
    // "the Ambassador to the U.S. Anatoly Orlov" read as one organisation "U.S. Anatoly": a country then a first name
    // opens a person's name, and the country is a name of its own
    if (c.type !== 'Person' && c.end - c.start >= 2 && (lookupCountry(words[c.start]!) || demonymCountry(words[c.start]!)) && isFirstName(words[c.start + 1]!)) {
      const country = restore(c.start, c.start + 1);
      if (country) split.push(country);
      owner[c.start] = country;
      c.start++;
      c.type = 'Person';
    }
    // "British Bankers' Association", "the Farmers' Union": a plural's bare apostrophe before an organisation's name is part
    // of the name, with the capitalised words before it (a demonym among them); the names the recogniser made of those
    // words go
    if (c.type !== 'Person' && c.start >= 2 && /^['\u2019]$/.test(words[c.start - 1]!) && glued(c.start - 1)
      && /s$/.test(words[c.start - 2]!) && isCapitalWord(words[c.start - 2]!) && !taken(c.start - 1)) {
      const absorbable = (k: number): boolean => isCapitalWord(words[k]!) && !neverContinues(words[k]!)
        && (owner[k] === undefined || owner[k] === c || !owner[k]!.canonical || !!demonymCountry(words[k]!));
      let from = c.start - 2;
      if (absorbable(from)) {
        while (from > 0 && c.start - from < 4 && absorbable(from - 1)) from--;
        for (let k = from; k < c.start; k++) {
          const other = owner[k];
          if (other && other !== c) dropped.add(other);
          owner[k] = c;
        }
        c.start = from;
      }
    }
    let added = 0;
    for (;;) {
      const e = c.end;
      if (added >= MAX_ADDED || e >= tokens.length) break;
      if (continues(tokens, words, e, c.type, taken)) {
        c.end++;
        added++;
      } else if (c.type === 'Person' && NAME_PARTICLES.has(words[e]!) && continues(tokens, words, e + 1, c.type, taken)) {
        c.end += 2;
        added += 2;
      } else if (ARABIC_ARTICLES.has(words[e]!) && words[e + 1] === '-' && glued(e + 1) && glued(e + 2) && isCapitalWord(words[e + 2] ?? '') && !taken(e) && !owner[e + 2]?.canonical) {
        // "Deir ez-Zor", "Badia al-Sham": the article and the word after it belong to the name; a name the recogniser
        // made of that word goes into it, and a place's type wins over the person's it guessed for the first word
        const next = owner[e + 2];
        if (next && next !== c) {
          dropped.add(next);
          if (c.type === 'Person' && next.type === 'Location' && !isFirstName(words[c.start]!)) c.type = 'Location';
          c.end = next.end;
        } else c.end = e + 3;
        added += 3;
      } else if (c.type !== 'Person' && words[e] === '-' && glued(e) && glued(e + 1) && hyphenPart(tokens, words, e + 1, owner)) {
        // "Wal-Mart", "Mercedes-Benz": a capitalised word written against the name with a hyphen is the name's; a name the
        // recogniser made of it ("Mart" a place, "Benz" a person) goes into this one
        const next = owner[e + 1];
        if (next && next !== c) {
          dropped.add(next);
          c.end = next.end;
        } else c.end = e + 2;
        added += 2;
      } else if (NUMBERED_TYPES.has(c.type) && nameNumber(tokens, words, e) && !taken(e)) {
        // "Channel 4", "BBC Radio 4's", "Apollo 13": a number after a name of a thing that is no person or place
        c.end++;
        added++;
      } else if (c.type !== 'Person' && words[e] === '&' && e + 1 < tokens.length && isCapitalWord(words[e + 1]!)) {
        // "Stone & McCarthy Research": "&" joins the words of one name; a name after it is part of this one
        const next = owner[e + 1];
        if (next && next !== c) {
          if (next.canonical) break;
          dropped.add(next);
          c.end = next.end;
          for (let k = next.start; k < next.end; k++) owner[k] = c;
        } else c.end = e + 2;
        if (c.type === 'Location' || c.type === 'Misc') c.type = 'Organization';
        added += 2;
      } else break;
      for (let k = e; k < c.end; k++) owner[k] = c;
    }
  }
  return [...kept.filter((c) => !dropped.has(c)), ...split].sort((a, b) => a.start - b.start);
}
