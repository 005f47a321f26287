// Content negotiation for the SPARQL endpoint: picks a results or RDF format from the Accept header (q-values honoured).
import type { ResultsFormat } from './results-format.js';
import type { RdfFormat } from './rdf-format.js';
import { wordTable } from '../util/word-table.js';

const RESULTS: Array<[string, ResultsFormat]> = [
  ['application/sparql-results+json', 'json'],
  ['application/json', 'json'],
  ['application/sparql-results+xml', 'xml'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
  ['text/csv', 'csv'],
  ['text/tab-separated-values', 'tsv'],
];

const GRAPHS: Array<[string, RdfFormat]> = [
  ['text/turtle', 'turtle'],
  ['application/x-turtle', 'turtle'],
  ['application/n-triples', 'ntriples'],
  ['text/plain', 'ntriples'],
  ['application/ld+json', 'jsonld'],
  ['application/json', 'jsonld'],
];

/** Short names a client may give as `?format=` (as Fuseki and Virtuoso accept). */
const SHORT: Record<string, string> = wordTable({
  json: 'application/sparql-results+json', xml: 'application/sparql-results+xml', csv: 'text/csv', tsv: 'text/tab-separated-values',
  turtle: 'text/turtle', ttl: 'text/turtle', ntriples: 'application/n-triples', nt: 'application/n-triples', jsonld: 'application/ld+json',
});

interface Range { type: string; q: number; order: number }

function parseAccept(accept: string | undefined): Range[] {
  if (!accept || accept.trim() === '') return [{ type: '*/*', q: 1, order: 0 }];
  return accept.split(',').map((part, order) => {
    const [type = '', ...params] = part.trim().split(';').map((s) => s.trim());
    const qParam = params.find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
  }).filter((r) => r.q > 0 && r.type !== '');
}

function choose<T>(accept: string | undefined, table: Array<[string, T]>, fallback: T, formatParam?: string): T | undefined {
  const explicit = formatParam ? SHORT[formatParam.toLowerCase()] ?? formatParam.toLowerCase() : undefined;
  const ranges = explicit ? [{ type: explicit, q: 1, order: 0 }] : parseAccept(accept);
  // Highest q first; among equals, the more specific range, then the client's order.
  const sorted = [...ranges].sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type) || a.order - b.order);
  for (const range of sorted) {
    if (range.type === '*/*') return fallback;
    const [major] = range.type.split('/');
    if (range.type.endsWith('/*')) {
      const hit = table.find(([type]) => type.startsWith(`${major}/`));
      if (hit) return hit[1];
      continue;
    }
    const hit = table.find(([type]) => type === range.type);
    if (hit) return hit[1];
  }
  return undefined;
}

function specificity(type: string): number {
  return type === '*/*' ? 0 : type.endsWith('/*') ? 1 : 2;
}

/** The results format for SELECT/ASK, or undefined when the client accepts none we write (406). */
export function chooseResultsFormat(accept: string | undefined, formatParam?: string): ResultsFormat | undefined {
  return choose(accept, RESULTS, 'json', formatParam);
}

/** The RDF format for CONSTRUCT/DESCRIBE, or undefined when the client accepts none we write (406). */
export function chooseRdfFormat(accept: string | undefined, formatParam?: string): RdfFormat | undefined {
  // A client asking for SPARQL JSON results on a CONSTRUCT (YASGUI does, with Turtle too) gets Turtle.
  const rdf = choose(accept, GRAPHS, 'turtle', formatParam);
  if (rdf) return rdf;
  return accept && /sparql-results/.test(accept) ? 'turtle' : undefined;
}
