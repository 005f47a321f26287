// `npm run train -- --model parser`: trains the dependency parser on UD English-EWT train (jackknifed tags) and writes its weights.
import { join } from 'node:path';
import { modelPath, writeModelFile } from '../model-files.js';
import { readConllu } from './conllu.js';
import { jackknifeTags } from './jackknife.js';
import { trainParser } from './trainer.js';

export interface TrainOptions {
  /** Folder laid out like ../shared/data (ud-english-ewt/en_ewt-ud-train.conllu). */
  data: string;
  /** Weights file to write; default src/analyze/parser/weights/parser.bin.gz. */
  out?: string;
  iterations?: number;
  seed?: number;
  /** Train on the first N sentences only. */
  limit?: number;
}

/** Settings of the shipped model (see MODEL_CARD.md). */
export const DEFAULTS = { iterations: 12, seed: 1, rowBits: 20, prune: 0.5, folds: 5, taggerIterations: 10 };

export async function train(options: TrainOptions): Promise<void> {
  const started = Date.now();
  const file = join(options.data, 'ud-english-ewt', 'en_ewt-ud-train.conllu');
  let sentences = readConllu(file);
  if (options.limit !== undefined && options.limit > 0) sentences = sentences.slice(0, options.limit);
  if (sentences.length === 0) throw new Error(`parser: ${file}: no sentences`);
  const seed = options.seed ?? DEFAULTS.seed;
  const log = (m: string): void => console.log(m);
  const tagged = jackknifeTags(sentences, { folds: DEFAULTS.folds, iterations: DEFAULTS.taggerIterations, seed, log });
  const iterations = options.iterations ?? DEFAULTS.iterations;
  const model = trainParser(tagged, {
    iterations, seed, rowBits: DEFAULTS.rowBits, prune: DEFAULTS.prune,
    onIteration: (it, acc) => log(`parser: iteration ${it}/${iterations}: train transition accuracy ${(acc * 100).toFixed(2)}%`),
  });
  const out = options.out ?? modelPath('parser');
  writeModelFile(out, model.serialize({
    trained: { data: 'UD English-EWT train', sentences: sentences.length, iterations, seed, tags: `jackknifed (${DEFAULTS.folds} folds)` },
  }));
  log(`parser: ${sentences.length} sentences, ${model.entries} weights kept, ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
}
