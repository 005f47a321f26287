// Event entities: one per (article, event key), labelled from its mentions and typed with its CAMEO-style concept.
import type { Analysis } from '../analyze/analysis.js';
import type { Candidate, EventArgument } from '../extract/candidate.js';
import type { Entity } from './entity.js';
import { slugify } from '../graph/iri.js';
import { tidy } from './names.js';

export interface EventIndex {
  get(documentIndex: number, key: string): Entity | undefined;
  all(): Entity[];
}

/**
 * Collects the event arguments of each article's candidates. Mentions of one event share a key
 * (the extractor merged "the attack", "the assault"); its label is the most specific mention
 * (most words, without a leading article), its type the most frequent concept. IRIs are
 * `kb:event/<document>/<key>`: an event is identified within the article that reports it.
 */
export function eventEntities(analyses: Analysis[], candidates: Candidate[][], base: string): EventIndex {
  const byDoc = new Map<string, Entity>();
  const seen = new Map<string, EventArgument[]>();
  analyses.forEach((analysis, d) => {
    for (const c of candidates[d] ?? []) {
      for (const arg of [c.subject, c.object]) {
        if (arg.kind !== 'event') continue;
        const k = `${d}\u0000${arg.key}`;
        seen.set(k, [...(seen.get(k) ?? []), arg]);
      }
    }
  });
  for (const [k, args] of seen) {
    const d = Number(k.slice(0, k.indexOf('\u0000')));
    const doc = analyses[d]!.document;
    const key = args[0]!.key;
    const labels = args.map((a) => tidy(a.label).replace(/^(?:the|a|an)\s+/i, '')).filter(Boolean);
    const label = labels.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? key;
    const types = new Map<string, number>();
    for (const a of args) if (a.eventType) types.set(a.eventType, (types.get(a.eventType) ?? 0) + 1);
    const eventType = [...types.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0];
    const aliases = [...new Set(labels)].filter((l) => l !== label).sort();
    const entity: Entity = {
      iri: `${base}event/${slugify(doc.id)}/${slugify(key)}`, type: 'Event', label, aliases, links: {},
      documents: [doc.id], kind: 'event',
    };
    if (eventType) entity.eventType = eventType;
    byDoc.set(k, entity);
  }
  return {
    get: (d, key) => byDoc.get(`${d}\u0000${key}`),
    all: () => [...byDoc.values()],
  };
}
