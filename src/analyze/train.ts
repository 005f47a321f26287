// `npm run train -- --model tagger|ner|parser|all [--data DIR] [--iterations N] [--seed N] [--limit N] [--beam K] [--global-iterations N]`: trains models and writes their shipped weights.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import type { TrainOptions } from './train-options.js';

type Trainer = (options: TrainOptions) => Promise<void>;

/** Each model's trainer, loaded on demand. The tagger comes first: the recogniser and parser read its tags. */
const TRAINERS: Record<string, () => Promise<Trainer>> = {
  tagger: async () => (await import('./tagger/train.js')).train,
  ner: async () => (await import('./ner/train.js')).train,
  parser: async () => ((await import('./parser/train.js' as string)) as { train: Trainer }).train,
};

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string', default: 'all' },
      data: { type: 'string', default: '../shared/data' },
      out: { type: 'string' },
      iterations: { type: 'string' },
      seed: { type: 'string' },
      limit: { type: 'string' },
      beam: { type: 'string' },
      'global-iterations': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: npm run train -- --model tagger|ner|parser|all [--data ../shared/data] [--iterations N] [--seed N] [--limit N] [--beam K (parser; default 4, 1 for the greedy model alone)] [--global-iterations N (parser: passes of the beam stage; --iterations counts the greedy stage)] [--out FILE]');
    return;
  }
  const names = values.model === 'all' ? Object.keys(TRAINERS) : [values.model!];
  for (const name of names) if (!TRAINERS[name]) throw new Error(`train: unknown model "${name}" (tagger, ner, parser or all)`);
  if (values.out && names.length > 1) throw new Error('train: --out needs a single --model');
  if (values.beam !== undefined && values.model !== 'parser') throw new Error('train: --beam is for --model parser');
  if (values['global-iterations'] !== undefined && values.model !== 'parser') throw new Error('train: --global-iterations is for --model parser');
  const number = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`train: --${flag} must be a non-negative integer, got "${v}"`);
    return n;
  };
  const options: TrainOptions = {
    data: resolve(values.data!), out: values.out, iterations: number('iterations', values.iterations),
    seed: number('seed', values.seed), limit: number('limit', values.limit), beam: number('beam', values.beam),
    globalIterations: number('global-iterations', values['global-iterations']),
  };
  for (const name of names) {
    const started = Date.now();
    await (await TRAINERS[name]!())(options);
    console.log(`train: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
