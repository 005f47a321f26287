// The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic oracle (Goldberg & Nivre 2013).
//
// Tokens are numbered 1..n; 0 is the artificial root, which sits at the bottom of the stack and
// is never popped. Moves: SHIFT pushes the buffer front b; LEFT attaches the stack top s0 to b
// and pops it; RIGHT attaches s0 to the item below it, s1, and pops it. RIGHT onto the root is
// only allowed once the buffer is empty, so every parse has exactly one root word.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** A parser configuration plus the bookkeeping the features read (children, valency, label sets). */
export class State {
  /** Number of words (changed only by `reset`). */
  n: number;
  /** stack[0..sp-1], stack[0] = 0 (root). */
  readonly stack: Int32Array;
  sp = 1;
  /** Buffer front, 1..n; n+1 when the buffer is empty. */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost / rightmost and second-rightmost children, 0 when none. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Bit sets of the labels (id mod 32) of left / right children. */
  readonly leftSet: Int32Array;
  readonly rightSet: Int32Array;
  /**
   * Highest position whose entries may differ from a fresh state's (a configuration only writes at positions up to its
   * buffer front), so `copyFrom` and `reset` touch the sentence's prefix in use rather than all n + 2 positions.
   */
  private hi = 0;

  constructor(n: number) {
    this.n = n;
    const m = n + 2;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(-1);
    this.l1 = new Int32Array(m);
    this.l2 = new Int32Array(m);
    this.r1 = new Int32Array(m);
    this.r2 = new Int32Array(m);
    this.nLeft = new Int32Array(m);
    this.nRight = new Int32Array(m);
    this.leftSet = new Int32Array(m);
    this.rightSet = new Int32Array(m);
  }

  /** Most words a sentence may have for `reset` to reuse this state's arrays. */
  get capacity(): number {
    return this.stack.length - 2;
  }

  /** Makes this the initial configuration of an n-word sentence (n <= capacity), reusing the arrays. */
  reset(n: number): void {
    if (n > this.capacity) throw new Error(`parser: a state for ${this.capacity} words cannot hold ${n}`);
    const m = n + 2;
    this.n = n;
    this.sp = 1;
    this.b = 1;
    const end = Math.max(m, this.hi + 1);
    this.heads.fill(-1, 0, end);
    this.labels.fill(-1, 0, end);
    for (const a of [this.l1, this.l2, this.r1, this.r2, this.nLeft, this.nRight, this.leftSet, this.rightSet]) a.fill(0, 0, end);
    this.hi = 0;
  }

  /** Makes this a copy of `o`'s configuration (this state's capacity must hold o's sentence); for search, which keeps several. */
  copyFrom(o: State): void {
    const m = o.n + 2;
    if (m > this.stack.length) throw new Error(`parser: a state for ${this.capacity} words cannot hold ${o.n}`);
    this.n = o.n;
    this.sp = o.sp;
    this.b = o.b;
    // Beyond both states' `hi` every entry is a fresh state's, in both. (Where this state is the larger and has written
    // beyond the end of `o`'s arrays, that part is cleared below.)
    const reach = Math.max(this.hi, o.hi) + 1, end = Math.min(reach, o.stack.length);
    this.hi = o.hi;
    // One loop over plain indices: `set` with `subarray` views allocated eleven objects per copy.
    for (let i = 0; i < o.sp; i++) this.stack[i] = o.stack[i]!;
    for (let i = 0; i < end; i++) {
      this.heads[i] = o.heads[i]!;
      this.labels[i] = o.labels[i]!;
      this.l1[i] = o.l1[i]!;
      this.l2[i] = o.l2[i]!;
      this.r1[i] = o.r1[i]!;
      this.r2[i] = o.r2[i]!;
      this.nLeft[i] = o.nLeft[i]!;
      this.nRight[i] = o.nRight[i]!;
      this.leftSet[i] = o.leftSet[i]!;
      this.rightSet[i] = o.rightSet[i]!;
    }
    if (reach > end) {
      this.heads.fill(-1, end, reach);
      this.labels.fill(-1, end, reach);
      for (const a of [this.l1, this.l2, this.r1, this.r2, this.nLeft, this.nRight, this.leftSet, this.rightSet]) a.fill(0, end, reach);
    }
  }

  isTerminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }

  canLeft(): boolean {
    return this.sp > 1 && this.b <= this.n;
  }

  canRight(): boolean {
    return this.sp > 2 || (this.sp === 2 && this.b > this.n);
  }

  canDo(move: number): boolean {
    return move === SHIFT ? this.canShift() : move === LEFT ? this.canLeft() : this.canRight();
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const dep = this.stack[--this.sp]!;
    const head = move === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.addArc(head, dep, label);
  }

  private addArc(head: number, dep: number, label: number): void {
    const top = head > dep ? head : dep;
    if (top > this.hi) this.hi = top;
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      // dep arrives left of head; arc-hybrid attaches left children from the inside out,
      // so the newest left child is the leftmost so far.
      if (this.l1[head] === 0 || dep < this.l1[head]!) {
        this.l2[head] = this.l1[head]!;
        this.l1[head] = dep;
      } else if (this.l2[head] === 0 || dep < this.l2[head]!) {
        this.l2[head] = dep;
      }
      this.nLeft[head]!++;
      this.leftSet[head]! |= bit;
    } else {
      if (dep > this.r1[head]!) {
        this.r2[head] = this.r1[head]!;
        this.r1[head] = dep;
      } else if (dep > this.r2[head]!) {
        this.r2[head] = dep;
      }
      this.nRight[head]!++;
      this.rightSet[head]! |= bit;
    }
  }
}

/**
 * Unlabelled costs of the three moves (number of gold arcs that become unreachable), with
 * `goldHeads` indexed by token 1..n (0 = root). Illegal moves get Infinity.
 * LEFT: s0 loses a head in {s1} ∪ β\{b} and its dependents in b|β.
 * RIGHT: s0 loses a head in b|β and its dependents in b|β.
 * SHIFT: b loses a head in the stack below s0 and its dependents in the stack.
 */
export function moveCosts(s: State, goldHeads: Int32Array, out: Float64Array): void {
  const n = s.n, b = s.b, sp = s.sp;
  const s0 = sp > 1 ? s.stack[sp - 1]! : -1;
  const s1 = sp > 2 ? s.stack[sp - 2]! : (sp === 2 ? 0 : -1);
  // Dependents of s0 still in the buffer.
  let s0DepsInBuffer = 0;
  if (s0 > 0) for (let k = b; k <= n; k++) if (goldHeads[k] === s0) s0DepsInBuffer++;
  const s0HeadInRest = s0 > 0 && goldHeads[s0]! > b; // head in β beyond b
  const s0HeadIsB = s0 > 0 && goldHeads[s0] === b && b <= n;
  if (s.canLeft()) {
    out[LEFT] = s0DepsInBuffer + (s0HeadInRest || goldHeads[s0] === s1 ? 1 : 0);
  } else out[LEFT] = Infinity;
  if (s.canRight()) {
    out[RIGHT] = s0DepsInBuffer + (s0HeadInRest || s0HeadIsB ? 1 : 0);
  } else out[RIGHT] = Infinity;
  if (s.canShift()) {
    let c = 0;
    const hb = goldHeads[b]!;
    for (let i = 0; i < sp; i++) {
      const t = s.stack[i]!;
      if (goldHeads[t] === b && t !== 0) c++;
      if (i < sp - 1 && t === hb) c++;
    }
    out[SHIFT] = c;
  } else out[SHIFT] = Infinity;
}

/**
 * The static oracle for a projective gold tree: LEFT when s0's head is b, RIGHT when s0's head
 * is s1 and s0 has no dependents left in the buffer, otherwise SHIFT. Returns the move.
 */
export function staticMove(s: State, goldHeads: Int32Array): number {
  const sp = s.sp;
  if (sp > 1) {
    const s0 = s.stack[sp - 1]!;
    if (s.canLeft() && goldHeads[s0] === s.b) return LEFT;
    const s1 = s.stack[sp - 2]!;
    if (s.canRight() && goldHeads[s0] === s1) {
      let pending = false;
      for (let k = s.b; k <= s.n; k++) if (goldHeads[k] === s0) { pending = true; break; }
      if (!pending) return RIGHT;
    }
  }
  return SHIFT;
}
