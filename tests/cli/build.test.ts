// `newsgraph build` as a user runs it (the compiled CLI): bad files named and skipped, non-zero exit, identical rebuilds, atomic outputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');

interface Run { code: number; stdout: string; stderr: string }

function run(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(join(dir, name), 'utf8');
  return files;
}

let dir: string;
let articles: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does it)`);
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-build-'));
  articles = join(dir, 'articles');
  await mkdir(join(articles, 'more'), { recursive: true });
  await writeFile(join(articles, 'harbour.txt'), 'title Harbour reopens\n\nThe Port Authority of Westmere reopened the harbour on Monday. Its director, Alan Pryce, said the storm had damaged two piers. Pryce thanked the navy.\n');
  await writeFile(join(articles, 'more', 'court.md'), '---\ntitle: Court fines Kelso Mining\ndate: 2023-04-02\n---\n\nA court in Leeds fined Kelso Mining for polluting the River Aire. The company denied wrongdoing.\n');
  await writeFile(join(articles, 'empty.txt'), '');
  await writeFile(join(articles, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsgraph build', () => {
  it('builds the readable articles, names each bad file with its reason and exits non-zero', async () => {
    const out = join(dir, 'out-a');
    const r = await run(['build', articles, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`ingest: ${join(articles, 'empty.txt')}: empty file`);
    expect(r.stderr).toContain(`ingest: ${join(articles, 'photo.txt')}: binary file`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    expect(r.stdout).toMatch(/documents\s+2\b/);
    for (const f of ['graph.ttl', 'graph.jsonld', 'graph.trig', 'triples.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    const ttl = await readFile(join(out, 'graph.ttl'), 'utf8');
    expect(ttl).toContain('Kelso Mining');
    expect(ttl).toContain('Harbour reopens');
  });

  it('writes byte-identical files when run twice on the same input', async () => {
    const good = join(dir, 'good');
    await mkdir(good, { recursive: true });
    await writeFile(join(good, 'harbour.txt'), await readFile(join(articles, 'harbour.txt')));
    await writeFile(join(good, 'court.md'), await readFile(join(articles, 'more', 'court.md')));
    const first = await run(['build', good, '--out', join(dir, 'out-1'), '--nquads', '--quiet']);
    const second = await run(['build', good, '--out', join(dir, 'out-2'), '--nquads', '--quiet']);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.stdout).toBe('');
    const a = await snapshot(join(dir, 'out-1'));
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['graph.nq', 'graph.ttl', 'graph.jsonld', 'graph.trig', 'triples.csv']));
    expect(await snapshot(join(dir, 'out-2'))).toEqual(a);
  });

  it('leaves existing outputs as they were when nothing can be built', async () => {
    const out = join(dir, 'out-keep');
    const ok = await run(['build', join(articles, 'harbour.txt'), '--out', out, '--quiet']);
    expect(ok.code).toBe(0);
    const before = await snapshot(out);
    const failed = await run(['build', join(articles, 'empty.txt'), join(articles, 'photo.txt'), '--out', out]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain('no document could be read');
    expect(await snapshot(out)).toEqual(before);
  });

  it.each([
    [['build', 'missing-folder-xyz'], 'ingest: missing-folder-xyz: no such file or directory'],
    [['build', 'x.txt', '--max-size', 'lots'], '--max-size lots: expected a positive number'],
    [['build', 'x.txt', '--base', 'not an iri'], '--base not an iri: expected an absolute IRI'],
  ])('refuses %j with a clear message', async (args, message) => {
    const r = await run(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
