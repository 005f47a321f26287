// Search over move sequences with the greedy-trained weights: a beam, and selectional branching (Choi & McCallum 2013).
import { extractLabelPair, extractLabelRest, extractPair, extractRest, N_LABEL_PAIR_FEATURES,
  N_LABEL_REST_FEATURES, N_PAIR_FEATURES, N_REST_FEATURES, SentenceCodes } from './features.js';
import { bestLabel, bestMove, type Arc, type Scorer } from './decode.js';
import { FeatureCache } from './feature-cache.js';
import { LEFT, RIGHT, SHIFT, State } from './transitions.js';

/**
 * How a sequence is scored: the sum over its steps of the chosen move's score. With `temperature` 0 the raw
 * perceptron scores are summed; above 0 each step adds the move's log-probability under a softmax over the legal
 * moves at that temperature (in the scorer's units), so a step where the moves score alike costs little.
 * Steps with one legal move (the stack holds only the root; the buffer is empty) add nothing either way.
 */
export interface StepScoring {
  temperature?: number;
  /** Beam only: successors scoring more than this below the best one are dropped (in the scorer's units; 0 or absent: none). */
  threshold?: number;
}

/** The score a step adds for `move` given the three move scores and which moves are legal. */
function stepScore(s: State, ms: Int32Array, move: number, temperature: number): number {
  const x = ms[move]!;
  if (temperature <= 0) return x;
  let max = -Infinity;
  const okS = s.canShift(), okL = s.canLeft(), okR = s.canRight();
  if (okS && ms[SHIFT]! > max) max = ms[SHIFT]!;
  if (okL && ms[LEFT]! > max) max = ms[LEFT]!;
  if (okR && ms[RIGHT]! > max) max = ms[RIGHT]!;
  let z = 0;
  if (okS) z += Math.exp((ms[SHIFT]! - max) / temperature);
  if (okL) z += Math.exp((ms[LEFT]! - max) / temperature);
  if (okR) z += Math.exp((ms[RIGHT]! - max) / temperature);
  return (x - max) / temperature - Math.log(z);
}

/** Longest sentence whose (s0, b0) move scores are memoised ((n + 2)^2 slots; longer ones are scored afresh). */
const MAX_PAIR_MEMO = 400;

/** Shared buffers and the arc-label step of both searches. */
abstract class Search {
  protected readonly feats = new Int32Array(N_REST_FEATURES);
  private readonly pairFeats = new Int32Array(N_PAIR_FEATURES);
  /**
   * Per sentence, the summed move scores of the features that read only s0's and b0's words (extractPair), by
   * s0 * (n + 2) + b0, valid where `pairStamp` holds the sentence's generation: beam items and later steps come back to
   * the same (s0, b0) with other children. Integer sums, so the scores (and parses) are those of the 60 features at once.
   */
  private pairStamp = new Int32Array(0);
  private pairScores = new Int32Array(0);
  private pairGeneration = 0;
  /** Word count of the sentence the pair memo is for (0: too long to memoise, every pair scored afresh). */
  private pairN = 0;
  private readonly labelPairFeats = new Int32Array(N_LABEL_PAIR_FEATURES);
  private readonly labelRestFeats = new Int32Array(N_LABEL_REST_FEATURES + 2);
  protected readonly moveScores = new Int32Array(3);
  protected readonly labelScores: Int32Array;
  protected readonly codes = new SentenceCodes([], []);
  protected readonly temperature: number;
  /**
   * Labels already chosen in this sentence, by the arc's label features: successors of different beam items often make
   * the same arc in the same context (a third of the arcs scored with a beam of 4 on EWT dev; 10% faster). The same
   * memo for move scores (18% repeats) was 14% slower: its 60-feature keys cost more than the lookups they save.
   * Keyed by the 13 features of extractLabelRest plus the arc's two words (which fix the other 10): 15 numbers, not 23.
   * (Memoising the label scores of those 10 per arc was tried too: only 18% of the label scorings met an arc scored
   * before, and it saved nothing measurable.)
   */
  protected readonly labelCache = new FeatureCache(N_LABEL_REST_FEATURES + 2, 1);
  constructor(protected readonly model: Scorer, options: StepScoring) {
    this.labelScores = new Int32Array(model.labels.labels.length);
    this.temperature = options.temperature ?? 0;
  }

  /** Starts a sentence: its codes, an empty label memo and an empty pair memo (none when too long). */
  protected startSentence(words: readonly string[], tags: readonly string[]): void {
    this.codes.set(words, tags);
    this.labelCache.clear();
    const n = words.length;
    if (n > MAX_PAIR_MEMO) { this.pairN = 0; return; }
    const size = (n + 2) * (n + 2);
    if (this.pairStamp.length < size) {
      const m = Math.max(size, 2 * this.pairStamp.length, 64 * 64);
      this.pairStamp = new Int32Array(m);
      this.pairScores = new Int32Array(3 * m);
      this.pairGeneration = 0;
    }
    this.pairGeneration++;
    this.pairN = n;
  }

  /** Scores the moves of `s` into moveScores; false when only one move is legal (`forced` returns it). */
  protected scoreMoves(s: State): boolean {
    if (s.sp === 1 || s.b > s.n) return false;
    const ms = this.moveScores, n = s.n, s0 = s.stack[s.sp - 1]!, b0 = s.b;
    if (this.pairN === n) {
      const key = s0 * (n + 2) + b0, ps = this.pairScores, at = 3 * key;
      if (this.pairStamp[key] !== this.pairGeneration) {
        this.scorePair(n, s0, b0, ps, at);
        this.pairStamp[key] = this.pairGeneration;
      }
      ms[0] = ps[at]!; ms[1] = ps[at + 1]!; ms[2] = ps[at + 2]!;
    } else this.scorePair(n, s0, b0, ms, 0);
    extractRest(s, this.codes, this.feats);
    this.model.addMoves(this.feats, 0, N_REST_FEATURES, ms, 0);
    return true;
  }

  /** Writes the three move scores of (s0, b0)'s pair features (extractPair) at `into[at..at + 2]`. */
  private scorePair(n: number, s0: number, b0: number, into: Int32Array, at: number): void {
    extractPair(this.codes, n, s0, b0, this.pairFeats);
    into[at] = 0; into[at + 1] = 0; into[at + 2] = 0;
    this.model.addMoves(this.pairFeats, 0, N_PAIR_FEATURES, into, at);
  }

  /** The best label for the arc `move` makes in `s` (-1 for SHIFT), as the greedy decoder chooses it. */
  protected labelFor(s: State, move: number): number {
    if (move === SHIFT) return -1;
    const labels = this.model.labels;
    const dep = s.stack[s.sp - 1]!;
    const head = move === LEFT ? s.b : s.stack[s.sp - 2]!;
    if (head === 0) return labels.root;
    const scores = this.labelScores, n = s.n;
    // The memo's key: the features that read the arc's context, and the arc, which gives the others (extractLabelPair).
    const rest = this.labelRestFeats;
    extractLabelRest(s, this.codes, dep, head, rest);
    rest[N_LABEL_REST_FEATURES] = dep;
    rest[N_LABEL_REST_FEATURES + 1] = head;
    const slot = this.labelCache.find(rest);
    if (slot >= 0 && this.labelCache.hit) return this.labelCache.values[slot]!;
    scores.fill(0);
    this.model.scoreLabels(rest, N_LABEL_REST_FEATURES, scores);
    extractLabelPair(this.codes, n, dep, head, this.labelPairFeats);
    this.model.scoreLabels(this.labelPairFeats, N_LABEL_PAIR_FEATURES, scores);
    const label = bestLabel(move === LEFT ? labels.left : labels.right, scores);
    if (slot >= 0) this.labelCache.values[slot] = label;
    return label;
  }

  protected arcs(s: State): Arc[] {
    const n = s.n, names = this.model.labels.labels;
    const out: Arc[] = new Array(n);
    for (let i = 1; i <= n; i++) out[i - 1] = { head: s.heads[i]! - 1, dep: names[s.labels[i]!]! };
    return out;
  }

  abstract parse(words: readonly string[], tags: readonly string[]): Arc[];
}

/** The move forced in a state with one legal move. */
export function forced(s: State): number {
  return s.sp === 1 ? SHIFT : RIGHT;
}

/**
 * The `width` best successors offered in one beam step, best first: the beam item each extends, its move and its score.
 * Ties keep the one offered first. The beam decoder's and the beam trainer's (global.ts).
 */
export class Candidates {
  readonly item: Int32Array;
  readonly move: Int32Array;
  readonly score: Float64Array;
  count = 0;
  constructor(readonly width: number) {
    this.item = new Int32Array(width);
    this.move = new Int32Array(width);
    this.score = new Float64Array(width);
  }

  /** Inserts a successor into the sorted list if it is among the `width` best so far. */
  offer(item: number, move: number, score: number): void {
    const k = this.width, cs = this.score, ci = this.item, cm = this.move;
    if (this.count === k && !(score > cs[k - 1]!)) return;
    let pos = this.count < k ? this.count++ : k - 1;
    while (pos > 0 && cs[pos - 1]! < score) {
      cs[pos] = cs[pos - 1]!; ci[pos] = ci[pos - 1]!; cm[pos] = cm[pos - 1]!;
      pos--;
    }
    cs[pos] = score; ci[pos] = item; cm[pos] = move;
  }
}

/**
 * Beam search: the `width` best partial sequences are kept at each step (every sequence has 2n moves, so they stay
 * in step). Ties keep the earlier candidate, and candidates are made in the order SHIFT, LEFT, RIGHT, so a beam of
 * width 1 makes the greedy decoder's parse.
 */
export class BeamDecoder extends Search {
  private beam: State[] = [];
  private next: State[] = [];
  private readonly scores: Float64Array;
  private readonly cand: Candidates;
  /** Per beam item, the first candidate made from it (-1: none). */
  private readonly firstChild: Int32Array;
  private readonly threshold: number;
  constructor(model: Scorer, readonly width: number, options: StepScoring = {}) {
    super(model, options);
    this.threshold = options.threshold ?? 0;
    if (!(width >= 1) || !Number.isInteger(width)) throw new Error(`parser: beam width must be a positive integer, got ${width}`);
    this.scores = new Float64Array(width);
    this.cand = new Candidates(width);
    this.firstChild = new Int32Array(width);
    this.grow(64);
  }

  private grow(n: number): void {
    this.beam = Array.from({ length: this.width }, () => new State(n));
    this.next = Array.from({ length: this.width }, () => new State(n));
  }

  parse(words: readonly string[], tags: readonly string[]): Arc[] {
    const n = words.length;
    if (n === 0) return [];
    this.startSentence(words, tags);
    if (this.beam[0]!.capacity < n) this.grow(Math.max(n, 2 * this.beam[0]!.capacity));
    this.beam[0]!.reset(n);
    this.scores[0] = 0;
    let size = 1;
    const ms = this.moveScores, t = this.temperature, c = this.cand;
    for (let step = 0; step < 2 * n; step++) {
      c.count = 0;
      for (let i = 0; i < size; i++) {
        const s = this.beam[i]!, base = this.scores[i]!;
        if (!this.scoreMoves(s)) { c.offer(i, forced(s), base); continue; }
        if (s.canShift()) c.offer(i, SHIFT, base + stepScore(s, ms, SHIFT, t));
        if (s.canLeft()) c.offer(i, LEFT, base + stepScore(s, ms, LEFT, t));
        if (s.canRight()) c.offer(i, RIGHT, base + stepScore(s, ms, RIGHT, t));
      }
      let count = c.count;
      if (this.threshold > 0) {
        const floor = c.score[0]! - this.threshold;
        while (count > 1 && c.score[count - 1]! < floor) count--;
      }
      // An item's first successor takes over its state; only further successors copy it (before it changes).
      const first = this.firstChild.fill(-1, 0, size);
      for (let j = 0; j < count; j++) {
        const p = c.item[j]!;
        if (first[p]! < 0) first[p] = j;
        else this.next[j]!.copyFrom(this.beam[p]!);
      }
      for (let j = 0; j < count; j++) {
        const p = c.item[j]!;
        if (first[p] === j) { const own = this.beam[p]!; this.beam[p] = this.next[j]!; this.next[j] = own; }
        const to = this.next[j]!, move = c.move[j]!;
        to.apply(move, this.labelFor(to, move));
        this.scores[j] = c.score[j]!;
      }
      const swap = this.beam; this.beam = this.next; this.next = swap;
      size = count;
    }
    return this.arcs(this.beam[0]!);
  }
}

/**
 * Selectional branching (Choi & McCallum 2013): parse greedily, keeping the steps where the best and second-best
 * legal moves' scores differ by less than `margin`; from the (at most `branches` - 1) steps of smallest margin, take
 * the second-best move there and continue greedily. The sequence of highest total score wins (the greedy one on ties).
 * `margin` is in the units of the step scores (raw, or log-softmax when `temperature` > 0).
 */
export class BranchingDecoder extends Search {
  private state = new State(64);
  private best = new State(64);
  /** Per step of the greedy sequence: its move, label, and (where branched) the runner-up move. */
  private moves = new Int32Array(128);
  private labels = new Int32Array(128);
  private seconds = new Int32Array(128);
  private prefix = new Float64Array(129);
  private secondScore = new Float64Array(128);
  /** The branch points, sorted by margin (smallest first). */
  private readonly pointStep: Int32Array;
  private readonly pointMargin: Float64Array;
  constructor(model: Scorer, readonly branches: number, readonly margin: number, options: StepScoring = {}) {
    super(model, options);
    if (!(branches >= 1) || !Number.isInteger(branches)) throw new Error(`parser: branches must be a positive integer, got ${branches}`);
    this.pointStep = new Int32Array(branches);
    this.pointMargin = new Float64Array(branches);
  }

  /** One greedy step on `s`: returns the move's step score (0 when forced) and applies it; records nothing. */
  private greedyStep(s: State): number {
    let move: number, add = 0;
    if (!this.scoreMoves(s)) move = forced(s);
    else {
      move = bestMove(s, this.moveScores);
      add = stepScore(s, this.moveScores, move, this.temperature);
    }
    s.apply(move, this.labelFor(s, move));
    return add;
  }

  parse(words: readonly string[], tags: readonly string[]): Arc[] {
    const n = words.length;
    if (n === 0) return [];
    this.startSentence(words, tags);
    const steps = 2 * n;
    if (this.state.capacity < n) this.state = new State(Math.max(n, 2 * this.state.capacity));
    if (this.moves.length < steps) {
      this.moves = new Int32Array(2 * steps); this.labels = new Int32Array(2 * steps); this.seconds = new Int32Array(2 * steps);
      this.prefix = new Float64Array(2 * steps + 1); this.secondScore = new Float64Array(2 * steps);
    }
    const s = this.state, ms = this.moveScores, t = this.temperature, k = this.branches - 1;
    s.reset(n);
    let points = 0;
    for (let step = 0; step < steps; step++) {
      let move: number, add = 0;
      if (!this.scoreMoves(s)) move = forced(s);
      else {
        move = bestMove(s, this.moveScores);
        add = stepScore(s, ms, move, t);
        // The runner-up: the best other legal move.
        let second = -1, secondScore = -Infinity;
        for (let m = 0; m < 3; m++) {
          if (m === move || !s.canDo(m)) continue;
          const x = stepScore(s, ms, m, t);
          if (x > secondScore) { secondScore = x; second = m; }
        }
        const gap = add - secondScore;
        if (second >= 0 && k > 0 && gap < this.margin && (points < k || gap < this.pointMargin[points - 1]!)) {
          let pos = points < k ? points++ : k - 1;
          while (pos > 0 && this.pointMargin[pos - 1]! > gap) {
            this.pointMargin[pos] = this.pointMargin[pos - 1]!; this.pointStep[pos] = this.pointStep[pos - 1]!;
            pos--;
          }
          this.pointMargin[pos] = gap; this.pointStep[pos] = step;
          this.seconds[step] = second;
          this.secondScore[step] = secondScore;
        }
      }
      const label = this.labelFor(s, move);
      this.moves[step] = move;
      this.labels[step] = label;
      this.prefix[step + 1] = this.prefix[step]! + add;
      s.apply(move, label);
    }
    if (points === 0) return this.arcs(s);
    if (this.best.capacity < n) this.best = new State(Math.max(n, 2 * this.best.capacity));
    this.best.copyFrom(s);
    let bestTotal = this.prefix[steps]!;
    for (let p = 0; p < points; p++) {
      const at = this.pointStep[p]!;
      // Replay the greedy prefix (no scoring), take the runner-up, then continue greedily.
      s.reset(n);
      for (let step = 0; step < at; step++) s.apply(this.moves[step]!, this.labels[step]!);
      const second = this.seconds[at]!;
      s.apply(second, this.labelFor(s, second));
      let total = this.prefix[at]! + this.secondScore[at]!;
      for (let step = at + 1; step < steps; step++) total += this.greedyStep(s);
      if (total > bestTotal) { bestTotal = total; this.best.copyFrom(s); }
    }
    return this.arcs(this.best);
  }
}
