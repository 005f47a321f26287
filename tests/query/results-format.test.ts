// SPARQL 1.1 results formats (JSON, XML, CSV, TSV) written from SELECT and ASK results.
import { describe, expect, it } from 'vitest';
import { writeAsk, writeSelect, termTurtle } from '../../src/query/results-format.js';
import type { SelectResults } from '../../src/query/open-graph.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const results: SelectResults = {
  variables: ['who', 'said', 'n'],
  bindings: [
    { who: { type: 'uri', value: 'https://w3id.org/newsgraph/kb/anna-berg' }, said: { type: 'literal', value: 'no "involvement", none', 'xml:lang': 'en' }, n: { type: 'literal', value: '3', datatype: `${XSD}integer` } },
    { who: { type: 'bnode', value: 'b0' }, n: { type: 'literal', value: '0.5', datatype: `${XSD}decimal` } },
  ],
};

describe('writeSelect', () => {
  it('JSON keeps the SPARQL JSON structure', () => {
    expect(JSON.parse(writeSelect(results, 'json'))).toEqual({ head: { vars: ['who', 'said', 'n'] }, results: { bindings: results.bindings } });
  });
  it('CSV quotes cells with commas or quotes and ends lines with CRLF', () => {
    expect(writeSelect(results, 'csv')).toBe('who,said,n\r\nhttps://w3id.org/newsgraph/kb/anna-berg,"no ""involvement"", none",3\r\n_:b0,,0.5\r\n');
  });
  it('TSV writes terms in Turtle syntax', () => {
    expect(writeSelect(results, 'tsv')).toBe('?who\t?said\t?n\n<https://w3id.org/newsgraph/kb/anna-berg>\t"no \\"involvement\\", none"@en\t3\n_:b0\t\t0.5\n');
  });
  it('XML escapes text and marks language and datatype', () => {
    const xml = writeSelect(results, 'xml');
    expect(xml).toContain('<variable name="who"/>');
    expect(xml).toContain('<literal xml:lang="en">no &quot;involvement&quot;, none</literal>');
    expect(xml).toContain(`<literal datatype="${XSD}integer">3</literal>`);
    expect(xml).toContain('<bnode>b0</bnode>');
  });
});

describe('writeAsk', () => {
  const cases: Array<['json' | 'xml' | 'csv' | 'tsv', string]> = [
    ['json', '{"head":{},"boolean":true}\n'],
    ['csv', '_askResult\r\ntrue\r\n'],
    ['tsv', '?_askResult\ntrue\n'],
  ];
  it.each(cases)('%s', (format, text) => expect(writeAsk(true, format)).toBe(text));
  it('xml', () => expect(writeAsk(false, 'xml')).toContain('<boolean>false</boolean>'));
});

describe('termTurtle', () => {
  const cases: Array<[Parameters<typeof termTurtle>[0], string]> = [
    [{ type: 'literal', value: 'true', datatype: `${XSD}boolean` }, 'true'],
    [{ type: 'literal', value: '1.0e6', datatype: `${XSD}double` }, '1.0e6'],
    [{ type: 'literal', value: '2024-03-22', datatype: `${XSD}date` }, `"2024-03-22"^^<${XSD}date>`],
    [{ type: 'literal', value: 'a\tb\nc' }, '"a\\tb\\nc"'],
    [{ type: 'triple', value: { subject: { type: 'uri', value: 'http://x/s' }, predicate: { type: 'uri', value: 'http://x/p' }, object: { type: 'literal', value: 'o' } } }, '<<( <http://x/s> <http://x/p> "o" )>>'],
  ];
  it.each(cases)('%j -> %s', (term, text) => expect(termTurtle(term)).toBe(text));
});
