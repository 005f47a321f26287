// Runs endpoint requests on a worker thread, one at a time, stopping any that passes the timeout (and restarting the worker).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from './load-graph.js';
import type { WorkerInit, WorkerJob, WorkerMessage, WorkerRequest, WorkerResponse } from './query-worker.js';

export interface QueryRunnerOptions {
  /** The graph to load: a build output folder or an RDF file. */
  source: string;
  unionDefaultGraph?: boolean;
  /** Milliseconds a query or update may run. */
  timeoutMs: number;
  maxResults: number;
}

type Pending = { request: WorkerJob; resolve: (r: WorkerResponse) => void };

/** The compiled worker script; under the test runner (TypeScript sources) the build's copy in dist/. */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(here, '..', 'query-worker.js');
  const built = join(packageRoot(), 'dist', 'src', 'query', 'query-worker.js');
  if (!existsSync(built)) throw new Error(`serve: ${built} not found; run npm run build`);
  return built;
}

export class QueryRunner {
  private worker: Worker | undefined;
  private ready: Promise<number> | undefined;
  private readonly queue: Pending[] = [];
  private busy = false;
  private nextId = 1;
  /** Updates that succeeded, replayed into a fresh worker after a timeout so no edit is lost. */
  private readonly applied: string[] = [];
  private closed = false;

  constructor(private readonly options: QueryRunnerOptions) {}

  /** Loads the graph in the worker; resolves with its size in quads, or rejects with the loading error. */
  start(): Promise<number> {
    const worker = new Worker(workerScript(), {
      workerData: {
        source: this.options.source,
        unionDefaultGraph: this.options.unionDefaultGraph ?? true,
        maxResults: this.options.maxResults,
        replay: [...this.applied],
      } satisfies WorkerInit,
    });
    this.worker = worker;
    this.ready = new Promise<number>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if ('ready' in message) {
          worker.off('message', onMessage);
          resolve(message.size);
        } else if ('fatal' in message) {
          worker.off('message', onMessage);
          void worker.terminate();
          reject(new Error(message.fatal));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    worker.on('error', () => undefined);
    return this.ready;
  }

  /** Queues a request; resolves with the HTTP answer (never rejects). */
  run(request: WorkerJob): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.busy || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.busy = true;
    try {
      next.resolve(await this.dispatch(next.request));
    } finally {
      this.busy = false;
      void this.pump();
    }
  }

  private async dispatch(request: WorkerJob): Promise<WorkerResponse> {
    const id = this.nextId++;
    try {
      await this.ready;
    } catch (error) {
      return { id, status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `graph not loaded: ${(error as Error).message}\n` };
    }
    const worker = this.worker!;
    return new Promise<WorkerResponse>((resolve) => {
      let settled = false;
      const settle = (response: WorkerResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(response);
      };
      const restart = () => {
        if (!this.closed) this.start().catch(() => undefined);
      };
      const timer = setTimeout(() => {
        settle({
          id, status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' },
          body: `${request.kind} timed out after ${this.options.timeoutMs} ms and was stopped\n`,
        });
        // The only way to stop a synchronous WebAssembly query: end its thread, then load the graph again.
        void worker.terminate();
        restart();
      }, this.options.timeoutMs);
      const onMessage = (message: WorkerMessage) => {
        if (!('id' in message) || message.id !== id) return;
        if (request.kind === 'update' && message.status < 300) this.applied.push(request.text);
        settle(message);
      };
      const onExit = (code: number) => {
        settle({ id, status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `query worker stopped unexpectedly (exit code ${code})\n` });
        restart();
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.resolve({ id: 0, status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'server shutting down\n' });
    }
    await this.worker?.terminate();
  }
}
