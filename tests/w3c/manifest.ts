// Reads the W3C SPARQL 1.1 test manifests (Turtle, through n3) into a list of query-evaluation tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataFactory, Parser, Store, type Term } from 'n3';

const iri = DataFactory.namedNode;

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

export interface EvaluationTest {
  /** The test's IRI (manifest file URL + #name). */
  id: string;
  name: string;
  /** Folder of the manifest (aggregates, functions, ...). */
  suite: string;
  query: string;
  /** Files loaded into the default graph. */
  data: string[];
  /** Files loaded into named graphs, each named by its file URL. */
  graphData: Array<{ path: string; graph: string }>;
  result: string;
}

/** Folders whose tests are out of scope: entailment regimes and federated SERVICE. */
export const EXCLUDED_SUITES = new Set(['entailment', 'service']);

function list(store: Store, head: Term): Term[] {
  const out: Term[] = [];
  let node = head;
  while (node.value !== `${RDF}nil`) {
    const first = store.getObjects(node, iri(`${RDF}first`), null)[0];
    if (!first) break;
    out.push(first);
    node = store.getObjects(node, iri(`${RDF}rest`), null)[0]!;
  }
  return out;
}

function parseManifest(path: string): Store {
  const store = new Store();
  store.addQuads(new Parser({ baseIRI: pathToFileURL(path).href }).parse(readFileSync(path, 'utf8')));
  return store;
}

/** All mf:QueryEvaluationTest entries reachable from `manifestPath` through mf:include, minus the excluded suites. */
export function readEvaluationTests(manifestPath: string): EvaluationTest[] {
  const tests: EvaluationTest[] = [];
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const store = parseManifest(path);
    for (const manifest of store.getSubjects(iri(`${RDF}type`), iri(`${MF}Manifest`), null)) {
      for (const includes of store.getObjects(manifest, iri(`${MF}include`), null)) {
        for (const included of list(store, includes)) visit(fileURLToPath(included.value));
      }
      const suite = path.split('/').at(-2)!;
      if (EXCLUDED_SUITES.has(suite)) continue;
      for (const entries of store.getObjects(manifest, iri(`${MF}entries`), null)) {
        for (const entry of list(store, entries)) {
          if (store.getQuads(entry, iri(`${RDF}type`), iri(`${MF}QueryEvaluationTest`), null).length === 0) continue;
          const action = store.getObjects(entry, iri(`${MF}action`), null)[0]!;
          const result = store.getObjects(entry, iri(`${MF}result`), null)[0];
          const query = store.getObjects(action, iri(`${QT}query`), null)[0];
          if (!query || !result) continue;
          tests.push({
            id: entry.value,
            name: store.getObjects(entry, iri(`${MF}name`), null)[0]?.value ?? entry.value,
            suite,
            query: fileURLToPath(query.value),
            data: store.getObjects(action, iri(`${QT}data`), null).map((t) => fileURLToPath(t.value)).sort(),
            graphData: store.getObjects(action, iri(`${QT}graphData`), null).map((t) => {
              // A graph may be given as [ qt:graph <file> ; rdfs:label "name" ].
              const file = t.termType === 'BlankNode' ? store.getObjects(t, iri(`${QT}graph`), null)[0]!.value : t.value;
              const label = t.termType === 'BlankNode' ? store.getObjects(t, iri(`${RDFS}label`), null)[0]?.value : undefined;
              return { path: fileURLToPath(file), graph: label ?? file };
            }),
            result: fileURLToPath(result.value),
          });
        }
      }
    }
  };
  visit(manifestPath);
  return tests;
}
