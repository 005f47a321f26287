// Conformance: the W3C SPARQL 1.1 query-evaluation tests (minus entailment and SERVICE) through openGraph pass at 95% or more.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAll, W3C_ROOT } from './run-w3c.js';

describe.skipIf(!existsSync(W3C_ROOT))('W3C SPARQL 1.1 query evaluation', () => {
  it('passes at least 95% of the tests', async () => {
    const { outcomes, passed, total } = await runAll();
    for (const o of outcomes.filter((x) => !x.passed)) console.log(`FAIL ${o.test.suite}/${o.test.name}: ${o.reason}`);
    console.log(`W3C SPARQL 1.1 query evaluation: passed ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(200);
    expect(passed / total).toBeGreaterThanOrEqual(0.95);
  });
});
