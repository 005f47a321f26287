// Benchmark: extraction quality. Builds the shared corpus (seed, BBC and WikiEvents articles) once and scores its
// triples with the shared scorer against three gold sets: the shared gold (../shared/eval/gold), the team's development
// annotations (tests/bench/dev-gold) and its blind ones (tests/bench/blind-gold), each explained by its README. Prints the
// scorer's lines; never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../../src/pipeline/build-graph.js';

// dist/tests/bench/extraction.js -> the repository root is three folders up.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const SHARED = resolve(ROOT, '../shared');
const CORPORA = ['seed', 'bbc', 'wikievents'].map((name) => join(SHARED, 'corpus', name));
const SCORER = join(SHARED, 'eval', 'score-triples.mjs');
const GOLD_SETS: Array<[string, string]> = [
  ['shared gold', join(SHARED, 'eval', 'gold')],
  ['dev gold', join(ROOT, 'tests', 'bench', 'dev-gold')],
  ['blind gold', join(ROOT, 'tests', 'bench', 'blind-gold')],
];

export async function benchExtraction(): Promise<void> {
  const missing = [SCORER, ...CORPORA].filter((path) => !existsSync(path));
  if (missing.length) {
    console.log(`extraction: skipped, not found: ${missing.join(', ')}`);
    return;
  }
  const out = await mkdtemp(join(tmpdir(), 'newsgraph-bench-extraction-'));
  try {
    const report = await buildGraph(CORPORA, { out });
    console.log(`extraction: build of ${CORPORA.join(', ')}: ${report.documents} documents, ${report.relations} relations`);
    for (const [name, gold] of GOLD_SETS) {
      if (!existsSync(gold)) {
        console.log(`extraction: ${name} skipped, not found: ${gold}`);
        continue;
      }
      const scored = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', join(out, 'triples.csv')], { encoding: 'utf8' });
      if (scored.status !== 0) throw new Error(`${SCORER} failed on ${gold}: ${scored.stderr.trim()}`);
      console.log(`extraction: ${name} (${gold})`);
      for (const line of scored.stdout.trim().split('\n')) console.log(`  ${line}`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
