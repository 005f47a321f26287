// Descriptions written in lower case that the recogniser ran into a name's span: "singer Jo Bell", "Scrubs star Jo
// Bell", "the ISIL terror group", "a Microsoft anti-spyware program". A name's own words are capitalised; common nouns
// and adjectives in lower case before, inside or after them say what the named thing is, and are no part of its name.
import type { Token } from '../analysis.js';
import { COMPANY_HEADS, FACILITY_HEADS, GOVERNMENT_HEADS, LOCATION_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS, demonymCountry, lookupCity, lookupCountry } from '../gazetteer/index.js';
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { isCapitalWord } from './candidate.js';

/** A word all in lower-case letters, hyphens inside ("singer", "co-chairman"). */
const LOWER = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/**
 * Tags of a describing word; function words ("of", "and", "upon") join the words of one name. A lower-case word the
 * tagger calls a proper noun is a noun it read inside the name ("about Renaissance art").
 */
const DESCRIBING = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Words that join a name's words whatever the tagger made of them ("Institute of Technology", "Bosnia and Herzegovina"). */
const JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'upon', 'under', 'a', 'an', 'with', 'by', 'from', 'sur', 'sans', 'et', 'les']);

/**
 * The end of a run of lower-case words and hyphens from `k` on ("co - chairman", "terror group"), or `k` when none:
 * a run of common nouns and adjectives (and prefixes hyphened to them), that no particle ("de", "al") is in.
 */
function runEnd(words: readonly string[], tokens: readonly Token[], k: number, end: number): number {
  let i = k;
  let describing = false;
  while (i < end) {
    const w = words[i]!;
    if (w === '-' && i > k && i + 1 < end && LOWER.test(words[i + 1]!)) {
      i++;
      continue;
    }
    if (!LOWER.test(w)) break;
    if (NAME_PARTICLES.has(w) || JOINERS.has(w)) return k;
    // a prefix hyphened to the next word counts with it ("co" of "co-chairman", "anti" of "anti-spyware")
    if (DESCRIBING.has(tokens[i]!.upos)) describing = true;
    else if (words[i + 1] !== '-' && words[i - 1] !== '-') return k;
    i++;
  }
  return describing ? i : k;
}

// Last words of the names of bodies and places, which writers also put in lower case after a place ("the Milan stock exchange").
const HEADS = new Set([...COMPANY_HEADS, ...ORGANIZATION_HEADS, ...GOVERNMENT_HEADS, ...FACILITY_HEADS, ...LOCATION_HEADS, 'Exchange']);

/**
 * Whether [start, end) is a body or place written with its head word in lower case ("the Milan stock exchange", "the
 * Caspian sea"): the run from `cut` is one head word, or ends in one after a known place's name. A name before a longer
 * run ("the Vontar terror group") is what the run describes.
 */
function placesInstitution(words: readonly string[], start: number, cut: number, end: number): boolean {
  const last = words[end - 1]!;
  if (!HEADS.has(last[0]!.toUpperCase() + last.slice(1))) return false;
  // one head word alone names the body too ("the DZ bank", "the Caspian sea")
  if (cut === end - 1) return true;
  const place = words.slice(start, cut).join(' ');
  return Boolean(lookupCity(place) || lookupCountry(place) || demonymCountry(place));
}

/** Whether a hyphen joins word `k` to the capitalised word before it ("Stratford-upon-Avon"): a place's own word. */
function hyphenedToName(words: readonly string[], k: number): boolean {
  return k >= 2 && words[k - 1] === '-' && isCapitalWord(words[k - 2]!);
}

/**
 * The span [start, end) without the lower-case descriptions around and inside it: a run of them at the start ("singer
 * Jo Bell") or the end ("ISIL terror group") is cut off, and one between capitalised words leaves the name after it
 * ("Scrubs star Jo Bell" -> "Jo Bell"). `described` tells whether a run before the name was cut.
 */
export function withoutDescriptions(words: readonly string[], tokens: readonly Token[], start: number, end: number): { start: number; end: number; described: boolean } {
  let described = false;
  // at the end: the last run of lower-case words after a capitalised one
  for (let k = end - 1; k >= start; k--) {
    if (LOWER.test(words[k]!) || words[k] === '-') continue;
    if (k + 1 < end && runEnd(words, tokens, k + 1, end) === end && !hyphenedToName(words, k + 1) && !placesInstitution(words, start, k + 1, end)) end = k + 1;
    break;
  }
  // at the start, then inside: the name is what follows the last run
  for (let k = start; k < end - 1; k++) {
    // after an initial a lower-case word is a particle of the name ("D dal Pino")
    if (!LOWER.test(words[k]!) || hyphenedToName(words, k) || (k > start && !isCapitalWord(words[k - 1]!)) || (k > 0 && /^\p{Lu}\.?$/u.test(words[k - 1]!))) continue;
    const after = runEnd(words, tokens, k, end);
    if (after === k || after >= end || !isCapitalWord(words[after]!)) continue;
    // "Leeds last Sunday": a date after the run ends the name before it
    if (CALENDAR_NAMES.has(words[after]!)) {
      if (k > start) end = k;
      break;
    }
    start = after;
    described = true;
    k = after - 1;
  }
  return { start, end, described };
}
