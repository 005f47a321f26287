// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid, then pruned for speed), hashed into 32-bit ids.
//
// Every feature is a template id mixed with up to four 32-bit atoms (word hashes, tag hashes,
// precombined word+tag hashes, label ids, distances, valencies). No strings are built per
// feature: the per-sentence atoms are computed once, and a feature is a handful of integer
// multiplications, written out in line (see SEED).
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

/** Multipliers of `mix`. */
const G = 0x9e3779b1;
const M = 0x85ebca6b;

/** Mixes a 32-bit atom into a running hash. */
function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, G);
  h ^= h >>> 15;
  h = Math.imul(h, M);
  return h ^ (h >>> 13);
}

/**
 * Starting hash of each template id (move templates 0..111, label templates 101 + 0..34 and
 * 202 + 0..34, by arc direction). A feature is SEED[template] with its atoms mixed in one
 * after another by the steps of `mix`. `extract` and `extractLabel` write those steps out
 * instead of calling `mix`: V8 stops inlining calls in functions this long, and ~170 calls per
 * configuration cost four times what the hashing itself does.
 */
const SEED = Int32Array.from({ length: 240 }, (_, t) => Math.imul(t + 1, 0x27d4eb2f));

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

/** Where extract's vector holds each feature of extractPair, and each of extractRest (the templates' order). */
const PAIR_AT = Int8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 22, 23, 24, 25, 26, 28, 29, 30, 37, 38, 39, 40, 55, 56, 58, 59]);
const REST_AT = Int8Array.from([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 27, 31, 32, 33, 34, 35, 36, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 57]);
const pairOut = new Int32Array(PAIR_AT.length);
const restOut = new Int32Array(REST_AT.length);

/** Number of the move features that depend only on the positions of s0 and b0 (`extractPair`). */
export const N_PAIR_FEATURES = PAIR_AT.length;

/** Number of the other move features (`extractRest`): N_PAIR_FEATURES + N_REST_FEATURES = N_FEATURES. */
export const N_REST_FEATURES = REST_AT.length;

/**
 * Writes the N_FEATURES move-feature hashes of configuration `s` into `out`, in the templates' order (the trainers and
 * the greedy decoder): extractPair's and extractRest's, placed back where they were before the split.
 */
export function extract(s: State, c: SentenceCodes, out: Int32Array): void {
  const none = c.none, n = s.n;
  extractPair(c, n, s.sp > 1 ? s.stack[s.sp - 1]! : none, s.b <= n ? s.b : none, pairOut);
  extractRest(s, c, restOut);
  for (let k = 0; k < PAIR_AT.length; k++) out[PAIR_AT[k]!] = pairOut[k]!;
  for (let k = 0; k < REST_AT.length; k++) out[REST_AT[k]!] = restOut[k]!;
}

/**
 * The move features of `extract` that read only the words at s0, b0, b0 + 1, b0 + 2 and the distance between s0 and b0
 * (templates 0-10, 22-26, 28-30, 37-40, 55, 56, 58, 59: the same hashes), for word positions s0 < b0 <= n. A beam
 * decoder memoises their score per (s0, b0) within a sentence; `extractRest` writes the other 33. s0 and b0 may be
 * `c.none` (no such item), as in `extract`.
 */
export function extractPair(c: SentenceCodes, n: number, s0: number, b0: number, out: Int32Array): void {
  let h: number;
  const none = c.none;
  const W = c.W, P = c.P, WP = c.WP, X = c.X, S = c.S;
  const b1 = b0 + 1 <= n ? b0 + 1 : none;
  const b2 = b0 + 2 <= n ? b0 + 2 : none;
  const d = s0 !== none && b0 !== none ? bucket(b0 - s0) : 0;
  h = SEED[0]!;
  h = Math.imul(h ^ 1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[0] = h;
  h = SEED[1]!;
  h = Math.imul(h ^ WP[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[1] = h;
  h = SEED[2]!;
  h = Math.imul(h ^ W[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[2] = h;
  h = SEED[3]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[3] = h;
  h = SEED[4]!;
  h = Math.imul(h ^ WP[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[4] = h;
  h = SEED[5]!;
  h = Math.imul(h ^ W[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[5] = h;
  h = SEED[6]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[6] = h;
  h = SEED[8]!;
  h = Math.imul(h ^ W[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[7] = h;
  h = SEED[9]!;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[8] = h;
  h = SEED[104]!;
  h = Math.imul(h ^ X[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[9] = h;
  h = SEED[11]!;
  h = Math.imul(h ^ P[b2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[10] = h;
  h = SEED[17]!;
  h = Math.imul(h ^ WP[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ WP[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[11] = h;
  h = SEED[20]!;
  h = Math.imul(h ^ WP[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[12] = h;
  h = SEED[21]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ WP[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[13] = h;
  h = SEED[22]!;
  h = Math.imul(h ^ W[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ W[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[14] = h;
  h = SEED[24]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[15] = h;
  h = SEED[32]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[16] = h;
  h = SEED[34]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[17] = h;
  h = SEED[35]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[18] = h;
  h = SEED[48]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[19] = h;
  h = SEED[49]!;
  h = Math.imul(h ^ W[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[20] = h;
  h = SEED[50]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[21] = h;
  h = SEED[52]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[22] = h;
  h = SEED[106]!;
  h = Math.imul(h ^ X[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[23] = h;
  h = SEED[107]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ X[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[24] = h;
  h = SEED[110]!;
  h = Math.imul(h ^ S[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[25] = h;
  h = SEED[111]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[26] = h;
}

/** The move features of `extract` that `extractPair` leaves out (the same hashes); s0 and b0 may be missing, as in `extract`. */
export function extractRest(s: State, c: SentenceCodes, out: Int32Array): void {
  let h: number;
  const none = c.none, n = s.n, sp = s.sp, st = s.stack;
  const W = c.W, P = c.P, WP = c.WP, X = c.X, S = c.S;
  const nLeft = s.nLeft, nRight = s.nRight, leftSet = s.leftSet, rightSet = s.rightSet;
  const labels = s.labels;
  const s0 = sp > 1 ? st[sp - 1]! : none;
  const s1 = sp > 2 ? st[sp - 2]! : sp === 2 ? 0 : none;
  const s2 = sp > 3 ? st[sp - 3]! : sp === 3 ? 0 : none;
  const b0 = s.b <= n ? s.b : none;
  const b1 = s.b + 1 <= n ? s.b + 1 : none;
  const s0l1 = s.l1[s0] || none;
  const s0l2 = s.l2[s0] || none;
  const s0r1 = s.r1[s0] || none;
  const s1l1 = s.l1[s1] || none;
  const s1r1 = s.r1[s1] || none;
  const s1r2 = s.r2[s1] || none;
  const b0l1 = s.l1[b0] || none;
  const b0l2 = s.l2[b0] || none;
  const labS0L1 = s0l1 === none ? NO_LABEL : labels[s0l1]! + 7;
  const labS0L2 = s0l2 === none ? NO_LABEL : labels[s0l2]! + 7;
  const labS0R1 = s0r1 === none ? NO_LABEL : labels[s0r1]! + 7;
  const labS1L1 = s1l1 === none ? NO_LABEL : labels[s1l1]! + 7;
  const labB0L1 = b0l1 === none ? NO_LABEL : labels[b0l1]! + 7;
  const labB0L2 = b0l2 === none ? NO_LABEL : labels[b0l2]! + 7;
  const d1 = s0 !== none && s1 !== none ? bucket(s0 - s1) : 0;
  h = SEED[12]!;
  h = Math.imul(h ^ WP[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[0] = h;
  h = SEED[13]!;
  h = Math.imul(h ^ W[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[1] = h;
  h = SEED[68]!;
  h = Math.imul(h ^ P[s0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[2] = h;
  h = SEED[69]!;
  h = Math.imul(h ^ labS0L1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[3] = h;
  h = SEED[73]!;
  h = Math.imul(h ^ W[b0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[4] = h;
  h = SEED[74]!;
  h = Math.imul(h ^ P[b0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[5] = h;
  h = SEED[76]!;
  h = Math.imul(h ^ P[s1l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labS1L1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[6] = h;
  h = SEED[79]!;
  h = Math.imul(h ^ WP[s0l2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[7] = h;
  h = SEED[80]!;
  h = Math.imul(h ^ P[s0l2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labS0L2, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[8] = h;
  h = SEED[83]!;
  h = Math.imul(h ^ WP[b0l2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[9] = h;
  h = SEED[84]!;
  h = Math.imul(h ^ P[b0l2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labB0L2, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[10] = h;
  h = SEED[29]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ WP[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[11] = h;
  h = SEED[36]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[12] = h;
  h = SEED[37]!;
  h = Math.imul(h ^ P[s2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[13] = h;
  h = SEED[38]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[14] = h;
  h = SEED[40]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[15] = h;
  h = SEED[42]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[16] = h;
  h = SEED[46]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[17] = h;
  h = SEED[54]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[18] = h;
  h = SEED[56]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ d1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[19] = h;
  h = SEED[59]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nRight[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[20] = h;
  h = SEED[61]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nLeft[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[21] = h;
  h = SEED[62]!;
  h = Math.imul(h ^ W[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nLeft[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[22] = h;
  h = SEED[63]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nLeft[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[23] = h;
  h = SEED[65]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nRight[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[24] = h;
  h = SEED[87]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0l1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[b0l2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[25] = h;
  h = SEED[88]!;
  h = Math.imul(h ^ P[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s1r1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[s1r2]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[26] = h;
  h = SEED[89]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labS0L1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labS0R1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[27] = h;
  h = SEED[91]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labB0L1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[28] = h;
  h = SEED[93]!;
  h = Math.imul(h ^ W[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ rightSet[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[29] = h;
  h = SEED[96]!;
  h = Math.imul(h ^ P[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[30] = h;
  h = SEED[98]!;
  h = Math.imul(h ^ P[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[31] = h;
  h = SEED[109]!;
  h = Math.imul(h ^ S[s1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[s0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[b0]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ S[b1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[32] = h;
}

/** Where extractLabel's vector holds each feature of extractLabelPair, and each of extractLabelRest (the templates' order). */
const LABEL_PAIR_AT = Int8Array.from([0, 1, 2, 3, 4, 17, 18, 19, 21, 22]);
const LABEL_REST_AT = Int8Array.from([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20]);
const labelPairOut = new Int32Array(LABEL_PAIR_AT.length);
const labelRestOut = new Int32Array(LABEL_REST_AT.length);

/** Number of the label features that read only the arc's two words and their neighbours' tags (`extractLabelPair`). */
export const N_LABEL_PAIR_FEATURES = LABEL_PAIR_AT.length;

/** Number of the other label features (`extractLabelRest`): the two add up to N_LABEL_FEATURES. */
export const N_LABEL_REST_FEATURES = LABEL_REST_AT.length;

/**
 * Features for labelling the arc head -> dep just chosen (dep is the stack top, so its own
 * children are complete; the head's children so far are its inner ones). Mixed with the
 * direction, so leftward and rightward arcs use separate weights.
 */
export function extractLabel(s: State, c: SentenceCodes, dep: number, head: number, out: Int32Array): void {
  extractLabelPair(c, s.n, dep, head, labelPairOut);
  extractLabelRest(s, c, dep, head, labelRestOut);
  for (let k = 0; k < LABEL_PAIR_AT.length; k++) out[LABEL_PAIR_AT[k]!] = labelPairOut[k]!;
  for (let k = 0; k < LABEL_REST_AT.length; k++) out[LABEL_REST_AT[k]!] = labelRestOut[k]!;
}

/**
 * The label features of `extractLabel` that read only the words dep and head (label templates 0, 1, 2, 3, 4, 17, 18, 19, 21, 22: the
 * same hashes): the arc fixes them, so the beam's label memo is keyed by dep and head in their stead; `extractLabelRest`
 * writes the others.
 */
export function extractLabelPair(c: SentenceCodes, n: number, dep: number, head: number, out: Int32Array): void {
  let h: number;
  const dir = dep < head ? 101 : 202;
  const W = c.W, P = c.P, WP = c.WP, X = c.X;
  const dist = bucket(Math.abs(head - dep));
  const prevP = dep > 1 ? P[dep - 1]! : NONE_TAG;
  const nextP = dep < n ? P[dep + 1]! : NONE_TAG;
  const headNextP = head > 0 && head < n ? P[head + 1]! : NONE_TAG;
  h = SEED[dir]!;
  h = Math.imul(h ^ 1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[0] = h;
  h = SEED[dir + 3]!;
  h = Math.imul(h ^ WP[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[1] = h;
  h = SEED[dir + 4]!;
  h = Math.imul(h ^ W[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[2] = h;
  h = SEED[dir + 6]!;
  h = Math.imul(h ^ WP[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[3] = h;
  h = SEED[dir + 11]!;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ dist, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[4] = h;
  h = SEED[dir + 26]!;
  h = Math.imul(h ^ nextP, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[5] = h;
  h = SEED[dir + 27]!;
  h = Math.imul(h ^ prevP, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[6] = h;
  h = SEED[dir + 28]!;
  h = Math.imul(h ^ headNextP, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[7] = h;
  h = SEED[dir + 31]!;
  h = Math.imul(h ^ X[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[8] = h;
  h = SEED[dir + 32]!;
  h = Math.imul(h ^ X[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[9] = h;
}

/** The label features of `extractLabel` that `extractLabelPair` leaves out (the same hashes). */
export function extractLabelRest(s: State, c: SentenceCodes, dep: number, head: number, out: Int32Array): void {
  let h: number;
  const none = c.none, n = s.n, labels = s.labels;
  const dir = dep < head ? 101 : 202;
  const W = c.W;
  const P = c.P;
  const nLeft = s.nLeft;
  const nRight = s.nRight;
  const leftSet = s.leftSet;
  const rightSet = s.rightSet;
  const dl1 = s.l1[dep] || none;
  const dl2 = s.l2[dep] || none;
  const dr1 = s.r1[dep] || none;
  const hl1 = s.l1[head] || none;
  const labDL1 = dl1 === none ? NO_LABEL : labels[dl1]! + 7;
  const labDL2 = dl2 === none ? NO_LABEL : labels[dl2]! + 7;
  const labHL1 = hl1 === none ? NO_LABEL : labels[hl1]! + 7;
  h = SEED[dir + 12]!;
  h = Math.imul(h ^ labDL1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[0] = h;
  h = SEED[dir + 14]!;
  h = Math.imul(h ^ W[dl1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[1] = h;
  h = SEED[dir + 15]!;
  h = Math.imul(h ^ W[dl1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[2] = h;
  h = SEED[dir + 16]!;
  h = Math.imul(h ^ W[dr1]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[3] = h;
  h = SEED[dir + 17]!;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[4] = h;
  h = SEED[dir + 18]!;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ rightSet[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[5] = h;
  h = SEED[dir + 19]!;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[6] = h;
  h = SEED[dir + 20]!;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ rightSet[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[7] = h;
  h = SEED[dir + 21]!;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[8] = h;
  h = SEED[dir + 22]!;
  h = Math.imul(h ^ W[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ leftSet[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[9] = h;
  h = SEED[dir + 24]!;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labHL1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[10] = h;
  h = SEED[dir + 25]!;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nLeft[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ nRight[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[11] = h;
  h = SEED[dir + 29]!;
  h = Math.imul(h ^ labDL2, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ labDL1, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[dep]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  h = Math.imul(h ^ P[head]!, G); h = Math.imul(h ^ (h >>> 15), M); h ^= h >>> 13;
  out[12] = h;
}
