// The resolve stage's hand-off: entities with stable IRIs and statements whose arguments point at them.
import type { EntityType, Analysis } from '../analyze/analysis.js';
import type { Candidate, LiteralArgument } from '../extract/candidate.js';
import type { NewsDocument } from '../ingest/document.js';

export interface Entity {
  iri: string;
  type: EntityType;
  /** Canonical label (the fullest name seen). */
  label: string;
  /** Other names seen for it, sorted. */
  aliases: string[];
  links: { wikidata?: string; iso3166?: string };
  /** For events: the CAMEO-style concept and the document(s) that mention them. */
  eventType?: string;
  /** Documents that mention the entity (document ids). */
  documents: string[];
  /** What the node is: a named entity (the default), an event, or a concept an extractor named ("fraud"). */
  kind?: 'entity' | 'event' | 'concept';
}

/** An argument after resolution: an IRI of an entity or event, or a literal. */
export type ResolvedTerm = { kind: 'iri'; iri: string; label: string } | LiteralArgument;

export interface Statement {
  /** Deterministic IRI from a hash of (document, start, end, subject, predicate, object). */
  iri: string;
  document: NewsDocument;
  subject: ResolvedTerm;
  predicate: string;
  predicateLabel: string;
  object: ResolvedTerm;
  speaker?: { iri: string; label: string };
  candidate: Candidate;
}

export interface ResolvedCorpus {
  documents: NewsDocument[];
  analyses: Analysis[];
  entities: Entity[];
  statements: Statement[];
}
