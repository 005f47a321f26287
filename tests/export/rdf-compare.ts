// Graph isomorphism for the tests: both sides canonicalised with RDFC-1.0 (jsonld's rdf-canonize), then compared line by line.
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad } from 'n3';

/** Plain RDF/JS-like quads (from jsonld.toRDF or n3) as n3 quads, optionally merged into the default graph. */
export function toN3Quads(quads: Iterable<{ subject: any; predicate: any; object: any; graph?: any }>, mergeGraphs = false): Quad[] {
  const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
  const term = (t: any): any => {
    if (t.termType === 'NamedNode') return namedNode(t.value);
    if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
    if (t.termType === 'Literal') return literal(t.value, t.language || namedNode(t.datatype.value));
    return defaultGraph();
  };
  return [...quads].map((q) => quad(term(q.subject), term(q.predicate), term(q.object),
    mergeGraphs || !q.graph || q.graph.termType === 'DefaultGraph' ? defaultGraph() : term(q.graph)));
}

/** Canonical N-Quads lines of a dataset (blank nodes relabelled canonically), sorted and de-duplicated. */
export async function canonicalLines(quads: Quad[]): Promise<string[]> {
  const writer = new Writer({ format: 'N-Quads' });
  const nquads = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)).join('');
  const canonize = jsonld.canonize as unknown as (input: string, options: object) => Promise<string>;
  const canonical = await canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });
  return [...new Set(canonical.split('\n').filter(Boolean))].sort();
}

/** Whether two datasets are isomorphic; on difference, the lines only in each. */
export async function compareGraphs(a: Quad[], b: Quad[]): Promise<{ isomorphic: boolean; onlyA: string[]; onlyB: string[] }> {
  const [la, lb] = await Promise.all([canonicalLines(a), canonicalLines(b)]);
  const sa = new Set(la);
  const sb = new Set(lb);
  const onlyA = la.filter((l) => !sb.has(l));
  const onlyB = lb.filter((l) => !sa.has(l));
  return { isomorphic: onlyA.length === 0 && onlyB.length === 0, onlyA: onlyA.slice(0, 10), onlyB: onlyB.slice(0, 10) };
}
