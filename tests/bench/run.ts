// Runs the benchmarks one after the other (`npm run bench`); each prints its own figures. Never part of `npm test`.
// Each bench is imported only when it runs, so a bench's peak memory and start-up do not include the
// modules of the others (the viewer bench loads playwright, the SPARQL bench oxigraph).
const BENCHES: Array<[string, () => Promise<void>]> = [
  ['pipeline', async () => (await import('./pipeline.js')).benchPipeline()],
  ['viewer', async () => (await import('./viewer.js')).benchViewer()],
  ['models', async () => (await import('./models.js')).benchModels()],
  ['sparql', async () => (await import('./sparql.js')).benchSparql()],
  ['export', async () => (await import('./export.js')).benchExport()],
];

// `npm run bench -- pipeline sparql` runs only the benches named; no names runs them all.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some(([name]) => name === w));
if (unknown.length) {
  console.error(`bench: unknown ${unknown.join(', ')} (known: ${BENCHES.map(([name]) => name).join(', ')})`);
  process.exit(2);
}

for (const [name, bench] of BENCHES) {
  if (wanted.length && !wanted.includes(name)) continue;
  const started = Date.now();
  try {
    await bench();
  } catch (error) {
    process.exitCode = 1;
    console.error(`bench ${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`bench ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
