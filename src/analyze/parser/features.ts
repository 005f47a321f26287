// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid), hashed into 32-bit ids.
//
// Every feature is a template id mixed with up to four 32-bit values (word hashes, tag hashes,
// label ids, distances, valencies). No strings are built per feature: the per-sentence word and
// tag hashes are computed once, and a feature is a handful of integer multiplications.
import type { State } from './transitions.js';

/**
 * Name of the feature set: stored with the weights and checked on loading, since weights are
 * meaningless under other templates. Change it whenever a template changes.
 */
export const FEATURE_SET = 'arc-hybrid-3: 112 move + 35 label templates';

/** Number of features `extract` writes per configuration. */
export const N_FEATURES = 112;

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
 * Per-sentence hashes: index 0 is the root, 1..n the words, n+1 a sentinel for "no such item".
 */
export class SentenceCodes {
  W: Int32Array;
  P: Int32Array;
  /** Suffix hash and shape of each word (root and sentinel get constants). */
  X: Int32Array;
  S: Int32Array;
  none = 0;
  constructor(words: readonly string[], tags: readonly string[]) {
    const m = words.length + 2;
    this.W = new Int32Array(m);
    this.P = new Int32Array(m);
    this.X = new Int32Array(m);
    this.S = new Int32Array(m);
    this.set(words, tags);
  }

  /** Replaces the codes by those of another sentence, growing the arrays when it is longer. */
  set(words: readonly string[], tags: readonly string[]): this {
    const n = words.length;
    if (this.W.length < n + 2) {
      const m = Math.max(n + 2, this.W.length * 2);
      this.W = new Int32Array(m);
      this.P = new Int32Array(m);
      this.X = new Int32Array(m);
      this.S = new Int32Array(m);
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
    this.none = n + 1;
    return this;
  }
}

function bucket(d: number): number {
  return d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : 9;
}

/**
 * Roles: positions of the configuration whose single-token features (word, tag, suffix, shape,
 * and for children their label, fixed once attached) depend on nothing but the token there.
 * `extract` writes them first, then the features combining tokens and state.
 */
export const N_ROLES = 14;
const S0 = 0, B0 = 1, B1 = 2, B2 = 3, S1 = 4, S2 = 5, S0L1 = 6, S0R1 = 7, B0L1 = 8, S1L1 = 9, S1R1 = 10, S0L2 = 11, S0R2 = 12, B0L2 = 13;

/** Most features one role writes. */
export const MAX_ROLE_FEATURES = 6;

/** Writes the token of each role in configuration `s` into `tokens` (c.none where there is none). */
export function roleTokens(s: State, c: SentenceCodes, tokens: Int32Array): void {
  const X = c.none, n = s.n, sp = s.sp, st = s.stack;
  const s0 = sp > 1 ? st[sp - 1]! : X;
  const s1 = sp > 2 ? st[sp - 2]! : sp === 2 ? 0 : X;
  const b0 = s.b <= n ? s.b : X;
  tokens[S0] = s0;
  tokens[B0] = b0;
  tokens[B1] = s.b + 1 <= n ? s.b + 1 : X;
  tokens[B2] = s.b + 2 <= n ? s.b + 2 : X;
  tokens[S1] = s1;
  tokens[S2] = sp > 3 ? st[sp - 3]! : sp === 3 ? 0 : X;
  tokens[S0L1] = s.l1[s0] || X;
  tokens[S0R1] = s.r1[s0] || X;
  tokens[B0L1] = s.l1[b0] || X;
  tokens[S1L1] = s.l1[s1] || X;
  tokens[S1R1] = s.r1[s1] || X;
  tokens[S0L2] = s.l2[s0] || X;
  tokens[S0R2] = s.r2[s0] || X;
  tokens[B0L2] = s.l2[b0] || X;
}

/** Writes the features of token `t` in role `role` into out[0..]; returns their number. */
export function roleFeatures(role: number, t: number, labels: Int32Array, c: SentenceCodes, out: Int32Array): number {
  const w = c.W[t]!, p = c.P[t]!;
  const l = t === c.none ? NO_LABEL : labels[t]! + 7;
  switch (role) {
    case S0: {
      const x = c.X[t]!;
      out[0] = f1(0, 1); out[1] = f2(1, w, p); out[2] = f1(2, w); out[3] = f1(3, p); out[4] = f1(100, x); out[5] = f2(102, x, c.S[t]!);
      return 6;
    }
    case B0: {
      const x = c.X[t]!;
      out[0] = f2(4, w, p); out[1] = f1(5, w); out[2] = f1(6, p); out[3] = f1(101, x); out[4] = f2(103, x, c.S[t]!);
      return 5;
    }
    case B1: out[0] = f2(7, w, p); out[1] = f1(8, w); out[2] = f1(9, p); out[3] = f1(104, c.X[t]!); return 4;
    case B2: out[0] = f1(10, w); out[1] = f1(11, p); return 2;
    case S1: out[0] = f2(12, w, p); out[1] = f1(13, w); out[2] = f1(14, p); out[3] = f1(105, c.X[t]!); return 4;
    case S2: out[0] = f1(15, p); out[1] = f1(16, w); return 2;
    case S0L1: out[0] = f1(67, w); out[1] = f1(68, p); out[2] = f1(69, l); return 3;
    case S0R1: out[0] = f1(70, w); out[1] = f1(71, p); out[2] = f1(72, l); return 3;
    case B0L1: out[0] = f1(73, w); out[1] = f1(74, p); out[2] = f1(75, l); return 3;
    case S1L1: out[0] = f2(76, p, l); return 1;
    case S1R1: out[0] = f2(77, p, l); out[1] = f1(78, w); return 2;
    case S0L2: out[0] = f2(79, w, p); out[1] = f2(80, p, l); return 2;
    case S0R2: out[0] = f2(81, w, p); out[1] = f2(82, p, l); return 2;
    case B0L2: out[0] = f2(83, w, p); out[1] = f2(84, p, l); return 2;
    default: throw new Error(`parser: no feature role ${role}`);
  }
}

/** Number of features `extractRest` writes: those combining several tokens or the state. */
export const N_REST_FEATURES = 71;

const extractTokens = new Int32Array(N_ROLES), extractBuf = new Int32Array(MAX_ROLE_FEATURES);

/** Writes all N_FEATURES feature hashes of configuration `s` into `out` (the role features, then the rest). */
export function extract(s: State, c: SentenceCodes, out: Int32Array): void {
  const tokens = extractTokens, buf = extractBuf;
  roleTokens(s, c, tokens);
  let i = 0;
  for (let r = 0; r < N_ROLES; r++) {
    const k = roleFeatures(r, tokens[r]!, s.labels, c, buf);
    for (let j = 0; j < k; j++) out[i++] = buf[j]!;
  }
  extractRest(s, c, out, i);
}

/** Writes the N_REST_FEATURES multi-token and state features of `s` into out[at..]. */
export function extractRest(s: State, c: SentenceCodes, out: Int32Array, at = 0): void {
  const W = c.W, P = c.P, X = c.none, n = s.n, sp = s.sp;
  const st = s.stack, labels = s.labels;
  const S0 = sp > 1 ? st[sp - 1]! : X;
  const S1 = sp > 2 ? st[sp - 2]! : sp === 2 ? 0 : X;
  const S2 = sp > 3 ? st[sp - 3]! : sp === 3 ? 0 : X;
  const B0 = s.b <= n ? s.b : X;
  const B1 = s.b + 1 <= n ? s.b + 1 : X;
  const B2 = s.b + 2 <= n ? s.b + 2 : X;
  const B3 = s.b + 3 <= n ? s.b + 3 : X;
  const l1 = s.l1, l2 = s.l2, r1 = s.r1, r2 = s.r2;
  const S0L1 = l1[S0] || X, S0L2 = l2[S0] || X, S0R1 = r1[S0] || X, S0R2 = r2[S0] || X;
  const S1L1 = l1[S1] || X, S1R1 = r1[S1] || X, S1R2 = r2[S1] || X;
  const B0L1 = l1[B0] || X, B0L2 = l2[B0] || X;
  const lab = (x: number): number => (x === X ? NO_LABEL : labels[x]! + 7);

  const s0w = W[S0]!, s0p = P[S0]!, s1w = W[S1]!, s1p = P[S1]!, s2p = P[S2]!;
  const b0w = W[B0]!, b0p = P[B0]!, b1w = W[B1]!, b1p = P[B1]!, b2p = P[B2]!, b3p = P[B3]!;
  const s0l1p = P[S0L1]!, s0r1p = P[S0R1]!, s1l1p = P[S1L1]!, s1r1p = P[S1R1]!, b0l1p = P[B0L1]!;
  const s0l1l = lab(S0L1), s0r1l = lab(S0R1), b0l1l = lab(B0L1);
  const d = S0 !== X && B0 !== X ? bucket(B0 - S0) : 0;
  const d1 = S0 !== X && S1 !== X ? bucket(S0 - S1) : 0;
  const s0vl = s.nLeft[S0]!, s0vr = s.nRight[S0]!, b0vl = s.nLeft[B0]!, s1vl = s.nLeft[S1]!, s1vr = s.nRight[S1]!;

  let i = at;
  // Pairs.
  out[i++] = f4(17, s0w, s0p, b0w, b0p);
  out[i++] = f3(18, s0w, s0p, b0w);
  out[i++] = f3(19, s0w, b0w, b0p);
  out[i++] = f3(20, s0w, s0p, b0p);
  out[i++] = f3(21, s0p, b0w, b0p);
  out[i++] = f2(22, s0w, b0w);
  out[i++] = f2(23, s0p, b0p);
  out[i++] = f2(24, b0p, b1p);
  out[i++] = f4(25, s1w, s1p, s0w, s0p);
  out[i++] = f2(26, s1w, s0w);
  out[i++] = f2(27, s1p, s0p);
  out[i++] = f3(28, s1w, s1p, s0p);
  out[i++] = f3(29, s1p, s0w, s0p);
  out[i++] = f2(30, s1p, b0p);
  out[i++] = f2(31, s1w, b0w);
  out[i++] = f2(32, s0p, b1p);
  out[i++] = f2(33, b0w, b1w);
  // Triples of tags.
  out[i++] = f3(34, b0p, b1p, b2p);
  out[i++] = f3(35, s0p, b0p, b1p);
  out[i++] = f3(36, s1p, s0p, b0p);
  out[i++] = f3(37, s2p, s1p, s0p);
  out[i++] = f3(38, s0p, s0l1p, b0p);
  out[i++] = f3(39, s0p, s0r1p, b0p);
  out[i++] = f3(40, s0p, b0p, b0l1p);
  out[i++] = f3(41, s1p, s1r1p, s0p);
  out[i++] = f3(42, s1p, s0p, s0l1p);
  out[i++] = f3(43, s1p, s0p, s0r1p);
  out[i++] = f3(44, s1p, s1l1p, s0p);
  out[i++] = f4(45, b0p, b1p, b2p, b3p);
  out[i++] = f3(46, s1p, s0p, b1p);
  // Distance.
  out[i++] = f2(47, s0w, d);
  out[i++] = f2(48, s0p, d);
  out[i++] = f2(49, b0w, d);
  out[i++] = f2(50, b0p, d);
  out[i++] = f3(51, s0w, b0w, d);
  out[i++] = f3(52, s0p, b0p, d);
  out[i++] = f2(53, s1w, d1);
  out[i++] = f2(54, s1p, d1);
  out[i++] = f2(55, s0w, d1);
  out[i++] = f3(56, s1p, s0p, d1);
  out[i++] = f3(57, s1w, s0w, d1);
  // Valency.
  out[i++] = f2(58, s0w, s0vr);
  out[i++] = f2(59, s0p, s0vr);
  out[i++] = f2(60, s0w, s0vl);
  out[i++] = f2(61, s0p, s0vl);
  out[i++] = f2(62, b0w, b0vl);
  out[i++] = f2(63, b0p, b0vl);
  out[i++] = f2(64, s1w, s1vr);
  out[i++] = f2(65, s1p, s1vr);
  out[i++] = f2(66, s1p, s1vl);
  // Children: tags and labels in context.
  out[i++] = f3(85, s0p, s0l1p, P[S0L2]!);
  out[i++] = f3(86, s0p, s0r1p, P[S0R2]!);
  out[i++] = f3(87, b0p, b0l1p, P[B0L2]!);
  out[i++] = f3(88, s1p, s1r1p, P[S1R2]!);
  out[i++] = f3(89, s0p, s0l1l, s0r1l);
  out[i++] = f3(90, s0w, s0l1l, s0r1l);
  out[i++] = f2(91, b0p, b0l1l);
  out[i++] = f3(92, s0p, s0r1l, b0p);
  // Label sets.
  out[i++] = f2(93, s0w, s.rightSet[S0]!);
  out[i++] = f2(94, s0p, s.rightSet[S0]!);
  out[i++] = f2(95, s0w, s.leftSet[S0]!);
  out[i++] = f2(96, s0p, s.leftSet[S0]!);
  out[i++] = f2(97, b0w, s.leftSet[B0]!);
  out[i++] = f2(98, b0p, s.leftSet[B0]!);
  out[i++] = f3(99, s1p, s.leftSet[S1]!, s.rightSet[S1]!);
  // Tag-independent cues (suffixes, shapes), which carry the parse where the tagger errs.
  const XS = c.X, SS = c.S;
  const s0x = XS[S0]!, b0x = XS[B0]!, s0s = SS[S0]!, b0s = SS[B0]!, s1s = SS[S1]!;
  out[i++] = f2(106, s0x, b0p);
  out[i++] = f2(107, s0p, b0x);
  out[i++] = f2(108, s0x, b0x);
  out[i++] = f4(109, s1s, s0s, b0s, SS[B1]!);
  out[i++] = f3(110, s0s, b0s, d);
  out[i++] = f3(111, s0p, s0s, b0s);
}

/** Number of features `extractLabel` writes for one arc. */
export const N_LABEL_FEATURES = 35;

/**
 * Features for labelling the arc head -> dep just chosen (dep is the stack top, so its own
 * children are complete; the head's children so far are its inner ones). Mixed with the
 * direction, so leftward and rightward arcs use separate weights.
 */
export function extractLabel(s: State, c: SentenceCodes, dep: number, head: number, out: Int32Array): void {
  const W = c.W, P = c.P, X = c.none, n = s.n, labels = s.labels;
  const dir = dep < head ? 101 : 202;
  const lab = (x: number): number => (x === X ? NO_LABEL : labels[x]! + 7);
  const dw = W[dep]!, dp = P[dep]!, hw = W[head]!, hp = P[head]!;
  const dist = bucket(Math.abs(head - dep));
  const DL1 = s.l1[dep] || X, DL2 = s.l2[dep] || X, DR1 = s.r1[dep] || X;
  const HL1 = s.l1[head] || X;
  const dl1l = lab(DL1), dr1l = lab(DR1), dl1w = W[DL1]!;
  const dls = s.leftSet[dep]!, drs = s.rightSet[dep]!, hls = s.leftSet[head]!, hrs = s.rightSet[head]!;
  const prevP = dep > 1 ? P[dep - 1]! : NONE_TAG, nextP = dep < n ? P[dep + 1]! : NONE_TAG;
  const headNextP = head > 0 && head < n ? P[head + 1]! : NONE_TAG;
  let i = 0;
  out[i++] = f1(dir, 1);
  out[i++] = f1(dir + 1, dw);
  out[i++] = f1(dir + 2, dp);
  out[i++] = f2(dir + 3, dw, dp);
  out[i++] = f1(dir + 4, hw);
  out[i++] = f1(dir + 5, hp);
  out[i++] = f2(dir + 6, hw, hp);
  out[i++] = f2(dir + 7, dp, hp);
  out[i++] = f2(dir + 8, dw, hp);
  out[i++] = f2(dir + 9, dp, hw);
  out[i++] = f2(dir + 10, dw, hw);
  out[i++] = f3(dir + 11, dp, hp, dist);
  out[i++] = f2(dir + 12, dl1l, dp);
  out[i++] = f2(dir + 13, dr1l, dp);
  out[i++] = f2(dir + 14, dl1w, dp);
  out[i++] = f2(dir + 15, dl1w, hp);
  out[i++] = f2(dir + 16, W[DR1]!, dp);
  out[i++] = f2(dir + 17, dp, dls);
  out[i++] = f2(dir + 18, dp, drs);
  out[i++] = f2(dir + 19, hp, hls);
  out[i++] = f2(dir + 20, hp, hrs);
  out[i++] = f3(dir + 21, hp, dp, hls);
  out[i++] = f2(dir + 22, dw, dls);
  out[i++] = f3(dir + 23, hw, dp, hls);
  out[i++] = f3(dir + 24, dp, hp, lab(HL1));
  out[i++] = f3(dir + 25, dp, s.nLeft[dep]!, s.nRight[dep]!);
  out[i++] = f3(dir + 26, nextP, dp, hp);
  out[i++] = f2(dir + 27, prevP, dp);
  out[i++] = f2(dir + 28, headNextP, hp);
  out[i++] = f4(dir + 29, lab(DL2), dl1l, dp, hp);
  out[i++] = f1(dir + 30, c.X[dep]!);
  out[i++] = f2(dir + 31, c.X[dep]!, hp);
  out[i++] = f2(dir + 32, c.X[head]!, dp);
  out[i++] = f3(dir + 33, c.S[dep]!, c.S[head]!, dp);
  out[i++] = f2(dir + 34, c.S[dep]!, c.X[head]!);
}
