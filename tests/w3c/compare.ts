// Compares SPARQL results as the W3C tests require: solutions as a bag (a sequence under ORDER BY), blank nodes up to renaming, graphs up to isomorphism.
import type { Quad } from 'n3';
import { Writer } from 'n3';
import type { JsonTerm } from '../../src/query/values.js';
import type { Binding } from './expected-results.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function hasBlank(t: JsonTerm): boolean {
  return t.type === 'bnode' || (t.type === 'triple' && (hasBlank(t.value.subject) || hasBlank(t.value.predicate) || hasBlank(t.value.object)));
}

/** A term's key with blank nodes blanked out (or kept, when `withLabels`). */
/**
 * Numeric and boolean literals compare by value within their datatype ("1.0"^^xsd:decimal = "1"^^xsd:decimal,
 * "1.0E2"^^xsd:double = "100"^^xsd:double): the tests' expected files use non-canonical lexical forms that an
 * engine may write canonically, as the W3C harnesses of Jena and RDF4J also accept.
 */
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte']
  .map((t) => `http://www.w3.org/2001/XMLSchema#${t}`));

function literalValue(value: string, datatype: string | undefined): string {
  if (datatype && NUMERIC.has(datatype)) {
    const v = value.trim();
    if (/^[+-]?INF$/.test(v)) return v.startsWith('-') ? '-Infinity' : 'Infinity';
    if (v === 'NaN') return 'NaN';
    const n = Number(v);
    if (v !== '' && !Number.isNaN(n)) return String(n);
  }
  if (datatype === 'http://www.w3.org/2001/XMLSchema#boolean') {
    if (value === '1' || value === 'true') return 'true';
    if (value === '0' || value === 'false') return 'false';
  }
  return value;
}

function key(t: JsonTerm, withLabels: boolean): string {
  switch (t.type) {
    case 'uri': return `<${t.value}>`;
    case 'bnode': return withLabels ? `_:${t.value}` : '_:';
    case 'literal': {
      const lang = t['xml:lang'];
      if (lang) return `${JSON.stringify(t.value)}@${lang.toLowerCase()}`;
      return `${JSON.stringify(literalValue(t.value, t.datatype))}^^${t.datatype && t.datatype !== XSD_STRING ? t.datatype : XSD_STRING}`;
    }
    case 'triple': return `<<${key(t.value.subject, withLabels)} ${key(t.value.predicate, withLabels)} ${key(t.value.object, withLabels)}>>`;
  }
}

function rowKey(row: Binding, withLabels: boolean): string {
  return Object.keys(row).sort().map((v) => `${v}=${key(row[v]!, withLabels)}`).join(' ');
}

/** Unifies two terms under a blank-node bijection (`forward`/`backward`), recording new pairs in `added`. */
function unify(a: JsonTerm, b: JsonTerm, forward: Map<string, string>, backward: Map<string, string>, added: string[]): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'bnode') {
    const from = a.value;
    const to = b.value as string;
    const mapped = forward.get(from);
    if (mapped !== undefined) return mapped === to;
    if (backward.has(to)) return false;
    forward.set(from, to);
    backward.set(to, from);
    added.push(from);
    return true;
  }
  if (a.type === 'triple' && b.type === 'triple') {
    const x = (a as Extract<JsonTerm, { type: 'triple' }>).value;
    const y = (b as Extract<JsonTerm, { type: 'triple' }>).value;
    return unify(x.subject, y.subject, forward, backward, added)
      && unify(x.predicate, y.predicate, forward, backward, added)
      && unify(x.object, y.object, forward, backward, added);
  }
  return key(a, false) === key(b, false);
}

/** Whether two solution sequences are equal as bags (or as sequences when `ordered`), blank nodes up to a consistent renaming. */
export function sameBindings(expected: Binding[], actual: Binding[], ordered: boolean): boolean {
  if (expected.length !== actual.length) return false;
  const blanks = expected.some((r) => Object.values(r).some(hasBlank)) || actual.some((r) => Object.values(r).some(hasBlank));
  if (!blanks) {
    const e = expected.map((r) => rowKey(r, false));
    const a = actual.map((r) => rowKey(r, false));
    if (ordered) return e.every((k, i) => k === a[i]);
    e.sort();
    a.sort();
    return e.every((k, i) => k === a[i]);
  }
  // Quick reject on the shapes, then a backtracking search for a blank-node bijection.
  const eShapes = expected.map((r) => rowKey(r, false));
  const aShapes = actual.map((r) => rowKey(r, false));
  if ([...eShapes].sort().join('\n') !== [...aShapes].sort().join('\n')) return false;
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const used = new Array<boolean>(actual.length).fill(false);
  let steps = 0;
  const search = (i: number): boolean => {
    if (i === expected.length) return true;
    if (++steps > 1_000_000) return false;
    const candidates = ordered ? [i] : actual.map((_, j) => j);
    for (const j of candidates) {
      if (used[j] || aShapes[j] !== eShapes[i]) continue;
      const added: string[] = [];
      const row = expected[i]!;
      const other = actual[j]!;
      const ok = Object.keys(row).every((v) => other[v] !== undefined && unify(row[v]!, other[v]!, forward, backward, added));
      if (ok) {
        used[j] = true;
        if (search(i + 1)) return true;
        used[j] = false;
      }
      for (const a of added) {
        backward.delete(forward.get(a)!);
        forward.delete(a);
      }
    }
    return false;
  };
  return search(0);
}

/** The CSV cell the SPARQL CSV format writes for a term (types are lost: only the text remains). */
export function csvText(t: JsonTerm): string {
  return t.type === 'bnode' ? `_:${t.value}` : t.type === 'triple' ? key(t, true) : t.value;
}

/** Compares actual solutions with an expected CSV table: same header, same rows as a bag, `_:` cells as blank nodes. */
export function sameCsv(header: string[], rows: string[][], variables: string[], actual: Binding[]): boolean {
  if (header.join(',') !== variables.join(',')) return false;
  const asBinding = (cells: string[]): Binding => {
    const row: Binding = {};
    header.forEach((v, i) => {
      const cell = cells[i] ?? '';
      if (cell !== '') row[v] = cell.startsWith('_:') ? { type: 'bnode', value: cell.slice(2) } : { type: 'literal', value: cell };
    });
    return row;
  };
  const actualRows = actual.map((b) => asBinding(header.map((v) => (b[v] ? csvText(b[v]!) : ''))));
  return sameBindings(rows.map(asBinding), actualRows, false);
}

/** Graph isomorphism through RDF canonicalisation (RDFC-1.0, jsonld.js's rdf-canonize), offline. */
export async function sameGraph(expected: Quad[], actual: Quad[]): Promise<boolean> {
  const jsonld = (await import('jsonld')).default;
  const canon = async (quads: Quad[]) => {
    const writer = new Writer({ format: 'N-Quads' });
    const text = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object)).join('');
    const out = (await jsonld.canonize(text as never, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' } as never)) as unknown as string;
    // CONSTRUCT results are sets: duplicates in a file collapse as well.
    return [...new Set(out.split('\n'))].sort().join('\n');
  };
  return (await canon(expected)) === (await canon(actual));
}
