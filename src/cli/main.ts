#!/usr/bin/env node
// The `newsgraph` command: one subcommand a module under commands/, each registering itself on the program.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { reportAndExit } from './errors.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Subcommand modules, in the order `--help` lists them. Each exports `register(program)`. */
const COMMANDS: Array<() => Promise<{ register(program: Command): void }>> = [
  () => import('./commands/build.js'),
  () => import('./commands/view.js'),
  () => import('./commands/query.js'),
  () => import('./commands/serve.js'),
  () => import('./commands/push.js'),
  () => import('./commands/openie.js'),
  () => import('./commands/validate.js'),
];

async function main(argv: string[]): Promise<void> {
  const program = new Command('newsgraph')
    .description('Turn news articles into a provenance-rich RDF knowledge graph.')
    .version(pkg.version)
    .showHelpAfterError();
  for (const load of COMMANDS) (await load()).register(program);
  await program.parseAsync(argv);
}

main(process.argv).catch(reportAndExit);
