// `newsgraph validate <graph> [--sparql]`: checks a built graph against ontology/shapes.ttl (SHACL) and lists what does not conform.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

interface ValidateCliOptions {
  sparql?: boolean;
  limit: string;
}

export function register(program: Command): void {
  program
    .command('validate')
    .description('check a built graph against the SHACL shapes in ontology/shapes.ttl; exits 1 when it does not conform')
    .argument('<graph>', 'build output folder (graph.trig, graph.nq, graph.ttl or graph.jsonld) or an RDF file')
    .option('--sparql', 'also check the SHACL-SPARQL shapes (slower: a query per statement)')
    .option('--limit <n>', 'list at most this many problems', '50')
    .action(async (graphPath: string, options: ValidateCliOptions) => {
      const { graphFileOf, readGraphFile } = await import('../../export/read-graph-file.js');
      const { validateGraph } = await import('../../export/validate.js');
      let file: string;
      let quads;
      try {
        file = await graphFileOf(graphPath);
        quads = await readGraphFile(file);
      } catch (error) {
        throw new UserError(`validate: ${(error as Error).message}`);
      }
      const outcome = await validateGraph(quads, { sparql: options.sparql });
      if (outcome.conforms) {
        process.stdout.write(`${file}: conforms (${quads.length} quads)\n`);
        return;
      }
      const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
      for (const p of outcome.problems.slice(0, limit)) {
        process.stdout.write(`${p.focus}${p.path ? ` ${p.path}` : ''}${p.value ? ` = ${p.value}` : ''}: ${p.message}\n`);
      }
      if (outcome.problems.length > limit) process.stdout.write(`... and ${outcome.problems.length - limit} more\n`);
      throw new UserError(`validate: ${file}: ${outcome.problems.length} problem(s) with the shapes in ontology/shapes.ttl`);
    });
}
