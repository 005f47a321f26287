// Benchmark of the graph and export stages on a generated corpus: buildStore, each writer, SHACL validation; prints quads/s and file sizes.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityType } from '../../src/analyze/analysis.js';
import type { NewsDocument } from '../../src/ingest/document.js';
import type { Entity, ResolvedCorpus, Statement } from '../../src/resolve/entity.js';
import { buildStore } from '../../src/graph/build-store.js';
import { writeOutputs, mergedQuads } from '../../src/export/write-outputs.js';
import { validateGraph } from '../../src/export/validate.js';

const TYPES: EntityType[] = ['Person', 'Organization', 'Country', 'City', 'Company', 'GovernmentBody'];
const VERBS = ['warn', 'blame', 'meet', 'visit', 'acquire', 'criticise', 'support', 'pressOn'];

/** A corpus of `docs` articles with `perDoc` statements each, over a shared pool of entities; seeded, so runs compare. */
export function generatedCorpus(docs: number, perDoc: number): ResolvedCorpus {
  let seed = 42;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const base = 'https://w3id.org/newsgraph/kb/';
  const entities: Entity[] = Array.from({ length: Math.max(50, docs * 10) }, (_, i) => ({
    iri: `${base}entity-${i}`, type: TYPES[i % TYPES.length]!, label: `Entity ${i}`, aliases: [`E${i}`], links: {}, documents: [],
  }));
  const documents: NewsDocument[] = [];
  const statements: Statement[] = [];
  for (let d = 0; d < docs; d++) {
    const sentence = 'Entity one said on Tuesday that Entity two had warned Entity three about the plan. ';
    const doc: NewsDocument = { id: `article-${d}`, source: `corpus/article-${d}.txt`, title: `Article ${d}`, published: '2030-01-15', text: sentence.repeat(perDoc) };
    documents.push(doc);
    for (let k = 0; k < perDoc; k++) {
      const s = entities[rand(entities.length)]!;
      const o = entities[rand(entities.length)]!;
      const verb = VERBS[rand(VERBS.length)]!;
      const denied = rand(10) === 0;
      const claimed = rand(4) === 0;
      const start = k * sentence.length;
      statements.push({
        iri: '', document: doc, subject: { kind: 'iri', iri: s.iri, label: s.label }, predicate: verb, predicateLabel: verb,
        object: { kind: 'iri', iri: o.iri, label: o.label },
        speaker: claimed ? { iri: entities[0]!.iri, label: entities[0]!.label } : undefined,
        candidate: {
          subject: { kind: 'literal', value: '', datatype: 'string' }, object: { kind: 'literal', value: '', datatype: 'string' },
          predicate: verb, predicateLabel: verb, polarity: denied ? 'denied' : 'asserted', fact: !denied && !claimed,
          cue: claimed ? 'said' : undefined, sentence: k, start, end: start + sentence.length - 1, extractor: 'bench', confidence: rand(100) / 100,
        },
      });
      for (const e of [s, o]) if (e.documents.at(-1) !== doc.id) e.documents.push(doc.id);
    }
  }
  return { documents, analyses: [], entities, statements };
}

export async function benchExport(): Promise<void> {
  for (const [docs, perDoc] of [[100, 20], [1000, 20]] as const) {
    const corpus = generatedCorpus(docs, perDoc);
    // Processor time (user + system) is what the stage costs; the wall clock also counts waiting on a shared machine.
    const cpuMs = (since: NodeJS.CpuUsage): number => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
    let t = performance.now();
    let c = process.cpuUsage();
    const store = buildStore(corpus);
    const buildMs = performance.now() - t;
    const buildCpu = cpuMs(c);
    const dir = await mkdtemp(join(tmpdir(), 'ng-bench-'));
    try {
      t = performance.now();
      c = process.cpuUsage();
      const files = await writeOutputs(store, corpus, dir, { nquads: true });
      const writeMs = performance.now() - t;
      const writeCpu = cpuMs(c);
      const sizes = await Promise.all(files.map(async (f) => `${f.slice(dir.length + 1)} ${((await stat(f)).size / 1e6).toFixed(1)} MB`));
      console.log(`export: ${corpus.statements.length} statements, ${store.size} quads: ` +
        `buildStore ${buildCpu.toFixed(0)} ms processor, ${buildMs.toFixed(0)} ms wall (${(store.size / buildCpu * 1000).toFixed(0)} quads per processor second); ` +
        `writeOutputs ${writeCpu.toFixed(0)} ms processor, ${writeMs.toFixed(0)} ms wall (${(store.size / writeCpu * 1000).toFixed(0)} quads per processor second); ${sizes.join(', ')}`);
      if (docs <= 100) {
        t = performance.now();
        c = process.cpuUsage();
        const outcome = await validateGraph(mergedQuads(store));
        console.log(`export: SHACL core validation of ${store.size} quads: ${cpuMs(c).toFixed(0)} ms processor, ${(performance.now() - t).toFixed(0)} ms wall, conforms ${outcome.conforms}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
