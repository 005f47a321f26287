// `npm run train -- --model parser [--beam K]`: trains the dependency parser on UD English-EWT train (jackknifed tags) and writes its weights:
// a greedy model, then its move model retrained for a beam of 4 (the shipped weights; `--beam 1` stops at the greedy model).
import { join } from 'node:path';
import { modelPath, writeModelFile } from '../model-files.js';
import { readConllu, type TreebankSentence } from './conllu.js';
import { FEATURE_SET } from './features.js';
import { trainGlobal } from './global.js';
import { jackknifeTags } from './jackknife.js';
import type { ParserModel } from './model.js';
import { trainParser } from './trainer.js';
import type { TrainOptions as BaseTrainOptions } from '../train-options.js';

export interface TrainOptions extends BaseTrainOptions {
  /** Train on the treebank's gold tags instead of jackknifed tagger output (for comparisons). */
  goldTags?: boolean;
}

/**
 * Settings of the shipped model (see MODEL_CARD.md): the greedy stage's passes (`iterations`), then the global stage's
 * (`globalIterations`, beam `beam`; the gold sequence labelled by the label model when `predictedLabels`; move weights
 * starting from the greedy model's when `init`, else from zero), decoded with that beam and `threshold` (in training
 * updates: successors scoring that far below the best are dropped).
 */
export const DEFAULTS = {
  iterations: 12, seed: 1, moveBits: 20, labelBits: 20, prune: { moves: 1, labels: 1 }, folds: 5, taggerIterations: 10,
  beam: 4, globalIterations: 14, predictedLabels: true, init: false, threshold: 128,
};

export async function train(options: TrainOptions): Promise<void> {
  const started = Date.now();
  const file = join(options.data, 'ud-english-ewt', 'en_ewt-ud-train.conllu');
  let sentences = readConllu(file);
  if (options.limit !== undefined && options.limit > 0) sentences = sentences.slice(0, options.limit);
  if (sentences.length === 0) throw new Error(`parser: ${file}: no sentences`);
  const seed = options.seed ?? DEFAULTS.seed;
  const log = (m: string): void => console.log(m);
  const tagged = options.goldTags ? sentences : jackknifeTags(sentences, { folds: DEFAULTS.folds, iterations: DEFAULTS.taggerIterations, seed, log });
  const iterations = options.iterations ?? DEFAULTS.iterations;
  const meta = { data: 'UD English-EWT train (CC BY-SA 4.0)', sentences: sentences.length, iterations, seed, tags: options.goldTags ? 'gold' : `jackknifed, ${DEFAULTS.folds} folds`, features: FEATURE_SET };
  let model = trainParser(tagged, {
    iterations, seed, moveBits: DEFAULTS.moveBits, labelBits: DEFAULTS.labelBits, prune: DEFAULTS.prune, meta,
    onIteration: (it, moves, labels) => log(`parser: iteration ${it}/${iterations}: train move accuracy ${(moves * 100).toFixed(2)}%, label accuracy ${(labels * 100).toFixed(2)}%`),
  });
  const beam = options.beam ?? DEFAULTS.beam;
  if (beam > 1) model = retrainForBeam(tagged, model, beam, options.globalIterations ?? DEFAULTS.globalIterations, seed, meta, log);
  const out = options.out ?? modelPath('parser');
  writeModelFile(out, model.serialize());
  log(`parser: ${sentences.length} sentences, ${model.entries} weights kept, ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
}

/**
 * The greedy model's move model retrained for a beam, keeping its labels (MODEL_CARD.md, "Search" and "Shipped: global"),
 * with DEFAULTS' global settings; the header names how it was trained and the decoder it is meant for.
 */
function retrainForBeam(
  tagged: readonly TreebankSentence[], greedy: ParserModel, beam: number, passes: number, seed: number,
  meta: Record<string, unknown>, log: (m: string) => void,
): ParserModel {
  const search = DEFAULTS.threshold > 0 ? { beam, threshold: DEFAULTS.threshold } : { beam };
  const how = [
    `beam ${beam}`, 'max-violation update', `${passes} passes`,
    DEFAULTS.predictedLabels ? 'gold sequence labelled by the label model' : 'gold labels',
    DEFAULTS.init ? 'from the greedy move weights' : 'from zero',
  ];
  return trainGlobal(tagged, greedy, {
    iterations: passes, seed, beam, moveBits: DEFAULTS.moveBits, prune: DEFAULTS.prune.moves,
    predictedLabels: DEFAULTS.predictedLabels, init: DEFAULTS.init ? greedy.moveWeights() : undefined,
    meta: { ...meta, training: `moves trained globally: ${how.join(', ')}; labels from the greedy model`, search },
    onIteration: (it, clean) => log(`parser: global pass ${it}/${passes} (beam ${beam}): ${(clean * 100).toFixed(2)}% of sentences needed no update`),
  });
}
