// graph.jsonld: the whole graph as JSON-LD, compacted with ontology/context.jsonld, with no network access at all.
import { readFile } from 'node:fs/promises';
// jsonld.js is loaded only when a graph needs it (blank nodes): a build's graph never does, and loading it costs
// a build about 0.1-0.2 s of processor time.
import type jsonldTypes from 'jsonld';
import type { Quad } from 'n3';
import { ontologyFile } from '../graph/ontology-files.js';
import { DEFAULT_KB, prefixes } from '../graph/vocabulary.js';
import { compactNodes, ContextCompactor } from './jsonld-compact.js';

type ContextObject = Record<string, unknown>;

/** A document loader that refuses every URL: contexts come from ontology/, and a build never downloads. */
export async function offlineDocumentLoader(url: string): Promise<never> {
  throw new Error(`export: JSON-LD tried to load ${url}; remote documents are refused (the context is read from ontology/context.jsonld)`);
}

/** The shipped context, with the knowledge-base prefixes (kb, doc, docgraph, stmt, qty, concept) following the build's base IRI. */
export async function loadContext(base: string = DEFAULT_KB, path: string = ontologyFile('context.jsonld')): Promise<ContextObject> {
  let parsed: { '@context'?: ContextObject };
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as { '@context'?: ContextObject };
  } catch (error) {
    throw new Error(`export: ${path}: ${(error as Error).message}`);
  }
  const context = parsed['@context'];
  if (!context || typeof context !== 'object') throw new Error(`export: ${path}: no "@context" object`);
  const kb = prefixes(base);
  const out: ContextObject = { ...context };
  for (const name of ['kb', 'doc', 'docgraph', 'stmt', 'qty', 'concept']) out[name] = kb[name];
  return out;
}

/** Compacted JSON-LD of quads (already in the order to write), as an object. */
export async function toJsonLd(quads: Quad[], context: ContextObject): Promise<object> {
  const jsonld = (await import('jsonld')).default;
  const options = { useNativeTypes: false, documentLoader: offlineDocumentLoader } as unknown as jsonldTypes.Options.FromRdf;
  // Quad objects, not an N-Quads string: jsonld's N-Quads parser is quadratic on big inputs.
  const expanded = await jsonld.fromRDF(quads as unknown as Parameters<typeof jsonld.fromRDF>[0], options);
  return jsonld.compact(expanded, context as jsonldTypes.ContextDefinition, {
    documentLoader: offlineDocumentLoader as unknown as jsonldTypes.Options.DocLoader['documentLoader'],
    compactArrays: true,
  });
}

/**
 * The JSON-LD file text (two-space indentation, final newline) for quads sorted with sortQuads.
 * Written by our linear compactor when the graph has no blank nodes (always, for buildStore's
 * output); otherwise by jsonld.js. Tests check both read back isomorphic through jsonld.toRDF.
 */
export async function jsonLdText(quads: Quad[], context: ContextObject): Promise<string> {
  const hasBlank = quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
  const doc = hasBlank ? await toJsonLd(quads, context) : { '@context': context, '@graph': compactNodes(quads, new ContextCompactor(context)) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
