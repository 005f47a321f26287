// Derives the viewer's graph (entities, relations with provenance, documents) from the published RDF model in an N3.Store.
// It reads only the RDF vocabulary (ng:, rdf:, prov:, dct:), never the pipeline's internal types, so any store
// written in the model (a build's output parsed back, or a hand-made one) can be viewed.
import { createHash } from 'node:crypto';
import { DataFactory } from 'n3';
import type { Store, Term, Quad } from 'n3';
import { NG, RDF, RDFS, SKOS, PROV, DCT, OWL, SCHEMA } from '../graph/vocabulary.js';
import type {
  Highlight, RelationKind, ViewerAttribute, ViewerDocument, ViewerEdge, ViewerGraph, ViewerNode,
  ViewerPredicate, ViewerStatement,
} from './graph-json.js';

/** Entity classes from most to least specific: a node typed with several gets the first one listed. */
const ENTITY_TYPES = [
  'GovernmentBody', 'Company', 'PoliticalParty', 'ArmedGroup', 'NewsAgency', 'Organization',
  'Person', 'Country', 'City', 'Location', 'Facility', 'Event', 'Group', 'Misc',
];

/** Classes that are never entity types of a node. */
const NON_ENTITY_CLASSES = new Set([
  `${NG}Statement`, `${RDF}Statement`, `${NG}Document`, `${NG}Article`, `${NG}NewsArticle`, `${NG}DocumentGraph`,
]);

/** Properties that describe a resource rather than relate it to another: never drawn as relations. */
const ANNOTATION_PROPERTIES = new Set([
  `${RDF}type`, `${RDFS}label`, `${RDFS}comment`, `${RDFS}seeAlso`, `${OWL}sameAs`,
  `${NG}iso3166`, `${NG}wikidata`, `${NG}eventType`, `${NG}mentionedIn`, `${SCHEMA}sameAs`, `${SCHEMA}name`,
]);
const ANNOTATION_NAMESPACES = [SKOS, PROV, DCT];

const WIKIDATA_ENTITY = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/;

const { namedNode } = DataFactory;

/** The local name of an IRI: after the last '#' or '/'. */
export function localName(value: string): string {
  const cut = Math.max(value.lastIndexOf('#'), value.lastIndexOf('/'));
  return cut >= 0 ? value.slice(cut + 1) : value;
}

/** "responsibleFor" -> "responsible for": a readable label for a property that the store does not label. */
export function humanize(local: string): string {
  return local
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

function isAnnotation(predicate: string): boolean {
  return ANNOTATION_PROPERTIES.has(predicate) || ANNOTATION_NAMESPACES.some((ns) => predicate.startsWith(ns));
}

/**
 * Read access to the store that ignores named graphs and duplicates across them. A build has one named graph per
 * article, and an N3.Store lookup without a graph visits every graph's index, so a per-entity lookup costs
 * O(articles): 250 articles made this the slowest step of a build. One pass over the quads indexes them by
 * subject and predicate instead.
 */
class StoreReader {
  // A subject's quads in one array, scanned for a predicate: subjects have a few dozen quads at most, and one array
  // a subject allocates far less than a map of arrays (a build's viewer graph made some 40 MB of garbage with those).
  // Predicates are compared by number (`pids`, beside the quads): IRIs of one namespace share a long prefix, which a
  // string comparison reads.
  private readonly bySubject = new Map<string, { quads: Quad[]; pids: number[] }>();
  private readonly predicateIds = new Map<string, number>();
  private readonly byPredicate = new Map<string, Quad[]>();
  private readonly all: Quad[];

  constructor(store: Store | undefined, quads?: Quad[]) {
    const all = quads ?? store?.getQuads(null, null, null, null);
    if (!all) throw new Error('view: neither a store nor its quads to draw');
    this.all = all;
    for (const q of this.all) {
      const s = termKey(q.subject);
      const p = q.predicate.value;
      let pid = this.predicateIds.get(p);
      if (pid === undefined) {
        this.predicateIds.set(p, (pid = this.predicateIds.size));
        this.byPredicate.set(p, [q]);
      } else this.byPredicate.get(p)!.push(q);
      const ofSubject = this.bySubject.get(s);
      if (ofSubject) {
        ofSubject.quads.push(q);
        ofSubject.pids.push(pid);
      } else this.bySubject.set(s, { quads: [q], pids: [pid] });
    }
  }

  /** The quads of a predicate in all graphs, duplicates included: what `store.getQuads(null, p, null, null)` gives, without another pass over every graph. */
  quadsOf(predicate: string): readonly Quad[] {
    return this.byPredicate.get(predicate) ?? [];
  }

  objects(subject: Term | string, predicate: string): Term[] {
    return distinctSorted(this.raw(subject, predicate) ?? []);
  }

  /** The subject's objects of the predicate in all graphs, duplicates included, in quad order; undefined if none. */
  private raw(subject: Term | string, predicate: string): readonly Term[] | undefined {
    const pid = this.predicateIds.get(predicate);
    if (pid === undefined) return undefined;
    const ofSubject = this.bySubject.get(typeof subject === 'string' ? subject : termKey(subject));
    if (!ofSubject) return undefined;
    const { quads, pids } = ofSubject;
    let objects: Term[] | undefined;
    for (let i = 0; i < pids.length; i++) {
      if (pids[i] === pid) {
        if (objects) objects.push(quads[i]!.object);
        else objects = [quads[i]!.object];
      }
    }
    return objects;
  }

  object(subject: Term | string, predicate: string): Term | undefined {
    // Most subjects have one value per predicate: nothing to sort or copy then.
    const raw = this.raw(subject, predicate);
    if (!raw || raw.length <= 1) return raw?.[0];
    return distinctSorted(raw)[0];
  }

  literal(subject: Term | string, predicate: string): string | undefined {
    const raw = this.raw(subject, predicate);
    if (!raw) return undefined;
    if (raw.length === 1) return raw[0]!.termType === 'Literal' ? raw[0]!.value : undefined;
    const values = distinctSorted(raw).filter((t) => t.termType === 'Literal');
    // Prefer an untagged or English literal, so labels read the same in every build.
    const preferred = values.find((t) => t.termType === 'Literal' && (t.language === '' || t.language.startsWith('en')));
    return (preferred ?? values[0])?.value;
  }

  literals(subject: Term | string, predicate: string): string[] {
    return this.objects(subject, predicate).filter((t) => t.termType === 'Literal').map((t) => t.value);
  }

  subjects(predicate: string): Term[] {
    return distinctSorted(this.quadsOf(predicate).map((q) => q.subject));
  }

  has(subject: Term, predicate: Term, object: Term): boolean {
    const key = termKey(object);
    return (this.raw(subject, predicate.value) ?? []).some((o) => termKey(o) === key);
  }

  allQuads(): Quad[] {
    return this.all;
  }
}

/** Terms without duplicates (the same triple in several graphs), in a stable order. */
function distinctSorted(terms: readonly Term[]): Term[] {
  if (terms.length <= 1) return terms.slice();
  const seen = new Map<string, Term>();
  for (const t of terms) seen.set(termKey(t), t);
  return [...seen.values()].sort((a, b) => compare(termKey(a), termKey(b)));
}

function termKey(term: Term): string {
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The value of a term as the viewer names it: local name for IRIs of our vocabulary, the value otherwise. */
function nameOf(term: Term | undefined): string | undefined {
  if (!term) return undefined;
  if (term.termType === 'NamedNode') return localName(term.value);
  return term.value;
}

export interface ViewerGraphOptions {
  /** Extra store or quads with labels for predicates and classes (e.g. the ontology), consulted after the data. */
  vocabulary?: Store | Quad[];
  /** `store.getQuads(null, null, null, null)` when the caller has it already (a build's writers share one copy). */
  quads?: Quad[];
}

// The IRIs the viewer looks up, made once: a template literal in a lookup builds a new string to hash on every call.
const P = {
  dct_created: `${DCT}created`,
  dct_date: `${DCT}date`,
  dct_issued: `${DCT}issued`,
  dct_source: `${DCT}source`,
  dct_title: `${DCT}title`,
  ng_attributedTo: `${NG}attributedTo`,
  ng_confidence: `${NG}confidence`,
  ng_cue: `${NG}cue`,
  ng_end: `${NG}end`,
  ng_eventType: `${NG}eventType`,
  ng_extractor: `${NG}extractor`,
  ng_fact: `${NG}fact`,
  ng_iso3166: `${NG}iso3166`,
  ng_modality: `${NG}modality`,
  ng_polarity: `${NG}polarity`,
  ng_sentence: `${NG}sentence`,
  ng_start: `${NG}start`,
  ng_wikidata: `${NG}wikidata`,
  owl_sameAs: `${OWL}sameAs`,
  prov_hadPrimarySource: `${PROV}hadPrimarySource`,
  prov_wasDerivedFrom: `${PROV}wasDerivedFrom`,
  rdf_object: `${RDF}object`,
  rdf_predicate: `${RDF}predicate`,
  rdf_subject: `${RDF}subject`,
  rdf_type: `${RDF}type`,
  rdfs_label: `${RDFS}label`,
  schema_datePublished: `${SCHEMA}datePublished`,
  schema_headline: `${SCHEMA}headline`,
  schema_sameAs: `${SCHEMA}sameAs`,
  schema_url: `${SCHEMA}url`,
  skos_altLabel: `${SKOS}altLabel`,
  skos_exactMatch: `${SKOS}exactMatch`,
} as const;

/** Builds the viewer graph from an RDF store. Positions are left at 0; `layoutViewerGraph` fills them. */
export function viewerGraphFromStore(store: Store | undefined, options: ViewerGraphOptions = {}): ViewerGraph {
  const rdf = new StoreReader(store, options.quads);
  const vocabulary = options.vocabulary;
  const vocab = vocabulary ? (Array.isArray(vocabulary) ? new StoreReader(undefined, vocabulary) : new StoreReader(vocabulary)) : undefined;

  // Documents: everything a statement is derived from.
  const documentIris = new Set<string>();
  for (const q of rdf.quadsOf(P.prov_wasDerivedFrom)) {
    if (q.object.termType === 'NamedNode') documentIris.add(q.object.value);
  }
  const documents: ViewerDocument[] = [...documentIris].map((id) => readDocument(rdf, id));
  documents.sort((a, b) => compare(a.date ?? '9999', b.date ?? '9999') || compare(a.title ?? '', b.title ?? '') || compare(a.id, b.id));
  const documentIndex = new Map(documents.map((d, i) => [d.id, i]));

  // Entities: typed with an entity class of our vocabulary, and not a document or statement.
  // Statements and per-article graphs carry prov:wasDerivedFrom; entities never do.
  const derived = new Set(rdf.quadsOf(P.prov_wasDerivedFrom).map((q) => q.subject.value));
  const entityInfo = new Map<string, { type: string; subtype?: string }>();
  for (const q of rdf.quadsOf(P.rdf_type)) {
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'NamedNode') continue;
    if (documentIris.has(q.subject.value) || derived.has(q.subject.value) || NON_ENTITY_CLASSES.has(q.object.value)) continue;
    if (!q.object.value.startsWith(NG)) continue;
    if (!entityInfo.has(q.subject.value)) entityInfo.set(q.subject.value, classify(rdf, q.subject));
  }

  const predicateUse = new Map<string, number>();
  const nodeIds = new Set<string>();
  const edgeGroups = new Map<string, { source: string; target: string; predicate: string; kind: RelationKind; statements: ViewerStatement[]; plain: boolean }>();
  const attributeGroups = new Map<string, { subject: string; predicate: string; value: Term; kind: RelationKind; statements: ViewerStatement[] }>();
  const labelCache = new Map<string, string[]>();
  const namesOf = (id: string): string[] => {
    let names = labelCache.get(id);
    if (!names) {
      names = [rdf.literal(id, P.rdfs_label), ...rdf.literals(id, P.skos_altLabel)].filter((n): n is string => !!n);
      labelCache.set(id, names);
    }
    return names;
  };

  // Statement nodes: each becomes evidence on one edge (entity object) or one attribute (literal object).
  for (const st of rdf.subjects(P.rdf_subject)) {
    const subject = rdf.object(st, P.rdf_subject);
    const predicate = rdf.object(st, P.rdf_predicate);
    const object = rdf.object(st, P.rdf_object);
    if (!subject || !predicate || !object || subject.termType !== 'NamedNode' || predicate.termType !== 'NamedNode') continue;
    const polarityTerm = rdf.object(st, P.ng_polarity);
    const denied = polarityTerm !== undefined && /denied|negative/i.test(nameOf(polarityTerm) ?? '');
    // ng:fact says it outright; without it, a plain triple beside the statement makes it a fact.
    const factFlag = rdf.literal(st, P.ng_fact);
    const fact = !denied && (factFlag !== undefined ? factFlag === 'true' || factFlag === '1' : rdf.has(subject, predicate, object));
    const speaker = rdf.object(st, P.ng_attributedTo);
    const docTerm = rdf.object(st, P.prov_wasDerivedFrom);
    const sentence = rdf.literal(st, P.ng_sentence);
    const statement: ViewerStatement = {
      id: st.value,
      polarity: denied ? 'denied' : 'asserted',
      fact,
      document: docTerm ? (documentIndex.get(docTerm.value) ?? -1) : -1,
      highlights: [],
    };
    const modality = nameOf(rdf.object(st, P.ng_modality));
    if (modality) statement.modality = modality.charAt(0).toLowerCase() + modality.slice(1);
    if (speaker && speaker.termType === 'NamedNode') {
      statement.attributedTo = { id: speaker.value, label: namesOf(speaker.value)[0] ?? localName(speaker.value) };
    } else if (speaker) {
      statement.attributedTo = { id: '', label: speaker.value };
    }
    const cue = rdf.literal(st, P.ng_cue);
    if (cue) statement.cue = cue;
    const confidence = toNumber(rdf.literal(st, P.ng_confidence));
    if (confidence !== undefined) statement.confidence = confidence;
    const extractor = nameOf(rdf.object(st, P.ng_extractor));
    if (extractor) statement.extractor = extractor;
    if (sentence !== undefined) statement.sentence = sentence;
    const start = toNumber(rdf.literal(st, P.ng_start));
    const end = toNumber(rdf.literal(st, P.ng_end));
    if (start !== undefined) statement.start = start;
    if (end !== undefined) statement.end = end;
    if (sentence) {
      statement.highlights = findHighlights(sentence, [
        { role: 'subject', names: namesOf(subject.value) },
        { role: 'object', names: object.termType === 'NamedNode' ? namesOf(object.value) : [object.value] },
        { role: 'speaker', names: speaker?.termType === 'NamedNode' ? namesOf(speaker.value) : [] },
        { role: 'cue', names: cue ? [cue] : [] },
      ]);
    }
    const kind: RelationKind = denied ? 'denial' : fact ? 'fact' : 'claim';
    if (object.termType === 'NamedNode') {
      nodeIds.add(subject.value);
      nodeIds.add(object.value);
      const key = `${subject.value}\n${predicate.value}\n${object.value}\n${kind}`;
      let group = edgeGroups.get(key);
      if (!group) edgeGroups.set(key, (group = { source: subject.value, target: object.value, predicate: predicate.value, kind, statements: [], plain: false }));
      group.statements.push(statement);
    } else {
      nodeIds.add(subject.value);
      const key = `${subject.value}\n${predicate.value}\n${termKey(object)}\n${kind}`;
      let group = attributeGroups.get(key);
      if (!group) attributeGroups.set(key, (group = { subject: subject.value, predicate: predicate.value, value: object, kind, statements: [] }));
      group.statements.push(statement);
    }
  }

  // Plain triples between entities that no statement covers (e.g. an event's place): facts without evidence.
  for (const q of rdf.allQuads()) {
    if (q.subject.termType !== 'NamedNode' || !entityInfo.has(q.subject.value) || isAnnotation(q.predicate.value)) continue;
    if (q.object.termType === 'NamedNode') {
      if (!entityInfo.has(q.object.value)) continue;
      const key = `${q.subject.value}\n${q.predicate.value}\n${q.object.value}\nfact`;
      if (!edgeGroups.has(key)) {
        edgeGroups.set(key, { source: q.subject.value, target: q.object.value, predicate: q.predicate.value, kind: 'fact', statements: [], plain: true });
        nodeIds.add(q.subject.value);
        nodeIds.add(q.object.value);
      }
    } else if (q.object.termType === 'Literal') {
      const key = `${q.subject.value}\n${q.predicate.value}\n${termKey(q.object)}\nfact`;
      if (!attributeGroups.has(key)) attributeGroups.set(key, { subject: q.subject.value, predicate: q.predicate.value, value: q.object, kind: 'fact', statements: [] });
    }
  }
  // Every typed entity is a node, related or not, so the legend counts what the graph holds.
  for (const id of entityInfo.keys()) nodeIds.add(id);

  // Predicates, sorted by label, indexed from edges and attributes.
  for (const g of edgeGroups.values()) predicateUse.set(g.predicate, (predicateUse.get(g.predicate) ?? 0) + 1);
  for (const g of attributeGroups.values()) predicateUse.set(g.predicate, (predicateUse.get(g.predicate) ?? 0) + 1);
  const predicates: ViewerPredicate[] = [...predicateUse].map(([id, count]) => ({
    id,
    label: rdf.literal(id, P.rdfs_label) ?? vocab?.literal(id, P.rdfs_label) ?? humanize(localName(id)),
    count,
  }));
  predicates.sort((a, b) => compare(a.label, b.label) || compare(a.id, b.id));
  const predicateIndex = new Map(predicates.map((p, i) => [p.id, i]));

  const statementOrder = (a: ViewerStatement, b: ViewerStatement): number =>
    compare(documents[a.document]?.date ?? '', documents[b.document]?.date ?? '') ||
    a.document - b.document || (a.start ?? 0) - (b.start ?? 0) || compare(a.id, b.id);

  const edges: ViewerEdge[] = [...edgeGroups.values()].map((g) => {
    g.statements.sort(statementOrder);
    const confidences = g.statements.map((s) => s.confidence ?? 1);
    return {
      id: `e${createHash('sha1').update(`${g.source}\n${g.predicate}\n${g.target}\n${g.kind}`).digest('hex').slice(0, 12)}`,
      source: g.source,
      target: g.target,
      predicate: predicateIndex.get(g.predicate)!,
      kind: g.kind,
      confidence: confidences.length ? Math.max(...confidences) : 1,
      statements: g.statements,
    };
  });
  edges.sort((a, b) => compare(a.source, b.source) || a.predicate - b.predicate || compare(a.target, b.target) || compare(a.kind, b.kind));

  const attributes: ViewerAttribute[] = [...attributeGroups.values()].map((g) => {
    g.statements.sort(statementOrder);
    const attribute: ViewerAttribute = { subject: g.subject, predicate: predicateIndex.get(g.predicate)!, value: g.value.value, kind: g.kind, statements: g.statements };
    if (g.value.termType === 'Literal' && g.value.datatype.value !== `http://www.w3.org/2001/XMLSchema#string` && !g.value.language) {
      attribute.datatype = localName(g.value.datatype.value);
    }
    return attribute;
  });
  attributes.sort((a, b) => compare(a.subject, b.subject) || a.predicate - b.predicate || compare(a.value, b.value) || compare(a.kind, b.kind));

  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }

  const nodes: ViewerNode[] = [...nodeIds].sort(compare).map((id) => {
    const names = namesOf(id);
    const label = names[0] ?? humanize(localName(id));
    const info = entityInfo.get(id) ?? classify(rdf, namedNode(id));
    const node: ViewerNode = {
      id,
      label,
      type: info.type,
      aliases: [...new Set(names.slice(1))].filter((a) => a !== label).sort(compare),
      links: readLinks(rdf, id),
      x: 0,
      y: 0,
      degree: degree.get(id) ?? 0,
    };
    if (info.subtype) node.subtype = info.subtype;
    return node;
  });

  return { format: 'newsgraph-viewer', version: 1, nodes, edges, attributes, documents, predicates };
}

function classify(rdf: StoreReader, subject: Term): { type: string; subtype?: string } {
  const classes = rdf.objects(subject, P.rdf_type)
    .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NG) && !NON_ENTITY_CLASSES.has(t.value))
    .map((t) => localName(t.value));
  const known = ENTITY_TYPES.find((t) => classes.includes(t));
  const others = classes.filter((c) => !ENTITY_TYPES.includes(c));
  const eventType = nameOf(rdf.object(subject, P.ng_eventType));
  if (known) {
    const subtype = known === 'Event' ? (eventType ?? others[0]) : undefined;
    return subtype ? { type: known, subtype } : { type: known };
  }
  // An event typed only through the CAMEO-style scheme is still an event; another class of ours names itself.
  if (eventType) return { type: 'Event', subtype: eventType };
  return { type: others[0] ?? 'Other' };
}

function readDocument(rdf: StoreReader, id: string): ViewerDocument {
  const doc: ViewerDocument = { id };
  const title = rdf.literal(id, P.dct_title) ?? rdf.literal(id, P.schema_headline) ?? rdf.literal(id, P.rdfs_label);
  if (title) doc.title = title;
  const date = rdf.literal(id, P.dct_date) ?? rdf.literal(id, P.dct_issued) ?? rdf.literal(id, P.schema_datePublished) ?? rdf.literal(id, P.dct_created);
  const day = date?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (day) doc.date = day;
  const source = rdf.object(id, P.dct_source) ?? rdf.object(id, P.schema_url) ?? rdf.object(id, P.prov_hadPrimarySource);
  if (source) doc.source = source.value;
  return doc;
}

function readLinks(rdf: StoreReader, id: string): ViewerNode['links'] {
  const links: ViewerNode['links'] = {};
  const iso = rdf.literal(id, P.ng_iso3166);
  if (iso) links.iso3166 = iso;
  const candidates = [
    ...rdf.objects(id, P.ng_wikidata), ...rdf.objects(id, P.owl_sameAs),
    ...rdf.objects(id, P.skos_exactMatch), ...rdf.objects(id, P.schema_sameAs),
  ];
  for (const term of candidates) {
    const q = term.value.match(WIKIDATA_ENTITY)?.[1] ?? (/^Q\d+$/.test(term.value) ? term.value : undefined);
    if (q) { links.wikidata = q; break; }
  }
  return links;
}

/**
 * Finds where each role's names occur in the sentence (case-insensitive, whole words, longest name first),
 * so the viewer can highlight the mentions; the first role to claim a span keeps it. When no name occurs whole,
 * a word that begins with a name's word stem is taken ("Ukraine" -> "Ukrainian", "Iran" -> "Iranian").
 */
export function findHighlights(sentence: string, roles: Array<{ role: Highlight['role']; names: string[] }>): Highlight[] {
  const lower = sentence.toLowerCase();
  const taken: Highlight[] = [];
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const free = (start: number, end: number): boolean => !taken.some((h) => start < h.end && end > h.start);
  const find = (needle: string, wholeWord: boolean): [number, number] | undefined => {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (isWord(sentence[at - 1])) continue;
      let end = at + needle.length;
      if (wholeWord ? isWord(sentence[end]) : false) continue;
      while (!wholeWord && isWord(sentence[end])) end++;
      if (free(at, end)) return [at, end];
    }
    return undefined;
  };
  for (const { role, names } of roles) {
    const sorted = [...new Set(names.filter((n) => n.trim().length > 0))].sort((a, b) => b.length - a.length || compare(a, b));
    // The first name (then stem) that occurs wins: later ones are not searched for.
    let span: [number, number] | undefined;
    for (const n of sorted) if ((span = find(n.toLowerCase(), true))) break;
    if (!span) {
      // Stems of one-word names only: a stem of a longer name's word would match too loosely.
      for (const n of sorted) {
        if (!/^[\p{L}]{4,}$/u.test(n)) continue;
        if ((span = find((n.length >= 6 ? n.slice(0, -1) : n).toLowerCase(), false))) break;
      }
    }
    if (span) taken.push({ start: span[0], end: span[1], role });
  }
  return taken.sort((a, b) => a.start - b.start);
}
