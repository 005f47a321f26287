// Benchmark: the whole pipeline (ingest to written outputs) over the 250 BBC articles, on one core; prints throughput and peak memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../../src/pipeline/build-graph.js';

// dist/tests/bench/pipeline.js -> the repository root is three folders up.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const CORPUS = process.env.NEWSGRAPH_BENCH_CORPUS ?? resolve(ROOT, '../shared/corpus/bbc');

export async function benchPipeline(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const report = await buildGraph([CORPUS], { out });
    const seconds = report.milliseconds / 1000;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const t = report.times;
    const ms = (x: number): string => `${(x / 1000).toFixed(2)} s`;
    console.log('pipeline: build of', CORPUS);
    console.log(`  documents        ${report.documents}${report.problems.length ? ` (${report.problems.length} problems)` : ''}`);
    console.log(`  sentences        ${report.sentences}`);
    console.log(`  tokens           ${report.tokens}`);
    console.log(`  time             ${seconds.toFixed(2)} s end to end (ingest ${ms(t.ingest)}, analyze ${ms(t.analyze)}, extract ${ms(t.extract)}, resolve ${ms(t.resolve)}, graph ${ms(t.graph)}, write ${ms(t.write)})`);
    console.log(`  sentences/s      ${Math.round(report.sentences / seconds)} (target >= 1000, one core)`);
    console.log(`  tokens/s         ${Math.round(report.tokens / seconds)}`);
    console.log(`  entities         ${report.entities}, events ${report.events}, relations ${report.relations}, statements ${report.statements}, quads ${report.quads}`);
    console.log(`  peak RSS         ${rssMb.toFixed(0)} MB`);
    for (const p of report.problems) console.log(`  problem          ${p.source}: ${p.reason}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
