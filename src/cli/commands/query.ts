// `newsgraph query <graph> ['SPARQL'] [--file q.rq] [--format ...]`: runs one SPARQL query over a built graph and prints the results.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

interface QueryCliOptions {
  file?: string;
  format: string;
  union: boolean;
}

const SELECT_FORMATS = ['table', 'csv', 'tsv', 'json', 'xml'];
const GRAPH_FORMATS = ['turtle', 'ntriples', 'jsonld'];

export function register(program: Command): void {
  program
    .command('query')
    .description('run a SPARQL query over a built graph (a build output folder or an RDF file) and print the results')
    .argument('<graph>', 'build output folder (graph.trig, graph.nq, graph.ttl or graph.jsonld) or an RDF file')
    .argument('[sparql]', 'the query text (or use --file)')
    .option('-f, --file <path>', 'read the query from a file (- for standard input)')
    .option('--format <name>', `output: ${SELECT_FORMATS.join('|')} for SELECT/ASK; ${GRAPH_FORMATS.join('|')} for CONSTRUCT/DESCRIBE`, 'table')
    .option('--no-union', 'query the store\'s own default graph only, not the union of all named graphs')
    .addHelpText('after', `
The project's prefixes (ng:, kb:, rdf:, rdfs:, prov:, dct:, schema:, ...) are predeclared.
Examples:
  newsgraph query output 'SELECT ?who ?whom WHERE { ?who ng:warn ?whom }'
  newsgraph query output --file examples/queries/who-blamed-whom.rq --format csv`)
    .action(async (graphPath: string, sparql: string | undefined, options: QueryCliOptions) => {
      const { text, name } = readQuery(sparql, options.file);
      const format = options.format.toLowerCase();
      if (![...SELECT_FORMATS, ...GRAPH_FORMATS].includes(format)) {
        throw new UserError(`query: --format ${options.format}: unknown (expected ${[...SELECT_FORMATS, ...GRAPH_FORMATS].join(', ')})`);
      }
      const { openGraph, SparqlSyntaxError } = await import('../../query/open-graph.js');
      let graph;
      try {
        graph = await openGraph(graphPath, { unionDefaultGraph: options.union });
      } catch (error) {
        throw new UserError(messageOf(error));
      }
      let output: string;
      try {
        output = await render(graph, text, format);
      } catch (error) {
        if (error instanceof SparqlSyntaxError) throw new UserError(`query: ${name}: ${error.message}`);
        throw new UserError(messageOf(error).replace(/^query: /, `query: ${name}: `));
      }
      process.stdout.write(output);
    });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The query text and how to name it in errors: the file's path, or "query text". */
function readQuery(sparql: string | undefined, file: string | undefined): { text: string; name: string } {
  if (sparql !== undefined && file !== undefined) throw new UserError('query: give the query as an argument or with --file, not both');
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      throw new UserError(`query: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})`);
    }
    if (text.trim() === '') throw new UserError(`query: ${file === '-' ? 'standard input' : file}: empty query`);
    return { text, name: file === '-' ? 'standard input' : file };
  }
  if (sparql === undefined || sparql.trim() === '') throw new UserError('query: no query given (pass it as an argument or with --file q.rq)');
  return { text: sparql, name: 'query text' };
}

async function render(graph: import('../../query/open-graph.js').NewsGraph, text: string, format: string): Promise<string> {
  const result = graph.run(text);
  if ('quads' in result) {
    const { writeRdf } = await import('../../query/rdf-format.js');
    const rdfFormat = (GRAPH_FORMATS.includes(format) ? format : format === 'json' ? 'jsonld' : 'turtle') as 'turtle' | 'ntriples' | 'jsonld';
    return writeRdf(result.quads, rdfFormat, graph.prefixes);
  }
  if (GRAPH_FORMATS.includes(format)) throw new Error(`query: --format ${format} is for CONSTRUCT/DESCRIBE; this is a ${result.form} query`);
  const { writeSelect, writeAsk } = await import('../../query/results-format.js');
  if (result.form === 'ASK') return format === 'table' ? `${result.boolean}\n` : writeAsk(result.boolean, format as 'json');
  if (format === 'table') {
    const { formatTable } = await import('../../query/table.js');
    const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
    return formatTable(result.results, { prefixes: graph.prefixes, maxWidth: columns ? Math.max(20, Math.floor(columns / 2)) : undefined });
  }
  return writeSelect(result.results, format as 'json');
}
