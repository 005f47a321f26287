// What a build did: documents read, problems met, entities by type, relations and statements, time per stage.
import type { IngestProblem } from '../ingest/document.js';

export interface StageTimes {
  ingest: number;
  analyze: number;
  extract: number;
  resolve: number;
  graph: number;
  write: number;
}

export interface BuildReport {
  /** Documents read and built. */
  documents: number;
  sentences: number;
  tokens: number;
  /** Inputs (files, feed items, JSONL lines) that could not be read or processed, each with its reason. */
  problems: IngestProblem[];
  /** Named entities (events and concepts not included), by type, types sorted by name. */
  entitiesByType: Record<string, number>;
  entities: number;
  events: number;
  /** Concepts extractors named as arguments ("fraud", "the warning"). */
  concepts: number;
  /** Statement nodes: each extracted relation with its provenance. */
  statements: number;
  /** Distinct relations (subject, predicate, object) over all statements. */
  relations: number;
  /** Relations asserted as fact, written also as plain triples. */
  facts: number;
  /** Candidates dropped by resolve: an argument (a pronoun with no antecedent) could not be placed, or both arguments were one entity. */
  droppedCandidates: number;
  /** Quads in the store (all named graphs). */
  quads: number;
  /** Files written (empty when nothing was built and existing outputs were left as they were). */
  files: string[];
  /** Milliseconds per stage (wall clock), and in all. */
  times: StageTimes;
  milliseconds: number;
  /** Processor time per stage (user + system, this process), and in all: what the build costs on a busy machine. */
  cpu: StageTimes;
  cpuMilliseconds: number;
}

/** Progress of a build, for a progress bar: documents as they are analysed, then the corpus-wide stages. */
export type BuildProgress =
  | { stage: 'read'; done: number; total: number; file?: string }
  | { stage: 'resolve' | 'graph' | 'write' };
