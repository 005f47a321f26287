// Writes sorted quads as readable Turtle or TriG: prefixes, one block per subject, `;` and `,` grouping, blank lines between blocks.
import type { Quad } from 'n3';
import type { Term } from '@rdfjs/types';
import { IRI_FORBIDDEN } from '../graph/iri.js';
import { RDF, XSD } from '../graph/vocabulary.js';
import { termKey } from './order.js';

const LOCAL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*)$/;
// Compared for every literal and predicate written: built once.
const RDF_TYPE = `${RDF}type`;
const XSD_STRING = `${XSD}string`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DECIMAL = `${XSD}decimal`;
const XSD_BOOLEAN = `${XSD}boolean`;
const ECHAR: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function uchar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}` : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

// Most strings and IRIs need no escape at all: a search (which ignores the global flag's lastIndex) settles them
// before any replace.
// eslint-disable-next-line no-control-regex
const STRING_ESCAPE = /["\\\n\r\t\b\f]|[\u0000-\u001f\u007f]/g;

/** A string as a Turtle STRING_LITERAL_QUOTE body. */
export function escapeString(value: string): string {
  return value.search(STRING_ESCAPE) < 0 ? value : value.replace(STRING_ESCAPE, (c) => ECHAR[c] ?? uchar(c));
}

/** An IRI as an IRIREF body: characters IRIREF forbids written as \u escapes. */
function escapeIri(value: string): string {
  return value.search(IRI_FORBIDDEN) < 0 ? value : value.replace(IRI_FORBIDDEN, uchar);
}

/** Encodes terms with the given prefixes; the longest matching namespace wins. */
export class TermEncoder {
  private readonly namespaces: Array<[string, string]>;

  constructor(prefixes: Record<string, string>) {
    this.namespaces = Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length);
  }

  // Predicates, classes and entities recur on many lines: each IRI is encoded once.
  private readonly cache = new Map<string, string>();

  iri(value: string): string {
    let out = this.cache.get(value);
    if (out === undefined) {
      out = `<${escapeIri(value)}>`;
      for (const [prefix, ns] of this.namespaces) {
        if (value.startsWith(ns) && LOCAL.test(value.slice(ns.length))) {
          out = `${prefix}:${value.slice(ns.length)}`;
          break;
        }
      }
      if (this.cache.size < 1_000_000) this.cache.set(value, out);
    }
    return out;
  }

  // A build's quads share one object per term (buildQuads), and Turtle and TriG write the same terms: each term
  // object is encoded once for both, without reading a literal's value, language and datatype again.
  private readonly terms = new Map<Term, string>();

  term(t: Term): string {
    let out = this.terms.get(t);
    if (out === undefined) {
      out = this.encode(t);
      if (this.terms.size < 1_000_000) this.terms.set(t, out);
    }
    return out;
  }

  private encode(t: Term): string {
    switch (t.termType) {
      case 'NamedNode': return this.iri(t.value);
      case 'BlankNode': return `_:${t.value}`;
      case 'Literal': {
        const value = t.value;
        if (t.language) return `"${escapeString(value)}"@${t.language}`;
        const dt = t.datatype.value;
        if (dt === XSD_STRING) return `"${escapeString(value)}"`;
        if (dt === XSD_INTEGER && /^[+-]?\d+$/.test(value)) return value;
        if (dt === XSD_DECIMAL && /^[+-]?\d*\.\d+$/.test(value)) return value;
        if (dt === XSD_BOOLEAN && (value === 'true' || value === 'false')) return value;
        return `"${escapeString(value)}"^^${this.iri(dt)}`;
      }
      default: throw new Error(`export: cannot write a ${t.termType} term in Turtle`);
    }
  }
}

/** The `@prefix` lines for the given prefixes, sorted by name. */
export function prefixLines(prefixes: Record<string, string>): string {
  return Object.keys(prefixes).sort().map((p) => `@prefix ${p}: <${escapeIri(prefixes[p]!)}> .\n`).join('');
}

/** Subject blocks for quads already sorted by subject then predicate; `indent` prefixes every line (for TriG graphs). */
export function* subjectBlocks(quads: Quad[], enc: TermEncoder, indent = ''): Generator<string> {
  // Each block is one string built by appending (V8 joins the pieces once, when the text is written) rather than
  // arrays of lines and objects joined at every level: Turtle and TriG made some 45 MB of garbage that way.
  const n = quads.length;
  const next = ` ;\n${indent}    `;
  let i = 0;
  while (i < n) {
    const subject = quads[i]!.subject;
    const key = termKey(subject);
    const sameSubject = (t: Quad['subject']): boolean => t === subject || termKey(t) === key;
    let block = `${indent}${enc.term(subject)} `;
    let firstPredicate = true;
    while (i < n && sameSubject(quads[i]!.subject)) {
      const predicate = quads[i]!.predicate.value;
      if (!firstPredicate) block += next;
      firstPredicate = false;
      block += predicate === RDF_TYPE ? 'a ' : `${enc.iri(predicate)} `;
      block += enc.term(quads[i]!.object);
      i++;
      while (i < n && quads[i]!.predicate.value === predicate && sameSubject(quads[i]!.subject)) {
        block += `, ${enc.term(quads[i]!.object)}`;
        i++;
      }
    }
    yield `${block} .\n`;
  }
}

/** A whole Turtle document for quads sorted with sortQuads (graphs ignored); `enc` may be shared with a TriG writer of the same prefixes. */
export function* turtleChunks(quads: Quad[], prefixes: Record<string, string>, enc = new TermEncoder(prefixes)): Generator<string> {
  yield prefixLines(prefixes);
  for (const block of subjectBlocks(quads, enc)) yield `\n${block}`;
}

/** A whole TriG document: the default graph's blocks, then one `graph { ... }` per named graph, for quads sorted with sortQuads. */
export function* trigChunks(quads: Quad[], prefixes: Record<string, string>, enc = new TermEncoder(prefixes)): Generator<string> {
  yield prefixLines(prefixes);
  let i = 0;
  while (i < quads.length) {
    const graph = quads[i]!.graph;
    const key = termKey(graph);
    let j = i;
    while (j < quads.length && termKey(quads[j]!.graph) === key) j++;
    const slice = quads.slice(i, j);
    if (graph.termType === 'DefaultGraph') {
      for (const block of subjectBlocks(slice, enc)) yield `\n${block}`;
    } else {
      yield `\n${enc.term(graph)} {\n`;
      let first = true;
      for (const block of subjectBlocks(slice, enc, '    ')) {
        yield first ? block : `\n${block}`;
        first = false;
      }
      yield '}\n';
    }
    i = j;
  }
}
