// The values a SELECT row holds: plain objects typed like SPARQL JSON results, literals converted to JS where the datatype says so.
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const XSD_STRING = `${XSD}string`;

/** Numeric XSD datatypes whose values become JS numbers (large integers lose precision: `lexical` keeps the exact text). */
const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger',
    'nonPositiveInteger', 'negativeInteger', 'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t),
);

/** One SPARQL JSON results term, as oxigraph writes it. */
export type JsonTerm =
  | { type: 'uri' | 'bnode'; value: string }
  | { type: 'literal'; value: string; datatype?: string; 'xml:lang'?: string; direction?: string }
  | { type: 'triple'; value: { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm } };

/** An IRI. */
export interface IriValue { readonly type: 'uri'; readonly value: string; readonly term: Term }
/** A blank node; `value` is its label, stable within one result only. */
export interface BlankValue { readonly type: 'bnode'; readonly value: string; readonly term: Term }
/**
 * A literal. `value` is a number for numeric datatypes, a boolean for xsd:boolean, otherwise the lexical
 * string (dates and times stay ISO strings such as "2024-03-22"). `lexical` is always the exact text.
 */
export interface LiteralValue {
  readonly type: 'literal';
  readonly value: string | number | boolean;
  readonly lexical: string;
  readonly datatype: string;
  readonly language?: string;
  readonly term: Term;
}
/** An RDF 1.2 triple term (`<<( s p o )>>`). */
export interface TripleValue {
  readonly type: 'triple';
  readonly value: { subject: Value; predicate: Value; object: Value };
  readonly term: Term;
}
export type Value = IriValue | BlankValue | LiteralValue | TripleValue;
/** One solution: variable name (without `?`) -> value; unbound variables are absent. */
export type Row = Record<string, Value>;

// Classes keep `term` on the prototype: rows print and serialise as plain {type, value, ...} objects,
// and the RDF/JS term is only built when a script asks for it.
class Iri implements IriValue {
  readonly type = 'uri' as const;
  constructor(readonly value: string) {}
  get term(): Term { return DataFactory.namedNode(this.value); }
}
class Blank implements BlankValue {
  readonly type = 'bnode' as const;
  constructor(readonly value: string) {}
  get term(): Term { return DataFactory.blankNode(this.value); }
}
class Lit implements LiteralValue {
  readonly type = 'literal' as const;
  readonly value: string | number | boolean;
  readonly language?: string;
  constructor(readonly lexical: string, readonly datatype: string, language?: string) {
    this.value = convertLexical(lexical, datatype);
    if (language) this.language = language;
  }
  get term(): Term {
    return DataFactory.literal(this.lexical, this.language ?? DataFactory.namedNode(this.datatype));
  }
}
class Triple implements TripleValue {
  readonly type = 'triple' as const;
  constructor(readonly value: { subject: Value; predicate: Value; object: Value }) {}
  get term(): Term {
    const { subject, predicate, object } = this.value;
    return DataFactory.quad(subject.term as never, predicate.term as never, object.term as never) as unknown as Term;
  }
}

export function convertLexical(lexical: string, datatype: string): string | number | boolean {
  if (NUMERIC.has(datatype)) {
    if (lexical === 'INF' || lexical === '+INF') return Infinity;
    if (lexical === '-INF') return -Infinity;
    const n = Number(lexical);
    return Number.isNaN(n) && lexical !== 'NaN' ? lexical : n;
  }
  if (datatype === `${XSD}boolean`) {
    if (lexical === 'true' || lexical === '1') return true;
    if (lexical === 'false' || lexical === '0') return false;
  }
  return lexical;
}

/** A Value from a SPARQL JSON results term. */
export function valueFromJson(term: JsonTerm): Value {
  switch (term.type) {
    case 'uri': return new Iri(term.value);
    case 'bnode': return new Blank(term.value);
    case 'literal': {
      const language = term['xml:lang'];
      return new Lit(term.value, language ? RDF_LANG_STRING : term.datatype ?? XSD_STRING, language);
    }
    case 'triple':
      return new Triple({
        subject: valueFromJson(term.value.subject),
        predicate: valueFromJson(term.value.predicate),
        object: valueFromJson(term.value.object),
      });
  }
}

/** A Value from an RDF/JS term (n3 or oxigraph). */
export function valueFromTerm(term: Term): Value {
  switch (term.termType) {
    case 'NamedNode': return new Iri(term.value);
    case 'BlankNode': return new Blank(term.value);
    case 'Literal': return new Lit(term.value, term.datatype.value, term.language || undefined);
    case 'Quad':
      return new Triple({ subject: valueFromTerm(term.subject), predicate: valueFromTerm(term.predicate), object: valueFromTerm(term.object) });
    default: throw new Error(`query: cannot turn a ${term.termType} into a value`);
  }
}
