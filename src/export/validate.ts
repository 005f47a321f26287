// Validates a graph against ontology/shapes.ttl with shacl-engine (core and SPARQL constraints), returning readable problems.
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import type { Term } from '@rdfjs/types';
import { Validator } from 'shacl-engine';
import { targetResolvers, validations } from 'shacl-engine/sparql.js';
import { ontologyFile } from '../graph/ontology-files.js';
import { prefixes, SH } from '../graph/vocabulary.js';
import { TermEncoder } from './turtle-syntax.js';

export interface ValidationProblem {
  focus: string;
  path?: string;
  value?: string;
  message: string;
  shape: string;
}

export interface ValidationOutcome {
  conforms: boolean;
  problems: ValidationProblem[];
}

// shacl-engine builds its report as a dataset; an N3 Store serves.
const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

const shapeCache = new Map<string, Store>();

/** A shapes file of ontology/, parsed once per process. */
export function loadShapes(path: string = ontologyFile('shapes.ttl')): Store {
  let shapes = shapeCache.get(path);
  if (!shapes) {
    try {
      shapes = new Store(new Parser({ baseIRI: `file://${path}` }).parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(`export: ${path}: ${(error as Error).message}`);
    }
    shapeCache.set(path, shapes);
  }
  return shapes;
}

export interface ValidateOptions {
  /** Also check ontology/shapes-sparql.ttl (rules core SHACL cannot say; about a query per statement, so slow on big graphs). */
  sparql?: boolean;
  /** Other shapes instead of the shipped ones. */
  shapes?: Store;
}

/**
 * Validates the union of all graphs of the given quads (named graphs merged, as graph.ttl holds them)
 * against ontology/shapes.ttl, and lists each problem with its focus node, path, value and message, sorted.
 */
export async function validateGraph(quads: Iterable<Quad>, options: ValidateOptions = {}): Promise<ValidationOutcome> {
  let shapesStore = options.shapes ?? loadShapes();
  if (options.sparql) shapesStore = new Store([...shapesStore.getQuads(null, null, null, null), ...loadShapes(ontologyFile('shapes-sparql.ttl')).getQuads(null, null, null, null)]);
  const data = new Store();
  for (const q of quads) data.addQuad(q.subject, q.predicate, q.object);
  const validator = new Validator(shapesStore, options.sparql ? { factory, validations, targetResolvers } : { factory });
  const report = await validator.validate({ dataset: data });
  const enc = new TermEncoder(prefixes());
  const problems: ValidationProblem[] = [];
  for (const r of report.results) {
    const term = (t: Term | undefined | null) => (t ? enc.term(t) : undefined);
    problems.push({
      focus: term(r.focusNode?.term) ?? '',
      path: r.path?.length ? r.path.map((step) => step.predicates.map((p) => enc.iri(p.value)).join('|')).join('/') : undefined,
      value: term(r.value?.term),
      message: r.message?.map((m) => m.value).join('; ') || enc.iri(r.constraintComponent?.value ?? `${SH}Violation`),
      shape: term(r.shape?.ptr?.term) ?? '',
    });
  }
  const key = (p: ValidationProblem) => `${p.focus}\u0001${p.path ?? ''}\u0001${p.message}\u0001${p.value ?? ''}`;
  problems.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { conforms: report.conforms, problems };
}

/** One line per problem, for a report or a test failure. */
export function formatProblems(outcome: ValidationOutcome): string {
  return outcome.problems.map((p) => `${p.focus}${p.path ? ` ${p.path}` : ''}${p.value ? ` = ${p.value}` : ''}: ${p.message}`).join('\n');
}
