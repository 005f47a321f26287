// Words that name Object.prototype's members ("constructor", "toString", "valueOf", "__proto__") are ordinary words in
// news ("the Formula One constructor"). A table written as a plain object literal inherits them, so a lookup by such a
// word found a function: the extraction of the whole article failed (or mislabelled a statement with the function).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/pipeline/build-graph.js';
import type { OutputContext, OutputWriter } from '../../src/pipeline/output-writers.js';

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-proto-'));
  const sentences = MEMBERS.flatMap((w) => [
    `The ${w} said the ${w} attack killed 3 ${w} people in ${w}.`,
    `Maria Lopez, the ${w} of Acme, denied a ${w} deal and ${w} the ${w}s on Friday.`,
    `A ${w} was ${w}ed by the ${w} after the ${w} ${w}ing.`,
  ]);
  await writeFile(join(dir, 'proto.txt'), `title The constructor\n\n${sentences.join(' ')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("words named like Object.prototype's members", () => {
  it('are read as words: the article builds and no statement carries a function', async () => {
    const seen: OutputContext[] = [];
    const writer: OutputWriter = { name: 'recorder', async write(ctx) { seen.push(ctx); return []; } };
    const report = await buildGraph([dir], { out: join(dir, 'out'), base: 'https://example.org/kb/', writers: [writer] });
    expect(report.problems).toEqual([]);
    expect(report.documents).toBe(1);
    const objects = [...seen[0]!.store].map((q) => q.object.value).join('\n');
    expect(objects).not.toMatch(/native code|function /);
  }, 60_000);
});
