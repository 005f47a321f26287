// Writes CONSTRUCT/DESCRIBE results as Turtle (with the project's prefixes), N-Triples or JSON-LD.
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';

export type RdfFormat = 'turtle' | 'ntriples' | 'jsonld';

export const RDF_MEDIA_TYPES: Record<RdfFormat, string> = {
  turtle: 'text/turtle; charset=utf-8',
  ntriples: 'application/n-triples; charset=utf-8',
  jsonld: 'application/ld+json',
};

/** Serialises quads (their graph is ignored: CONSTRUCT gives triples). Only prefixes the triples use are written. */
export async function writeRdf(quads: Quad[], format: RdfFormat, prefixes: Record<string, string> = {}): Promise<string> {
  const { DataFactory } = await import('n3');
  const triples = quads.map((q) => DataFactory.quad(q.subject as never, q.predicate as never, q.object as never));
  if (format === 'jsonld') {
    const jsonld = (await import('jsonld')).default;
    const expanded = await jsonld.fromRDF(triples as never);
    const context = usedPrefixes(triples, prefixes);
    const doc = Object.keys(context).length ? await jsonld.compact(expanded, context as never) : expanded;
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  const writer = new Writer({ format: format === 'turtle' ? 'Turtle' : 'N-Triples', prefixes: format === 'turtle' ? usedPrefixes(triples, prefixes) : {} });
  writer.addQuads(triples as never);
  return new Promise((resolve, reject) => writer.end((error: Error | null, text: string) => (error ? reject(error) : resolve(text))));
}

function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set<string>();
  const visit = (t: Quad['subject'] | Quad['object'] | Quad['predicate']): void => {
    if (t.termType === 'NamedNode') iris.add(t.value);
    else if (t.termType === 'Literal') iris.add(t.datatype.value);
    else if (t.termType === 'Quad') { visit(t.subject); visit(t.predicate); visit(t.object); }
  };
  for (const q of quads) { visit(q.subject); visit(q.predicate); visit(q.object); }
  const used: Record<string, string> = {};
  for (const [name, ns] of Object.entries(prefixes)) {
    if (!ns) continue;
    for (const iri of iris) if (iri.startsWith(ns)) { used[name] = ns; break; }
  }
  return used;
}
