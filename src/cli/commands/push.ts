// `newsgraph push <graph> --endpoint URL`: sends a built graph to an existing triplestore (SPARQL Update or Graph Store Protocol).
import type { Command } from 'commander';
import { UserError } from '../errors.js';

interface PushCliOptions {
  endpoint?: string;
  graphStore?: string;
  user?: string;
  password?: string;
  batchSize: string;
  replace: boolean;
}

export function register(program: Command): void {
  program
    .command('push')
    .description('send a built graph to a triplestore over the SPARQL 1.1 Graph Store Protocol or SPARQL Update')
    .argument('<graph>', 'build output folder or RDF file')
    .option('--endpoint <url>', 'SPARQL Update endpoint (INSERT DATA in batches)')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint (one request per batch per named graph); preferred over --endpoint')
    .option('--user <name>', 'user for HTTP basic authentication')
    .option('--password <secret>', 'password for HTTP basic authentication (or set NEWSGRAPH_PASSWORD)')
    .option('--batch-size <n>', 'most triples per request', '10000')
    .option('--replace', 'replace each graph on the server instead of adding to it', false)
    .addHelpText('after', `
Examples:
  newsgraph push output --endpoint http://localhost:3030/ds/update
  newsgraph push output --graph-store http://localhost:3030/ds/data --replace --user admin`)
    .action(async (graphPath: string, options: PushCliOptions) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UserError(`push: --batch-size ${options.batchSize}: expected a whole number above 0`);
      if (!options.endpoint && !options.graphStore) throw new UserError('push: give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)');
      if (options.password !== undefined && options.user === undefined) throw new UserError('push: --password needs --user');
      const { openGraph } = await import('../../query/open-graph.js');
      const { pushGraph } = await import('../../push/push.js');
      const started = Date.now();
      try {
        const graph = await openGraph(graphPath);
        const report = await pushGraph(graph, {
          endpoint: options.endpoint,
          graphStore: options.graphStore,
          user: options.user,
          password: options.password ?? (options.user !== undefined ? process.env.NEWSGRAPH_PASSWORD : undefined),
          batchSize,
          replace: options.replace,
          onProgress: (sent, total) => {
            if (process.stderr.isTTY) process.stderr.write(`\rpush: ${sent}/${total} triples`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        const target = options.graphStore ?? options.endpoint;
        process.stdout.write(`newsgraph: pushed ${report.triples} triples in ${report.graphs} graphs to ${target} (${report.protocol === 'graph-store' ? 'Graph Store Protocol' : 'SPARQL Update'}, ${report.requests} requests, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      } catch (error) {
        if (process.stderr.isTTY) process.stderr.write('\n');
        throw new UserError((error instanceof Error ? error.message : String(error)).replace(/^query: /, 'push: '));
      }
    });
}
