// SPARQL benchmark worker: loads the generated graph into one engine (newsgraph's openGraph, or oxigraph alone) in a process of its own and times each query, sending the figures to the parent as JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What the parent asks for, sent as the first IPC message. */
export interface SparqlWorkerJob {
  engine: 'newsgraph' | 'oxigraph';
  /** N-Quads file written by the parent from the seeded generator. */
  file: string;
  /** Queries as the user wrote them (newsgraph) or with the prefixes newsgraph would prepend (oxigraph). */
  queries: Array<{ name: string; text: string }>;
  warmRuns: number;
}

/** What the worker sends back (process.send). */
export interface SparqlWorkerResult {
  engine: SparqlWorkerJob['engine'];
  /** Importing the engine's modules, WebAssembly compilation included. */
  moduleStart: number;
  load: number;
  quads: number;
  /** Peak resident set size of the worker, bytes. */
  maxRss: number;
  /** Prefixes newsgraph prepends to each query, so that oxigraph alone runs the very same text. */
  prepared: Array<{ name: string; text: string }>;
  queries: Array<{ name: string; rows: number; first: number; warm: number }>;
}

const time = (f: () => unknown): number => {
  const s = performance.now();
  f();
  return performance.now() - s;
};

async function run(job: SparqlWorkerJob): Promise<SparqlWorkerResult> {
  let t = performance.now();
  // Each engine pays its own module start in its own process; timed apart from load and queries.
  let runQuery: (text: string) => number;
  let prepare: (text: string) => string = (text) => text;
  let load: number;
  let quads: number;
  let moduleStart: number;
  if (job.engine === 'newsgraph') {
    const { openGraph } = await import('../../src/query/open-graph.js');
    const { withPrefixes } = await import('../../src/query/prefixes.js');
    await import('oxigraph');
    moduleStart = performance.now() - t;
    t = performance.now();
    const g = await openGraph(job.file);
    load = performance.now() - t;
    quads = g.size;
    runQuery = (text) => g.select(text).length;
    prepare = (text) => withPrefixes(text, g.prefixes).text;
  } else {
    const ox = (await import('oxigraph')).default;
    moduleStart = performance.now() - t;
    t = performance.now();
    const store = new ox.Store();
    store.load(readFileSync(job.file), { format: 'application/n-quads' });
    load = performance.now() - t;
    quads = store.size;
    // Same union default graph as openGraph, and every value of every solution is read, as a script
    // using oxigraph directly would.
    runQuery = (text) => {
      const result = store.query(text, { use_default_graph_as_union: true }) as Array<Map<string, { value: string }>>;
      let chars = 0;
      for (const row of result) for (const term of row.values()) chars += term.value.length;
      // (the condition only keeps the reads from being optimised away; it is always true)
      return chars >= 0 ? result.length : 0;
    };
  }
  const queries: SparqlWorkerResult['queries'] = [];
  for (const { name, text } of job.queries) {
    let rows = 0;
    const first = time(() => (rows = runQuery(text)));
    let warm = Infinity;
    // Fastest of N: the figure least disturbed by the other processes on the machine.
    for (let i = 0; i < job.warmRuns; i++) warm = Math.min(warm, time(() => runQuery(text)));
    queries.push({ name, rows, first, warm });
  }
  return {
    engine: job.engine,
    moduleStart,
    load,
    quads,
    maxRss: process.resourceUsage().maxRSS * 1024,
    prepared: job.queries.map(({ name, text }) => ({ name, text: prepare(text) })),
    queries,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.send) {
    console.error('sparql-worker: run by tests/bench/sparql.ts through child_process.fork, not directly');
    process.exit(2);
  }
  process.once('message', (job: SparqlWorkerJob) => {
    run(job).then(
      (result) => process.send!({ ok: true, result }, () => process.exit(0)),
      (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) }, () => process.exit(1)),
    );
  });
}
