// SPARQL benchmark: the examples/queries on a generated 1M-triple news graph through openGraph, cold and warm, against oxigraph used directly, each engine in its own child process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { packageRoot } from '../../src/query/load-graph.js';
import type { SparqlWorkerJob, SparqlWorkerResult } from './sparql-worker.js';
import { seededRandom } from '../../src/util/seeded-random.js';

const NG = 'https://w3id.org/newsgraph/ns#';
const KB = 'https://w3id.org/newsgraph/kb/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const PROV = 'http://www.w3.org/ns/prov#';
const DCT = 'http://purl.org/dc/terms/';
const SCHEMA = 'https://schema.org/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const EV = 'https://w3id.org/newsgraph/events#';

/** Seeded: the same seed gives the same graph on every machine. */
const rng = seededRandom;

const CLASSES = ['Person', 'Organization', 'GovernmentBody', 'Company', 'Country', 'City', 'ArmedGroup', 'Location'];
const PREDICATES = ['warn', 'blame', 'accuse', 'meet', 'say', 'attack', 'deny', 'support', 'visit', 'responsibleFor', 'involvedIn', 'sue', 'acquire'];
const VERBS: Record<string, string> = { warn: 'warned', blame: 'blamed', accuse: 'accused', meet: 'met', say: 'told', attack: 'attacked', deny: 'denied', support: 'backed', visit: 'visited', responsibleFor: 'was responsible for', involvedIn: 'was involved in', sue: 'sued', acquire: 'bought' };
const NAMES = ['Russia', 'Ukraine', 'Freedonia', 'Sylvania', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];

const iri = (s: string) => `<${s}>`;
const lit = (s: string) => JSON.stringify(s);
const typed = (s: string | number, t: string) => `"${s}"^^<${XSD}${t}>`;

/** A deterministic synthetic news graph in the build's shape, as N-Quads; about `target` quads. */
export function generateNewsGraph(target: number, seed = 20240326): { nquads: string; quads: number } {
  const random = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Zipf-like popularity: a few entities appear in many articles, most in few.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  const entities = Math.max(50, Math.round(target / 50));
  const events = Math.max(10, Math.round(target / 330));
  const out: string[] = [];
  let quads = 0;
  const q = (s: string, p: string, o: string, g?: string) => {
    out.push(g ? `${s} ${p} ${o} ${g} .` : `${s} ${p} ${o} .`);
    quads++;
  };
  const entity = (i: number) => iri(`${KB}e${i}`);
  const labelOf = (i: number) => (i < NAMES.length ? NAMES[i]! : `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length)}`);
  for (let i = 0; i < entities; i++) {
    q(entity(i), iri(`${RDF}type`), iri(`${NG}${CLASSES[i % CLASSES.length]}`));
    q(entity(i), iri(`${RDFS}label`), lit(labelOf(i)));
    if (i % 3 === 0) q(entity(i), iri(`${SKOS}altLabel`), lit(`the ${labelOf(i)}`));
  }
  for (let i = 0; i < events; i++) {
    const e = iri(`${KB}event/ev${i}`);
    q(e, iri(`${RDF}type`), iri(`${NG}Event`));
    q(e, iri(`${RDFS}label`), lit(`attack ${i}`));
    q(e, iri(`${NG}eventType`), iri(`${EV}Attack`));
  }
  let article = 0;
  let statement = 0;
  while (quads < target) {
    const doc = iri(`${KB}doc/a${article}`);
    const graph = iri(`${KB}graph/a${article}`);
    const day = new Date(Date.UTC(2020, 0, 1) + article * 3_600_000 * 7).toISOString().slice(0, 10);
    q(doc, iri(`${RDF}type`), iri(`${NG}NewsArticle`));
    q(doc, iri(`${DCT}title`), lit(`Article ${article}`));
    q(doc, iri(`${DCT}date`), typed(day, 'date'));
    q(graph, iri(`${RDF}type`), iri(`${NG}DocumentGraph`));
    q(graph, iri(`${PROV}wasDerivedFrom`), doc);
    const ev = Math.floor(random() * events);
    const evIri = iri(`${KB}event/ev${ev}`);
    q(doc, iri(`${SCHEMA}mentions`), evIri);
    if (random() < 0.5) {
      const qty = iri(`${KB}quantity/a${article}`);
      q(evIri, iri(`${NG}killed`), qty, graph);
      q(qty, iri(`${RDF}type`), iri(`${NG}Quantity`), graph);
      q(qty, iri(`${NG}minimum`), typed(1 + Math.floor(random() * 200), 'integer'), graph);
      q(qty, iri(`${NG}unit`), lit('people'), graph);
      q(evIri, iri(`${NG}date`), typed(day, 'date'), graph);
    }
    const mentioned = new Set<number>();
    const perArticle = 8 + Math.floor(random() * 8);
    for (let k = 0; k < perArticle; k++) {
      const s = zipf(entities);
      const o = zipf(entities);
      mentioned.add(s).add(o);
      const p = pick(PREDICATES);
      const st = iri(`${KB}statement/s${statement++}`);
      const denied = random() < 0.1;
      const speaker = random() < 0.3 ? zipf(entities) : -1;
      if (speaker >= 0) mentioned.add(speaker);
      const fact = !denied && speaker < 0;
      const start = k * 120;
      const sentence = `${labelOf(s)} ${denied ? 'never ' : ''}${VERBS[p]} ${labelOf(o)}, ${speaker >= 0 ? `${labelOf(speaker)} said` : 'officials said'} on ${day}.`;
      if (fact) q(entity(s), iri(`${NG}${p}`), entity(o), graph);
      q(st, iri(`${RDF}type`), iri(`${NG}Statement`), graph);
      q(st, iri(`${RDF}subject`), entity(s), graph);
      q(st, iri(`${RDF}predicate`), iri(`${NG}${p}`), graph);
      q(st, iri(`${RDF}object`), entity(o), graph);
      q(st, iri(`${NG}polarity`), iri(`${NG}${denied ? 'Denied' : 'Asserted'}`), graph);
      q(st, iri(`${NG}modality`), iri(`${NG}Actual`), graph);
      if (speaker >= 0) {
        q(st, iri(`${NG}attributedTo`), entity(speaker), graph);
        q(st, iri(`${NG}cue`), lit('said'), graph);
      }
      q(st, iri(`${NG}confidence`), typed((0.3 + random() * 0.7).toFixed(2), 'decimal'), graph);
      q(st, iri(`${NG}extractor`), lit(pick(['verb-relation', 'reported-speech', 'roles'])), graph);
      q(st, iri(`${PROV}wasDerivedFrom`), doc, graph);
      q(st, iri(`${NG}sentence`), lit(sentence), graph);
      q(st, iri(`${NG}sentenceIndex`), typed(k, 'integer'), graph);
      q(st, iri(`${NG}start`), typed(start, 'integer'), graph);
      q(st, iri(`${NG}end`), typed(start + sentence.length, 'integer'), graph);
      q(st, iri(`${NG}fact`), typed(String(fact), 'boolean'), graph);
    }
    for (const m of mentioned) q(doc, iri(`${SCHEMA}mentions`), entity(m));
    article++;
  }
  return { nquads: `${out.join('\n')}\n`, quads };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/**
 * Runs one engine in a child process of its own (sparql-worker.js next to this module), so that two
 * 1M-quad WebAssembly stores never share one process's memory and neither one's heap or GC disturbs
 * the other's timings.
 */
function runWorker(job: SparqlWorkerJob): Promise<SparqlWorkerResult> {
  const script = fileURLToPath(new URL('./sparql-worker.js', import.meta.url));
  return new Promise((resolve, reject) => {
    // stdio inherited: a crash message reaches the terminal; execArgv (e.g. --expose-gc) is inherited by fork.
    const child = fork(script, [], { stdio: 'inherit' });
    let settled = false;
    child.once('message', (message: { ok: true; result: SparqlWorkerResult } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`sparql: ${job.engine} worker: ${message.error}`));
    });
    child.once('error', (error) => {
      if (!settled) reject(new Error(`sparql: ${job.engine} worker: ${error.message}`));
      settled = true;
    });
    child.once('exit', (code, signal) => {
      if (!settled) reject(new Error(`sparql: ${job.engine} worker exited with ${signal ?? `code ${code}`} before sending its figures`));
      settled = true;
    });
    child.send(job);
  });
}

/** Writes the seeded graph; the N-Quads string goes out of scope here, before any engine runs. */
function writeGraph(file: string, target: number): number {
  const t = performance.now();
  const { nquads, quads } = generateNewsGraph(target);
  writeFileSync(file, nquads);
  console.log(`sparql: generated ${quads.toLocaleString('en')} quads (${(nquads.length / 1e6).toFixed(0)} MB N-Quads, seeded) in ${ms(performance.now() - t)}`);
  return quads;
}

export async function benchSparql(): Promise<void> {
  const target = Number(process.env.NEWSGRAPH_BENCH_TRIPLES ?? 1_000_000);
  const warmRuns = Number(process.env.NEWSGRAPH_BENCH_RUNS ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-sparql-'));
  try {
    const file = join(dir, 'graph.nq');
    const quads = writeGraph(file, target);
    (globalThis as { gc?: () => void }).gc?.();

    const queryDir = join(packageRoot(), 'examples', 'queries');
    const queries = readdirSync(queryDir).filter((f) => f.endsWith('.rq')).sort().map((name) => ({ name, text: readFileSync(join(queryDir, name), 'utf8') }));

    // One engine after the other, never both at once (2 loaded cores). newsgraph runs first: it gives back
    // each query with the prefixes it prepends, so oxigraph alone runs exactly the same text.
    const ours = await runWorker({ engine: 'newsgraph', file, queries, warmRuns });
    const direct = await runWorker({ engine: 'oxigraph', file, queries: ours.prepared, warmRuns });
    for (const r of [ours, direct]) {
      if (r.quads !== quads) console.log(`sparql: warning: ${r.engine} loaded ${r.quads} quads, generated ${quads}`);
    }

    console.log(`sparql: each engine in its own process; module start ${ms(ours.moduleStart)} newsgraph, ${ms(direct.moduleStart)} oxigraph alone (not in cold)`);
    console.log(`sparql: load ${ms(ours.load)} through openGraph, ${ms(direct.load)} with oxigraph alone (ratio ${(ours.load / direct.load).toFixed(2)}); peak RSS ${mb(ours.maxRss)} and ${mb(direct.maxRss)}`);
    console.log(`sparql: warm = fastest of ${warmRuns} runs; cold = load + first run`);
    console.log('sparql: query                     rows   cold (load+first)   first      warm   oxigraph cold   oxigraph warm   ratio');
    let worst = 0;
    let logSum = 0;
    for (const o of ours.queries) {
      const d = direct.queries.find((q) => q.name === o.name)!;
      const ratio = o.warm / Math.max(d.warm, 0.01);
      worst = Math.max(worst, ratio);
      logSum += Math.log(ratio);
      const rows = o.rows === d.rows ? String(o.rows) : `${o.rows}/${d.rows}!`;
      console.log(`sparql: ${o.name.padEnd(26)}${rows.padStart(6)}  ${ms(ours.load + o.first).padStart(16)}  ${ms(o.first).padStart(9)} ${ms(o.warm).padStart(9)}  ${ms(direct.load + d.first).padStart(14)}  ${ms(d.warm).padStart(14)}  ${ratio.toFixed(2).padStart(6)}`);
    }
    if (ours.queries.some((o) => direct.queries.find((q) => q.name === o.name)!.rows !== o.rows)) {
      console.log('sparql: warning: rows marked ! differ between newsgraph and oxigraph alone (newsgraph/oxigraph)');
    }
    console.log(`sparql: warm ratio to oxigraph alone: geometric mean ${Math.exp(logSum / ours.queries.length).toFixed(2)}, worst ${worst.toFixed(2)} (goal <= 1.5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchSparql();
}
