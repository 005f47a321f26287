// Drops a US state the gazetteer found where it opens a longer name ("Tennessee Williams", "Florida Georgia Line").
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { LOCATION_HEADS, titleLength, type PhraseMatch } from '../gazetteer/index.js';
import type { EntitySpan } from '../ner/index.js';

// Words after a state that make it a place, not the first word of a name: the state's own word, the heads of places and
// divisions in it ("Ohio State University", "Texas County", "Kansas City"); a date after a state ends the place ("in Texas
// Monday", "in Ohio March 3").
const NOT_NAMES = new Set<string>([...LOCATION_HEADS, 'State', 'City', ...CALENDAR_NAMES]);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Words that make the state after them a place when the recogniser read only the name after it ("in Texas Bob Ray said").
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'across', 'throughout', 'near', 'outside']);

/**
 * The phrases without the states that open a longer name, and the recogniser's spans with such a name begun at the
 * state. A state opens a name where a capitalised word after it is no place word, title ("Texas Governor") or date ("in
 * Texas Monday") and the recogniser read one name across the state and that word ("Indiana Jones", "Florida Georgia
 * Line", whatever type it gave), or a person's or a body's name from that word on ("Tennessee" + "Williams", which then
 * begins at "Tennessee"; not after "in", "from" ...). States are given names and the first words of bands, teams and
 * firms, where a town or a country rarely is; the state inside such a name only cut it into a place and a person (see
 * splitLeadingPlace) or left a place beside a surname. The phrases are then those of the gazetteer before it had states
 * there. Other kinds are kept.
 */
export function dropStatesOpeningNames(
  phrases: PhraseMatch[], words: readonly string[], entities: readonly EntitySpan[],
): { phrases: PhraseMatch[]; entities: readonly EntitySpan[] } {
  if (!phrases.some((p) => p.kind === 'region')) return { phrases, entities };
  let spans = entities;
  const kept = phrases.filter((p) => {
    if (p.kind !== 'region' || p.end >= words.length) return true;
    const next = words[p.end]!;
    if (!CAPITALISED.test(next) || NOT_NAMES.has(next) || titleLength(words, p.end) > 0) return true;
    const placed = PLACE_PREPOSITIONS.has(words[p.start - 1] ?? '');
    const name = spans.find((e) => e.start <= p.end && e.end > p.end && (e.start <= p.start || (!placed && (e.type === 'PER' || e.type === 'ORG'))));
    if (!name) return true;
    if (name.start > p.start) spans = spans.map((e) => (e === name ? { ...e, start: p.start } : e));
    return false;
  });
  return { phrases: kept, entities: spans };
}
