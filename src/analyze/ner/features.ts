// Feature templates of the named-entity recogniser: word, shape, affixes, neighbours, part-of-speech tags, gazetteer matches, previous labels.
import { cachedWordHashes, hashString, mixInt, PAD_END, PAD_START, type WordHashes } from '../perceptron/index.js';
import { gazetteerLabels, wordCues } from './gazetteer-features.js';
import { memoize } from '../../util/memo.js';

/** At most this many gazetteer cues of one word (given name, company, ...) are features. */
export const MAX_CUES = 6;
/** At most this many features join words, tags and labels, or come from gazetteer phrases (per token). */
const MAX_CONTEXT_FEATURES = 36;
/** How many features the cached groups (words with their cues, tags, previous labels) give a token at most. */
export const CACHED_FEATURES = 11 + 4 + 2 + 4 + 2 + 3 + 3 + 3 * MAX_CUES;
export const MAX_NER_FEATURES = CACHED_FEATURES + MAX_CONTEXT_FEATURES;

const enum T {
  Bias = 101, Lower, Form, Shape, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Suf4,
  FormM1, FormP1, LowerM2, LowerP2, ShapeM1, ShapeP1, ShapeM2, ShapeP2, LowerM1Lower, LowerLowerP1, Shape3,
  Pos, PosM1, PosP1, PosM1Pos, PosPosP1, P1, P2, P1P2, P1Lower, P1Shape, P1Pos, Gaz, GazM1, GazP1,
  CapsShape, CapsLower, FirstShape, LowerM1, LowerP1, Suf3M1, Suf3P1, P1FormM1, Hist, HistShape,
}

/** A sentence's per-token inputs, computed once before decoding. */
export interface NerInput {
  words: WordHashes[];
  pos: number[];
  gaz: Int32Array[];
  /** Hashes of each word's own gazetteer cues (`wordCues`). */
  cues: Int32Array[];
  /** The sentence is in capitals throughout (a headline), where case says nothing. */
  allCaps: boolean;
  /** Per word: hashes of the types earlier sentences of its document gave it (`DocumentHistory`), mostly empty; null outside a document. */
  hist: Int32Array[] | null;
}

const NO_POS_START = hashString('<s>');
const NO_POS_END = hashString('</s>');
/**
 * A word's gazetteer label or cue hashes. Int32Arrays, not number arrays: signed 32-bit hashes are small integers to V8
 * only below 2^30, so arrays of them were of three element kinds (small integers, doubles, the empty array's), and each
 * kind met first mid-run threw away the optimised feature code reading them (and the functions it was inlined into).
 * The values read are the same numbers either way.
 */
type HashList = Int32Array | readonly number[];

const NO_GAZ = new Int32Array(0);
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

const labelHashes = new Map<string, number>();
function labelHash(label: string): number {
  let h = labelHashes.get(label);
  // Signed: features mix it as int32 either way, and Int32Arrays hold it as it is.
  if (h === undefined) labelHashes.set(label, (h = hashString(label) | 0));
  return h;
}

const NO_CUES = new Int32Array(0);

/**
 * A word's gazetteer cues as features, and whether it is an address. A class, not an object literal: one is kept
 * per word form, and V8 throws away the optimised code a long-lived literal is inlined into when it starts
 * allocating that literal in the old generation (see perceptron/word-features.ts).
 */
export class CueInfo {
  constructor(
    /** Hashes of its cues, at most MAX_CUES. */
    readonly hashes: Int32Array,
    /** `isAddressLike(word)`: wordCues ends with 'address' or 'filename' for exactly these words (the same patterns). */
    readonly address: boolean,
  ) {}
}

/**
 * `CueInfo` of a word, memoised per word form. The recogniser keeps `address` with its word entry, so the address
 * patterns run once per form, here, and not again in `recognize` for the words of each span it finds (a call there
 * that no earlier span had reached threw the optimised `recognize` away mid-run).
 */
export const cueInfo: (word: string) => CueInfo = memoize((word) => {
  const cues = wordCues(word, word.toLowerCase()), last = cues[cues.length - 1];
  return new CueInfo(cues.length ? Int32Array.from(cues.slice(0, MAX_CUES), labelHash) : NO_CUES, last === 'address' || last === 'filename');
});

/** Hashes of a word's gazetteer cues (at most MAX_CUES), memoised per word form. */
export function cueHashes(word: string): Int32Array {
  return cueInfo(word).hashes;
}

/** Counts of upper- and lowercase letters in a word. */
export function letterCase(word: string): LetterCounts {
  // ASCII words (most) counted by character codes; others by the Unicode letter classes.
  let upper = 0, lower = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return new LetterCounts(word.match(UPPER)?.length ?? 0, word.match(LOWER)?.length ?? 0);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return new LetterCounts(upper, lower);
}

/**
 * A word's counts of capital and small letters. A class, not an object literal: the recogniser keeps one per word
 * form, and V8 throws away the optimised code a long-lived literal is inlined into when it starts allocating that
 * literal in the old generation (see perceptron/word-features.ts).
 */
export class LetterCounts {
  constructor(readonly upper: number, readonly lower: number) {}
}

/**
 * The sentence's per-token inputs. The recogniser passes what it has cached per word and tag
 * (`hashes`, `pos`, lowercased words and letter counts); training computes them here.
 */
export function nerInput(
  words: readonly string[], tags: readonly string[], hashes?: WordHashes[], pos?: number[],
  cached?: { lowered: readonly string[]; cases: ReadonlyArray<{ upper: number; lower: number }>; cues: Int32Array[]; startLengths?: readonly number[] },
  hist?: Int32Array[],
): NerInput {
  // Filled by index (not `map`, whose result is packed or, when its fast path bails out, holey): one array kind.
  const labels = gazetteerLabels(words, cached?.lowered, cached?.startLengths), gaz: Int32Array[] = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) gaz[i] = labels[i]!.length ? Int32Array.from(labels[i]!, labelHash) : NO_GAZ;
  let upper = 0, lower = 0;
  for (let i = 0; i < words.length; i++) {
    const c = cached ? cached.cases[i]! : letterCase(words[i]!);
    upper += c.upper;
    lower += c.lower;
  }
  return {
    words: hashes ?? words.map(cachedWordHashes), pos: pos ?? tags.map(hashString), gaz,
    cues: cached?.cues ?? words.map((w) => cueHashes(w)),
    allCaps: upper + lower > 8 && upper / (upper + lower) > 0.9,
    hist: hist ?? null,
  };
}

function label(l: number): number {
  return l + 3001;
}

/** Hashes standing for the part-of-speech tag before the first and after the last word. */
export const POS_START = NO_POS_START;
export const POS_END = NO_POS_END;

// The features are grouped by what they read, so the recogniser can cache the score of each group
// that depends on one word, one tag or the previous labels only: see recognizer.ts. Within each word
// group, `part` picks the features that read only the word's shape and gazetteer cues (CLASS_PART:
// about a hundred combinations cover thousands of word forms, so the recogniser caches their sums per
// combination), the others (FORM_PART), or both (ALL_PARTS, the default).

/** `part` values of the word groups below. */
export const CLASS_PART = 1, FORM_PART = 2, ALL_PARTS = 3;

/** Features of the labelled word alone, with its gazetteer cues. */
export function selfFeatures(w: WordHashes, cues: HashList, out: Uint32Array, k: number, part = ALL_PARTS): number {
  if (part & CLASS_PART) {
    for (const g of cues) out[k++] = mixInt(T.Gaz, g);
    out[k++] = mixInt(T.Bias, 1);
  }
  if (part & FORM_PART) {
    out[k++] = mixInt(T.Lower, w.lower);
    out[k++] = mixInt(T.Form, w.form);
  }
  if (part & CLASS_PART) out[k++] = mixInt(T.Shape, w.shape);
  if (part & FORM_PART) {
    out[k++] = mixInt(T.Pre1, w.prefix1);
    out[k++] = mixInt(T.Pre2, w.prefix2);
    out[k++] = mixInt(T.Pre3, w.prefix3);
    out[k++] = mixInt(T.Suf1, w.suffix1);
    out[k++] = mixInt(T.Suf2, w.suffix2);
    out[k++] = mixInt(T.Suf3, w.suffix3);
    out[k++] = mixInt(T.Suf4, w.suffix4);
  }
  return k;
}

/** Template ids of the features of the word just before (M1) or just after (P1) the labelled one. */
interface NeighbourTemplates {
  gaz: T;
  form: T;
  lower: T;
  shape: T;
  suf3: T;
}

const BEFORE: NeighbourTemplates = { gaz: T.GazM1, form: T.FormM1, lower: T.LowerM1, shape: T.ShapeM1, suf3: T.Suf3M1 };
const AFTER: NeighbourTemplates = { gaz: T.GazP1, form: T.FormP1, lower: T.LowerP1, shape: T.ShapeP1, suf3: T.Suf3P1 };

/** Features of the word next to the labelled one with its gazetteer cues, the same before and after (templates `t`). */
function neighbourFeatures(t: NeighbourTemplates, w: WordHashes, cues: HashList, out: Uint32Array, k: number, part: number): number {
  if (part & CLASS_PART) for (const g of cues) out[k++] = mixInt(t.gaz, g);
  if (part & FORM_PART) {
    out[k++] = mixInt(t.form, w.form);
    out[k++] = mixInt(t.lower, w.lower);
  }
  if (part & CLASS_PART) out[k++] = mixInt(t.shape, w.shape);
  if (part & FORM_PART) out[k++] = mixInt(t.suf3, w.suffix3);
  return k;
}

/** Features of the word before, with its gazetteer cues. */
export function prevFeatures(m1: WordHashes, cues: HashList, out: Uint32Array, k: number, part = ALL_PARTS): number {
  return neighbourFeatures(BEFORE, m1, cues, out, k, part);
}

/** Features of the word two before. */
export function prev2Features(m2: WordHashes, out: Uint32Array, k: number, part = ALL_PARTS): number {
  if (part & FORM_PART) out[k++] = mixInt(T.LowerM2, m2.lower);
  if (part & CLASS_PART) out[k++] = mixInt(T.ShapeM2, m2.shape);
  return k;
}

/** Features of the word after, with its gazetteer cues. */
export function nextFeatures(n1: WordHashes, cues: HashList, out: Uint32Array, k: number, part = ALL_PARTS): number {
  return neighbourFeatures(AFTER, n1, cues, out, k, part);
}

/** Features of the word two after. */
export function next2Features(n2: WordHashes, out: Uint32Array, k: number, part = ALL_PARTS): number {
  if (part & FORM_PART) out[k++] = mixInt(T.LowerP2, n2.lower);
  if (part & CLASS_PART) out[k++] = mixInt(T.ShapeP2, n2.shape);
  return k;
}

/** Feature of one part-of-speech tag: `role` 0 the word's own, 1 the word before, 2 the word after. */
export function posFeatures(pos: number, role: 0 | 1 | 2, out: Uint32Array, k: number): number {
  out[k++] = mixInt(role === 0 ? T.Pos : role === 1 ? T.PosM1 : T.PosP1, pos);
  return k;
}

/** Features of the two previous labels alone (-1 at the start). */
export function historyFeatures(p1: number, p2: number, out: Uint32Array, k: number): number {
  const l1 = label(p1), l2 = label(p2);
  out[k++] = mixInt(T.P1, l1);
  out[k++] = mixInt(T.P2, l2);
  out[k++] = mixInt(mixInt(T.P1P2, l1), l2);
  return k;
}

/** Features joining the previous label with the labelled word (cached per word form and label). */
export function labelWordFeatures(w: WordHashes, p1: number, out: Uint32Array, k: number): number {
  const l1 = label(p1);
  out[k++] = mixInt(mixInt(T.P1Lower, l1), w.lower);
  out[k++] = mixInt(mixInt(T.P1Shape, l1), w.shape);
  return k;
}

/** Feature joining the previous label with the word before (cached per word form and label). */
export function labelPrevWordFeatures(m1: WordHashes, p1: number, out: Uint32Array, k: number): number {
  out[k++] = mixInt(mixInt(T.P1FormM1, label(p1)), m1.form);
  return k;
}

/** Feature joining the previous label with the word's tag (cached per tag and label). */
export function labelPosFeatures(pos: number, p1: number, out: Uint32Array, k: number): number {
  out[k++] = mixInt(mixInt(T.P1Pos, label(p1)), pos);
  return k;
}

/** How many features the three functions above give. */
const LABEL_JOINS = 4;

/** Features joining several words or tags, and gazetteer phrase matches: computed per token. */
export function contextFeatures(x: NerInput, i: number, out: Uint32Array, k: number): number {
  const ws = x.words;
  const w = ws[i]!;
  const m1 = i > 0 ? ws[i - 1]! : PAD_START;
  const n1 = i + 1 < ws.length ? ws[i + 1]! : PAD_END;
  const pos = x.pos[i]!;
  const posM1 = i > 0 ? x.pos[i - 1]! : NO_POS_START;
  const posP1 = i + 1 < ws.length ? x.pos[i + 1]! : NO_POS_END;
  const k0 = k;
  out[k++] = mixInt(mixInt(T.LowerM1Lower, m1.lower), w.lower);
  out[k++] = mixInt(mixInt(T.LowerLowerP1, w.lower), n1.lower);
  out[k++] = mixInt(mixInt(mixInt(T.Shape3, m1.shape), w.shape), n1.shape);
  out[k++] = mixInt(mixInt(T.PosM1Pos, posM1), pos);
  out[k++] = mixInt(mixInt(T.PosPosP1, pos), posP1);
  // The document's earlier types of the word, alone and with its shape (a lone capitalised word leans on them most);
  // before the gazetteer phrases, which a long list of matches may cut.
  if (x.hist !== null) {
    for (const g of x.hist[i]!) {
      out[k++] = mixInt(T.Hist, g);
      out[k++] = mixInt(mixInt(T.HistShape, g), w.shape);
    }
  }
  for (const g of x.gaz[i]!) out[k++] = mixInt(T.Gaz, g);
  for (const g of i > 0 ? x.gaz[i - 1]! : NO_GAZ) out[k++] = mixInt(T.GazM1, g);
  for (const g of i + 1 < ws.length ? x.gaz[i + 1]! : NO_GAZ) out[k++] = mixInt(T.GazP1, g);
  if (x.allCaps) {
    out[k++] = mixInt(T.CapsShape, w.shape);
    out[k++] = mixInt(T.CapsLower, w.lower);
  }
  if (i === 0) out[k++] = mixInt(T.FirstShape, w.shape);
  // At most MAX_CONTEXT_FEATURES with the label joins (a token matching many gazetteer phrases drops the last ones).
  return Math.min(k, k0 + MAX_CONTEXT_FEATURES - LABEL_JOINS);
}

/** Writes the features of token `i` given the labels of the two tokens before it (-1 at the start). */
export function nerFeatures(x: NerInput, i: number, p1: number, p2: number, out: Uint32Array): number {
  const ws = x.words, last = ws.length - 1;
  let k = selfFeatures(ws[i]!, x.cues[i]!, out, 0);
  k = prevFeatures(i > 0 ? ws[i - 1]! : PAD_START, i > 0 ? x.cues[i - 1]! : NO_CUES, out, k);
  k = prev2Features(i > 1 ? ws[i - 2]! : PAD_START, out, k);
  k = nextFeatures(i < last ? ws[i + 1]! : PAD_END, i < last ? x.cues[i + 1]! : NO_CUES, out, k);
  k = next2Features(i < last - 1 ? ws[i + 2]! : PAD_END, out, k);
  k = posFeatures(x.pos[i]!, 0, out, k);
  k = posFeatures(i > 0 ? x.pos[i - 1]! : NO_POS_START, 1, out, k);
  k = posFeatures(i < last ? x.pos[i + 1]! : NO_POS_END, 2, out, k);
  k = historyFeatures(p1, p2, out, k);
  k = labelWordFeatures(ws[i]!, p1, out, k);
  k = labelPrevWordFeatures(i > 0 ? ws[i - 1]! : PAD_START, p1, out, k);
  k = labelPosFeatures(x.pos[i]!, p1, out, k);
  return contextFeatures(x, i, out, k);
}
