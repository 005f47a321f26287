// Tests for atomic output: a failed write leaves the previous files intact and no temporary files behind.
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/export/atomic-write.js';
import { writeOutputs } from '../../src/export/write-outputs.js';
import { buildStore } from '../../src/graph/build-store.js';
import { corpus } from '../graph/fixture.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'ng-atomic-')); });
afterEach(async () => rm(dir, { recursive: true, force: true }));

function* failingAfter(chunks: number): Generator<string> {
  for (let i = 0; i < chunks; i++) yield 'x'.repeat(100_000);
  throw new Error('disk on fire');
}

describe('writeFilesAtomically', () => {
  it('writes strings, iterables and async iterables', async () => {
    async function* gen() { yield 'a'; yield 'b'; }
    await writeFilesAtomically([
      { path: join(dir, 'one.txt'), content: 'one' },
      { path: join(dir, 'two.txt'), content: ['t', 'w', 'o'] },
      { path: join(dir, 'sub', 'three.txt'), content: gen() },
    ]);
    expect(await readFile(join(dir, 'one.txt'), 'utf8')).toBe('one');
    expect(await readFile(join(dir, 'two.txt'), 'utf8')).toBe('two');
    expect(await readFile(join(dir, 'sub', 'three.txt'), 'utf8')).toBe('ab');
  });

  it('leaves every old file intact when one file fails half-way, and removes its temporary files', async () => {
    await writeFile(join(dir, 'a.ttl'), 'old a');
    await writeFile(join(dir, 'b.ttl'), 'old b');
    await expect(writeFilesAtomically([
      { path: join(dir, 'a.ttl'), content: 'new a' },
      { path: join(dir, 'b.ttl'), content: failingAfter(3) },
    ])).rejects.toThrow(/b\.ttl: disk on fire/);
    expect(await readFile(join(dir, 'a.ttl'), 'utf8')).toBe('old a');
    expect(await readFile(join(dir, 'b.ttl'), 'utf8')).toBe('old b');
    expect((await readdir(dir)).sort()).toEqual(['a.ttl', 'b.ttl']);
  });

  it('reports a target it cannot write (a folder in the way) and keeps the others', async () => {
    await writeFile(join(dir, 'a.ttl'), 'old a');
    await mkdir(join(dir, 'b.ttl'));
    await expect(writeFilesAtomically([
      { path: join(dir, 'a.ttl'), content: 'new a' },
      { path: join(dir, 'b.ttl'), content: 'new b' },
    ])).rejects.toThrow();
    // a.ttl may be renamed before b.ttl fails, but it is never half-written
    expect(['old a', 'new a']).toContain(await readFile(join(dir, 'a.ttl'), 'utf8'));
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeOutputs', () => {
  it('replaces existing outputs, leaving no temporary files', async () => {
    for (const f of ['graph.ttl', 'graph.jsonld', 'graph.trig', 'triples.csv']) await writeFile(join(dir, f), 'stale');
    const written = await writeOutputs(buildStore(corpus()), corpus(), dir);
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['graph.jsonld', 'graph.trig', 'graph.ttl', 'triples.csv']);
    for (const p of written) expect(await readFile(p, 'utf8')).not.toBe('stale');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
