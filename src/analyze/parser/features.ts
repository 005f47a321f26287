// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid, then pruned for speed), hashed into 32-bit ids.
//
// Every feature is a template id mixed with up to four 32-bit atoms (word hashes, tag hashes,
// precombined word+tag hashes, label ids, distances, valencies). No strings are built per
// feature: the per-sentence atoms are computed once, and a feature is a handful of integer
// multiplications.
//
// The templates are the 60 move and 23 label templates (of 112 and 35) that survived a greedy backward
// selection: a model trained on four fifths of EWT train (jackknifed tags) was scored on the last
// fifth with each template switched off in turn, and the templates whose loss cost least were
// dropped, ten (moves) or three (labels) at a time (see MODEL_CARD.md). Each move template is a
// random access into a table larger than the caches, so fewer templates is what makes parsing
// fast.
import type { State } from './transitions.js';

/**
 * Name of the feature set: stored with the weights and checked on loading, since weights are
 * meaningless under other templates. Change it whenever a template changes.
 */
export const FEATURE_SET = 'arc-hybrid-4: 60 move + 23 label templates, precombined atoms';

/** Number of features `extract` writes per configuration. */
export const N_FEATURES = 60;

/** Number of features `extractLabel` writes for one arc. */
export const N_LABEL_FEATURES = 23;

const ROOT_WORD = 0x5f1a3c27;
const ROOT_TAG = 0x2b7e1516;
const NONE_WORD = 0x3c6ef372;
const NONE_TAG = 0x7f4a7c15;
const NO_LABEL = 0x6a09e667;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function f1(t: number, a: number): number {
  return mix(Math.imul(t + 1, 0x27d4eb2f), a);
}
function f2(t: number, a: number, b: number): number {
  return mix(mix(Math.imul(t + 1, 0x27d4eb2f), a), b);
}
function f3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(Math.imul(t + 1, 0x27d4eb2f), a), b), c);
}
function f4(t: number, a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(Math.imul(t + 1, 0x27d4eb2f), a), b), c), d);
}

/** Hash of a word form, case-folded (ASCII) with digits collapsed to 0, so "1999" ~ "2024". */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Hash of the last three characters, case-folded: a tag-independent cue for rare words ("-ing", "-ed", "'s"). */
export function suffixHash(w: string): number {
  let h = 0x1b873593;
  for (let i = Math.max(0, w.length - 3); i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Coarse shape: 1 lower-case, 2 capitalised, 3 all capitals, 4 has a digit, 5 other (punctuation, symbols). */
export function shapeOf(w: string): number {
  let upper = 0, lower = 0, digit = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
    else if (c > 127 && w[i]!.toLowerCase() !== w[i]!.toUpperCase()) (w[i] === w[i]!.toUpperCase() ? upper++ : lower++);
  }
  if (digit > 0) return 4;
  if (upper === 0 && lower === 0) return 5;
  if (upper === 0) return 1;
  return lower === 0 && upper > 1 ? 3 : 2;
}

/** FNV-1a hash of a tag string. */
export function tagHash(t: string): number {
  let h = 0x9dc5811c;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Per-sentence atoms: index 0 is the root, 1..n the words, n+1 a sentinel for "no such item".
 * Word+tag and suffix+shape pairs are mixed once per word here rather than once per feature.
 */
export class SentenceCodes {
  /** Word, tag, word+tag, suffix, shape and suffix+shape atoms of each position. */
  W = new Int32Array(0);
  P = new Int32Array(0);
  WP = new Int32Array(0);
  X = new Int32Array(0);
  S = new Int32Array(0);
  XS = new Int32Array(0);
  none = 0;
  constructor(words: readonly string[], tags: readonly string[]) {
    // set() sizes the arrays for the sentence.
    this.set(words, tags);
  }

  /** Replaces the atoms by those of another sentence, growing the arrays when it is longer. */
  set(words: readonly string[], tags: readonly string[]): this {
    const n = words.length;
    if (this.W.length < n + 2) {
      const m = Math.max(n + 2, this.W.length * 2);
      this.W = new Int32Array(m);
      this.P = new Int32Array(m);
      this.WP = new Int32Array(m);
      this.X = new Int32Array(m);
      this.S = new Int32Array(m);
      this.XS = new Int32Array(m);
    }
    const W = this.W, P = this.P, X = this.X, S = this.S;
    W[0] = ROOT_WORD;
    P[0] = ROOT_TAG;
    X[0] = ROOT_WORD;
    S[0] = 6;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      W[i + 1] = wordHash(w);
      P[i + 1] = tagHash(tags[i]!);
      X[i + 1] = suffixHash(w);
      S[i + 1] = shapeOf(w);
    }
    W[n + 1] = NONE_WORD;
    P[n + 1] = NONE_TAG;
    X[n + 1] = NONE_WORD;
    S[n + 1] = 7;
    for (let i = 0; i <= n + 1; i++) {
      this.WP[i] = mix(W[i]!, P[i]!);
      this.XS[i] = mix(X[i]!, S[i]!);
    }
    this.none = n + 1;
    return this;
  }
}

function bucket(d: number): number {
  return d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : 9;
}

/** Writes the N_FEATURES move-feature hashes of configuration `s` into `out`. */
export function extract(s: State, c: SentenceCodes, out: Int32Array): void {
  const none = c.none, n = s.n, sp = s.sp, st = s.stack;
  const W = c.W, P = c.P, WP = c.WP, X = c.X, S = c.S;
  const nLeft = s.nLeft, nRight = s.nRight, leftSet = s.leftSet, rightSet = s.rightSet;
  const labels = s.labels;
  const lab = (x: number): number => (x === none ? NO_LABEL : labels[x]! + 7);
  const s0 = sp > 1 ? st[sp - 1]! : none;
  const s1 = sp > 2 ? st[sp - 2]! : sp === 2 ? 0 : none;
  const s2 = sp > 3 ? st[sp - 3]! : sp === 3 ? 0 : none;
  const b0 = s.b <= n ? s.b : none;
  const b1 = s.b + 1 <= n ? s.b + 1 : none;
  const b2 = s.b + 2 <= n ? s.b + 2 : none;
  const s0l1 = s.l1[s0] || none;
  const s0l2 = s.l2[s0] || none;
  const s0r1 = s.r1[s0] || none;
  const s1l1 = s.l1[s1] || none;
  const s1r1 = s.r1[s1] || none;
  const s1r2 = s.r2[s1] || none;
  const b0l1 = s.l1[b0] || none;
  const b0l2 = s.l2[b0] || none;
  const d = s0 !== none && b0 !== none ? bucket(b0 - s0) : 0;
  const d1 = s0 !== none && s1 !== none ? bucket(s0 - s1) : 0;
  out[0] = f1(0, 1);
  out[1] = f1(1, WP[s0]!);
  out[2] = f1(2, W[s0]!);
  out[3] = f1(3, P[s0]!);
  out[4] = f1(4, WP[b0]!);
  out[5] = f1(5, W[b0]!);
  out[6] = f1(6, P[b0]!);
  out[7] = f1(8, W[b1]!);
  out[8] = f1(9, P[b1]!);
  out[9] = f1(104, X[b1]!);
  out[10] = f1(11, P[b2]!);
  out[11] = f1(12, WP[s1]!);
  out[12] = f1(13, W[s1]!);
  out[13] = f1(68, P[s0l1]!);
  out[14] = f1(69, lab(s0l1));
  out[15] = f1(73, W[b0l1]!);
  out[16] = f1(74, P[b0l1]!);
  out[17] = f2(76, P[s1l1]!, lab(s1l1));
  out[18] = f1(79, WP[s0l2]!);
  out[19] = f2(80, P[s0l2]!, lab(s0l2));
  out[20] = f1(83, WP[b0l2]!);
  out[21] = f2(84, P[b0l2]!, lab(b0l2));
  out[22] = f2(17, WP[s0]!, WP[b0]!);
  out[23] = f2(20, WP[s0]!, P[b0]!);
  out[24] = f2(21, P[s0]!, WP[b0]!);
  out[25] = f2(22, W[s0]!, W[b0]!);
  out[26] = f2(24, P[b0]!, P[b1]!);
  out[27] = f2(29, P[s1]!, WP[s0]!);
  out[28] = f2(32, P[s0]!, P[b1]!);
  out[29] = f3(34, P[b0]!, P[b1]!, P[b2]!);
  out[30] = f3(35, P[s0]!, P[b0]!, P[b1]!);
  out[31] = f3(36, P[s1]!, P[s0]!, P[b0]!);
  out[32] = f3(37, P[s2]!, P[s1]!, P[s0]!);
  out[33] = f3(38, P[s0]!, P[s0l1]!, P[b0]!);
  out[34] = f3(40, P[s0]!, P[b0]!, P[b0l1]!);
  out[35] = f3(42, P[s1]!, P[s0]!, P[s0l1]!);
  out[36] = f3(46, P[s1]!, P[s0]!, P[b1]!);
  out[37] = f2(48, P[s0]!, d);
  out[38] = f2(49, W[b0]!, d);
  out[39] = f2(50, P[b0]!, d);
  out[40] = f3(52, P[s0]!, P[b0]!, d);
  out[41] = f2(54, P[s1]!, d1);
  out[42] = f3(56, P[s1]!, P[s0]!, d1);
  out[43] = f2(59, P[s0]!, nRight[s0]!);
  out[44] = f2(61, P[s0]!, nLeft[s0]!);
  out[45] = f2(62, W[b0]!, nLeft[b0]!);
  out[46] = f2(63, P[b0]!, nLeft[b0]!);
  out[47] = f2(65, P[s1]!, nRight[s1]!);
  out[48] = f3(87, P[b0]!, P[b0l1]!, P[b0l2]!);
  out[49] = f3(88, P[s1]!, P[s1r1]!, P[s1r2]!);
  out[50] = f3(89, P[s0]!, lab(s0l1), lab(s0r1));
  out[51] = f2(91, P[b0]!, lab(b0l1));
  out[52] = f2(93, W[s0]!, rightSet[s0]!);
  out[53] = f2(96, P[s0]!, leftSet[s0]!);
  out[54] = f2(98, P[b0]!, leftSet[b0]!);
  out[55] = f2(106, X[s0]!, P[b0]!);
  out[56] = f2(107, P[s0]!, X[b0]!);
  out[57] = f4(109, S[s1]!, S[s0]!, S[b0]!, S[b1]!);
  out[58] = f3(110, S[s0]!, S[b0]!, d);
  out[59] = f3(111, P[s0]!, S[s0]!, S[b0]!);
}

/**
 * Features for labelling the arc head -> dep just chosen (dep is the stack top, so its own
 * children are complete; the head's children so far are its inner ones). Mixed with the
 * direction, so leftward and rightward arcs use separate weights.
 */
export function extractLabel(s: State, c: SentenceCodes, dep: number, head: number, out: Int32Array): void {
  const none = c.none, n = s.n, labels = s.labels;
  const dir = dep < head ? 101 : 202;
  const W = c.W;
  const P = c.P;
  const WP = c.WP;
  const X = c.X;
  const nLeft = s.nLeft;
  const nRight = s.nRight;
  const leftSet = s.leftSet;
  const rightSet = s.rightSet;
  const lab = (x: number): number => (x === none ? NO_LABEL : labels[x]! + 7);
  const dl1 = s.l1[dep] || none;
  const dl2 = s.l2[dep] || none;
  const dr1 = s.r1[dep] || none;
  const hl1 = s.l1[head] || none;
  const dist = bucket(Math.abs(head - dep));
  const prevP = dep > 1 ? P[dep - 1]! : NONE_TAG;
  const nextP = dep < n ? P[dep + 1]! : NONE_TAG;
  const headNextP = head > 0 && head < n ? P[head + 1]! : NONE_TAG;
  out[0] = f1(dir, 1);
  out[1] = f1(dir + 3, WP[dep]!);
  out[2] = f1(dir + 4, W[head]!);
  out[3] = f1(dir + 6, WP[head]!);
  out[4] = f3(dir + 11, P[dep]!, P[head]!, dist);
  out[5] = f2(dir + 12, lab(dl1), P[dep]!);
  out[6] = f2(dir + 14, W[dl1]!, P[dep]!);
  out[7] = f2(dir + 15, W[dl1]!, P[head]!);
  out[8] = f2(dir + 16, W[dr1]!, P[dep]!);
  out[9] = f2(dir + 17, P[dep]!, leftSet[dep]!);
  out[10] = f2(dir + 18, P[dep]!, rightSet[dep]!);
  out[11] = f2(dir + 19, P[head]!, leftSet[head]!);
  out[12] = f2(dir + 20, P[head]!, rightSet[head]!);
  out[13] = f3(dir + 21, P[head]!, P[dep]!, leftSet[head]!);
  out[14] = f2(dir + 22, W[dep]!, leftSet[dep]!);
  out[15] = f3(dir + 24, P[dep]!, P[head]!, lab(hl1));
  out[16] = f3(dir + 25, P[dep]!, nLeft[dep]!, nRight[dep]!);
  out[17] = f3(dir + 26, nextP, P[dep]!, P[head]!);
  out[18] = f2(dir + 27, prevP, P[dep]!);
  out[19] = f2(dir + 28, headNextP, P[head]!);
  out[20] = f4(dir + 29, lab(dl2), lab(dl1), P[dep]!, P[head]!);
  out[21] = f2(dir + 31, X[dep]!, P[head]!);
  out[22] = f2(dir + 32, X[head]!, P[dep]!);
}
