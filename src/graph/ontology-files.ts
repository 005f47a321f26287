// Finds the shipped ontology/ folder and reads what it declares, so the graph stage knows which terms need declaring in the output.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { OWL, RDF, SKOS } from './vocabulary.js';

/** The ontology/ folder of this package, found by walking up from this module (works from src/ and dist/src/). */
export function ontologyDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'ontology');
    if (existsSync(join(candidate, 'newsgraph.ttl'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('graph: ontology/newsgraph.ttl not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The path of one shipped ontology file (`newsgraph.ttl`, `events.ttl`, `shapes.ttl`, `context.jsonld`). */
export function ontologyFile(name: string, dir: string = ontologyDir()): string {
  return join(dir, name);
}

const parsed = new Map<string, Quad[]>();

/** Parses a Turtle file of ontology/ once per process. */
export function readOntologyQuads(name: string, dir: string = ontologyDir()): Quad[] {
  const path = ontologyFile(name, dir);
  let quads = parsed.get(path);
  if (!quads) {
    try {
      quads = new Parser({ baseIRI: `file://${path}` }).parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`graph: ${path}: ${(error as Error).message}`);
    }
    parsed.set(path, quads);
  }
  return quads;
}

const PROPERTY_TYPES = new Set([
  `${OWL}ObjectProperty`, `${OWL}DatatypeProperty`, `${OWL}AnnotationProperty`, `${RDF}Property`,
]);

/** IRIs of the properties newsgraph.ttl declares. */
export function declaredProperties(dir?: string): Set<string> {
  const out = new Set<string>();
  for (const q of readOntologyQuads('newsgraph.ttl', dir)) {
    if (q.predicate.value === `${RDF}type` && PROPERTY_TYPES.has(q.object.value)) out.add(q.subject.value);
  }
  return out;
}

/** IRIs of the event-type concepts events.ttl declares. */
export function declaredEventTypes(dir?: string): Set<string> {
  const out = new Set<string>();
  for (const q of readOntologyQuads('events.ttl', dir)) {
    if (q.predicate.value === `${RDF}type` && q.object.value === `${SKOS}Concept`) out.add(q.subject.value);
  }
  return out;
}
