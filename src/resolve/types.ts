// Which entity types may name the same thing: within an article, across articles, and which of two to keep.
import type { EntityType } from '../analyze/analysis.js';

const ORG: ReadonlySet<EntityType> = new Set(['Organization', 'GovernmentBody', 'Company', 'PoliticalParty', 'ArmedGroup', 'NewsAgency']);
const PLACE: ReadonlySet<EntityType> = new Set(['Country', 'City', 'Location', 'Facility']);

/** Coarse family of a type: mentions of one family in one article with one name are one entity. */
export function family(type: EntityType): string {
  if (ORG.has(type)) return 'org';
  if (PLACE.has(type)) return 'place';
  return type;
}

export function isOrganization(type: EntityType): boolean {
  return ORG.has(type);
}

/**
 * Within one article a name means one thing, whatever the tagger called each occurrence
 * ("TURAN" once an organisation, once a place): only people and groups of people are kept apart
 * from the rest, and Misc (the tagger's "some name") agrees with everything.
 */
export function compatibleInArticle(a: EntityType, b: EntityType): boolean {
  if (a === b || a === 'Misc' || b === 'Misc') return true;
  const human = (t: EntityType): boolean => t === 'Person' || t === 'Group';
  return !human(a) && !human(b);
}

/**
 * Across articles the same name may be different things (Georgia the country, Georgia the US
 * state), so types must agree: equal, or a generic type with one of its specific ones
 * (Organization with Company; Location with City or Facility), or Misc, which says nothing. Country is kept apart from generic
 * Location: countries come from a gazetteer, and a "Georgia" not recognised as one is most likely
 * something else.
 */
export function compatibleAcrossArticles(a: EntityType, b: EntityType): boolean {
  if (a === b || a === 'Misc' || b === 'Misc') return true;
  if (a === 'Organization' || b === 'Organization') return ORG.has(a) && ORG.has(b);
  const other = a === 'Location' ? b : b === 'Location' ? a : undefined;
  return other === 'City' || other === 'Facility';
}

/** A specific type says more than a generic one (Company over Organization, City over Location, anything over Misc). */
export function specificity(type: EntityType): number {
  if (type === 'Misc') return 0;
  if (type === 'Organization' || type === 'Location') return 1;
  return 2;
}

/**
 * The type a set of mentions votes for: Misc only when nothing else was said; then most votes,
 * then the more specific, then by name (for determinism).
 */
export function electType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'Misc';
  let bestVotes = -1;
  for (const [type, n] of [...votes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (type === 'Misc') continue;
    const better = n > bestVotes || (n === bestVotes && specificity(type) > specificity(best));
    if (better) { best = type; bestVotes = n; }
  }
  return best;
}

/** The type as an IRI suffix when two entities share a label: GovernmentBody -> "government-body". */
export function typeSlug(type: EntityType): string {
  return type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
