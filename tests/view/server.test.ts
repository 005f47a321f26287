// Tests the viewer's static server: what it serves, what it refuses, and the errors a user sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkViewerInputs, packageRoot, serveViewer, startViewerServer, type RunningViewer } from '../../src/view/server.js';

let dir: string;
let dist: string;
let out: string;
let viewer: RunningViewer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-view-'));
  dist = join(dir, 'dist');
  out = join(dir, 'output');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(out);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  writeFileSync(join(out, 'graph.json'), '{"format":"newsgraph-viewer"}');
  viewer = await startViewerServer({ outputDir: out, distDir: dist, port: 0 });
});

afterAll(async () => {
  await viewer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startViewerServer', () => {
  it('listens on loopback at a free port', () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/', 200, 'text/html; charset=utf-8', '<!doctype html>'],
    ['/index.html', 200, 'text/html; charset=utf-8', '<!doctype html>'],
    ['/assets/app-1234.js', 200, 'text/javascript; charset=utf-8', 'console.log'],
    ['/graph.json', 200, 'application/json; charset=utf-8', 'newsgraph-viewer'],
    ['/graph.json?v=2', 200, 'application/json; charset=utf-8', 'newsgraph-viewer'],
    ['/missing.js', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/../secret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/%2e%2e/secret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/assets/..%2f..%2fsecret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/%E0%A4%A', 404, 'text/plain; charset=utf-8', 'not found'],
  ])('GET %s -> %i', async (path, status, type, body) => {
    const response = await fetch(new URL(path, viewer.url));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toContain(body);
  });

  it('sends a content security policy that forbids inline scripts, and nosniff', async () => {
    const response = await fetch(viewer.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not answer writes', async () => {
    expect((await fetch(new URL('/graph.json', viewer.url), { method: 'POST', body: 'x' })).status).toBe(404);
  });
});

describe('serveViewer mounted in another server', () => {
  it('returns false for what is not the viewer\'s, so the host can route it', async () => {
    const seen: string[] = [];
    const host: Server = createServer((req, res) => {
      void serveViewer(req, res, out, { distDir: dist }).then((served) => {
        if (served) return;
        seen.push(req.url ?? '');
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('sparql here');
      });
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    const port = (host.address() as { port: number }).port;
    expect(await (await fetch(`http://127.0.0.1:${port}/sparql?query=x`)).text()).toBe('sparql here');
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('<!doctype html>');
    expect(seen).toEqual(['/sparql?query=x']);
    await new Promise<void>((done) => host.close(() => done()));
  });
});

describe('checkViewerInputs', () => {
  it('names the missing graph.json and says to build first', () => {
    expect(() => checkViewerInputs(join(dir, 'nowhere'), dist)).toThrow(/nowhere\/graph\.json: not found; run newsgraph build first/);
  });

  it('names an unbuilt viewer', () => {
    expect(() => checkViewerInputs(out, join(dir, 'no-dist'))).toThrow(/not built; run npm run build/);
  });

  it('finds the package root', () => {
    expect(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).name).toBe('newsgraph');
  });
});
