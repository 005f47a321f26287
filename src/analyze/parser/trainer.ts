// Averaged-perceptron training of the parser with the dynamic oracle and error exploration (Goldberg & Nivre 2012).
//
// Two perceptrons share the configuration: one scores the three moves at every step, one the
// label of each arc. Weights are dense rows indexed by the feature hash's low bits (the hashing
// trick: no feature dictionary, rare collisions cost little). Averaging uses the "w - u/t"
// trick so an update touches only the rows it changes.
import { seededRandom, shuffle } from '../perceptron/shuffle.js';
import { buildLabels, type LabelSet } from './classes.js';
import type { TreebankSentence } from './conllu.js';
import { bestLabel, bestMove } from './decode.js';
import { extract, extractLabel, N_FEATURES, N_LABEL_FEATURES, SentenceCodes } from './features.js';
import { ParserModel } from './model.js';
import { projectivize } from './projectivize.js';
import { LEFT, moveCosts, SHIFT, State } from './transitions.js';

export interface TrainOptions {
  iterations: number;
  seed: number;
  /** log2 of the number of move-weight rows. */
  moveBits?: number;
  /** log2 of the number of label-weight rows. */
  labelBits?: number;
  /** Probability of following a wrong prediction after the first iteration. */
  explore?: number;
  /** Averaged weights with |w| below these are dropped from the shipped model. */
  prune?: { moves: number; labels: number };
  /** Notes stored with the weights. */
  meta?: Record<string, unknown>;
  /** Called after each iteration with the training move and label accuracy. */
  onIteration?: (iteration: number, moveAccuracy: number, labelAccuracy: number, model: (prune?: { moves: number; labels: number }) => ParserModel) => void;
}

export interface Prepared {
  n: number;
  codes: SentenceCodes;
  goldHeads: Int32Array;
  goldLabels: Int32Array;
}

/** Dense training weights with the averaging accumulators. */
export class Dense {
  readonly w: Float32Array;
  readonly u: Float32Array;
  readonly mask: number;
  constructor(readonly nClasses: number, rowBits: number) {
    this.mask = (1 << rowBits) - 1;
    this.w = new Float32Array((1 << rowBits) * nClasses);
    this.u = new Float32Array((1 << rowBits) * nClasses);
  }
  score(feats: Int32Array, nFeats: number, out: Float64Array): void {
    const C = this.nClasses, w = this.w, mask = this.mask;
    for (let i = 0; i < nFeats; i++) {
      const base = (feats[i]! & mask) * C;
      for (let c = 0; c < C; c++) out[c]! += w[base + c]!;
    }
  }
  update(feats: Int32Array, nFeats: number, good: number, bad: number, t: number): void {
    const C = this.nClasses, w = this.w, u = this.u, mask = this.mask;
    for (let i = 0; i < nFeats; i++) {
      const base = (feats[i]! & mask) * C;
      w[base + good]! += 1;
      u[base + good]! += t;
      w[base + bad]! -= 1;
      u[base + bad]! -= t;
    }
  }
  /** Adds `delta` to class `cls` of the rows of feats[from..to) at time t (the global trainer's updates). */
  add(feats: Int32Array, from: number, to: number, cls: number, delta: number, t: number): void {
    const C = this.nClasses, w = this.w, u = this.u, mask = this.mask;
    for (let i = from; i < to; i++) {
      const k = (feats[i]! & mask) * C + cls;
      w[k]! += delta;
      u[k]! += t * delta;
    }
  }
  averaged(t: number): Float32Array {
    const out = new Float32Array(this.w.length), w = this.w, u = this.u;
    for (let i = 0; i < out.length; i++) out[i] = w[i]! - u[i]! / t;
    return out;
  }
}

export function prepare(sentences: readonly TreebankSentence[], labels: LabelSet): Prepared[] {
  const ids = new Map(labels.labels.map((l, i) => [l, i]));
  return sentences.map((s) => {
    const heads = projectivize(s.heads);
    const n = s.words.length;
    const goldHeads = new Int32Array(n + 2).fill(-1);
    const goldLabels = new Int32Array(n + 2).fill(-1);
    for (let i = 0; i < n; i++) {
      goldHeads[i + 1] = heads[i]! + 1;
      goldLabels[i + 1] = ids.get(s.deps[i]!) ?? -1;
    }
    return { n, codes: new SentenceCodes(s.words, s.tags), goldHeads, goldLabels };
  });
}

/** Trains a parser on `sentences` (their `tags` are what the features read) and returns the pruned model. */
export function trainParser(sentences: readonly TreebankSentence[], opts: TrainOptions): ParserModel {
  const moveBits = opts.moveBits ?? 20, labelBits = opts.labelBits ?? 19;
  const explore = opts.explore ?? 0.9;
  const prune = opts.prune ?? { moves: 0, labels: 0 };
  const labels = buildLabels(sentences.map((s) => ({ heads: projectivize(s.heads), deps: s.deps })));
  const L = labels.labels.length;
  const data = prepare(sentences, labels);
  const moveW = new Dense(3, moveBits), labelW = new Dense(L, labelBits);
  const random = seededRandom(opts.seed);
  const feats = new Int32Array(N_FEATURES), labelFeats = new Int32Array(N_LABEL_FEATURES);
  const moveScores = new Float64Array(3), labelScores = new Float64Array(L), costs = new Float64Array(3);
  const order = data.map((_, i) => i);
  let t = 1;
  const build = (p = prune): ParserModel => ParserModel.fromDense(labels, moveBits, moveW.averaged(t), labelBits, labelW.averaged(t), p, opts.meta);
  for (let it = 0; it < opts.iterations; it++) {
    shuffle(order, random);
    let moveOk = 0, moveN = 0, labelOk = 0, labelN = 0;
    for (const idx of order) {
      const { n, codes, goldHeads: gh, goldLabels: gl } = data[idx]!;
      const s = new State(n);
      while (!s.isTerminal()) {
        let next: number;
        if (s.sp === 1) next = SHIFT;
        else if (s.b > n) next = 2;
        else {
          extract(s, codes, feats);
          moveScores.fill(0);
          moveW.score(feats, N_FEATURES, moveScores);
          moveCosts(s, gh, costs);
          const min = Math.min(costs[0]!, costs[1]!, costs[2]!);
          const pred = bestMove(s, moveScores);
          next = pred;
          if (costs[pred]! > min) {
            let best = -1, bestScore = -Infinity;
            for (let m = 0; m < 3; m++) if (costs[m] === min && moveScores[m]! > bestScore) { bestScore = moveScores[m]!; best = m; }
            moveW.update(feats, N_FEATURES, best, pred, t);
            if (!(it > 0 && random() < explore)) next = best;
          } else moveOk++;
          moveN++;
          t++;
        }
        let label = -1;
        if (next !== SHIFT) {
          const dep = s.stack[s.sp - 1]!;
          const head = next === LEFT ? s.b : s.stack[s.sp - 2]!;
          if (head === 0) label = labels.root;
          else {
            extractLabel(s, codes, dep, head, labelFeats);
            labelScores.fill(0);
            labelW.score(labelFeats, N_LABEL_FEATURES, labelScores);
            const allowed = next === LEFT ? labels.left : labels.right;
            const pred = bestLabel(allowed, labelScores);
            label = pred;
            const gold = gl[dep]!;
            if (gh[dep] === head && allowed.includes(gold)) {
              // A gold arc: learn its label; follow the gold label in the first pass.
              if (pred !== gold) {
                labelW.update(labelFeats, N_LABEL_FEATURES, gold, pred, t);
                if (!(it > 0 && random() < explore)) label = gold;
              } else labelOk++;
              labelN++;
            }
          }
        }
        s.apply(next, label);
      }
    }
    opts.onIteration?.(it + 1, moveOk / Math.max(1, moveN), labelOk / Math.max(1, labelN), build);
  }
  return build();
}
