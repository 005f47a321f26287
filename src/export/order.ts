// A fixed order for quads, so every serialisation of the same graph is byte-identical and reads top-down: declarations, documents, entities, statements, values.
import type { Quad, Term } from 'n3';
import { NG, OWL, RDF, RDFS, SKOS, TIME } from '../graph/vocabulary.js';

/** Code-unit comparison (never locale-dependent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sort and identity key of a term, in N3.js's id format (IRIs as is, `_:b` blank nodes, `"v"@lang`,
 * `"v"^^datatype` literals): N3 terms carry it already, so keys cost nothing for the store's quads.
 */
export function termKey(t: Term): string {
  const id = (t as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  switch (t.termType) {
    case 'NamedNode': return t.value;
    case 'BlankNode': return `_:${t.value}`;
    case 'Literal':
      if (t.language) return `"${t.value}"@${t.language}`;
      return t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? `"${t.value}"` : `"${t.value}"^^${t.datatype.value}`;
    case 'DefaultGraph': return '';
    default: return `?${t.value}`;
  }
}

const RANK_BY_TYPE: Record<string, number> = {
  [`${OWL}ObjectProperty`]: 0, [`${OWL}DatatypeProperty`]: 0, [`${RDF}Property`]: 0, [`${SKOS}Concept`]: 0,
  [`${NG}NewsArticle`]: 1, [`${NG}DocumentGraph`]: 1,
  [`${NG}Statement`]: 3,
  [`${NG}Quantity`]: 4, [`${TIME}Interval`]: 4, [`${TIME}Instant`]: 4,
};

const TYPE = `${RDF}type`;
// rdf:type, rdfs:label, then a statement's subject, predicate and object, then the rest by IRI.
const PREDICATE_RANK: Record<string, number> = {
  [TYPE]: 0, [`${RDFS}label`]: 1, [`${RDF}subject`]: 2, [`${RDF}predicate`]: 3, [`${RDF}object`]: 4,
};

/** Rank of each subject by its type: 0 declarations, 1 documents, 2 entities, 3 statements, 4 value nodes. */
export function subjectRanks(quads: Iterable<Quad>): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const q of quads) {
    const key = termKey(q.subject);
    const rank = q.predicate.value === TYPE ? RANK_BY_TYPE[q.object.value] : undefined;
    const current = ranks.get(key);
    if (current === undefined || current === 2) ranks.set(key, rank ?? current ?? 2);
  }
  return ranks;
}

/**
 * Sorts quads by graph, subject rank, subject, predicate (rdf:type and rdfs:label first), object.
 * With `ignoreGraph`, graphs do not take part: quads of one triple in several graphs end up adjacent.
 * `ranks` are `subjectRanks(quads)`, for a caller sorting the same quads twice.
 */
export function sortQuads(quads: Quad[], ignoreGraph = false, ranks: Map<string, number> = subjectRanks(quads)): Quad[] {
  const keyed = quads.map((q) => ({
    q,
    g: ignoreGraph ? '' : termKey(q.graph),
    r: ranks.get(termKey(q.subject)) ?? 2,
    s: termKey(q.subject),
    pr: PREDICATE_RANK[q.predicate.value] ?? 5,
    p: q.predicate.value,
    o: termKey(q.object),
  }));
  keyed.sort((a, b) => compareStrings(a.g, b.g) || a.r - b.r || compareStrings(a.s, b.s)
    || a.pr - b.pr || compareStrings(a.p, b.p) || compareStrings(a.o, b.o));
  return keyed.map((k) => k.q);
}

/**
 * The triples of quads sorted with `sortQuads(quads, true)`, each once (graph names are kept on the
 * quads but carry no meaning here): the whole graph as Turtle and JSON-LD write it. Linear, no keys built.
 */
export function distinctTriples(sorted: Quad[]): Quad[] {
  const out: Quad[] = [];
  let last: Quad | undefined;
  for (const q of sorted) {
    if (last && termKey(last.subject) === termKey(q.subject) && last.predicate.value === q.predicate.value && termKey(last.object) === termKey(q.object)) continue;
    out.push(q);
    last = q;
  }
  return out;
}
