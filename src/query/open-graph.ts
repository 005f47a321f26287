// openGraph: the scripting API over a built graph — SPARQL SELECT/ASK/CONSTRUCT/UPDATE through oxigraph, with the project's prefixes.
import type { Store, Term as OxTerm, Quad as OxQuad } from 'oxigraph';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { prefixes as projectPrefixes } from '../graph/vocabulary.js';
import { loadFile, loadOxigraph, namedGraph, resolveGraphPath, type GraphSource } from './load-graph.js';
import { stripCommentsAndStrings, withPrefixes } from './prefixes.js';
import { SparqlError, syntaxErrorFrom } from './sparql-error.js';
import { valueFromJson, type JsonTerm, type Row } from './values.js';

export type { Row, Value, IriValue, BlankValue, LiteralValue, TripleValue, JsonTerm } from './values.js';
export type { GraphSource } from './load-graph.js';
export { SparqlSyntaxError, SparqlError } from './sparql-error.js';

export interface OpenGraphOptions {
  /**
   * true (the default): a query's default graph is the union of the default graph and every named graph,
   * so `SELECT ?who ?whom { ?who ng:warn ?whom }` sees all articles of a TriG build without `GRAPH ?g`.
   * `GRAPH ?g { ... }` still finds each article's graph. The union is a bag: a triple stated in two
   * article graphs matches twice, so count with DISTINCT. false: the default graph is the store's own
   * default graph only, as the SPARQL 1.1 specification and the W3C tests expect.
   */
  unionDefaultGraph?: boolean;
  /** Extra or overriding prefixes predeclared in every query (a Turtle/TriG file's own prefixes are added too). */
  prefixes?: Record<string, string>;
  /** Predeclare the project's prefixes (ng:, kb:, rdf:, prov:, ...). Default true. */
  predeclare?: boolean;
}

export interface QueryOptions {
  /** Base IRI for relative IRIs in the query. */
  base?: string;
  /** The query's default graph is the merge of these named graphs (SPARQL Protocol `default-graph-uri`). */
  defaultGraphs?: string[];
  /** The named graphs the query may see (SPARQL Protocol `named-graph-uri`). */
  namedGraphs?: string[];
}

/** SELECT results as the SPARQL 1.1 JSON results format holds them: projected variables, in order, and bindings. */
export interface SelectResults {
  variables: string[];
  bindings: Array<Record<string, JsonTerm>>;
}

/** What any query form gives, for callers (CLI, endpoint) that take whatever the user wrote. */
export type QueryResult =
  | { form: 'SELECT'; results: SelectResults }
  | { form: 'ASK'; boolean: boolean }
  | { form: 'CONSTRUCT' | 'DESCRIBE'; quads: Quad[] };

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** A loaded news graph. Queries are synchronous (oxigraph runs them to completion on the calling thread). */
export class NewsGraph {
  /** Prefixes predeclared in queries (and used to compact IRIs in output). */
  readonly prefixes: Record<string, string>;

  constructor(
    /** The oxigraph store, for what this API does not cover. */
    readonly store: Store,
    prefixes: Record<string, string>,
    readonly unionDefaultGraph: boolean,
    /** The files loaded, in order. */
    readonly sources: string[],
    private readonly predeclare: boolean,
  ) {
    this.prefixes = prefixes;
  }

  /** Number of quads in the store. */
  get size(): number {
    return this.store.size;
  }

  /** Runs a SELECT query; each row maps variable names (without `?`) to typed values. Unbound variables are absent. */
  select(query: string, options: QueryOptions = {}): Row[] {
    const { bindings } = this.selectResults(query, options);
    const rows: Row[] = new Array(bindings.length);
    for (let i = 0; i < bindings.length; i++) {
      const binding = bindings[i]!;
      const row: Row = {};
      for (const name in binding) row[name] = valueFromJson(binding[name]!);
      rows[i] = row;
    }
    return rows;
  }

  /** Runs a SELECT query and gives the SPARQL JSON results structure (variables in projection order). */
  selectResults(query: string, options: QueryOptions = {}): SelectResults {
    // oxigraph's own JSON writer, parsed natively by V8: as fast as reading oxigraph's term objects one by one,
    // and it carries the projected variables in order.
    let text: string;
    try {
      text = this.execute(query, options, 'application/sparql-results+json', 'select()') as string;
    } catch (error) {
      // Results too large for one JS string: read them term by term instead.
      if (error instanceof SparqlError && /Invalid string length/i.test(error.message)) return this.selectNative(query, options);
      throw error;
    }
    const parsed = JSON.parse(text) as { head: { vars?: string[] }; results?: { bindings: Array<Record<string, JsonTerm>> }; boolean?: boolean };
    if (!parsed.results) throw new SparqlError('query: select() needs a SELECT query; this is an ASK query: use ask()');
    return { variables: parsed.head.vars ?? [], bindings: parsed.results.bindings };
  }

  private selectNative(query: string, options: QueryOptions): SelectResults {
    const result = this.execute(query, options, undefined, 'select()') as Array<Map<string, OxTerm>>;
    const variables: string[] = [];
    const seen = new Set<string>();
    const bindings = result.map((row) => {
      const binding: Record<string, JsonTerm> = {};
      for (const [name, term] of row) {
        if (!seen.has(name)) {
          seen.add(name);
          variables.push(name);
        }
        binding[name] = jsonTermOf(term);
      }
      return binding;
    });
    return { variables, bindings };
  }

  /** Runs an ASK query. */
  ask(query: string, options: QueryOptions = {}): boolean {
    const form = queryForm(query);
    if (form && form !== 'ASK') throw new SparqlError(`query: ask() needs an ASK query; this is a ${form} query`);
    const result = this.execute(query, options, undefined, 'ask()');
    if (typeof result !== 'boolean') throw new SparqlError('query: ask() needs an ASK query');
    return result;
  }

  /** Runs a CONSTRUCT or DESCRIBE query; gives RDF/JS quads (n3's DataFactory), in the default graph. */
  construct(query: string, options: QueryOptions = {}): Quad[] {
    const form = queryForm(query);
    if (form && form !== 'CONSTRUCT' && form !== 'DESCRIBE') throw new SparqlError(`query: construct() needs a CONSTRUCT or DESCRIBE query; this is a ${form} query`);
    const result = this.execute(query, options, undefined, 'construct()');
    if (!Array.isArray(result) || (result.length > 0 && !(result[0] as { termType?: string }).termType)) {
      throw new SparqlError('query: construct() needs a CONSTRUCT or DESCRIBE query');
    }
    return (result as OxQuad[]).map(toN3Quad);
  }

  /** Runs any query and says which form it was, for callers that take what the user wrote. */
  run(query: string, options: QueryOptions = {}): QueryResult {
    const form = queryForm(query);
    if (form === 'SELECT') return { form, results: this.selectResults(query, options) };
    if (form === 'ASK') return { form, boolean: this.ask(query, options) };
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { form, quads: this.construct(query, options) };
    // Not recognised (odd layout, or malformed): let the engine decide and report.
    const result = this.execute(query, options, undefined, 'query');
    if (typeof result === 'boolean') return { form: 'ASK', boolean: result };
    if (Array.isArray(result) && result.length > 0 && (result[0] as { termType?: string }).termType === 'Quad') {
      return { form: 'CONSTRUCT', quads: (result as OxQuad[]).map(toN3Quad) };
    }
    return { form: 'SELECT', results: this.selectResults(query, options) };
  }

  /** Runs a query and gives oxigraph's own serialisation (`results_format`: SPARQL results or RDF media type). */
  serialize(query: string, format: string, options: QueryOptions = {}): string {
    return this.execute(query, options, format, 'query') as string;
  }

  /** Runs a SPARQL 1.1 Update (INSERT DATA, DELETE/INSERT WHERE, CLEAR, ...). LOAD is not supported (no network). */
  update(update: string, options: QueryOptions = {}): void {
    const { text, lineOffset } = this.prepare(update);
    try {
      this.store.update(text, options.base ? { base_iri: options.base } : {});
    } catch (error) {
      throw translate(error, update, lineOffset, 'update');
    }
  }

  /** Loads one more file (into the default graph, or the named graph `source.graph`). */
  async load(source: string | GraphSource): Promise<void> {
    const src = typeof source === 'string' ? { path: source } : source;
    const found = await loadFile(this.store, src);
    for (const [name, iri] of Object.entries(found)) if (!(name in this.prefixes) || name === 'kb') this.prefixes[name] = iri;
    this.sources.push(src.path);
  }

  private prepare(query: string): { text: string; lineOffset: number } {
    return this.predeclare ? withPrefixes(query, this.prefixes) : { text: query, lineOffset: 0 };
  }

  private execute(query: string, options: QueryOptions, format: string | undefined, what: string): ReturnType<Store['query']> {
    const { text, lineOffset } = this.prepare(query);
    try {
      const dataset = options.defaultGraphs?.length || options.namedGraphs?.length;
      return this.store.query(text, {
        ...(dataset ? {} : { use_default_graph_as_union: this.unionDefaultGraph }),
        ...(options.defaultGraphs?.length ? { default_graph: options.defaultGraphs.map(namedGraph) } : {}),
        ...(options.namedGraphs?.length ? { named_graphs: options.namedGraphs.map(namedGraph) } : {}),
        ...(options.base ? { base_iri: options.base } : {}),
        ...(format ? { results_format: format } : {}),
      });
    } catch (error) {
      throw translate(error, query, lineOffset, what);
    }
  }
}

function translate(error: unknown, query: string, lineOffset: number, what: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = syntaxErrorFrom(message, query, lineOffset);
  if (syntax) return syntax;
  if (/^The query is not a SELECT query|is not a select/i.test(message)) return new SparqlError(`query: ${what} needs a SELECT query`);
  return new SparqlError(`query: ${message}`);
}

/** The query form, read after the prologue (BASE/PREFIX); undefined when the text does not start like a query. */
export function queryForm(query: string): QueryForm | undefined {
  const cleaned = stripCommentsAndStrings(query);
  const match = /^\s*(?:(?:BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(cleaned);
  return match ? (match[1]!.toUpperCase() as QueryForm) : undefined;
}

function jsonTermOf(term: OxTerm): JsonTerm {
  switch (term.termType) {
    case 'NamedNode': return { type: 'uri', value: term.value };
    case 'BlankNode': return { type: 'bnode', value: term.value };
    case 'Literal':
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      return term.datatype.value === 'http://www.w3.org/2001/XMLSchema#string'
        ? { type: 'literal', value: term.value }
        : { type: 'literal', value: term.value, datatype: term.datatype.value };
    case 'Quad': {
      const q = term as unknown as OxQuad;
      return { type: 'triple', value: { subject: jsonTermOf(q.subject), predicate: jsonTermOf(q.predicate), object: jsonTermOf(q.object) } };
    }
    default: throw new SparqlError(`query: unexpected ${term.termType} in a result`);
  }
}

function toN3Term(term: OxTerm): Term {
  switch (term.termType) {
    case 'NamedNode': return DataFactory.namedNode(term.value);
    case 'BlankNode': return DataFactory.blankNode(term.value);
    case 'Literal': return DataFactory.literal(term.value, term.language || DataFactory.namedNode(term.datatype.value));
    case 'DefaultGraph': return DataFactory.defaultGraph();
    case 'Quad': return toN3Quad(term as OxQuad) as unknown as Term;
    default: throw new SparqlError(`query: unexpected ${term.termType} in a result`);
  }
}

function toN3Quad(quad: OxQuad): Quad {
  return DataFactory.quad(
    toN3Term(quad.subject) as never,
    toN3Term(quad.predicate) as never,
    toN3Term(quad.object) as never,
    toN3Term(quad.graph) as never,
  ) as unknown as Quad;
}

/**
 * Opens a built graph: a build output folder (graph.trig preferred, else graph.nq, graph.ttl, graph.jsonld),
 * one RDF file (.ttl, .trig, .nq, .nt, .jsonld, .rdf), or several files (optionally into named graphs).
 * Nothing is fetched from the network; JSON-LD contexts are read from local files.
 */
export async function openGraph(source: string | Array<string | GraphSource>, options: OpenGraphOptions = {}): Promise<NewsGraph> {
  const ox = await loadOxigraph();
  const store = new ox.Store();
  const prefixes: Record<string, string> = { ...(options.predeclare === false ? {} : projectPrefixes()) };
  const graph = new NewsGraph(store, prefixes, options.unionDefaultGraph ?? true, [], options.predeclare !== false);
  const list = typeof source === 'string' ? [{ path: resolveGraphPath(source) }] : source.map((s) => (typeof s === 'string' ? { path: resolveGraphPath(s) } : s));
  for (const item of list) await graph.load(item);
  Object.assign(graph.prefixes, options.prefixes ?? {});
  return graph;
}
