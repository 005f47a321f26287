// The named-entity recogniser: greedy left-to-right BIO labelling with an averaged perceptron, entity spans with a confidence.
import { bioSpans } from '../corpus/index.js';
import { Perceptron } from '../perceptron/index.js';
import { MAX_NER_FEATURES, nerFeatures, nerInput } from './features.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan {
  /** Token span, end exclusive. */
  start: number;
  end: number;
  type: EntityLabel;
  /** 0-1: the lowest per-token probability of the span's labels (softmax of the scores). */
  confidence: number;
}

export interface RecognizerMeta {
  kind: 'ner';
  /** BIO labels: 'O', 'B-PER', 'I-PER', ... */
  labels: string[];
  /** Softmax temperature turning scores into confidences. */
  temperature: number;
  trained: { data: string; iterations: number; seed: number; sentences: number; lowercased: number };
}

/** For each label, whether it may follow each previous label (I-X only after B-X or I-X). */
export function transitionMask(labels: readonly string[]): boolean[][] {
  return [-1, ...labels.map((_, i) => i)].map((prev) => labels.map((l) => {
    if (!l.startsWith('I-')) return true;
    if (prev < 0) return false;
    const p = labels[prev]!;
    return p !== 'O' && p.slice(2) === l.slice(2);
  }));
}

export class Recognizer {
  readonly labels: string[];
  private readonly allowed: boolean[][];
  private readonly features = new Uint32Array(MAX_NER_FEATURES);
  private readonly temperature: number;
  private readonly outside: number;

  constructor(private readonly model: Perceptron, readonly meta: RecognizerMeta) {
    this.labels = meta.labels;
    this.allowed = transitionMask(meta.labels);
    this.outside = meta.labels.indexOf('O');
    this.temperature = meta.temperature > 0 ? meta.temperature : 1;
  }

  serialize(): Uint8Array {
    return this.model.serialize(this.meta);
  }

  static fromBytes(bytes: Uint8Array): Recognizer {
    const model = Perceptron.deserialize(bytes);
    const meta = model.meta as RecognizerMeta;
    if (meta?.kind !== 'ner') throw new Error('ner: weights file is not a recogniser model');
    return new Recognizer(model, meta);
  }

  /** Entities of one sentence, given its words and their PTB tags (from the tagger). */
  recognize(words: readonly string[], tags: readonly string[]): EntitySpan[] {
    if (words.length !== tags.length) throw new Error(`ner: ${words.length} words but ${tags.length} tags`);
    const { labels, probs } = this.label(words, tags);
    return bioSpans(labels.map((l) => this.labels[l]!)).map((s) => {
      let confidence = 1;
      for (let i = s.start; i < s.end; i++) confidence = Math.min(confidence, probs[i]!);
      return { start: s.start, end: s.end, type: s.type as EntityLabel, confidence: Math.round(confidence * 1000) / 1000 };
    });
  }

  /** Label index of each word and the probability of that label (1 for 'O': only entity tokens need it). */
  label(words: readonly string[], tags: readonly string[]): { labels: number[]; probs: number[] } {
    const x = nerInput(words, tags);
    const labels: number[] = new Array(words.length);
    const probs: number[] = new Array(words.length);
    let p1 = -1, p2 = -1;
    for (let i = 0; i < words.length; i++) {
      const n = nerFeatures(x, i, p1, p2, this.features);
      const s = this.model.score(this.features, n);
      const allowed = this.allowed[p1 + 1]!;
      let best = -1;
      for (let c = 0; c < s.length; c++) if (allowed[c] && (best < 0 || s[c]! > s[best]!)) best = c;
      labels[i] = best;
      probs[i] = 1;
      // The probability is only read for tokens inside entities.
      if (best !== this.outside) {
        let z = 0;
        for (let c = 0; c < s.length; c++) if (allowed[c]) z += Math.exp((s[c]! - s[best]!) / this.temperature);
        probs[i] = 1 / z;
      }
      p2 = p1;
      p1 = best;
    }
    return { labels, probs };
  }
}
