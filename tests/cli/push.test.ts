// `newsgraph push`: sends a graph to a loopback Graph Store stub and reports it; refuses incomplete options with one clear line.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ROOT, runCli } from '../query/built-cli.js';

const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');

beforeAll(() => ensureBuilt());

/** Runs the CLI without blocking this process's event loop (the stub server must answer meanwhile). */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('newsgraph push', () => {
  it('pushes every triple over the Graph Store Protocol, password from the environment', async () => {
    const bodies: string[] = [];
    const auth = new Set<string | undefined>();
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push(body);
        auth.add(req.headers.authorization);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/store`;
    try {
      const { code, stdout, stderr } = await runAsync(['push', FIXTURE, '--graph-store', url, '--user', 'editor', '--batch-size', '25'], { NEWSGRAPH_PASSWORD: 'pw' });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/pushed 188 triples in 3 graphs to .* \(Graph Store Protocol, \d+ requests/);
      expect(bodies.flatMap((b) => b.split('\n').filter(Boolean))).toHaveLength(188);
      expect([...auth]).toEqual([`Basic ${Buffer.from('editor:pw').toString('base64')}`]);
    } finally {
      server.close();
    }
  });

  const bad: Array<[string[], RegExp]> = [
    [[], /give --endpoint \(SPARQL Update\) or --graph-store/],
    [['--endpoint', 'http://127.0.0.1:1/x', '--batch-size', '0'], /--batch-size 0/],
    [['--endpoint', 'http://127.0.0.1:1/x', '--password', 'p'], /--password needs --user/],
  ];
  it.each(bad)('refuses %j', (args, message) => {
    const { code, stderr } = runCli(['push', FIXTURE, ...args]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
