// Greedy decoding: the best legal move at each step, then the best label for the arc it makes.
import { extract, extractLabel, N_FEATURES, N_LABEL_FEATURES, SentenceCodes } from './features.js';
import type { LabelSet } from './classes.js';
import { LEFT, RIGHT, SHIFT, State } from './transitions.js';

export interface Arc {
  /** 0-based index of the head word, -1 for the root. */
  head: number;
  dep: string;
}

/** What decoding needs from a model: move scores and label scores. */
export interface Scorer {
  readonly labels: LabelSet;
  /** Adds the move weights of feats[from..to) to out[at..at+2] (integer sums). */
  addMoves(feats: Int32Array, from: number, to: number, out: Int32Array, at: number): void;
  scoreLabels(feats: Int32Array, nFeats: number, scores: Int32Array): void;
}

/** The best legal move given move scores (ties broken towards SHIFT, then LEFT). */
export function bestMove(s: State, scores: ArrayLike<number>): number {
  let best = -1, bestScore = -Infinity;
  if (s.canShift()) { best = SHIFT; bestScore = scores[SHIFT]!; }
  if (s.canLeft() && scores[LEFT]! > bestScore) { best = LEFT; bestScore = scores[LEFT]!; }
  if (s.canRight() && scores[RIGHT]! > bestScore) best = RIGHT;
  return best;
}

/** The best label id among `allowed` given label scores. */
export function bestLabel(allowed: Int32Array, scores: ArrayLike<number>): number {
  let best = allowed[0]!, bestScore = -Infinity;
  for (let k = 0; k < allowed.length; k++) {
    const l = allowed[k]!;
    if (scores[l]! > bestScore) { bestScore = scores[l]!; best = l; }
  }
  return best;
}

/**
 * Greedy parser over a scorer; reuses its buffers between sentences. (Caching the weight sums
 * of single-token features per (role, token) was tried: tokens change roles on nearly every
 * step, so it saved nothing measurable.)
 */
export class GreedyDecoder {
  private readonly feats = new Int32Array(N_FEATURES);
  private readonly labelFeats = new Int32Array(N_LABEL_FEATURES);
  private readonly moveScores = new Int32Array(3);
  private readonly labelScores: Int32Array;
  /** Reused between sentences: allocating them per sentence cost more than filling them. */
  private readonly codes = new SentenceCodes([], []);
  /**
   * Sized for the longest sentences of news (`reset` clears only a sentence's length): grown from 64 words when the
   * first longer sentence came mid-pass, the growth's code had no type feedback and threw `parse` away.
   */
  private state = new State(256);
  constructor(private readonly model: Scorer) {
    this.labelScores = new Int32Array(model.labels.labels.length);
  }

  /** Parses one sentence; `tags` are the tags the features read (PTB tags). */
  parse(words: readonly string[], tags: readonly string[]): Arc[] {
    const n = words.length;
    if (n === 0) return [];
    const codes = this.codes.set(words, tags);
    if (this.state.capacity < n) this.state = new State(Math.max(n, 2 * this.state.capacity));
    const s = this.state;
    s.reset(n);
    const { feats, labelFeats, moveScores, labelScores, model } = this;
    const labels = model.labels;
    while (!s.isTerminal()) {
      let move: number;
      if (s.sp === 1) move = SHIFT;
      else if (s.b > n) move = RIGHT;
      else {
        extract(s, codes, feats);
        moveScores[0] = 0; moveScores[1] = 0; moveScores[2] = 0;
        model.addMoves(feats, 0, N_FEATURES, moveScores, 0);
        move = bestMove(s, moveScores);
      }
      let label = -1;
      if (move !== SHIFT) {
        const dep = s.stack[s.sp - 1]!;
        const head = move === LEFT ? s.b : s.stack[s.sp - 2]!;
        if (head === 0) label = labels.root;
        else {
          extractLabel(s, codes, dep, head, labelFeats);
          labelScores.fill(0);
          model.scoreLabels(labelFeats, N_LABEL_FEATURES, labelScores);
          label = bestLabel(move === LEFT ? labels.left : labels.right, labelScores);
        }
      }
      s.apply(move, label);
    }
    const out: Arc[] = new Array(n);
    for (let i = 1; i <= n; i++) {
      const h = s.heads[i]!;
      out[i - 1] = { head: h - 1, dep: labels.labels[s.labels[i]!]! };
    }
    return out;
  }
}
