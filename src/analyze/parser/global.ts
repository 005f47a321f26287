// Global training of the move model with a beam and the max-violation update (Huang, Fayong & Guo 2012).
//
// The greedy trainer (trainer.ts) learns each move on its own; here the move weights are learnt for whole sequences
// (Zhang & Clark 2008; Zhang & Nivre 2011), so that the beam decoder's raw score sums rank sequences as the training
// did. Per sentence: the beam search runs to the end beside the gold sequence (the static oracle, gold labels), and at
// the step where the best item beats the gold prefix by most, the gold prefix's features are rewarded and the best
// item's penalised. Labels are not retrained: arcs take the labels of an existing (greedily trained) model, and the
// result keeps that model's label table. Same templates and table sizes as the greedy model.
import type { TreebankSentence } from './conllu.js';
import { bestLabel } from './decode.js';
import { extract, extractLabel, N_FEATURES as NF, N_LABEL_FEATURES, type SentenceCodes } from './features.js';
import { ParserModel } from './model.js';
import { Candidates, forced } from './search.js';
import { Dense, prepare, type Prepared } from './trainer.js';
import { LEFT, RIGHT, SHIFT, State, staticMove } from './transitions.js';
import { seededRandom, shuffle } from '../perceptron/shuffle.js';

export interface GlobalTrainOptions {
  iterations: number;
  seed: number;
  /** Beam width in training (and the width the weights are meant to be decoded with). */
  beam: number;
  moveBits: number;
  /** Averaged move weights with |w| below this are dropped. */
  prune: number;
  /** The gold sequence's arcs take the label model's labels (as the beam items' and decoding do) instead of gold ones. */
  predictedLabels?: boolean;
  /** Dense move weights to start from (row * 3 + move), such as the greedy model's (`ParserModel.moveWeights`); else zero. */
  init?: Float32Array;
  meta?: Record<string, unknown>;
  /** Called after each pass with the share of sentences that needed no update, and a builder of the current model. */
  onIteration?: (iteration: number, clean: number, model: () => ParserModel) => void;
}

/** Trains move weights for beam search; `labels` gives the label model (and its table, kept in the result). */
export function trainGlobal(sentences: readonly TreebankSentence[], labels: ParserModel, opts: GlobalTrainOptions): ParserModel {
  return ParserModel.withMoves(labels, opts.moveBits, trainGlobalMoves(sentences, labels, opts), opts.prune, opts.meta ?? {});
}

/** The averaged dense move weights `trainGlobal` builds its model from (not exported: trainGlobal is the way in). */
function trainGlobalMoves(sentences: readonly TreebankSentence[], labels: ParserModel, opts: GlobalTrainOptions): Float32Array {
  const data = prepare(sentences, labels.labels);
  const K = opts.beam;
  const moveW = new Dense(3, opts.moveBits);
  if (opts.init) moveW.w.set(opts.init);
  const maxN = data.reduce((m, d) => Math.max(m, d.n), 1), steps = 2 * maxN;
  // Per step and beam slot: the item's move features, whether it was scored, and the chosen candidates' parent and move.
  const bfeat = new Int32Array(steps * K * NF), bscored = new Uint8Array(steps * K);
  const parentOf = new Int32Array(steps * K), moveOf = new Int32Array(steps * K);
  const gfeat = new Int32Array(steps * NF), gscored = new Uint8Array(steps), gmove = new Int32Array(steps);
  let beam = Array.from({ length: K }, () => new State(maxN)), next = Array.from({ length: K }, () => new State(maxN));
  const G = new State(maxN);
  const scores = new Float64Array(K), cand = new Candidates(K);
  const ms = new Float64Array(3), ls = new Int32Array(labels.labels.labels.length), lf = new Int32Array(N_LABEL_FEATURES);
  const L = labels.labels;
  let t = 1;

  /** The label of the arc `move` makes in `s` (the label model's choice; the gold label where `gold` >= 0 is allowed). */
  const labelOf = (s: State, move: number, codes: SentenceCodes, gold = -1): number => {
    if (move === SHIFT) return -1;
    const dep = s.stack[s.sp - 1]!, head = move === LEFT ? s.b : s.stack[s.sp - 2]!;
    if (head === 0) return L.root;
    const allowed = move === LEFT ? L.left : L.right;
    if (gold >= 0 && allowed.includes(gold)) return gold;
    extractLabel(s, codes, dep, head, lf);
    ls.fill(0);
    labels.scoreLabels(lf, N_LABEL_FEATURES, ls);
    return bestLabel(allowed, ls);
  };

  /** One sentence: search beside the gold sequence, then the max-violation update; true when none was needed. */
  const learn = ({ n, codes, goldHeads: gh, goldLabels: gl }: Prepared): boolean => {
    G.reset(n);
    beam[0]!.reset(n);
    scores[0] = 0;
    let size = 1, goldIdx = 0, gs = 0, maxViol = -Infinity, maxStep = -1;
    for (let step = 0; step < 2 * n; step++) {
      const gm = staticMove(G, gh);
      gmove[step] = gm;
      gscored[step] = G.sp === 1 || G.b > n ? 0 : 1;
      if (gscored[step]) {
        extract(G, codes, gfeat.subarray(step * NF, step * NF + NF));
        ms.fill(0);
        moveW.score(gfeat.subarray(step * NF, step * NF + NF), NF, ms);
        gs += ms[gm]!;
      }
      const gLabel = gm === SHIFT ? -1 : labelOf(G, gm, codes, opts.predictedLabels ? -1 : gl[G.stack[G.sp - 1]!]!);
      cand.count = 0;
      for (let i = 0; i < size; i++) {
        const s = beam[i]!, base = scores[i]!, slot = step * K + i;
        if (s.sp === 1 || s.b > n) { bscored[slot] = 0; cand.offer(i, forced(s), base); continue; }
        bscored[slot] = 1;
        const f = bfeat.subarray(slot * NF, slot * NF + NF);
        extract(s, codes, f);
        ms.fill(0);
        moveW.score(f, NF, ms);
        if (s.canShift()) cand.offer(i, SHIFT, base + ms[SHIFT]!);
        if (s.canLeft()) cand.offer(i, LEFT, base + ms[LEFT]!);
        if (s.canRight()) cand.offer(i, RIGHT, base + ms[RIGHT]!);
      }
      const count = cand.count;
      let newGold = -1;
      for (let j = 0; j < count; j++) {
        const to = next[j]!, move = cand.move[j]!, from = cand.item[j]!;
        parentOf[step * K + j] = from;
        moveOf[step * K + j] = move;
        to.copyFrom(beam[from]!);
        // The gold item stays the gold state (gold labels); the others take the label model's labels.
        const isGold = from === goldIdx && move === gm;
        if (isGold) newGold = j;
        to.apply(move, isGold ? gLabel : labelOf(to, move, codes));
        scores[j] = cand.score[j]!;
      }
      G.apply(gm, gLabel);
      const swap = beam; beam = next; next = swap;
      size = count;
      goldIdx = newGold;
      const violation = scores[0]! - gs;
      if (goldIdx !== 0 && violation > maxViol) { maxViol = violation; maxStep = step; }
    }
    if (maxStep < 0) return true;
    for (let s = 0; s <= maxStep; s++) if (gscored[s]) moveW.add(gfeat, s * NF, s * NF + NF, gmove[s]!, 1, t);
    let j = 0;
    for (let s = maxStep; s >= 0; s--) {
      const i = parentOf[s * K + j]!;
      if (bscored[s * K + i]) moveW.add(bfeat, (s * K + i) * NF, (s * K + i) * NF + NF, moveOf[s * K + j]!, -1, t);
      j = i;
    }
    return false;
  };

  const build = (): ParserModel => ParserModel.withMoves(labels, opts.moveBits, moveW.averaged(t), opts.prune, opts.meta ?? {});
  const random = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  for (let it = 0; it < opts.iterations; it++) {
    shuffle(order, random);
    let clean = 0;
    for (const idx of order) {
      if (learn(data[idx]!)) clean++;
      t++;
    }
    opts.onIteration?.(it + 1, clean / Math.max(1, data.length), build);
  }
  return moveW.averaged(t);
}
