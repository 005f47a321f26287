// Runs the benchmarks one after the other (`npm run bench`); each prints its own figures. Never part of `npm test`.
// Several benches run each in a process of its own, and a bench is imported only when it runs, so a bench's peak
// memory, start-up and compiled code do not include the others' (the viewer bench loads playwright, the SPARQL bench
// oxigraph, the pipeline bench sets the build's V8 flags).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES: Array<[string, () => Promise<void>]> = [
  ['pipeline', async () => (await import('./pipeline.js')).benchPipeline()],
  ['viewer', async () => (await import('./viewer.js')).benchViewer()],
  ['models', async () => (await import('./models.js')).benchModels()],
  ['sparql', async () => (await import('./sparql.js')).benchSparql()],
  ['export', async () => (await import('./export.js')).benchExport()],
  ['extraction', async () => (await import('./extraction.js')).benchExtraction()],
];

// `npm run bench -- pipeline sparql` runs only the benches named; no names runs them all.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some(([name]) => name === w));
if (unknown.length) {
  console.error(`bench: unknown ${unknown.join(', ')} (known: ${BENCHES.map(([name]) => name).join(', ')})`);
  process.exit(2);
}

const chosen = BENCHES.filter(([name]) => !wanted.length || wanted.includes(name));

// More than one bench: each runs in a process of its own, so none inherits another's compiled code, heap or V8 flags
// (the pipeline bench sets the build's compiler flags, as `newsgraph build` does, for the rest of its process).
if (chosen.length > 1) {
  for (const [name] of chosen) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = 1;
  }
  process.exit();
}

for (const [name, bench] of chosen) {
  const started = Date.now();
  try {
    await bench();
  } catch (error) {
    process.exitCode = 1;
    console.error(`bench ${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`bench ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
