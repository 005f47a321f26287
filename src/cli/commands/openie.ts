// `newsgraph openie FILE`: open information extraction for CaRB, one sentence a line in, tab-separated tuples out.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('openie')
    .description('open information extraction: one sentence a line in, CaRB tuples out (sentence, confidence, relation, arg1, arg2)')
    .argument('<file>', 'text file with one sentence a line ("-" reads standard input)')
    .option('-o, --out <file>', 'write the tuples to this file instead of standard output')
    .addHelpText('after', `
Output, one extraction a line, as CaRB's scorer reads it (--tabbed):
  sentence <TAB> confidence <TAB> relation <TAB> arg1 <TAB> arg2`)
    .action(async (file: string, options: { out?: string }) => {
      const { readFileSync, writeFileSync, renameSync } = await import('node:fs');
      const { dirname, basename, join } = await import('node:path');
      let text: string;
      try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (error) {
        throw new UserError(`openie: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      }
      if (text.includes('\u0000')) throw new UserError(`openie: ${file}: binary file, expected text with one sentence a line`);
      const { openExtractions } = await import('../../extract/openie.js');
      const lines = text.split(/\r?\n/);
      const rows: string[] = [];
      for (const line of lines) {
        const sentence = line.trim();
        if (!sentence) continue;
        for (const x of openExtractions(sentence)) {
          rows.push([sentence, x.confidence.toFixed(3), x.relation, x.arg1, x.arg2, ...(x.more ?? [])].map((f) => f.replace(/[\t\n]/g, ' ')).join('\t'));
        }
      }
      const output = rows.length ? `${rows.join('\n')}\n` : '';
      if (options.out) {
        const tmp = join(dirname(options.out), `.${basename(options.out)}.tmp-${process.pid}`);
        writeFileSync(tmp, output);
        renameSync(tmp, options.out);
      } else process.stdout.write(output);
    });
}
