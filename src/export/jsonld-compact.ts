// Compacts sorted quads straight into JSON-LD node objects with our context's terms: linear time, where jsonld.js's fromRDF+compact is slow on big graphs.
import type { Quad } from 'n3';
import type { Term } from '@rdfjs/types';
import { RDF, XSD } from '../graph/vocabulary.js';
import { termKey } from './order.js';

type ContextObject = Record<string, unknown>;
type JsonValue = string | { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };
type NodeObject = Record<string, unknown>;

// Compared once per quad: built once, not on every comparison.
const RDF_TYPE = `${RDF}type`;
const XSD_STRING = `${XSD}string`;

/** A term of the context: the key to write and how it coerces values. */
interface TermDef {
  name: string;
  iri: string;
  /** '@id', '@vocab', a datatype IRI, or undefined (no coercion). */
  type?: string;
  set: boolean;
}

/**
 * The context read once: prefixes for compact IRIs, and for each property IRI the terms that can
 * write it. Only what our own context uses is supported (simple and expanded term definitions,
 * `@type` coercion, `@container: @set`); anything else makes the caller fall back to jsonld.js.
 */
export class ContextCompactor {
  private readonly prefixes: Array<[string, string]> = [];
  private readonly byIri = new Map<string, TermDef[]>();
  /** Vocabulary-relative names of IRIs (terms whose value is a plain IRI: classes, individuals). */
  private readonly vocabTerms = new Map<string, string>();

  constructor(context: ContextObject) {
    const expand = (value: string): string => {
      const colon = value.indexOf(':');
      if (colon > 0) {
        const prefix = context[value.slice(0, colon)];
        if (typeof prefix === 'string' && !value.slice(colon + 1).startsWith('//')) return prefix + value.slice(colon + 1);
      }
      return value;
    };
    for (const [name, def] of Object.entries(context)) {
      if (name.startsWith('@')) continue;
      if (typeof def === 'string') {
        const iri = expand(def);
        if (/[/#]$/.test(def) && !name.includes(':')) this.prefixes.push([name, def]);
        else this.add({ name, iri, set: false }), this.setVocab(iri, name);
      } else if (def && typeof def === 'object') {
        const d = def as Record<string, unknown>;
        const keys = Object.keys(d).filter((k) => !['@id', '@type', '@container'].includes(k));
        if (keys.length || (d['@container'] !== undefined && d['@container'] !== '@set') || typeof d['@id'] !== 'string') {
          throw new Error(`export: context term "${name}" uses features the fast compactor does not support`);
        }
        const type = typeof d['@type'] === 'string' ? (d['@type'].startsWith('@') ? d['@type'] : expand(d['@type'])) : undefined;
        this.add({ name, iri: expand(d['@id']), type, set: d['@container'] === '@set' });
      }
    }
    this.prefixes.sort(([, a], [, b]) => b.length - a.length);
  }

  private add(def: TermDef): void {
    const list = this.byIri.get(def.iri) ?? [];
    list.push(def);
    list.sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : 1));
    this.byIri.set(def.iri, list);
  }

  private setVocab(iri: string, name: string): void {
    const seen = this.vocabTerms.get(iri);
    if (!seen || name.length < seen.length || (name.length === seen.length && name < seen)) this.vocabTerms.set(iri, name);
  }

  // Entities, predicates and classes recur on many nodes: each IRI is compacted once.
  private readonly compacted = new Map<string, string>();

  /** A compact IRI (`kb:x`) where a prefix matches and the rest is safe, else the IRI itself. */
  compactIri(iri: string): string {
    let out = this.compacted.get(iri);
    if (out === undefined) {
      out = iri;
      for (const [prefix, ns] of this.prefixes) {
        if (iri.length > ns.length && iri.startsWith(ns)) {
          const rest = iri.slice(ns.length);
          if (!rest.startsWith('//') && !/[\s:]/.test(rest.charAt(0))) {
            out = `${prefix}:${rest}`;
            break;
          }
        }
      }
      if (this.compacted.size < 1_000_000) this.compacted.set(iri, out);
    }
    return out;
  }

  /** A vocabulary-relative name: a term if one names the IRI exactly, else a compact IRI. */
  vocab(iri: string): string {
    return this.vocabTerms.get(iri) ?? this.compactIri(iri);
  }

  /** The key and value to write a property value with: a matching term (coercion included) or the compact IRI with an explicit value object. */
  entry(predicate: string, object: Term): { key: string; value: JsonValue; set: boolean } {
    const terms = this.byIri.get(predicate) ?? [];
    if (object.termType === 'NamedNode') {
      const t = terms.find((d) => d.type === '@id' || d.type === '@vocab');
      if (t) return { key: t.name, value: t.type === '@vocab' ? this.vocab(object.value) : this.compactIri(object.value), set: t.set };
      return { key: this.key(predicate, terms), value: { '@id': this.compactIri(object.value) }, set: false };
    }
    if (object.termType !== 'Literal') throw new Error(`export: cannot write a ${object.termType} in JSON-LD`);
    const lit = object as Term & { datatype: { value: string }; language: string };
    if (lit.language) return { key: this.key(predicate, terms), value: { '@value': lit.value, '@language': lit.language }, set: false };
    const datatype = lit.datatype.value;
    if (datatype === XSD_STRING) {
      const t = terms.find((d) => d.type === undefined);
      return { key: t ? t.name : this.key(predicate, terms), value: lit.value, set: t?.set ?? false };
    }
    const t = terms.find((d) => d.type === datatype);
    if (t) return { key: t.name, value: lit.value, set: t.set };
    return { key: this.key(predicate, terms), value: { '@value': lit.value, '@type': this.compactIri(datatype) }, set: false };
  }

  /**
   * The key for a value no coercing term fits: an uncoerced term if there is one, else the compact
   * IRI (never a term's name, whose coercion would change the value's meaning).
   */
  private key(predicate: string, terms: TermDef[]): string {
    const plain = terms.find((d) => d.type === undefined && !d.set);
    if (plain) return plain.name;
    const compact = this.compactIri(predicate);
    // A compact IRI that is itself a defined term would pick up that term's coercion.
    return this.byIri.has(compact) ? predicate : compact;
  }
}

/** Node objects for quads sorted by subject (sortQuads): `@id`, `@type`, then properties by key. */
export function compactNodes(quads: Quad[], compactor: ContextCompactor): NodeObject[] {
  const nodes: NodeObject[] = [];
  let i = 0;
  while (i < quads.length) {
    const subject = quads[i]!.subject;
    const key = termKey(subject);
    if (subject.termType !== 'NamedNode') throw new Error('export: blank nodes are not written by the fast JSON-LD writer');
    const types: string[] = [];
    const props = new Map<string, { values: JsonValue[]; set: boolean }>();
    for (; i < quads.length && termKey(quads[i]!.subject) === key; i++) {
      const q = quads[i]!;
      if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
        types.push(compactor.vocab(q.object.value));
        continue;
      }
      const { key: k, value, set } = compactor.entry(q.predicate.value, q.object);
      const entry = props.get(k) ?? { values: [], set };
      entry.values.push(value);
      props.set(k, entry);
    }
    const node: NodeObject = { '@id': compactor.compactIri(subject.value) };
    if (types.length) node['@type'] = types.length === 1 ? types[0] : types;
    for (const k of [...props.keys()].sort()) {
      const { values, set } = props.get(k)!;
      node[k] = values.length === 1 && !set ? values[0] : values;
    }
    nodes.push(node);
  }
  return nodes;
}
