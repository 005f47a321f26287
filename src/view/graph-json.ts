// The graph.json file format the viewer reads: entities, relations with their provenance, documents, predicates.
// Shared by the Node writer (src/view/) and the browser app (viewer/), so the two agree on one contract.

/** How a relation stands in the article: a fact asserted in its own voice, a claim (attributed or hedged, not a fact), or a denial. */
export type RelationKind = 'fact' | 'claim' | 'denial';

export interface ViewerNode {
  /** The entity's IRI. */
  id: string;
  label: string;
  /** Local name of the most specific ng: entity class ("Person", "Country"), or "Other". */
  type: string;
  /** For events: the CAMEO-style subtype ("Attack"), when the store types it further. */
  subtype?: string;
  /** Other names, sorted. */
  aliases: string[];
  links: { wikidata?: string; iso3166?: string };
  /** Precomputed layout position (ForceAtlas2, seeded). */
  x: number;
  y: number;
  /** Number of relation edges touching the node. */
  degree: number;
}

/** A span inside a statement's sentence to highlight (offsets into `sentence`, end exclusive). */
export interface Highlight {
  start: number;
  end: number;
  role: 'subject' | 'object' | 'speaker' | 'cue';
}

/** One statement node of the RDF graph: the evidence for a relation. */
export interface ViewerStatement {
  /** The statement's IRI. */
  id: string;
  polarity: 'asserted' | 'denied';
  /** ng:modality local name ("actual", "possible", "planned", ...), when the store gives one. */
  modality?: string;
  /** True when the same triple is also asserted as a plain fact. */
  fact: boolean;
  attributedTo?: { id: string; label: string };
  cue?: string;
  confidence?: number;
  extractor?: string;
  /** Index into ViewerGraph.documents, or -1 when the statement names no known document. */
  document: number;
  sentence?: string;
  /** Offsets of the evidence in the document text (ng:start, ng:end). */
  start?: number;
  end?: number;
  highlights: Highlight[];
}

/** A relation between two nodes; statements of one (subject, predicate, object, kind) share an edge. */
export interface ViewerEdge {
  id: string;
  source: string;
  target: string;
  /** Index into ViewerGraph.predicates. */
  predicate: number;
  kind: RelationKind;
  /** Highest confidence among the statements (1 for a plain triple with no statement). */
  confidence: number;
  statements: ViewerStatement[];
}

/** A relation whose object is a literal (a date, a count): shown in the node panel, not drawn. */
export interface ViewerAttribute {
  subject: string;
  predicate: number;
  value: string;
  datatype?: string;
  kind: RelationKind;
  statements: ViewerStatement[];
}

export interface ViewerDocument {
  id: string;
  title?: string;
  /** ISO date `YYYY-MM-DD` when known. */
  date?: string;
  source?: string;
}

export interface ViewerPredicate {
  id: string;
  label: string;
  /** Number of edges and attributes using it. */
  count: number;
}

export interface ViewerGraph {
  format: 'newsgraph-viewer';
  version: 1;
  nodes: ViewerNode[];
  edges: ViewerEdge[];
  attributes: ViewerAttribute[];
  documents: ViewerDocument[];
  predicates: ViewerPredicate[];
}
