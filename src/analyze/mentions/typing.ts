// Fine entity types from the recogniser's coarse ones, by gazetteer entries and the head words of the name.
import type { EntityType } from '../analysis.js';
import {
  ARMED_GROUP_HEADS, COMPANY_HEADS, EVENT_HEADS, FACILITY_NAME_HEADS, GOVERNMENT_HEADS, INSURGENT_WORDS, LOCATION_HEADS, ORGANIZATION_HEADS, ORGANIZATION_NAME_HEADS, STATE_MODIFIERS, STATE_QUALIFIED_HEADS,
  countryName, demonymCountry, isPluralDemonym, lookupCity, lookupCountry, matchPhrases, type PhraseMatch,
} from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';

// Demonyms whose plural is the same word ("the Chinese", "the French", "the Swiss", "the Dutch").
const UNMARKED_PLURAL = /(?:ese|ish|ch|ss)$/i;
// Tags of a word that would make the demonym a modifier ("the Chinese government", "the French first lady").
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** "The Chinese are trying": a demonym of unmarked plural heading its own noun phrase after "the" names the people. */
function peopleNoun(words: readonly string[], upos: readonly string[] | undefined, start: number, end: number): boolean {
  if (!upos || end - start !== 1 || words[start - 1]?.toLowerCase() !== 'the' || !UNMARKED_PLURAL.test(words[start]!)) return false;
  return !MODIFIED.has(upos[end] ?? '');
}

/** The candidate a gazetteer entry makes; `upos`, when given, tells a demonym used as a noun. */
export function fromPhrase(match: PhraseMatch, words: readonly string[], upos?: readonly string[]): Candidate {
  const { start, end, iso3166 } = match;
  const country = iso3166 ? countryName(iso3166) : undefined;
  switch (match.kind) {
    case 'country':
      return gazetteerCandidate(match, 'Country', 0.9, iso3166);
    case 'demonym':
      // "Russians" are people; "Russian" (the adjective: "Russian side", "Russian officials") names the country.
      return isPluralDemonym(words.slice(start, end).join(' ')) || peopleNoun(words, upos, start, end)
        ? gazetteerCandidate(match, 'Group', 0.9, undefined, country)
        : gazetteerCandidate(match, 'Country', 0.8, iso3166);
    case 'city':
      return gazetteerCandidate(match, 'City', 0.8, undefined, country);
    case 'region':
      return gazetteerCandidate(match, 'Location', 0.8, undefined, country);
    case 'metonym': {
      const c = gazetteerCandidate(match, 'Facility', 0.9, undefined, country);
      if (country) c.standsFor = country;
      return c;
    }
    case 'government':
      return gazetteerCandidate(match, 'GovernmentBody', 0.9, undefined, country);
    case 'party':
      return gazetteerCandidate(match, 'PoliticalParty', 0.9);
    case 'agency':
      return gazetteerCandidate(match, 'NewsAgency', 0.9);
    case 'armed-group':
      return gazetteerCandidate(match, 'ArmedGroup', 0.9);
  }
}

/**
 * One gazetteer candidate, with a country code or the country it lies in only when known. Optional fields are set after
 * the literal, not spread into it (a spread of a conditional object is a runtime call, paid for every name the gazetteer
 * finds), and every candidate of the gazetteer comes from this one literal.
 */
function gazetteerCandidate(match: PhraseMatch, type: EntityType, confidence: number, iso3166?: string, country?: string): Candidate {
  const c: Candidate = { start: match.start, end: match.end, source: 'gazetteer', confidence, type, canonical: match.canonical };
  if (iso3166) c.iso3166 = iso3166;
  if (country) c.country = country;
  return c;
}

/** The country named inside a multi-word name ("U.S. Embassy", "Russian Foreign Ministry"). */
export function countryInside(words: readonly string[], start: number, end: number): string | undefined {
  for (const match of matchPhrases(words.slice(start, end))) {
    if (match.kind === 'country' || match.kind === 'demonym') return match.canonical;
  }
  return undefined;
}

const COMPASS = new Set(['West', 'East', 'North', 'South', 'Western', 'Eastern', 'Northern', 'Southern', 'Central']);
// Heads that also end the names of competitions, which the recogniser calls miscellaneous ("Champions League", "Davis Cup").
const SPORT_HEADS = new Set(['League', 'Club', 'Group', 'Union', 'Federation']);

/**
 * "Al-Aqsa Martyrs Brigades", "National Liberation Army", "Front for the Liberation of X": a name headed by an armed
 * group's word that holds an insurgent's word (a plural "Brigades" needs none) is a non-state group, not a state's army
 * ("Russian Army") or a party ("National Front").
 */
function armedGroupByShape(inner: readonly string[], head: string): boolean {
  if (!ARMED_GROUP_HEADS.has(head) || inner.length < 2) return false;
  return head === 'Brigades' || inner.some((w) => INSURGENT_WORDS.has(w));
}

/**
 * The fine type of a name by its words: head (last word) or, for "X of Y" names, first word.
 * `coarse` is the recogniser's type (Person, Organization, Location, Misc) or undefined for rule spans.
 */
export function typeByWords(words: readonly string[], start: number, end: number, coarse: EntityType | undefined): EntityType | undefined {
  const last = words[end - 1]!;
  const first = words[start]!;
  const inner = words.slice(start, end);
  const ofAt = inner.findIndex((w) => w === 'of' || w === 'for');
  const head = ofAt > 0 ? words[start + ofAt - 1]! : last;
  if (coarse === 'Person') return undefined;
  if (armedGroupByShape(inner, head)) return 'ArmedGroup';
  // "the Boston Marathon", "the Winter Olympics": the event, not the place the recogniser took it for
  if (EVENT_HEADS.has(last) && end - start >= 2) return 'Event';
  if (GOVERNMENT_HEADS.has(head) || GOVERNMENT_HEADS.has(first)) return 'GovernmentBody';
  if (head === 'Party' || last === 'Party') return 'PoliticalParty';
  if (COMPANY_HEADS.has(last)) return 'Company';
  if (STATE_QUALIFIED_HEADS.has(head)) {
    for (let i = start; i < end - 1; i++) {
      if (STATE_MODIFIERS.has(words[i]!) || lookupCountry(words[i]!) || demonymCountry(words[i]!)) return 'GovernmentBody';
    }
  }
  if (first === 'Camp' || first === 'Fort') return 'Facility';
  if (ofAt > 0 && ORGANIZATION_HEADS.has(head)) return coarse === 'Misc' || coarse === undefined ? 'Organization' : undefined;
  // "Human Rights Watch", "World Trade Organisation": a run of names ending in an organisation's head word (a "West Bank"
  // or a competition, "Champions League", is something else)
  if (ORGANIZATION_NAME_HEADS.has(last) && end - start >= 2 && !COMPASS.has(first) && (coarse === undefined || (coarse === 'Misc' && !SPORT_HEADS.has(last)))) {
    return 'Organization';
  }
  if (FACILITY_NAME_HEADS.has(last) && coarse !== 'Organization') return 'Facility';
  if (FACILITY_NAME_HEADS.has(last) && coarse === 'Organization' && end - start > 1 && !['Centre', 'Center', 'Park', 'Base'].includes(last)) return 'Facility';
  if (LOCATION_HEADS.has(last) && end - start > 1 && (coarse === 'Location' || !['Street', 'Road', 'Avenue', 'Channel'].includes(last))) return 'Location';
  return undefined;
}

/** Refines a recogniser span: gazetteer entries of the same extent first, then head words, then place tables. */
export function refine(candidate: Candidate, words: readonly string[], phrases: readonly PhraseMatch[]): Candidate {
  const same = phrases.find((p) => p.start === candidate.start && p.end === candidate.end);
  // A person the recogniser is sure of stays a person even when the name is also a place ("Jordan").
  if (same && !(candidate.type === 'Person' && candidate.confidence >= 0.7)) {
    const fine = fromPhrase(same, words);
    return { ...fine, source: candidate.source, confidence: Math.max(candidate.confidence, fine.confidence) };
  }
  const byWords = typeByWords(words, candidate.start, candidate.end, candidate.type);
  if (byWords) {
    const country = countryInside(words, candidate.start, candidate.end);
    return { ...candidate, type: byWords, ...(country && byWords === 'GovernmentBody' ? { country } : {}) };
  }
  if (candidate.type === 'Location' || candidate.type === 'Misc' || candidate.type === 'Organization') {
    const name = words.slice(candidate.start, candidate.end).join(' ');
    const country = candidate.type !== 'Organization' ? lookupCountry(name) : undefined;
    if (country) return { ...candidate, type: 'Country', canonical: country.name, iso3166: country.iso3166 };
    const city = candidate.type === 'Location' ? lookupCity(name) : undefined;
    if (city) return { ...candidate, type: 'City', canonical: city.name, country: city.country };
  }
  return candidate;
}
