// Serves the built viewer app (viewer/dist) and an output folder's graph.json over HTTP, on loopback by default.
// `serveViewer` is a request handler other servers mount (the SPARQL endpoint serves the viewer at `/`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAPH_JSON } from './write-graph.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Defence in depth for a page that shows untrusted article text: no inline scripts, no third-party origins.
 * `worker-src blob:` lets ForceAtlas2 start its web worker; `img-src blob: data:` lets the PNG export work.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; " +
    "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The package root: the nearest folder above this module with newsgraph's package.json (works from src/ and dist/src/). */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'newsgraph') return dir;
      } catch {
        // not ours or unreadable: keep climbing
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('view: cannot find the newsgraph package root');
    dir = parent;
  }
}

/** Where the built viewer app lives. */
export function viewerDistDir(): string {
  return join(packageRoot(), 'viewer', 'dist');
}

export interface ServeViewerOptions {
  /** The built app's folder; defaults to the package's viewer/dist. */
  distDir?: string;
}

/**
 * Answers GET/HEAD requests for the viewer: `/` and the app's files from viewer/dist, `/graph.json` from `outputDir`.
 * Returns false, having written nothing, when the request is not the viewer's, so a host server can go on routing.
 */
export async function serveViewer(
  req: IncomingMessage,
  res: ServerResponse,
  outputDir: string,
  options: ServeViewerOptions = {},
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return false;
  }
  if (pathname.includes('\0')) return false;
  let file: string;
  if (pathname === `/${GRAPH_JSON}`) {
    file = join(resolve(outputDir), GRAPH_JSON);
  } else {
    const root = resolve(options.distDir ?? viewerDistDir());
    file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return false;
  }
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return false;
    body = await readFile(file);
  } catch {
    return false;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed assets never change; the page and the graph must be fetched fresh after a rebuild.
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache, ...SECURITY_HEADERS });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

export interface ViewerServerOptions extends ServeViewerOptions {
  outputDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningViewer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Checks that the output folder and the built app are there, naming what is missing and how to make it. */
export function checkViewerInputs(outputDir: string, distDir: string = viewerDistDir()): void {
  if (!existsSync(join(outputDir, GRAPH_JSON))) {
    throw new Error(`view: ${join(outputDir, GRAPH_JSON)}: not found; run newsgraph build first (e.g. newsgraph build examples --out ${outputDir})`);
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`view: ${distDir}: the viewer app is not built; run npm run build`);
  }
}

/** Starts an HTTP server for the viewer; resolves once it listens. */
export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const host = options.host ?? '127.0.0.1';
  checkViewerInputs(options.outputDir, options.distDir);
  const server = createServer((req, res) => {
    serveViewer(req, res, options.outputDir, options)
      .then((served) => {
        if (!served) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
          res.end('not found\n');
        }
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('internal error\n');
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new Error(`view: cannot listen on ${host}:${options.port ?? 0} (${error.code ?? error.message})`)));
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
