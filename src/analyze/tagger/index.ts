// Public API of the part-of-speech tagger: load the shipped weights once, tag sentences of words.
import { modelPath, readModelFile } from '../model-files.js';
import { Tagger } from './tagger.js';

export { Tagger, type TaggedWord, type TaggerMeta } from './tagger.js';
export { trainTaggerModel, type TaggedSentence, type TrainTaggerOptions } from './train-model.js';

let cached: Tagger | null = null;

/** The shipped tagger (src/analyze/tagger/weights/tagger.bin.gz), loaded on first call and cached. */
export function loadTagger(): Tagger {
  if (!cached) cached = Tagger.fromBytes(readModelFile(modelPath('tagger')));
  return cached;
}
