// Averaged-perceptron training of the parser with the dynamic oracle and error exploration (Goldberg & Nivre 2012).
//
// Weights are dense rows of class scores indexed by the feature hash's low bits (the hashing
// trick: rare collisions cost little, and no feature dictionary is needed). Averaging uses the
// "w - u/t" trick so an update touches only the rows it changes.
import { seededRandom, shuffle } from '../perceptron/shuffle.js';
import { buildClasses, type ClassSet } from './classes.js';
import type { TreebankSentence } from './conllu.js';
import { bestLegal } from './decode.js';
import { extract, N_FEATURES, SentenceCodes } from './features.js';
import { ParserModel, type Scorer } from './model.js';
import { projectivize } from './projectivize.js';
import { LEFT, moveCosts, State } from './transitions.js';

export interface TrainOptions {
  iterations: number;
  seed: number;
  /** log2 of the number of weight rows. */
  rowBits?: number;
  /** Probability of following a wrong prediction after the first iteration. */
  explore?: number;
  /** Weights with |w| below this are dropped from the shipped model. */
  prune?: number;
  /** Called after each iteration with the training-set transition accuracy. */
  onIteration?: (iteration: number, accuracy: number, model: (prune?: number) => ParserModel) => void;
}

interface Prepared {
  words: string[];
  tags: string[];
  codes: SentenceCodes;
  goldHeads: Int32Array;
  goldLabels: Int32Array;
}

class DenseWeights implements Scorer {
  readonly nClasses: number;
  readonly w: Float32Array;
  readonly u: Float32Array;
  readonly mask: number;
  t = 1;
  constructor(nClasses: number, rowBits: number) {
    this.nClasses = nClasses;
    this.mask = (1 << rowBits) - 1;
    this.w = new Float32Array((1 << rowBits) * nClasses);
    this.u = new Float32Array((1 << rowBits) * nClasses);
  }
  score(feats: Int32Array, nFeats: number, scores: Float32Array): void {
    const C = this.nClasses, w = this.w, mask = this.mask;
    for (let i = 0; i < nFeats; i++) {
      const base = (feats[i]! & mask) * C;
      for (let c = 0; c < C; c++) scores[c]! += w[base + c]!;
    }
  }
  update(feats: Int32Array, nFeats: number, good: number, bad: number): void {
    const C = this.nClasses, w = this.w, u = this.u, mask = this.mask, t = this.t;
    for (let i = 0; i < nFeats; i++) {
      const base = (feats[i]! & mask) * C;
      w[base + good]! += 1;
      u[base + good]! += t;
      w[base + bad]! -= 1;
      u[base + bad]! -= t;
    }
  }
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length), w = this.w, u = this.u, t = this.t;
    for (let i = 0; i < out.length; i++) out[i] = w[i]! - u[i]! / t;
    return out;
  }
}

function prepare(sentences: readonly TreebankSentence[], classes: ClassSet): Prepared[] {
  const labelIds = new Map(classes.labels.map((l, i) => [l, i]));
  return sentences.map((s) => {
    const heads = projectivize(s.heads);
    const n = s.words.length;
    const goldHeads = new Int32Array(n + 2).fill(-1);
    const goldLabels = new Int32Array(n + 2).fill(-1);
    for (let i = 0; i < n; i++) {
      goldHeads[i + 1] = heads[i]! + 1;
      goldLabels[i + 1] = labelIds.get(s.deps[i]!) ?? -1;
    }
    return { words: s.words, tags: s.tags, codes: new SentenceCodes(s.words, s.tags), goldHeads, goldLabels };
  });
}

/** Trains a parser on `sentences` (their `tags` are what the features read) and returns the pruned model. */
export function trainParser(sentences: readonly TreebankSentence[], opts: TrainOptions): ParserModel {
  const rowBits = opts.rowBits ?? 20;
  const explore = opts.explore ?? 0.9;
  const prune = opts.prune ?? 0;
  const classes = buildClasses(sentences.map((s) => ({ heads: projectivize(s.heads), deps: s.deps })));
  const C = classes.move.length;
  const data = prepare(sentences, classes);
  const weights = new DenseWeights(C, rowBits);
  const random = seededRandom(opts.seed);
  const feats = new Int32Array(N_FEATURES);
  const scores = new Float32Array(C);
  const costs = new Float64Array(3);
  const classCost = new Float64Array(C);
  const order = data.map((_, i) => i);
  for (let it = 0; it < opts.iterations; it++) {
    shuffle(order, random);
    let correct = 0, total = 0;
    for (const idx of order) {
      const ex = data[idx]!;
      const s = new State(ex.words.length);
      const gh = ex.goldHeads, gl = ex.goldLabels;
      while (!s.isTerminal()) {
        extract(s, ex.codes, feats);
        scores.fill(0);
        weights.score(feats, N_FEATURES, scores);
        moveCosts(s, gh, costs);
        const s0 = s.sp > 1 ? s.stack[s.sp - 1]! : -1;
        const s1 = s.sp > 1 ? s.stack[s.sp - 2]! : -1;
        let minCost = Infinity;
        for (let c = 0; c < C; c++) {
          const m = classes.move[c]!;
          let k = costs[m]!;
          if (k !== Infinity && m !== 0) {
            const head = m === LEFT ? s.b : s1;
            if (gh[s0] === head && gl[s0] !== classes.label[c]) k += 1;
          }
          classCost[c] = k;
          if (k < minCost) minCost = k;
        }
        const pred = bestLegal(s, classes, scores);
        let next = pred;
        if (classCost[pred] !== minCost) {
          let best = -1, bestScore = -Infinity;
          for (let c = 0; c < C; c++) {
            if (classCost[c] !== minCost) continue;
            if (scores[c]! > bestScore) { bestScore = scores[c]!; best = c; }
          }
          weights.update(feats, N_FEATURES, best, pred);
          if (!(it > 0 && random() < explore)) next = best;
        } else correct++;
        total++;
        weights.t++;
        s.apply(classes.move[next]!, classes.label[next]!);
      }
    }
    opts.onIteration?.(it + 1, correct / Math.max(1, total), (p = prune) => ParserModel.fromDense(classes, rowBits, weights.averaged(), p));
  }
  return ParserModel.fromDense(classes, rowBits, weights.averaged(), prune);
}

