// Builds the N3.Store of a resolved corpus: entities and documents in the default graph, each article's facts and statement nodes in its own named graph.
import { DataFactory, Store, type Literal, type NamedNode, type Quad, type Quad_Graph, type Quad_Object, type Quad_Subject, type Term } from 'n3';
import type { Entity, ResolvedCorpus, Statement } from '../resolve/entity.js';
import type { NewsDocument } from '../ingest/document.js';
import { documentGraphIri, documentIri, predicateIri, statementIri, type TermKey } from './iri.js';
import { declaredEventTypes, declaredProperties } from './ontology-files.js';
import { decimalLexical, iriTerm, objectTerm } from './terms.js';
import { memoize } from '../util/memo.js';
import { DCT, DEFAULT_KB, EV, NG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD } from './vocabulary.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

export interface BuildStoreOptions {
  /** Base IRI of the knowledge base's own resources (documents, graphs, statements); default kb:. */
  base?: string;
  /** Folder of the ontology files to read declarations from; default: the package's ontology/. */
  ontologyDir?: string;
}

const ENTITY_CLASSES = new Set([
  'Person', 'Organization', 'GovernmentBody', 'Company', 'PoliticalParty', 'ArmedGroup', 'NewsAgency',
  'Country', 'City', 'Location', 'Facility', 'Event', 'Group', 'Misc',
]);

const MODALITY: Record<string, string> = {
  actual: 'Actual', possible: 'Possible', planned: 'Planned', hypothetical: 'Hypothetical', future: 'Future',
};

// Every IRI passes through safeIri: entity IRIs and URLs come from outside and must stay writable in every syntax.
// One term object per IRI: entities, documents and graphs recur on many quads, and buildQuads numbers a term it
// has met before by the object alone, without building and hashing its key again.
const iri = iriTerm;
// Literals too are made once per value: sentences, extractor names, confidences and offsets recur on many statements.
const str: (value: string) => Literal = memoize((value) => literal(value), 100_000);
const TYPED: Record<string, (value: string) => Literal> = {};
const typed = (value: string, datatype: string): Literal => {
  let make = TYPED[datatype];
  if (!make) {
    const type = namedNode(`${XSD}${datatype}`);
    TYPED[datatype] = make = memoize((v) => literal(v, type), 100_000);
  }
  return make(value);
};
const TYPE = iri(`${RDF}type`);
const LABEL = iri(`${RDFS}label`);
// The properties of every statement node, made once rather than once a statement.
const P = {
  subject: iri(`${RDF}subject`), predicate: iri(`${RDF}predicate`), object: iri(`${RDF}object`),
  polarity: iri(`${NG}polarity`), modality: iri(`${NG}modality`), attributedTo: iri(`${NG}attributedTo`), cue: iri(`${NG}cue`),
  confidence: iri(`${NG}confidence`), extractor: iri(`${NG}extractor`), wasDerivedFrom: iri(`${PROV}wasDerivedFrom`),
  sentence: iri(`${NG}sentence`), sentenceIndex: iri(`${NG}sentenceIndex`), start: iri(`${NG}start`), end: iri(`${NG}end`),
  fact: iri(`${NG}fact`), statement: iri(`${NG}Statement`), denied: iri(`${NG}Denied`), asserted: iri(`${NG}Asserted`),
  altLabel: iri(`${SKOS}altLabel`), mentions: iri(`${SCHEMA}mentions`),
};
const TRUE = typed('true', 'boolean');
const FALSE = typed('false', 'boolean');

function termKey(term: Statement['subject']): TermKey {
  return term.kind === 'iri' ? { iri: term.iri } : { value: term.value, datatype: term.datatype, unit: term.unit, bound: term.bound };
}

/** The statement's IRI: the resolver's when it set one, else computed the same way. */
export function statementIriOf(st: Statement, base?: string): string {
  if (st.iri) return st.iri;
  const c = st.candidate;
  return statementIri(st.document.id, c.start, c.end, termKey(st.subject), st.predicate, termKey(st.object), base);
}

/** Whether a statement also becomes a plain triple: asserted, actual, in the article's own voice or the speaker's own act. */
export function isFact(st: Statement): boolean {
  const c = st.candidate;
  return c.fact && c.polarity === 'asserted' && (c.modality === undefined || c.modality === 'actual') && st.subject.kind === 'iri';
}

/**
 * One statement per IRI: when two extractors report the same relation on the same span, the more
 * confident one is kept (ties: the extractor name that sorts first), so each node has one provenance.
 */
export function uniqueStatements(statements: Statement[], base?: string): Array<[string, Statement]> {
  const byIri = new Map<string, Statement>();
  for (const st of statements) {
    const id = statementIriOf(st, base);
    const seen = byIri.get(id);
    if (!seen || st.candidate.confidence > seen.candidate.confidence
      || (st.candidate.confidence === seen.candidate.confidence && st.candidate.extractor < seen.candidate.extractor)) {
      byIri.set(id, st);
    }
  }
  return [...byIri.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The XSD datatype of an ISO 8601 calendar date, month or year; undefined for anything else. */
export function dateDatatype(value: string): 'date' | 'gYearMonth' | 'gYear' | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return 'date';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'gYearMonth';
  if (/^\d{4}$/.test(value)) return 'gYear';
  return undefined;
}

/** The IRI terms of documents and of their graphs, each made once per build: every statement names both. */
interface DocumentTerms {
  doc(id: string): NamedNode;
  graph(id: string): NamedNode;
}

function documentTerms(base: string): DocumentTerms {
  return {
    doc: memoize((id) => iri(documentIri(id, base))),
    graph: memoize((id) => iri(documentGraphIri(id, base))),
  };
}

function documentQuads(doc: NewsDocument, terms: DocumentTerms): Quad[] {
  const g = defaultGraph();
  const d = terms.doc(doc.id);
  const out: Quad[] = [
    quad(d, TYPE, iri(`${NG}NewsArticle`), g),
    quad(d, LABEL, str(doc.title?.trim() || doc.id), g),
    quad(d, iri(`${DCT}identifier`), str(doc.id), g),
    quad(d, iri(`${DCT}source`), str(doc.source), g),
  ];
  if (doc.title?.trim()) out.push(quad(d, iri(`${DCT}title`), str(doc.title.trim()), g));
  const datatype = doc.published ? dateDatatype(doc.published) : undefined;
  // A date that is not ISO 8601 is left out rather than written as a string no date query would match.
  if (doc.published && datatype) out.push(quad(d, iri(`${DCT}date`), typed(doc.published, datatype), g));
  if (doc.url) out.push(quad(d, iri(`${SCHEMA}url`), iri(doc.url), g));
  const graph = terms.graph(doc.id);
  out.push(
    quad(graph, TYPE, iri(`${NG}DocumentGraph`), g),
    quad(graph, LABEL, str(`Statements from ${doc.title?.trim() || doc.id}`), g),
    quad(graph, iri(`${PROV}wasDerivedFrom`), d, g),
  );
  return out;
}

function entityQuads(entity: Entity, terms: DocumentTerms, knownEventTypes: Set<string>, openConcepts: Set<string>): Quad[] {
  const g = defaultGraph();
  const e = iri(entity.iri);
  const cls = entity.kind === 'concept' ? 'Concept' : ENTITY_CLASSES.has(entity.type) ? entity.type : 'Misc';
  // An entity always has a label: an empty one falls back to the IRI's last segment.
  const label = entity.label.trim() || decodeURIComponent(entity.iri.replace(/^.*[/#]/, '')) || entity.iri;
  const out: Quad[] = [quad(e, TYPE, iri(`${NG}${cls}`), g), quad(e, LABEL, str(label), g)];
  for (const alias of new Set(entity.aliases)) {
    if (alias !== label && alias.trim()) out.push(quad(e, P.altLabel, str(alias), g));
  }
  if (entity.links.iso3166) out.push(quad(e, iri(`${NG}iso3166`), str(entity.links.iso3166), g));
  if (entity.links.wikidata) {
    const qid = encodeURIComponent(entity.links.wikidata.replace(/^.*\//, ''));
    out.push(quad(e, iri(`${SCHEMA}sameAs`), iri(`http://www.wikidata.org/entity/${qid}`), g));
  }
  if (entity.eventType) {
    const concept = entity.eventType.startsWith('http') ? entity.eventType : `${EV}${entity.eventType}`;
    if (!knownEventTypes.has(concept)) openConcepts.add(concept);
    out.push(quad(e, iri(`${NG}eventType`), iri(concept), g));
  }
  for (const docId of new Set(entity.documents)) {
    out.push(quad(terms.doc(docId), P.mentions, e, g));
  }
  return out;
}

/** Quads of one statement: its node with provenance and, when a fact, the plain triple, all in the article's graph. */
function statementQuads(id: string, st: Statement, base: string, terms: DocumentTerms, sentenceText: string | undefined): { quads: Quad[]; predicate: string; objectIsLiteral: boolean } {
  const c = st.candidate;
  const graph: Quad_Graph = terms.graph(st.document.id);
  const node = iri(id);
  const predicate = predicateIri(st.predicate);
  const subject = objectTerm(st.subject, graph, base);
  const object = objectTerm(st.object, graph, base);
  const out: Quad[] = [...subject.quads, ...object.quads];
  const add = (p: NamedNode, o: Quad_Object) => out.push(quad(node, p, o, graph));
  const fact = isFact(st);
  add(TYPE, P.statement);
  add(P.subject, subject.term);
  add(P.predicate, iri(predicate));
  add(P.object, object.term);
  add(P.polarity, c.polarity === 'denied' ? P.denied : P.asserted);
  add(P.modality, iri(`${NG}${MODALITY[c.modality ?? 'actual'] ?? 'Actual'}`));
  if (st.speaker) add(P.attributedTo, iri(st.speaker.iri));
  if (c.cue) add(P.cue, str(c.cue));
  add(P.confidence, typed(decimalLexical(Math.min(1, Math.max(0, c.confidence))), 'decimal'));
  add(P.extractor, str(c.extractor));
  add(P.wasDerivedFrom, terms.doc(st.document.id));
  add(P.sentence, str(sentenceText ?? st.document.text.slice(c.start, c.end)));
  add(P.sentenceIndex, typed(String(c.sentence), 'integer'));
  add(P.start, typed(String(c.start), 'integer'));
  add(P.end, typed(String(c.end), 'integer'));
  add(P.fact, fact ? TRUE : FALSE);
  if (fact) out.push(quad(subject.term as Quad_Subject, iri(predicate), object.term, graph));
  return { quads: out, predicate, objectIsLiteral: object.term.termType === 'Literal' };
}

/** Declarations in the output for relations minted from verbs the ontology does not know. */
function openRelationQuads(predicate: string, label: string, objectKinds: Set<boolean>): Quad[] {
  const g = defaultGraph();
  const p = iri(predicate);
  const kind = objectKinds.size === 1 ? (objectKinds.has(true) ? `${OWL}DatatypeProperty` : `${OWL}ObjectProperty`) : `${RDF}Property`;
  return [
    quad(p, TYPE, iri(kind), g),
    quad(p, LABEL, str(label), g),
    quad(p, iri(`${NG}openRelation`), typed('true', 'boolean'), g),
  ];
}

function openConceptQuads(concept: string): Quad[] {
  const g = defaultGraph();
  const c = iri(concept);
  const local = concept.replace(/^.*[#/]/, '');
  return [
    quad(c, TYPE, iri(`${SKOS}Concept`), g),
    quad(c, iri(`${SKOS}prefLabel`), str(local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()), g),
    quad(c, iri(`${SKOS}inScheme`), iri(`${EV}EventTypes`), g),
    quad(c, iri(`${NG}openConcept`), typed('true', 'boolean'), g),
  ];
}

/** Labels and a class for IRIs a statement points at that no entity describes, so every node is typed and labelled. */
function fallbackNodeQuads(term: Statement['subject'], entities: Set<string>): Quad[] {
  if (term.kind !== 'iri' || entities.has(term.iri) || term.iri.startsWith(NG) || term.iri.startsWith(EV)) return [];
  entities.add(term.iri);
  const g = defaultGraph();
  return [quad(iri(term.iri), TYPE, iri(`${NG}Misc`), g), quad(iri(term.iri), LABEL, str(term.label), g)];
}

/** The quads of a corpus in batches, in the order the store receives them (duplicates included). */
function* corpusQuadBatches(corpus: ResolvedCorpus, options: BuildStoreOptions): Generator<Quad[]> {
  const base = options.base ?? DEFAULT_KB;
  const declared = declaredProperties(options.ontologyDir);
  const knownEventTypes = declaredEventTypes(options.ontologyDir);
  const openConcepts = new Set<string>();

  // Documents a statement cites are described even when the corpus's list misses them, so provenance never dangles.
  const documents = new Map<string, NewsDocument>();
  for (const doc of [...corpus.documents, ...corpus.statements.map((st) => st.document)]) if (!documents.has(doc.id)) documents.set(doc.id, doc);
  const terms = documentTerms(base);
  for (const doc of documents.values()) yield documentQuads(doc, terms);
  const described = new Set<string>();
  for (const entity of corpus.entities) {
    described.add(entity.iri);
    yield entityQuads(entity, terms, knownEventTypes, openConcepts);
  }

  const sentences = new Map<string, string[]>();
  for (const a of corpus.analyses) sentences.set(a.document.id, a.sentences.map((s) => a.document.text.slice(s.start, s.end)));

  const open = new Map<string, { label: string; objectKinds: Set<boolean> }>();
  for (const [id, st] of uniqueStatements(corpus.statements, base)) {
    const { quads, predicate, objectIsLiteral } = statementQuads(id, st, base, terms, sentences.get(st.document.id)?.[st.candidate.sentence]);
    yield quads;
    yield fallbackNodeQuads(st.subject, described);
    yield fallbackNodeQuads(st.object, described);
    if (st.speaker) yield fallbackNodeQuads({ kind: 'iri', ...st.speaker }, described);
    if (!declared.has(predicate)) {
      const entry = open.get(predicate) ?? { label: st.predicateLabel || st.predicate, objectKinds: new Set<boolean>() };
      // The label that sorts first wins, so the declaration does not depend on statement order.
      if ((st.predicateLabel || st.predicate) < entry.label) entry.label = st.predicateLabel || st.predicate;
      entry.objectKinds.add(objectIsLiteral);
      open.set(predicate, entry);
    }
  }
  for (const [predicate, { label, objectKinds }] of open) yield openRelationQuads(predicate, label, objectKinds);
  for (const concept of openConcepts) yield openConceptQuads(concept);
}

/** Builds the store of a resolved corpus; deterministic for a given corpus. */
export function buildStore(corpus: ResolvedCorpus, options: BuildStoreOptions = {}): Store {
  const store = new Store();
  for (const quads of corpusQuadBatches(corpus, options)) store.addQuads(quads);
  return store;
}

// N3.js marks a term's type by the first character of its key, so it wraps IRIs that start with one of these.
const MARKED_IRI = /^[?_"[.<]/;

/** A term's key as N3.Store's entity index makes it: equal keys, same term. */
function entityKeyOf(term: Term): string {
  return term.termType === 'NamedNode' && MARKED_IRI.test(term.value) ? `<${term.value}>` : term.id;
}

/**
 * The quads `buildStore(corpus, options).getQuads(null, null, null, null)` returns, each once and in the same order,
 * without building the store's three indexes (a build needs only this list; indexing cost it a second). The store
 * numbers terms in the order it first meets them (graph, subject, predicate, object of each quad added) and lists
 * quads by graph, subject, predicate and object number: the same numbering and sort give the same list.
 */
export function buildQuads(corpus: ResolvedCorpus, options: BuildStoreOptions = {}): Quad[] {
  const ids = new Map<string, number>([['', 1]]);
  // One term object per term, as the store's quads share them: the writers then compare, hash and look up one
  // string per term rather than one per occurrence.
  const terms: Term[] = [];
  let last = 1;
  // Terms made once (IRIs, fixed literals) come back as the same object: numbered by the object, no key built.
  const known = new Map<Term, number>();
  const idOf = (term: Term): number => {
    let id = known.get(term);
    if (id !== undefined) return id;
    const key = entityKeyOf(term);
    id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ++last));
      terms[id] = term;
    }
    known.set(term, id);
    return id;
  };
  const rows: Array<{ quad: Quad; g: number; s: number; p: number; o: number }> = [];
  for (const quads of corpusQuadBatches(corpus, options)) {
    for (const q of quads) {
      const g = idOf(q.graph);
      const s = idOf(q.subject);
      const p = idOf(q.predicate);
      const o = idOf(q.object);
      const shared = terms[s] === q.subject && terms[p] === q.predicate && terms[o] === q.object && (g === 1 || terms[g] === q.graph);
      rows.push({ quad: shared ? q : quad(terms[s] as Quad_Subject, terms[p] as Quad['predicate'], terms[o] as Quad_Object, g === 1 ? q.graph : terms[g] as Quad_Graph), g, s, p, o });
    }
  }
  rows.sort((a, b) => a.g - b.g || a.s - b.s || a.p - b.p || a.o - b.o);
  const out: Quad[] = [];
  let previous: (typeof rows)[number] | undefined;
  for (const row of rows) {
    if (previous && previous.g === row.g && previous.s === row.s && previous.p === row.p && previous.o === row.o) continue;
    out.push(row.quad);
    previous = row;
  }
  return out;
}
