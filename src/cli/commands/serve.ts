// `newsgraph serve <graph>`: a SPARQL 1.1 Protocol endpoint at /sparql (read-only unless --writable) and the viewer at /.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

interface ServeCliOptions {
  port: string;
  host: string;
  writable: boolean;
  timeout: string;
  maxResults: string;
  union: boolean;
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`serve: ${name} ${value}: expected a whole number from ${min} to ${max}`);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve a built graph as a SPARQL 1.1 endpoint at /sparql, with the viewer at /')
    .argument('<graph>', 'build output folder or RDF file')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '3030')
    .option('--host <address>', 'address to bind; loopback unless told otherwise', '127.0.0.1')
    .option('--writable', 'accept SPARQL Update (refused with 403 otherwise); edits live in memory only', false)
    .option('--timeout <ms>', 'stop a query after this many milliseconds', '30000')
    .option('--max-results <n>', 'return at most this many solutions or triples', '10000')
    .option('--no-union', 'query the store\'s own default graph only, not the union of all named graphs')
    .action(async (graph: string, options: ServeCliOptions) => {
      const port = integer('--port', options.port, 0, 65535);
      const timeoutMs = integer('--timeout', options.timeout, 1, 24 * 3600 * 1000);
      const maxResults = integer('--max-results', options.maxResults, 1, Number.MAX_SAFE_INTEGER);
      const { startSparqlServer } = await import('../../query/endpoint.js');
      const { resolveGraphPath } = await import('../../query/load-graph.js');
      let running;
      try {
        resolveGraphPath(graph);
        running = await startSparqlServer({
          source: graph, port, host: options.host, writable: options.writable, timeoutMs, maxResults, unionDefaultGraph: options.union,
        });
      } catch (error) {
        throw new UserError((error instanceof Error ? error.message : String(error)).replace(/^query: /, 'serve: '));
      }
      process.stdout.write(`newsgraph: ${running.size} quads from ${graph}\n`);
      process.stdout.write(`newsgraph: SPARQL endpoint ${running.endpoint} (${options.writable ? 'writable' : 'read-only'}, timeout ${timeoutMs} ms, at most ${maxResults} results)\n`);
      process.stdout.write(`newsgraph: viewer ${running.url}  (Ctrl+C to stop)\n`);
      const stop = (): void => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
