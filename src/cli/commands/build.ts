// `newsgraph build <inputs...>`: reads articles (files or folders) and writes the knowledge graph and its exports.
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { BuildProgress } from '../../pipeline/build-report.js';

interface BuildCliOptions {
  out: string;
  base?: string;
  nquads?: boolean;
  quiet?: boolean;
  maxSize: string;
}

export function register(program: Command): void {
  program
    .command('build')
    .description('read news articles (files or folders) and write the knowledge graph (Turtle, JSON-LD, TriG, CSV) and the viewer\'s graph.json')
    .argument('<inputs...>', 'article files (.txt .md .html .rss .atom .xml .jsonl) or folders, read recursively')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--base <iri>', 'base IRI of the graph\'s own resources', 'https://w3id.org/newsgraph/kb/')
    .option('--nquads', 'also write graph.nq (N-Quads)')
    .option('--max-size <MB>', 'largest input file to read, in megabytes', '20')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText('after', `
Examples:
  newsgraph build examples/ --out output
  newsgraph build article.html feed.rss --base https://example.org/kb/ --nquads

Bad inputs (empty, binary, wrong encoding, too large, malformed) are named on stderr with the
reason; the rest is built, and the exit code is 1. When no input can be read, nothing is written.`)
    .action(async (inputs: string[], options: BuildCliOptions) => {
      const maxMb = Number(options.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UserError(`build: --max-size ${options.maxSize}: expected a positive number of megabytes`);
      if (options.base !== undefined && !/^[a-z][a-z0-9+.-]*:\S*$/i.test(options.base)) {
        throw new UserError(`build: --base ${options.base}: expected an absolute IRI such as https://example.org/kb/`);
      }
      // Before the pipeline's code is loaded and optimised: the whole process is this build (see compiler-flags.ts).
      (await import('../../pipeline/compiler-flags.js')).useBuildCompilerFlags();
      const { buildGraph } = await import('../../pipeline/build-graph.js');
      const { problemLines, summaryLines } = await import('../../pipeline/summary.js');
      const progress = await progressReporter(!options.quiet && Boolean(process.stderr.isTTY));
      let report;
      try {
        report = await buildGraph(inputs, {
          out: options.out, base: options.base, nquads: options.nquads, maxBytes: Math.round(maxMb * 1024 * 1024),
          onProgress: progress.update,
        });
      } catch (error) {
        throw new UserError(`build: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        progress.stop();
      }
      for (const line of problemLines(report)) process.stderr.write(`${line}\n`);
      if (!options.quiet) for (const line of summaryLines(report, options.out)) process.stdout.write(`${line}\n`);
      if (report.documents === 0) throw new UserError(`build: no document could be read from ${inputs.join(', ')}; nothing written`);
      if (report.problems.length > 0) {
        const n = report.problems.length;
        throw new UserError(`build: ${n} input${n === 1 ? '' : 's'} could not be read (named above); the rest was built`);
      }
    });
}

/** A progress bar on stderr when it is a terminal; nothing otherwise (logs and pipes get only the summary). */
async function progressReporter(enabled: boolean): Promise<{ update: (p: BuildProgress) => void; stop: () => void }> {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar({
    format: 'build |{bar}| {value}/{total} files  {stage}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  }, Presets.shades_classic);
  let started = false;
  return {
    update(p) {
      if (p.stage === 'read') {
        if (!started) { bar.start(p.total, p.done, { stage: 'reading' }); started = true; }
        else bar.update(p.done, { stage: p.file ? p.file.replace(/^.*[\\/]/, '') : 'reading' });
      } else if (started) {
        bar.update({ stage: { resolve: 'resolving entities', graph: 'building the graph', write: 'writing files' }[p.stage] });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
