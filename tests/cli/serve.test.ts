// `newsgraph serve`: starts on the port asked (0 = any free one), prints the endpoint, answers a query; bad options are refused.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ROOT, runCli } from '../query/built-cli.js';

const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');

beforeAll(() => ensureBuilt());

describe('newsgraph serve', () => {
  it('serves the graph at /sparql until stopped', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', FIXTURE, '--port', '0'], { cwd: ROOT });
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /SPARQL endpoint (http:\/\/127\.0\.0\.1:\d+\/sparql) \(read-only/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${endpoint}?query=${encodeURIComponent('ASK { ?a ng:blame ?b }')}`);
      expect(await res.json()).toEqual({ head: {}, boolean: true });
    } finally {
      child.kill('SIGTERM');
    }
  });

  const bad: Array<[string[], RegExp]> = [
    [['--port', '70000'], /--port 70000: expected a whole number from 0 to 65535/],
    [['--timeout', 'soon'], /--timeout soon/],
  ];
  it.each(bad)('refuses %j', (args, message) => {
    const { code, stderr } = runCli(['serve', FIXTURE, ...args]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
  });

  it('names a missing graph', () => {
    const { code, stderr } = runCli(['serve', join(ROOT, 'no-such-output'), '--port', '0']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/serve: .*no-such-output: no such file or folder/);
  });
});
