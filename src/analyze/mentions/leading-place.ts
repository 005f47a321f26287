// Splits a recogniser span that runs a known place or body into the person named after it.
import { isFirstName, type PhraseMatch } from '../gazetteer/index.js';
import type { EntitySpan } from '../ner/index.js';

// Kinds of gazetteer names that news writes right before a person's name in titles and roles
// ("the envoy to France Peter Ricketts", "Ambassador to the U.S. Anatoly Antonov", "Kremlin spokesman Dmitry Peskov").
const LEADING_KINDS = new Set<PhraseMatch['kind']>(['country', 'city', 'region', 'metonym', 'government', 'demonym']);

/**
 * When a span begins with a known country, city or government name and goes on with a given name
 * ("U.S. Anatoly Antonov" in one span), the rest is the person: it is returned as a PER span of its own
 * (the place is found by the gazetteer anyway). Otherwise the span is returned as it is. A recogniser trained
 * on treebanks that mark whole runs of proper nouns tends to join them; a given name after a complete place
 * name is the boundary news writing puts there.
 */
export function splitLeadingPlace(span: EntitySpan, words: readonly string[], phrases: readonly PhraseMatch[]): EntitySpan {
  for (const p of phrases) {
    if (p.start !== span.start || p.end >= span.end || !LEADING_KINDS.has(p.kind)) continue;
    const next = words[p.end]!;
    if (isFirstName(next) && p.end + 1 < span.end) return { ...span, start: p.end, type: 'PER' };
  }
  return span;
}
