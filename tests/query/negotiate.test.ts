// Content negotiation of the endpoint: Accept headers (with q-values) and ?format= to results and RDF formats.
import { describe, expect, it } from 'vitest';
import { chooseRdfFormat, chooseResultsFormat } from '../../src/query/negotiate.js';

describe('chooseResultsFormat', () => {
  const cases: Array<[string | undefined, string | undefined, string | undefined]> = [
    [undefined, undefined, 'json'],
    ['*/*', undefined, 'json'],
    ['application/sparql-results+xml', undefined, 'xml'],
    ['text/csv', undefined, 'csv'],
    ['text/tab-separated-values', undefined, 'tsv'],
    ['application/sparql-results+json;q=0.5, text/csv', undefined, 'csv'],
    ['text/html;q=0.9, */*;q=0.1', undefined, 'json'],
    ['image/png', undefined, undefined],
    ['image/png', 'tsv', 'tsv'],
  ];
  it.each(cases)('Accept %s, format %s -> %s', (accept, format, expected) => expect(chooseResultsFormat(accept, format)).toBe(expected));
});

describe('chooseRdfFormat', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    [undefined, 'turtle'],
    ['application/n-triples', 'ntriples'],
    ['application/ld+json', 'jsonld'],
    ['application/sparql-results+json,text/turtle;q=0.9', 'turtle'],
    ['application/sparql-results+json', 'turtle'],
    ['image/png', undefined],
  ];
  it.each(cases)('Accept %s -> %s', (accept, expected) => expect(chooseRdfFormat(accept)).toBe(expected));
});
