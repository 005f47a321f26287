// `npm run train -- --model tagger`: trains the tagger on EWT train and writes its weights file.
import { modelPath, writeModelFile } from '../model-files.js';
import { readEwt, toTagged } from './corpus.js';
import { trainTaggerModel } from './train-model.js';

import type { TrainOptions } from '../train-options.js';

export async function train(options: TrainOptions): Promise<void> {
  const sentences = readEwt(options.data, 'train', options.limit).map(toTagged);
  const started = Date.now();
  const tagger = trainTaggerModel(sentences, {
    iterations: options.iterations ?? 10,
    seed: options.seed ?? 1,
    data: 'UD English-EWT train',
    onIteration: (it, acc) => console.log(`tagger: iteration ${it}: train accuracy ${(acc * 100).toFixed(2)}%`),
  });
  const out = options.out ?? modelPath('tagger');
  writeModelFile(out, tagger.serialize());
  console.log(`tagger: ${sentences.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
}
