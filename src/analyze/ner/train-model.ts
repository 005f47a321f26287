// Trains the recogniser's perceptron on BIO-labelled sentences in memory, with lowercased copies for web text.
import { Perceptron, seededRandom, shuffle } from '../perceptron/index.js';
import { MAX_NER_FEATURES, nerFeatures, nerInput, type NerInput } from './features.js';
import { DocumentHistory, documents, typeIndex } from './history.js';
import { Recognizer, transitionMask, type RecognizerMeta } from './recognizer.js';

export interface LabelledSentence {
  words: string[];
  /** BIO entity labels. */
  labels: string[];
  /** The document it belongs to: neighbouring sentences with the same value are one document, read in order. Absent: a document of its own. */
  doc?: string | number;
}

export interface TrainNerOptions {
  iterations?: number;
  seed?: number;
  data?: string;
  /** Share of sentences also trained on in lower case (web text is often uncased). Default 0.5. */
  lowercase?: number;
  /** PTB tags of a sentence's words: the tagger the recogniser will run behind. */
  tag: (words: string[]) => string[];
  onIteration?: (iteration: number, accuracy: number) => void;
}

export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

export function trainRecognizerModel(sentences: readonly LabelledSentence[], options: TrainNerOptions): Recognizer {
  const iterations = options.iterations ?? 10, seed = options.seed ?? 1, share = options.lowercase ?? 0.5;
  const index = new Map(NER_LABELS.map((l, i) => [l, i]));
  const random = seededRandom(seed);
  const examples: Array<{ words: string[]; x: NerInput; gold: number[] }> = [];
  // Example indexes per document, each read in order with its own history (`DocumentHistory`); the documents are shuffled.
  const docs: number[][] = [];
  let lowercased = 0;
  const add = (words: string[], labels: string[], doc: number[]) => {
    doc.push(examples.length);
    examples.push({ words, x: nerInput(words, options.tag(words)), gold: labels.map((l) => index.get(l) ?? 0) });
  };
  for (const doc of documents(sentences)) {
    const current: number[] = [];
    docs.push(current);
    for (const s of doc) {
      add(s.words, s.labels, current);
      // A lowercased copy is a document of its own: it has no capitalised word to remember.
      if (random() < share) {
        const own: number[] = [];
        docs.push(own);
        add(s.words.map((w) => w.toLowerCase()), s.labels, own);
        lowercased++;
      }
    }
  }
  const model = new Perceptron(NER_LABELS.length);
  const allowedAfter = transitionMask(NER_LABELS);
  const feats = new Uint32Array(MAX_NER_FEATURES);
  const order = docs.map((_, i) => i);
  const margins: number[] = [];
  for (let it = 0; it < iterations; it++) {
    shuffle(order, random);
    let correct = 0, total = 0;
    for (const d of order) {
      const history = new DocumentHistory();
      for (const k of docs[d]!) {
        const { words, x, gold } = examples[k]!;
        // The history holds this pass's own guesses, as it will hold the model's labels at run time.
        x.hist = history.features(words);
        const guesses = new Array<number>(gold.length);
        let p1 = -1, p2 = -1;
        for (let i = 0; i < gold.length; i++) {
          const n = nerFeatures(x, i, p1, p2, feats);
          const s = model.score(feats, n);
          const allowed = allowedAfter[p1 + 1]!;
          let guess = -1;
          for (let c = 0; c < s.length; c++) if (allowed[c] && (guess < 0 || s[c]! > s[guess]!)) guess = c;
          model.update(feats, gold[i]!, guess, n);
          if (guess === gold[i]) correct++;
          total++;
          guesses[i] = typeIndex(NER_LABELS[guess]!);
          p2 = p1;
          p1 = guess;
        }
        history.record(words, guesses);
      }
    }
    options.onIteration?.(it + 1, total ? correct / total : 0);
  }
  model.average();
  // Temperature: the median winning margin of the averaged model on (up to) 2000 training sentences reads as 95% confidence.
  for (const { x, gold } of examples.slice(0, 2000)) {
    let p1 = -1, p2 = -1;
    for (let i = 0; i < gold.length; i++) {
      const s = model.score(feats, nerFeatures(x, i, p1, p2, feats));
      const allowed = allowedAfter[p1 + 1]!;
      let best = -1, second = -Infinity;
      for (let c = 0; c < s.length; c++) if (allowed[c] && (best < 0 || s[c]! > s[best]!)) best = c;
      for (let c = 0; c < s.length; c++) if (allowed[c] && c !== best) second = Math.max(second, s[c]!);
      if (Number.isFinite(second)) margins.push(s[best]! - second);
      p2 = p1;
      p1 = best;
    }
  }
  margins.sort((a, b) => a - b);
  const median = margins.length ? margins[Math.floor(margins.length / 2)]! : 1;
  const temperature = Math.max(median / Math.log(19 * (NER_LABELS.length - 1)), 1e-3);
  const meta: RecognizerMeta = {
    kind: 'ner', labels: NER_LABELS, temperature: Math.round(temperature * 1e4) / 1e4,
    trained: { data: options.data ?? 'in memory', iterations, seed, sentences: sentences.length, lowercased },
  };
  return new Recognizer(model, meta);
}
