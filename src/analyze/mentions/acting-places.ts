// Names the recogniser guessed to be places that act like organisations: "Zentafone has brought in a new UK chief", "Ardania
// won their second home game". A place the article never puts after a preposition of place, yet makes the subject of
// verbs, is a company, a club or a body named like one (the gazetteer's own places, countries and towns, are left alone:
// "Russia said" is the country acting, which the metonym rules read). Places act in the news too, with verbs of a land's
// own ("Ardania declared independence", "Ardania has held elections", "Ardania borders Belvia"): those verbs' subjects
// do not count.
import type { Mention, Sentence } from '../analysis.js';

/** Prepositions that put a place after them ("in Ardania", "from Zentafone" is rare enough). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'into', 'across', 'around', 'through', 'towards', 'toward', 'of', 'within', 'inside']);

/**
 * Verbs (lemmas) a land is the subject of as often as a body: its status and sovereignty (declare, secede, annex,
 * recognise), its politics (hold, elect, vote, adopt), where it lies and what it has (border, lie, stretch, cover, have,
 * remain, stay, become), what befalls it (suffer, face, experience, endure). Not 'claim' nor 'receive', a body's
 * as often (a broadcaster claims, a newspaper receives a call).
 */
const REGION_VERBS = new Set([
  'declare', 'secede', 'annex', 'recognise', 'recognize', 'hold', 'elect', 'vote', 'adopt', 'border', 'lie',
  'stretch', 'cover', 'span', 'have', 'remain', 'stay', 'become', 'suffer', 'face', 'experience', 'endure',
]);

/**
 * Retypes, in place, as organisations the article's mentions of a name the recogniser typed a place (no gazetteer entry)
 * where one of them is the subject of a verb, not a land's own (REGION_VERBS), and none follows a preposition of place.
 */
export function actingPlaces(sentences: readonly Sentence[], mentions: Mention[]): void {
  let subjects: Set<string> | undefined;
  let placed: Set<string> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Location' || m.canonical) continue;
    const tokens = sentences[m.sentence]!.tokens;
    const before = tokens[m.tokenStart - 1];
    if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase())) (placed ??= new Set()).add(m.text);
    const last = tokens[m.tokenEnd - 1]!;
    const head = tokens[last.head];
    if (last.dep.startsWith('nsubj') && head && (head.upos === 'VERB' || head.upos === 'AUX') && !REGION_VERBS.has(head.lemma)) (subjects ??= new Set()).add(m.text);
  }
  if (!subjects) return;
  for (const m of mentions) if (m.type === 'Location' && !m.canonical && subjects.has(m.text) && !placed?.has(m.text)) m.type = 'Organization';
}
