// Public API of the named-entity recogniser: load the shipped weights once, find PER/ORG/LOC/MISC spans in tagged sentences.
import { modelPath, readModelFile } from '../model-files.js';
import { Recognizer } from './recognizer.js';

export { Recognizer, type EntitySpan, type EntityLabel, type RecognizerMeta } from './recognizer.js';
export { trainRecognizerModel, NER_LABELS, type LabelledSentence, type TrainNerOptions } from './train-model.js';

let cached: Recognizer | null = null;

/** The shipped recogniser (src/analyze/ner/weights/ner.bin.gz), loaded on first call and cached. */
export function loadRecognizer(): Recognizer {
  if (!cached) cached = Recognizer.fromBytes(readModelFile(modelPath('ner')));
  return cached;
}
