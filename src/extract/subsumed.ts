// Drops a verb-and-object relation that a fuller one from the same sentence repeats with a preposition:
// "X held talks" beside "X held talks in Beijing", "X gave the green light" beside "X gave the light to Y".
import type { Argument, Candidate } from './candidate.js';

// Light verbs: with a common-noun object they say little ("hold talks", "live life", "take steps") until a
// preposition names what the talks or steps concern; any verb counts when its object is a single bare noun.
const LIGHT_VERBS = new Set([
  'have', 'make', 'take', 'give', 'hold', 'see', 'live', 'do', 'get', 'pay', 'put', 'set', 'keep', 'lead', 'reach', 'play', 'raise', 'cast', 'shed',
]);

const PREPOSITIONS = new Set(['in', 'of', 'at', 'on', 'for', 'to', 'with', 'from', 'by', 'near', 'over', 'against']);

/** The head word of a noun phrase: the last word before its first preposition ("jury" in "jury in New York"). */
function headWord(text: string): string {
  const words = text.trim().toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

/** The noun phrase without its prepositional phrases ("jury" for "a jury in New York"). */
function withoutModifiers(text: string): string {
  const words = text.trim().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}

function sameArgument(a: Argument, b: Argument): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'literal' || b.kind === 'literal') return a.kind === 'literal' && b.kind === 'literal' && a.value === b.value;
  return a.start === b.start && a.end === b.end;
}

/** The common noun an object is written with ("talks" for a meeting event); empty for names and values. */
function nounOf(a: Argument): string {
  return a.kind === 'concept' ? a.label || a.text : a.kind === 'event' ? a.label : '';
}

/** Whether `c` ("hold" + "talks") is repeated by `d` ("hold talks in" + Beijing) with the same subject, polarity and speaker. */
function repeats(c: Candidate, d: Candidate): boolean {
  if (c === d || c.sentence !== d.sentence || c.polarity !== d.polarity || !sameArgument(c.subject, d.subject)) return false;
  if ((c.speaker?.start ?? -1) !== (d.speaker?.start ?? -1)) return false;
  // "held talks" beside "held talks with X" mapped to "meet": the fuller relation's words as written hold the verb and noun
  if (c.surface && d.surface && d !== c) {
    const words = d.surface.relation.toLowerCase().split(/\s+/);
    const noun = headWord(nounOf(c.object));
    if (noun && words.includes(noun) && c.surface.relation.toLowerCase().split(/\s+/).every((w) => words.includes(w))) return true;
  }
  const label = c.predicateLabel.toLowerCase();
  const fuller = d.predicateLabel.toLowerCase();
  if (!fuller.startsWith(`${label} `)) return false;
  const rest = fuller.slice(label.length + 1).split(/\s+/);
  return rest.length >= 2 && rest.slice(0, -1).includes(headWord(nounOf(c.object)));
}

/** The candidates without those a fuller relation repeats. Only common-noun objects (things, events) are dropped, never names. */
export function withoutSubsumed(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const noun = nounOf(c.object);
    if (!noun) return true;
    const verb = c.predicateLabel.toLowerCase();
    // ("visited the tomb of X" beside "visited tomb in" Y: an of-complement says which thing, so the object is not bare
    // whether the parser hung the place on the verb or on the noun)
    const bare = withoutModifiers(noun).split(/\s+/).length === 1 && !/\sof\s/i.test(noun);
    // a prepositional object that a fuller relation passes through to a name or an event ("arrived back from his mission
    // to" X) is a stepping stone; a direct object ("ordered price cuts" beside "ordered price cuts at X") is a fact of its own
    const through = PREPOSITIONS.has(verb.split(/\s+/).pop()!);
    return !candidates.some((d) => repeats(c, d) && (LIGHT_VERBS.has(verb) || bare || through && (d.object.kind === 'entity' || d.object.kind === 'event')));
  });
}
