// Names written with digits ("U2", "G8", "MI5", "ITV1", "NM2"): bands, clubs of nations, agencies, channels and projects
// that the recogniser, whose features read names as words of letters, passes over.
import type { Candidate } from './candidate.js';

/** Capitals then one or two digits: "U2", "G8", "MI5", "ITV1", "BBC2". Product codes run to more digits ("W800", "S6500"). */
const SHAPE = /^[A-Z]{1,4}\d{1,2}$/;
/** One letter of a British road's class before its number ("the M25", "the A1"): a road, no body's name. */
const ROAD = /^[ABM]\d+$/;

/**
 * A word of the name's shape that heads a noun phrase of its own, no other name's or noun's part (a subject, an object, a possessive: "K9 have won", "the
 * G8 of rich nations", "NM2's co-ordinator") becomes an organisation's name. Not where it modifies a common noun after it
 * ("the G8 summit", "C4 explosive", "MP3 players"): there it names a kind as often as a body, and the phrase's head is
 * what the sentence is about. Nor next to another proper noun ("Flash MP3", "P95 Ruger": a product's name) or after a common
 * noun or a number ("rule K3", "a 9mm P95": a thing's label). The candidates are pushed onto `found`.
 */
export function alphanumericNames(words: readonly string[], upos: readonly string[], found: Candidate[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    // a capital first, a digit last: the cheap test before the pattern
    if (c < 65 || c > 90 || !isDigit(w.charCodeAt(w.length - 1)) || !SHAPE.test(w) || ROAD.test(w)) continue;
    const next = words[i + 1];
    if (next !== undefined && (upos[i + 1] === 'PROPN' || (upos[i + 1] === 'NOUN' && /^\p{Ll}/u.test(next)))) continue;
    // "rule K3", "a 9mm P95", "Flash MP3": a code after a common noun, a measure or another name labels a thing
    if (i > 0 && (upos[i - 1] === 'PROPN' || upos[i - 1] === 'NUM' || (upos[i - 1] === 'NOUN' && /^[\p{Ll}\d]/u.test(words[i - 1]!)))) continue;
    found.push({ start: i, end: i + 1, type: 'Organization', source: 'rule', confidence: 0.6 });
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
