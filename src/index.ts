// The public API of the `newsgraph` package: what `import { ... } from 'newsgraph'` gives a script.
export type { NewsDocument, IngestProblem } from './ingest/document.js';
export type { Analysis, Sentence, Token, Mention, TimeExpression, EntityType } from './analyze/analysis.js';
export type { Candidate, Argument, Extractor } from './extract/candidate.js';
export type { Entity, Statement, ResolvedCorpus } from './resolve/entity.js';
export { NG, DEFAULT_KB, prefixes } from './graph/vocabulary.js';
export { buildStore, type BuildStoreOptions } from './graph/build-store.js';
export { slugify, documentIri, documentGraphIri, statementIri } from './graph/iri.js';
export { writeOutputs, type WriteOutputsOptions } from './export/write-outputs.js';
export { buildGraph, type BuildOptions, type BuildReport } from './pipeline/build-graph.js';
export { openGraph, NewsGraph, SparqlSyntaxError, SparqlError, type OpenGraphOptions, type QueryOptions, type SelectResults, type QueryResult, type Row, type Value, type IriValue, type BlankValue, type LiteralValue, type TripleValue, type GraphSource } from './query/open-graph.js';
