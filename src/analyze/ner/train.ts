// `npm run train -- --model ner`: trains the recogniser on CoNLL-2003 train (tags from our tagger) and writes its weights file.
import { modelPath, writeModelFile } from '../model-files.js';
import { loadTagger } from '../tagger/index.js';
import { readConll } from './corpus.js';
import { trainRecognizerModel } from './train-model.js';

export interface TrainOptions {
  data: string;
  out?: string;
  iterations?: number;
  seed?: number;
  limit?: number;
}

export async function train(options: TrainOptions): Promise<void> {
  const tagger = loadTagger();
  const sentences = readConll(options.data, 'train', options.limit).map((s) => ({ words: s.words, labels: s.tags }));
  const started = Date.now();
  const recognizer = trainRecognizerModel(sentences, {
    iterations: options.iterations ?? 10,
    seed: options.seed ?? 1,
    data: 'CoNLL-2003 English train',
    tag: (words) => tagger.tag(words).map((t) => t.tag),
    onIteration: (it, acc) => console.log(`ner: iteration ${it}: train token accuracy ${(acc * 100).toFixed(2)}%`),
  });
  const out = options.out ?? modelPath('ner');
  writeModelFile(out, recognizer.serialize());
  console.log(`ner: ${sentences.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
}
