// Greedy decoding: the highest-scoring legal move at each step, from the initial to the terminal configuration.
import { extract, N_FEATURES, SentenceCodes } from './features.js';
import type { ClassSet } from './classes.js';
import type { Scorer } from './model.js';
import { State } from './transitions.js';

export interface Arc {
  /** 0-based index of the head word, -1 for the root. */
  head: number;
  dep: string;
}

/** Index of the best legal class for state `s`, given class scores. */
export function bestLegal(s: State, classes: ClassSet, scores: Float32Array): number {
  const canS = s.canShift(), canL = s.canLeft(), canR = s.canRight();
  const move = classes.move;
  let best = -1, bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    const m = move[c]!;
    if (m === 0 ? !canS : m === 1 ? !canL : !canR) continue;
    const v = scores[c]!;
    if (v > bestScore) { bestScore = v; best = c; }
  }
  return best;
}

/** Greedy parser over a scorer; reuses its buffers between sentences. */
export class GreedyDecoder {
  private readonly feats = new Int32Array(N_FEATURES);
  private readonly scores: Float32Array;
  constructor(private readonly scorer: Scorer, private readonly classes: ClassSet) {
    this.scores = new Float32Array(scorer.nClasses);
  }

  /** Parses one sentence; `tags` are the tags the features read (PTB tags by default). */
  parse(words: readonly string[], tags: readonly string[]): Arc[] {
    const n = words.length;
    if (n === 0) return [];
    const codes = new SentenceCodes(words, tags);
    const s = new State(n);
    const { feats, scores, classes } = this;
    while (!s.isTerminal()) {
      extract(s, codes, feats);
      scores.fill(0);
      this.scorer.score(feats, N_FEATURES, scores);
      const c = bestLegal(s, classes, scores);
      s.apply(classes.move[c]!, classes.label[c]!);
    }
    const out: Arc[] = new Array(n);
    for (let i = 1; i <= n; i++) {
      const h = s.heads[i]!;
      out[i - 1] = { head: h - 1, dep: h === 0 ? 'root' : classes.labels[s.labels[i]!]! };
    }
    return out;
  }
}
