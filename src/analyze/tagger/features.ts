// Feature templates of the part-of-speech tagger: the word, its affixes and shape, its neighbours, the previous tags and the first pass's guesses to the right.
import { mixInt, PAD_END, PAD_START, type Perceptron, type WordHashes } from '../perceptron/index.js';

/** Room for the features of one token. */
export const MAX_TAGGER_FEATURES = 64;

// Template ids: distinct small integers mixed with the values (changing them invalidates trained weights).
const enum T {
  Bias = 1, Lower, Form, Shape, Suf1, Suf2, Suf3, Suf4, Pre1, Pre2, Pre3,
  P1, P2, P1P2, P1Lower, P1Suf3,
  LowerM1, LowerM2, LowerP1, LowerP2, Suf3M1, Suf3P1, ShapeM1, ShapeP1, ShapeP2,
  LowerM1Lower, LowerLowerP1, FirstShape, ShapeM1ShapeP1, FormP1, FormM1,
  Amb, AmbP1, AmbP2, AmbM1, AmbAmbP1, P1AmbP1, LowerAmbP1, AmbP1AmbP2, P1Amb, TitleShape, TitleLower,
  R0, R1R2, P1R1, LowerR1, R1,
  Lex, LexShape, LexM1, LexP1, LexAmb,
}
// P1AmbP1, LowerAmbP1 and AmbP1AmbP2 are retired: the first pass's guesses for the next words (P1R1,
// LowerR1, R1R2) replaced them at the same accuracy with three fewer lookups per token. Their ids stay
// so the other templates keep theirs.

/**
 * A sentence prepared for tagging: per-word hashes and ambiguity classes, the first pass's UPOS
 * guesses, and whether it is in title case.
 */
export interface TaggerInput {
  words: WordHashes[];
  amb: number[];
  /** Each word's lexicon class (`LEXICON_NONE` when not in the lexicon): see lexicon.ts. */
  lex: number[];
  /** The first (window) pass's UPOS class of each word: what the tagger knows of the words to its right. */
  right: number[];
  /** Most longer words are capitalised (a headline or title), where capitals say little about proper nouns. */
  titleCase: boolean;
}

/** True when at least 60% of the words of 4+ letters start with a capital (and there are at least 3). */
export function isTitleCase(words: readonly string[]): boolean {
  let long = 0, capitalised = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    // ASCII first letters by their codes; any other first character by the Unicode classes.
    const c = w.charCodeAt(0);
    if (c < 128) {
      const upper = c >= 65 && c <= 90;
      if (!upper && !(c >= 97 && c <= 122)) continue;
      long++;
      if (upper) capitalised++;
      continue;
    }
    if (!/^\p{L}/u.test(w)) continue;
    long++;
    if (w[0] !== w[0]!.toLowerCase()) capitalised++;
  }
  return long >= 3 && capitalised / long >= 0.6;
}

/** Hash of the ambiguity class of a word unseen (or rare) in training. */
export const UNKNOWN_AMBIGUITY = 0x5bd1e995;
const PAD_AMBIGUITY = 0x27d4eb2d;

/** Hash value of a previous-tag class index; -1 and -2 for the sentence start. */
function tagValue(tag: number): number {
  return tag + 7919;
}

/** Hash value of a first-pass UPOS class; -1 past the end of the sentence. */
function rightValue(tag: number): number {
  return tag + 104_729;
}

/** Lexicon class values of a word not in the lexicon, and of the padding before and after a sentence. */
export const LEXICON_NONE = 0x2545f491;
export const PAD_LEXICON = 0x68e31da4;

/** Hash value of the padding ambiguity class, before the start and after the end of a sentence. */
export const PAD_AMBIGUITY_CLASS = PAD_AMBIGUITY;

// The features are grouped by what they read, so the tagger can cache the score of each group that
// depends on one word only (per word form and position relative to the tagged word): see tagger.ts.
// Within each group, `part` picks the features that read only the word's shape, ambiguity class and
// lexicon class (CLASS_PART: a few hundred combinations cover thousands of word forms, so the tagger
// caches their sums per combination), the others (FORM_PART), or both (ALL_PARTS, the default).

/** `part` values of the word groups below. */
export const CLASS_PART = 1, FORM_PART = 2, ALL_PARTS = 3;

/** Features of the tagged word alone (its form, affixes, shape, ambiguity class and lexicon class). */
export function selfFeatures(w: WordHashes, a: number, lex: number, out: Uint32Array, k: number, part = ALL_PARTS): number {
  const c = part & CLASS_PART, f = part & FORM_PART;
  if (c) out[k++] = mixInt(T.Bias, 1);
  if (f) {
    out[k++] = mixInt(T.Lower, w.lower);
    out[k++] = mixInt(T.Form, w.form);
  }
  if (c) out[k++] = mixInt(T.Shape, w.shape);
  if (f) {
    out[k++] = mixInt(T.Suf1, w.suffix1);
    out[k++] = mixInt(T.Suf2, w.suffix2);
    out[k++] = mixInt(T.Suf3, w.suffix3);
    out[k++] = mixInt(T.Suf4, w.suffix4);
    out[k++] = mixInt(T.Pre1, w.prefix1);
    out[k++] = mixInt(T.Pre2, w.prefix2);
    out[k++] = mixInt(T.Pre3, w.prefix3);
  }
  if (c) {
    out[k++] = mixInt(T.Amb, a);
    // The tags a large English lexicon gives the word: what the treebank cannot say of words it lacks.
    out[k++] = mixInt(T.Lex, lex);
    out[k++] = mixInt(mixInt(T.LexShape, lex), w.shape);
    out[k++] = mixInt(mixInt(T.LexAmb, lex), a);
  }
  return k;
}

/** Template ids of the features of the word just before (M1) or just after (P1) the tagged one. */
interface NeighbourTemplates {
  lower: T;
  suf3: T;
  shape: T;
  form: T;
  amb: T;
  lex: T;
}

const BEFORE: NeighbourTemplates = { lower: T.LowerM1, suf3: T.Suf3M1, shape: T.ShapeM1, form: T.FormM1, amb: T.AmbM1, lex: T.LexM1 };
const AFTER: NeighbourTemplates = { lower: T.LowerP1, suf3: T.Suf3P1, shape: T.ShapeP1, form: T.FormP1, amb: T.AmbP1, lex: T.LexP1 };

/** Features of the word next to the tagged one, the same for the word before and after (templates `t`). */
function neighbourFeatures(t: NeighbourTemplates, w: WordHashes, a: number, lex: number, out: Uint32Array, k: number, part: number): number {
  if (part & FORM_PART) {
    out[k++] = mixInt(t.lower, w.lower);
    out[k++] = mixInt(t.suf3, w.suffix3);
  }
  if (part & CLASS_PART) out[k++] = mixInt(t.shape, w.shape);
  if (part & FORM_PART) out[k++] = mixInt(t.form, w.form);
  if (part & CLASS_PART) {
    out[k++] = mixInt(t.amb, a);
    out[k++] = mixInt(t.lex, lex);
  }
  return k;
}

/** Features of the word before the tagged one. */
export function prevFeatures(m1: WordHashes, aM1: number, lexM1: number, out: Uint32Array, k: number, part = ALL_PARTS): number {
  return neighbourFeatures(BEFORE, m1, aM1, lexM1, out, k, part);
}

/** Features of the word two before the tagged one (none of them CLASS_PART). */
export function prev2Features(m2: WordHashes, out: Uint32Array, k: number, part = ALL_PARTS): number {
  if (part & FORM_PART) out[k++] = mixInt(T.LowerM2, m2.lower);
  return k;
}

/** Features of the word after the tagged one. */
export function nextFeatures(n1: WordHashes, aP1: number, lexP1: number, out: Uint32Array, k: number, part = ALL_PARTS): number {
  return neighbourFeatures(AFTER, n1, aP1, lexP1, out, k, part);
}

/** Features of the word two after the tagged one. */
export function next2Features(n2: WordHashes, aP2: number, out: Uint32Array, k: number, part = ALL_PARTS): number {
  if (part & FORM_PART) out[k++] = mixInt(T.LowerP2, n2.lower);
  if (part & CLASS_PART) {
    out[k++] = mixInt(T.ShapeP2, n2.shape);
    out[k++] = mixInt(T.AmbP2, aP2);
  }
  return k;
}

/** Features of the two previous predicted classes alone (-1 and -2 before the sentence). */
export function historyFeatures(p1: number, p2: number, out: Uint32Array, k: number): number {
  const t1 = tagValue(p1), t2 = tagValue(p2);
  out[k++] = mixInt(T.P1, t1);
  out[k++] = mixInt(T.P2, t2);
  out[k++] = mixInt(mixInt(T.P1P2, t1), t2);
  return k;
}

/**
 * Features of the first pass's UPOS guesses for the word and the two after it (-1 past the end):
 * the left-to-right tagger's only view of the tags to its right.
 */
export function rightFeatures(r0: number, r1: number, r2: number, out: Uint32Array, k: number): number {
  out[k++] = mixInt(T.R0, rightValue(r0));
  out[k++] = mixInt(T.R1, rightValue(r1));
  out[k++] = mixInt(mixInt(T.R1R2, rightValue(r1)), rightValue(r2));
  return k;
}

/** The previous predicted class joined with the first pass's guess for the next word. */
export function prevRightFeatures(p1: number, r1: number, out: Uint32Array, k: number): number {
  out[k++] = mixInt(mixInt(T.P1R1, tagValue(p1)), rightValue(r1));
  return k;
}

/** Features joining several words, or a word and the previous class: computed for each token. */
export function contextFeatures(x: TaggerInput, i: number, p1: number, out: Uint32Array, k: number): number {
  const { words, amb } = x;
  const w = words[i]!;
  const m1 = i > 0 ? words[i - 1]! : PAD_START;
  const n1 = i + 1 < words.length ? words[i + 1]! : PAD_END;
  const t1 = tagValue(p1);
  const a = amb[i]!;
  const aP1 = i + 1 < words.length ? amb[i + 1]! : PAD_AMBIGUITY;
  out[k++] = mixInt(mixInt(T.P1Lower, t1), w.lower);
  out[k++] = mixInt(mixInt(T.P1Suf3, t1), w.suffix3);
  out[k++] = mixInt(mixInt(T.LowerM1Lower, m1.lower), w.lower);
  out[k++] = mixInt(mixInt(T.LowerLowerP1, w.lower), n1.lower);
  out[k++] = mixInt(mixInt(T.ShapeM1ShapeP1, m1.shape), n1.shape);
  // Ambiguity classes: the tags each word was seen with in training.
  out[k++] = mixInt(mixInt(T.AmbAmbP1, a), aP1);
  out[k++] = mixInt(mixInt(T.P1Amb, t1), a);
  // The first pass's guess for the next word, with this word.
  out[k++] = mixInt(mixInt(T.LowerR1, w.lower), rightValue(i + 1 < words.length ? x.right[i + 1]! : -1));
  if (i === 0) out[k++] = mixInt(T.FirstShape, w.shape);
  // The title-case pair is written for every token and counted only in a title-case sentence: as a branch, its code
  // first ran at the corpus's first headline, mid-pass, and having no type feedback threw away the tagger's optimised
  // per-token code, which V8 then compiled again. The words past the count are never read.
  out[k] = mixInt(T.TitleShape, w.shape);
  out[k + 1] = mixInt(T.TitleLower, w.lower);
  return k + (x.titleCase ? 2 : 0);
}

/**
 * Writes the features of token `i` into `out` and returns how many. `p1`/`p2` are the predicted
 * classes of the two previous tokens (-1 before the sentence).
 */
export function taggerFeatures(x: TaggerInput, i: number, p1: number, p2: number, out: Uint32Array): number {
  const { words, amb, lex } = x;
  let k = selfFeatures(words[i]!, amb[i]!, lex[i]!, out, 0);
  k = prevFeatures(i > 0 ? words[i - 1]! : PAD_START, i > 0 ? amb[i - 1]! : PAD_AMBIGUITY, i > 0 ? lex[i - 1]! : PAD_LEXICON, out, k);
  k = prev2Features(i > 1 ? words[i - 2]! : PAD_START, out, k);
  k = nextFeatures(i + 1 < words.length ? words[i + 1]! : PAD_END, i + 1 < words.length ? amb[i + 1]! : PAD_AMBIGUITY, i + 1 < words.length ? lex[i + 1]! : PAD_LEXICON, out, k);
  k = next2Features(i + 2 < words.length ? words[i + 2]! : PAD_END, i + 2 < words.length ? amb[i + 2]! : PAD_AMBIGUITY, out, k);
  k = historyFeatures(p1, p2, out, k);
  const r = x.right, last = words.length - 1;
  k = rightFeatures(r[i]!, i < last ? r[i + 1]! : -1, i < last - 1 ? r[i + 2]! : -1, out, k);
  k = prevRightFeatures(p1, i < last ? r[i + 1]! : -1, out, k);
  return contextFeatures(x, i, p1, out, k);
}

/** Features of the first (window) pass: the word and its neighbours' words only, no tags, so each group is cacheable per word. */
export function windowFeatures(x: TaggerInput, i: number, out: Uint32Array): number {
  const { words, amb, lex } = x;
  let k = selfFeatures(words[i]!, amb[i]!, lex[i]!, out, 0);
  k = prevFeatures(i > 0 ? words[i - 1]! : PAD_START, i > 0 ? amb[i - 1]! : PAD_AMBIGUITY, i > 0 ? lex[i - 1]! : PAD_LEXICON, out, k);
  k = prev2Features(i > 1 ? words[i - 2]! : PAD_START, out, k);
  k = nextFeatures(i + 1 < words.length ? words[i + 1]! : PAD_END, i + 1 < words.length ? amb[i + 1]! : PAD_AMBIGUITY, i + 1 < words.length ? lex[i + 1]! : PAD_LEXICON, out, k);
  return next2Features(i + 2 < words.length ? words[i + 2]! : PAD_END, i + 2 < words.length ? amb[i + 2]! : PAD_AMBIGUITY, out, k);
}

/** The window model's UPOS class of each word (the tag dictionary's for the words in it). */
export function windowTags(model: Perceptron, x: TaggerInput, words: readonly string[], dictUpos: (word: string) => number | undefined, feats: Uint32Array): number[] {
  const out: number[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const d = dictUpos(words[i]!);
    if (d !== undefined) { out[i] = d; continue; }
    const s = model.score(feats, windowFeatures(x, i, feats));
    let c = 0;
    for (let j = 1; j < s.length; j++) if (s[j]! > s[c]!) c = j;
    out[i] = c;
  }
  return out;
}
