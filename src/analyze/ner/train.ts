// `npm run train -- --model ner`: trains the recogniser on CoNLL-2003 train (tags from our tagger) and writes its weights file.
import { modelPath, writeModelFile } from '../model-files.js';
import { readEwt } from '../tagger/corpus.js';
import { loadTagger } from '../tagger/index.js';
import { readConll } from './corpus.js';
import { trainRecognizerModel } from './train-model.js';

import type { TrainOptions } from '../train-options.js';

export async function train(options: TrainOptions): Promise<void> {
  const tagger = loadTagger();
  const sentences = readConll(options.data, 'train', options.limit).map((s) => ({ words: s.words, labels: s.tags }));
  // Web text without names: EWT train sentences with no proper noun at all, labelled all O, so the
  // model learns that capitalised common words in web text ("Great service", "Email") are not
  // entities. (EWT train only: UNER's annotations of EWT dev are never trained on.)
  const negatives = readEwt(options.data, 'train', options.limit)
    .filter((s) => s.words.length >= 3 && !s.words.some((w) => w.upos === 'PROPN' || w.xpos.startsWith('NNP')))
    .map((s) => ({ words: s.words.map((w) => w.form), labels: s.words.map(() => 'O') }));
  sentences.push(...negatives);
  const started = Date.now();
  const recognizer = trainRecognizerModel(sentences, {
    iterations: options.iterations ?? 10,
    seed: options.seed ?? 1,
    data: 'CoNLL-2003 English train + UD English-EWT train sentences without proper nouns',
    lowercase: 0.5,
    tag: (words) => tagger.tag(words).map((t) => t.tag),
    onIteration: (it, acc) => console.log(`ner: iteration ${it}: train token accuracy ${(acc * 100).toFixed(2)}%`),
  });
  const out = options.out ?? modelPath('ner');
  writeModelFile(out, recognizer.serialize());
  console.log(`ner: ${sentences.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
}
