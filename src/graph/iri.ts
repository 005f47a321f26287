// Deterministic IRIs for the knowledge base: slugs, documents, their named graphs, statements and quantity nodes.
import { createHash } from 'node:crypto';
import { memoize } from '../util/memo.js';
import { DEFAULT_KB, NG } from './vocabulary.js';

const MAX_SLUG = 80;

/** A short hex digest of the given parts; stable across runs and platforms. */
export function shortHash(parts: readonly unknown[], length = 16): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, length);
}

/**
 * Lower-case ASCII slug of a label: accents folded, runs of other characters turned into one `-`,
 * cut at a word boundary to 80 characters. A label with no Latin letters or digits (Arabic, Chinese...)
 * gets `u-` and a hash of the label, so it still has a stable, distinct IRI.
 * Remembered per label: labels and document ids repeat (every statement names its document twice).
 */
export const slugify: (label: string) => string = memoize(computeSlug, 100_000);

function computeSlug(label: string): string {
  const folded = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .toLowerCase();
  let slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG);
    const dash = cut.lastIndexOf('-');
    slug = (dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut).replace(/-+$/g, '');
  }
  return slug || `u-${shortHash([label.normalize('NFC')], 10)}`;
}

/** The characters an IRIREF may not hold (RDF 1.1 Turtle/N-Triples): controls, space, <>"{}|^` and backslash. */
// eslint-disable-next-line no-control-regex
export const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/g;

/**
 * An IRI safe to write in any RDF syntax: characters IRIs forbid (spaces, quotes, angle brackets,
 * braces, `|`, `^`, backquote, backslash, controls) percent-encoded, as a browser would send them.
 */
export function safeIri(value: string): string {
  // Nearly every IRI is safe already: one search (which ignores the flag's lastIndex) before any replace.
  return value.search(IRI_FORBIDDEN) < 0 ? value : value.replace(IRI_FORBIDDEN, (c) => encodeURIComponent(c));
}

/** The base IRI with a trailing `/` or `#`, so local names can be appended. */
export function normaliseBase(base: string = DEFAULT_KB): string {
  return /[/#]$/.test(base) ? base : `${base}/`;
}

/** `kb:doc/<slug>`: the IRI of a news document, from its id. */
export function documentIri(documentId: string, base?: string): string {
  return `${normaliseBase(base)}doc/${slugify(documentId)}`;
}

/** `kb:graph/<slug>`: the named graph holding what one document says. */
export function documentGraphIri(documentId: string, base?: string): string {
  return `${normaliseBase(base)}graph/${slugify(documentId)}`;
}

/** A key of a statement's argument for hashing: the IRI, or the literal with its datatype, unit and bound. */
export type TermKey = { iri: string } | { value: string; datatype: string; unit?: string; bound?: string };

function termKey(term: TermKey): string {
  if ('iri' in term) return term.iri;
  return JSON.stringify([term.value, term.datatype, term.unit ?? '', term.bound ?? '']);
}

/** `kb:statement/<hash>` from (document, start, end, subject, predicate, object), as DESIGN.md fixes. */
export function statementIri(
  documentId: string, start: number, end: number,
  subject: TermKey, predicate: string, object: TermKey, base?: string,
): string {
  const hash = shortHash([documentId, start, end, termKey(subject), predicateIri(predicate), termKey(object)]);
  return `${normaliseBase(base)}statement/${hash}`;
}

/**
 * `kb:quantity/<hash>`: a skolem IRI for a quantity value node, addressed by its content, so equal
 * quantities share one node and the output needs no blank-node labels (stable bytes, simple isomorphism).
 */
export function quantityIri(value: string, datatype: string, unit: string | undefined, bound: string | undefined, base?: string): string {
  return `${normaliseBase(base)}quantity/${shortHash(['quantity', value, datatype, unit ?? '', bound ?? ''], 12)}`;
}

/** A skolem IRI for a time interval between two ISO dates. */
export function intervalIri(startDate: string, endDate: string, base?: string): string {
  return `${normaliseBase(base)}interval/${startDate}_${endDate}`;
}

/** A skolem IRI for the instant that begins or ends an interval. */
export function instantIri(date: string, base?: string): string {
  return `${normaliseBase(base)}instant/${date}`;
}

/**
 * The property IRI for a predicate: absolute IRIs are kept; local names go into ng:, turned into a
 * valid camelCase local name when they are not one already ("pass on to" -> ng:passOnTo).
 */
export function predicateIri(predicate: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(predicate) || predicate.startsWith('urn:')) return predicate;
  return NG + localName(predicate);
}

/** A camelCase local name that is a valid Turtle PN_LOCAL and XML NCName. */
export function localName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) return `p${shortHash([name], 10)}`;
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_]/.test(camel) ? camel : `p${camel}`;
}
