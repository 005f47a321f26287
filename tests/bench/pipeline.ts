// Benchmark: the whole pipeline (ingest to written outputs) over the 250 BBC articles, on one core; prints throughput and peak memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileExtract } from '../../src/extract/extract.js';
import { buildGraph } from '../../src/pipeline/build-graph.js';
import { BUILD_V8_FLAGS, useBuildCompilerFlags } from '../../src/pipeline/compiler-flags.js';
import { OUTPUT_WRITERS, type OutputWriter } from '../../src/pipeline/output-writers.js';
import { mainThreadCpu } from './threads.js';

// dist/tests/bench/pipeline.js -> the repository root is three folders up.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const CORPUS = process.env.NEWSGRAPH_BENCH_CORPUS ?? resolve(ROOT, '../shared/corpus/bbc');

export async function benchPipeline(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
  // Garbage-collection pauses of the main thread, summed: part of every stage's time, shown on their own.
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const loadBefore = loadavg()[0]!;
  // The write stage split by writer: processor time and how far each raised the peak RSS (the writers run cold, once
  // a build, so their share is read here rather than from a profile of warm repeats).
  const written: string[] = [];
  const writers: OutputWriter[] = OUTPUT_WRITERS.map((writer) => ({
    name: writer.name,
    async write(ctx) {
      const peakBefore = process.resourceUsage().maxRSS;
      const cpu = process.cpuUsage();
      const paths = await writer.write(ctx);
      const used = process.cpuUsage(cpu);
      written.push(`${writer.name} ${((used.user + used.system) / 1e6).toFixed(2)} s (peak RSS +${((process.resourceUsage().maxRSS - peakBefore) / 1024).toFixed(0)} MB)`);
      return paths;
    },
  }));
  // The build as `newsgraph build` runs it, with the V8 flags the command sets for itself. They stay set for the rest
  // of the process: a bench run after this one by the same `npm run bench` (models, export) runs with them too.
  useBuildCompilerFlags();
  // The extract stage split by part (extract.ts' profile: the shared context, each extractor, the post-processing).
  const extractParts = profileExtract(new Map())!;
  try {
    const mainBefore = mainThreadCpu();
    const report = await buildGraph([CORPUS], { out, writers });
    const mainAfter = mainThreadCpu();
    for (const entry of gc.takeRecords()) gcMs += entry.duration;
    gc.disconnect();
    const seconds = report.milliseconds / 1000;
    const cpuSeconds = report.cpuMilliseconds / 1000;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const stages = (times: typeof report.times): string => (Object.keys(times) as Array<keyof typeof times>)
      .map((k) => `${k} ${(times[k] / 1000).toFixed(2)} s`).join(', ');
    console.log('pipeline: build of', CORPUS, `(V8 flags as newsgraph build sets them: ${BUILD_V8_FLAGS.join(' ')})`);
    console.log(`  documents        ${report.documents}${report.problems.length ? ` (${report.problems.length} problems)` : ''}`);
    console.log(`  sentences        ${report.sentences}`);
    console.log(`  tokens           ${report.tokens}`);
    console.log(`  wall time        ${seconds.toFixed(2)} s (${stages(report.times)})`);
    // The build is single-threaded, so its processor time is what it would take on one idle core;
    // on a shared machine the wall clock also counts time spent waiting for the processor.
    console.log(`  processor time   ${cpuSeconds.toFixed(2)} s (${stages(report.cpu)})`);
    console.log(`  write stage      ${written.join(', ')}`);
    console.log(`  extract stage    ${[...extractParts].map(([part, us]) => `${part} ${(us / 1e6).toFixed(2)} s`).join(', ')}`);
    console.log('                   (context: sentence views with their parse repairs, event book, anaphors, built once for all extractors;'
      + ' a cache an extractor fills for later ones, such as speech frames, is charged to the first that asks)');
    console.log(`  sentences/s      ${Math.round(report.sentences / cpuSeconds)} per processor second, ${Math.round(report.sentences / seconds)} by the wall clock (target >= 1000 on one core)`);
    console.log(`  tokens/s         ${Math.round(report.tokens / cpuSeconds)} per processor second, ${Math.round(report.tokens / seconds)} by the wall clock`);
    console.log(`  entities         ${report.entities}, events ${report.events}, relations ${report.relations}, statements ${report.statements}, quads ${report.quads}`);
    // The processor time split by thread: V8's helper threads (optimising compiler, parallel and concurrent GC) run
    // beside the main thread on a machine with cores to spare, but on one core they take turns with it.
    if (mainBefore !== null && mainAfter !== null) {
      const main = mainAfter - mainBefore;
      console.log(`  threads          main thread ${main.toFixed(2)} s, V8's helper threads (optimising compiler, GC) ${Math.max(0, cpuSeconds - main).toFixed(2)} s`);
    }
    console.log(`  GC pauses        ${(gcMs / 1000).toFixed(2)} s of the wall time above (main thread, all stages)`);
    console.log(`  peak RSS         ${rssMb.toFixed(0)} MB`);
    // On a shared machine processor time also grows with contention (caches, memory bandwidth): the load says how
    // far to trust a single run.
    console.log(`  machine load     ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (${cpus().length} cores)`);
    for (const p of report.problems) console.log(`  problem          ${p.source}: ${p.reason}`);
  } finally {
    profileExtract(undefined);
    gc.disconnect();
    await rm(out, { recursive: true, force: true });
  }
}
