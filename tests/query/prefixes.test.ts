// Predeclared prefixes: what a query declares itself, what is prepended, and how IRIs are compacted.
import { describe, expect, it } from 'vitest';
import { compactIri, declaredPrefixes, prefixesInRdfHeader, withPrefixes } from '../../src/query/prefixes.js';

const P = { ng: 'https://w3id.org/newsgraph/ns#', kb: 'https://w3id.org/newsgraph/kb/', stmt: 'https://w3id.org/newsgraph/kb/statement/' };

describe('declaredPrefixes', () => {
  const cases: Array<[string, string[]]> = [
    ['PREFIX ng: <x:> SELECT * {}', ['ng']],
    ['prefix : <x:>\nprefix a.b: <y:>', ['', 'a.b']],
    ['# PREFIX kb: <x:>\nSELECT * { ?s ?p "PREFIX ng: <y:>" }', []],
  ];
  it.each(cases)('%s', (q, names) => expect([...declaredPrefixes(q)].sort()).toEqual(names.sort()));
});

describe('withPrefixes', () => {
  it('prepends only the undeclared prefixes, on one line', () => {
    const { text, lineOffset } = withPrefixes('PREFIX ng: <http://other/>\nSELECT * {}', P);
    expect(lineOffset).toBe(1);
    expect(text.split('\n')[0]).toBe('PREFIX kb: <https://w3id.org/newsgraph/kb/> PREFIX stmt: <https://w3id.org/newsgraph/kb/statement/>');
  });
  it('leaves a query that declares everything as it is', () => {
    const q = 'PREFIX ng: <a:> PREFIX kb: <b:> PREFIX stmt: <c:> ASK {}';
    expect(withPrefixes(q, P)).toEqual({ text: q, lineOffset: 0 });
  });
});

describe('compactIri', () => {
  const cases: Array<[string, string]> = [
    ['https://w3id.org/newsgraph/ns#warn', 'ng:warn'],
    ['https://w3id.org/newsgraph/kb/statement/a1', 'stmt:a1'],
    ['https://w3id.org/newsgraph/kb/anna-berg', 'kb:anna-berg'],
    ['https://w3id.org/newsgraph/kb/a/b', '<https://w3id.org/newsgraph/kb/a/b>'],
    ['http://example.org/x', '<http://example.org/x>'],
  ];
  it.each(cases)('%s -> %s', (iri, short) => expect(compactIri(iri, P)).toBe(short));
});

it('reads the prefixes a Turtle header declares', () => {
  expect(prefixesInRdfHeader('@prefix kb: <http://my.org/kb/> .\nPREFIX ex: <http://ex/>\n<a> <b> <c> .')).toEqual({ kb: 'http://my.org/kb/', ex: 'http://ex/' });
});
