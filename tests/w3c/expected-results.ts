// Reads the expected results of a W3C SPARQL test: SPARQL XML (.srx), JSON (.srj), TSV, CSV, or RDF (.ttl/.rdf: a graph or an rs:ResultSet).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { DataFactory, Parser, Store, type Quad, type Term } from 'n3';
import type { JsonTerm } from '../../src/query/values.js';

const iri = DataFactory.namedNode;
const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export type Binding = Record<string, JsonTerm>;
export type Expected =
  | { kind: 'bindings'; variables: string[]; rows: Binding[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; quads: Quad[] }
  | { kind: 'csv'; header: string[]; rows: string[][] };

export function readExpected(path: string): Expected {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.srx')) return fromXml(text);
  if (path.endsWith('.srj')) return fromJson(JSON.parse(text));
  if (path.endsWith('.tsv')) return fromTsv(text);
  if (path.endsWith('.csv')) return fromCsv(text);
  return fromRdf(text, path);
}

function fromXml(text: string): Expected {
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', trimValues: false, parseTagValue: false,
    parseAttributeValue: false, isArray: (name) => ['result', 'binding', 'variable'].includes(name),
  });
  const doc = parser.parse(text).sparql;
  if (doc.boolean !== undefined) return { kind: 'boolean', value: String(doc.boolean).trim() === 'true' };
  const variables = ((doc.head?.variable ?? []) as Array<{ '@_name': string }>).map((v) => v['@_name']);
  const rows: Binding[] = [];
  const results = typeof doc.results === 'object' && doc.results ? doc.results.result ?? [] : [];
  for (const result of results as Array<{ binding?: Array<Record<string, unknown>> }>) {
    const row: Binding = {};
    for (const b of result.binding ?? []) row[b['@_name'] as string] = xmlTerm(b);
    rows.push(row);
  }
  return { kind: 'bindings', variables, rows };
}

function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'object') return String((node as Record<string, unknown>)['#text'] ?? '');
  return String(node);
}

function xmlTerm(b: Record<string, unknown>): JsonTerm {
  if ('uri' in b) return { type: 'uri', value: textOf(b.uri).trim() };
  if ('bnode' in b) return { type: 'bnode', value: textOf(b.bnode).trim() };
  if ('literal' in b) {
    const lit = b.literal as Record<string, string> | string;
    const attrs = typeof lit === 'object' && lit ? lit : {};
    const term: JsonTerm = { type: 'literal', value: textOf(lit) };
    if (attrs['@_xml:lang']) term['xml:lang'] = attrs['@_xml:lang'];
    else if (attrs['@_datatype']) term.datatype = attrs['@_datatype'];
    return term;
  }
  if ('triple' in b) {
    const t = b.triple as Record<string, Record<string, unknown>>;
    return { type: 'triple', value: { subject: xmlTerm(t.subject!), predicate: xmlTerm(t.predicate!), object: xmlTerm(t.object!) } };
  }
  throw new Error(`w3c: unknown binding ${JSON.stringify(b)}`);
}

function fromJson(doc: { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, Record<string, unknown>>> } }): Expected {
  if (doc.boolean !== undefined) return { kind: 'boolean', value: doc.boolean };
  const rows = (doc.results?.bindings ?? []).map((b) => {
    const row: Binding = {};
    for (const [name, term] of Object.entries(b)) row[name] = jsonTerm(term);
    return row;
  });
  return { kind: 'bindings', variables: doc.head.vars ?? [], rows };
}

function jsonTerm(t: Record<string, unknown>): JsonTerm {
  const type = t.type === 'typed-literal' ? 'literal' : (t.type as string);
  if (type === 'triple') {
    const v = t.value as Record<string, Record<string, unknown>>;
    return { type: 'triple', value: { subject: jsonTerm(v.subject!), predicate: jsonTerm(v.predicate!), object: jsonTerm(v.object!) } };
  }
  if (type === 'literal') {
    const term: JsonTerm = { type: 'literal', value: t.value as string };
    if (t['xml:lang']) term['xml:lang'] = t['xml:lang'] as string;
    else if (t.datatype) term.datatype = t.datatype as string;
    return term;
  }
  return { type: type as 'uri' | 'bnode', value: t.value as string };
}

/** One term in Turtle/SPARQL syntax, as the TSV results format writes it. */
export function parseTurtleTerm(cell: string): JsonTerm | undefined {
  const s = cell.trim();
  if (s === '') return undefined;
  if (s.startsWith('<') && s.endsWith('>')) return { type: 'uri', value: s.slice(1, -1) };
  if (s.startsWith('_:')) return { type: 'bnode', value: s.slice(2) };
  if (s === 'true' || s === 'false') return { type: 'literal', value: s, datatype: `${XSD}boolean` };
  if (/^[+-]?\d+$/.test(s)) return { type: 'literal', value: s, datatype: `${XSD}integer` };
  if (/^[+-]?\d*\.\d+$/.test(s)) return { type: 'literal', value: s, datatype: `${XSD}decimal` };
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(s)) return { type: 'literal', value: s, datatype: `${XSD}double` };
  const m = /^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$/.exec(s);
  if (!m) throw new Error(`w3c: cannot read TSV term ${s}`);
  const value = m[1]!.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e);
  const term: JsonTerm = { type: 'literal', value };
  if (m[2]) term['xml:lang'] = m[2];
  else if (m[3] && m[3] !== `${XSD}string`) term.datatype = m[3];
  return term;
}

function fromTsv(text: string): Expected {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const variables = (lines.shift() ?? '').split('\t').map((v) => v.trim().replace(/^[?$]/, '')).filter((v) => v !== '');
  const rows = lines.map((line) => {
    const cells = line.split('\t');
    const row: Binding = {};
    variables.forEach((v, i) => {
      const term = parseTurtleTerm(cells[i] ?? '');
      if (term) row[v] = term;
    });
    return row;
  });
  return { kind: 'bindings', variables, rows };
}

/** RFC 4180 CSV into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function fromCsv(text: string): Expected {
  const [header = [], ...rows] = parseCsv(text);
  return { kind: 'csv', header, rows };
}

function fromRdf(text: string, path: string): Expected {
  const quads = new Parser({ baseIRI: pathToFileURL(path).href }).parse(text);
  const store = new Store(quads);
  const resultSet = store.getSubjects(iri(`${RDF}type`), iri(`${RS}ResultSet`), null)[0];
  if (!resultSet) return { kind: 'graph', quads };
  const one = (s: Term, p: string) => store.getObjects(s, iri(`${RS}${p}`), null)[0];
  const bool = one(resultSet, 'boolean');
  if (bool) return { kind: 'boolean', value: bool.value === 'true' };
  const variables = store.getObjects(resultSet, iri(`${RS}resultVariable`), null).map((t) => t.value);
  const rows = store.getObjects(resultSet, iri(`${RS}solution`), null).map((solution) => {
    const row: Binding = {};
    for (const binding of store.getObjects(solution, iri(`${RS}binding`), null)) {
      row[one(binding, 'variable')!.value] = termToJson(one(binding, 'value')!);
    }
    return { row, index: Number(one(solution, 'index')?.value ?? 0) };
  });
  rows.sort((a, b) => a.index - b.index);
  return { kind: 'bindings', variables, rows: rows.map((r) => r.row) };
}

export function termToJson(term: Term): JsonTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    const t: JsonTerm = { type: 'literal', value: term.value };
    if (term.language) t['xml:lang'] = term.language;
    else if (term.datatype.value !== `${XSD}string`) t.datatype = term.datatype.value;
    return t;
  }
  throw new Error(`w3c: unexpected ${term.termType}`);
}
