// Turns resolved statement arguments into RDF terms: IRIs, typed literals, and skolemised quantity and interval nodes.
import { DataFactory, type NamedNode, type Quad, type Quad_Graph, type Quad_Object } from 'n3';
import { memoize } from '../util/memo.js';
import type { ResolvedTerm } from '../resolve/entity.js';
import type { LiteralArgument } from '../extract/candidate.js';
import { instantIri, intervalIri, quantityIri, safeIri } from './iri.js';
import { NG, RDF, RDFS, TIME, XSD } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

const DATATYPES: Record<LiteralArgument['datatype'], string> = {
  string: `${XSD}string`,
  date: `${XSD}date`,
  gYear: `${XSD}gYear`,
  gYearMonth: `${XSD}gYearMonth`,
  integer: `${XSD}integer`,
  decimal: `${XSD}decimal`,
};

/**
 * The IRI term of an IRI made safe to write (safeIri), one object per IRI: entities and documents recur on many
 * quads, and a build numbers a term it has met before by the object alone.
 */
export const iriTerm: (value: string) => NamedNode = memoize((value) => namedNode(safeIri(value)), 100_000);

const ISO_INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/** The RDF term of an argument and the quads that describe it (for quantity and interval nodes). */
export interface TermWithQuads {
  term: Quad_Object;
  quads: Quad[];
}

/** An xsd:decimal lexical form that always has a point ("1.0", "0.82"), rounded to 6 places, so Turtle writes it bare. */
export function decimalLexical(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`graph: not a finite number: ${x}`);
  const s = Number(x.toFixed(6)).toString();
  return s.includes('.') ? s : `${s}.0`;
}

/** A number's lexical form for its datatype: integers without a point, decimals always with one. */
function numberLexical(value: string, datatype: 'integer' | 'decimal'): string {
  const n = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(n)) return value;
  if (datatype === 'integer' && Number.isInteger(n)) return BigInt(Math.round(n)).toString();
  return decimalLexical(n);
}

/** A plain typed literal for a literal argument (no unit, no bound). */
export function literalTerm(arg: LiteralArgument): Quad_Object {
  const datatype = arg.datatype === 'integer' && !/^-?[\d,]+$/.test(arg.value) ? 'decimal' : arg.datatype;
  if (datatype === 'integer' || datatype === 'decimal') {
    return literal(numberLexical(arg.value, datatype), namedNode(DATATYPES[datatype]));
  }
  return literal(arg.value, namedNode(DATATYPES[datatype] ?? `${XSD}string`));
}

function quantityLabel(arg: LiteralArgument): string {
  const prefix = { exact: '', min: 'at least ', max: 'at most ', approx: 'about ' }[arg.bound ?? 'exact'];
  return `${prefix}${arg.value}${arg.unit ? ` ${arg.unit}` : ''}`;
}

/**
 * The RDF term for a resolved argument. Quantities with a unit or a bound become an ng:Quantity node
 * (rdf:value, or ng:minimum/ng:maximum for bounds, ng:unit, ng:currency for ISO 4217 codes); a date
 * value `YYYY-MM-DD/YYYY-MM-DD` (ISO 8601 interval) becomes a time:Interval with two time:Instants.
 */
export function objectTerm(term: ResolvedTerm, graph: Quad_Graph, base?: string): TermWithQuads {
  if (term.kind === 'iri') return { term: iriTerm(term.iri), quads: [] };
  const interval = term.datatype === 'date' ? ISO_INTERVAL.exec(term.value) : null;
  if (interval) {
    const [, from, to] = interval as unknown as [string, string, string];
    const node = namedNode(intervalIri(from, to, base));
    const quads: Quad[] = [
      quad(node, namedNode(`${RDF}type`), namedNode(`${TIME}Interval`), graph),
      quad(node, namedNode(`${RDFS}label`), literal(`${from}/${to}`), graph),
    ];
    for (const [prop, date] of [['hasBeginning', from], ['hasEnd', to]] as const) {
      const instant = namedNode(instantIri(date, base));
      quads.push(
        quad(node, namedNode(`${TIME}${prop}`), instant, graph),
        quad(instant, namedNode(`${RDF}type`), namedNode(`${TIME}Instant`), graph),
        quad(instant, namedNode(`${RDFS}label`), literal(date), graph),
        quad(instant, namedNode(`${TIME}inXSDDate`), literal(date, namedNode(`${XSD}date`)), graph),
      );
    }
    return { term: node, quads };
  }
  const isNumber = term.datatype === 'integer' || term.datatype === 'decimal';
  if (!isNumber || (!term.unit && (!term.bound || term.bound === 'exact'))) return { term: literalTerm(term), quads: [] };

  const value = literalTerm(term);
  const node = namedNode(quantityIri(value.value, term.datatype, term.unit, term.bound, base));
  const bound = term.bound ?? 'exact';
  const valueProp = bound === 'min' ? `${NG}minimum` : bound === 'max' ? `${NG}maximum` : `${RDF}value`;
  const quads: Quad[] = [
    quad(node, namedNode(`${RDF}type`), namedNode(`${NG}Quantity`), graph),
    quad(node, namedNode(`${RDFS}label`), literal(quantityLabel(term)), graph),
    quad(node, namedNode(valueProp), value, graph),
  ];
  if (bound === 'approx') quads.push(quad(node, namedNode(`${NG}approximate`), literal('true', namedNode(`${XSD}boolean`)), graph));
  if (term.unit) {
    quads.push(quad(node, namedNode(`${NG}unit`), literal(term.unit), graph));
    if (/^[A-Z]{3}$/.test(term.unit)) quads.push(quad(node, namedNode(`${NG}currency`), literal(term.unit), graph));
  }
  return { term: node, quads };
}

/** A human-readable label of an argument, for the CSV: the entity's label or the literal's value. */
export function termLabel(term: ResolvedTerm): string {
  return term.kind === 'iri' ? term.label : term.value;
}
