// The part-of-speech tagger: a window pass guessing UPOS from the words alone, then a greedy left-to-right averaged perceptron over joint UPOS|PTB classes that reads those guesses to its right; plus lemmas.
import type { Upos } from '../analysis.js';
import { cachedWordHashes, hashString, normalizeWord, PAD_END, PAD_START, Perceptron, SumSlab, type WordHashes } from '../perceptron/index.js';
import {
  CLASS_PART, contextFeatures, FORM_PART, historyFeatures, isTitleCase, MAX_TAGGER_FEATURES, next2Features, nextFeatures, PAD_AMBIGUITY_CLASS,
  PAD_LEXICON, prev2Features, prevFeatures, prevRightFeatures, rightFeatures, selfFeatures, taggerFeatures, UNKNOWN_AMBIGUITY, windowTags, type TaggerInput,
} from './features.js';
import { Lemmatizer, type LemmaTables } from './lemmatizer.js';
import { memoize } from '../../util/memo.js';
import { lexiconClass, lexiconMap, type LexiconTable } from './lexicon.js';

export interface TaggedWord {
  upos: Upos;
  /** Penn Treebank tag. */
  tag: string;
  lemma: string;
}

/** What the weights file holds besides the perceptron: class labels, the tag dictionary, lemma tables. */
export interface TaggerMeta {
  kind: 'tagger';
  /** Class labels, each `UPOS|XPOS`. */
  labels: string[];
  /** Class labels of the window (first-pass) model: UPOS tags. */
  uposLabels: string[];
  /** Frequent unambiguous words -> class index; tagged without scoring. */
  tagdict: Record<string, number>;
  /** Normalised word -> its ambiguity class (the UPOS tags it was seen with, joined), for words seen often enough. */
  ambiguity: Record<string, string>;
  /** The external lexicon's tag sets and their words (lexicon.ts). */
  lexicon?: LexiconTable;
  lemmas: LemmaTables;
  trained: { data: string; iterations: number; seed: number; sentences: number; windowIterations: number; windowFolds: number };
}

// The weights file: this magic number, the byte length of the tagger's perceptron, that perceptron
// (with the meta), padding to 4 bytes, then the window model's perceptron.
const MAGIC = 0x3254474e; // 'NGT2'

/**
 * What the tagger keeps per word form: its hashes, ambiguity class, tag-dictionary class (-1 when
 * none) and, once needed, the integer score sums of the features that read this word alone, in each
 * position relative to the tagged word (self, one before, two before, one after, two after).
 */
interface WordEntry {
  hashes: WordHashes;
  amb: number;
  /** Its lexicon class (lexicon.ts). */
  lex: number;
  dict: number;
  /** The window model's UPOS class for a word in the tag dictionary, else -1. */
  dictUpos: number;
  sums: Int32Array | null;
  /** The same for the window model's features. */
  windowSums: Int32Array | null;
  /** The sums of the features reading only its shape, ambiguity and lexicon classes, shared with the forms that have the same. */
  classSums: ClassSums | null;
  /** The lemma of the first class the word was tagged with (-1 none yet), and of any others. */
  lemmaClass: number;
  lemma: string;
  lemmas: Map<number, string> | null;
}

/**
 * Score sums of the CLASS_PART features (features.ts) of the word groups, per position like `WordEntry.sums`:
 * they read only a word's shape, ambiguity class and lexicon class, and a few hundred such combinations
 * cover the thousands of word forms of a news corpus. Their rows are the long ones (the bias, shapes,
 * classes: most of the entries a new form's features add), so a new form starts from a copy of these
 * and looks up only its form's own features (17 of 31).
 */
interface ClassSums {
  sums: Int32Array | null;
  windowSums: Int32Array | null;
}

const SELF = 0, M1 = 1, M2 = 2, P1 = 3, P2 = 4, ROLES = 5;
/** Word forms whose entries are kept; the cache is emptied when full (about 2 KB a word). */
const ENTRY_LIMIT = 20_000;
/** Class combinations whose sums are kept (about 2 KB each; news text has a few hundred). */
const CLASS_LIMIT = 20_000;

export class Tagger {
  readonly labels: string[];
  private readonly upos: Upos[];
  private readonly xpos: string[];
  private readonly tagdict: Map<string, number>;
  private readonly ambiguity: Map<string, number>;
  /** A word's ambiguity-class hash (UNKNOWN_AMBIGUITY for words the table lacks), remembered per word. */
  private readonly ambiguityOf = memoize((word) => this.ambiguity.get(normalizeWord(word)) ?? UNKNOWN_AMBIGUITY);
  /** Lowercase word -> lexicon class hash (empty for weights trained without the lexicon). */
  private readonly lexicon: Map<string, number>;
  private readonly lemmaCache = new Map<string, string>();
  private readonly lemmatizer: Lemmatizer;
  private readonly features = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly entries = new Map<string, WordEntry>();
  /** ClassSums per `shape amb lex` key. */
  private readonly classes = new Map<string, ClassSums>();
  /** Where the entries' score sums are carved from (one backing store for many words). */
  private readonly slab = new SumSlab();
  private readonly padStart: WordEntry;
  private readonly padEnd: WordEntry;
  /** Score sums of the previous-class features, per (p1, p2) pair, filled on first use. */
  private readonly history: Int32Array | null;
  private readonly historyDone: Uint8Array | null;
  /** Score sums of the first-pass features per (r0, r1, r2) triple and per (p1, r1) pair, filled on first use. */
  private readonly right: Int32Array | null;
  private readonly rightDone: Uint8Array | null;
  private readonly prevRight: Int32Array | null;
  private readonly prevRightDone: Uint8Array | null;
  private readonly acc: Int32Array;
  private readonly windowAcc: Int32Array;
  /** UPOS class (window model) of each joint class. */
  private readonly uposOfClass: Int32Array;
  private readonly dictUpos: (word: string) => number | undefined;

  constructor(private readonly model: Perceptron, readonly meta: TaggerMeta, private readonly window: Perceptron) {
    this.labels = meta.labels;
    this.upos = meta.labels.map((l) => l.split('|')[0] as Upos);
    this.xpos = meta.labels.map((l) => l.split('|')[1]!);
    this.tagdict = new Map(Object.entries(meta.tagdict));
    // Signed 32-bit values (features mix them as int32 either way): small integers to V8, not heap numbers.
    this.ambiguity = new Map(Object.entries(meta.ambiguity).map(([w, a]) => [w, hashString(a) | 0]));
    this.lexicon = lexiconMap(meta.lexicon);
    this.lemmatizer = new Lemmatizer(meta.lemmas);
    const n = this.labels.length, pairs = (n + 2) * (n + 2), u = meta.uposLabels.length, r = u + 1;
    const uposIndex = new Map(meta.uposLabels.map((t, i) => [t, i]));
    this.uposOfClass = Int32Array.from(this.upos, (t) => uposIndex.get(t) ?? 0);
    this.dictUpos = (word) => { const c = this.tagdict.get(word); return c === undefined ? undefined : this.uposOfClass[c]!; };
    this.acc = new Int32Array(n);
    this.windowAcc = new Int32Array(u);
    this.padStart = { hashes: PAD_START, amb: PAD_AMBIGUITY_CLASS, lex: PAD_LEXICON, dict: -1, dictUpos: -1, sums: null, windowSums: null, classSums: null, lemmaClass: -1, lemma: '', lemmas: null };
    this.padEnd = { hashes: PAD_END, amb: PAD_AMBIGUITY_CLASS, lex: PAD_LEXICON, dict: -1, dictUpos: -1, sums: null, windowSums: null, classSums: null, lemmaClass: -1, lemma: '', lemmas: null };
    const loaded = model.loaded && window.loaded;
    this.history = loaded ? new Int32Array(pairs * n) : null;
    this.historyDone = loaded ? new Uint8Array(pairs) : null;
    this.right = loaded ? new Int32Array(r * r * r * n) : null;
    this.rightDone = loaded ? new Uint8Array(r * r * r) : null;
    this.prevRight = loaded ? new Int32Array((n + 2) * r * n) : null;
    this.prevRightDone = loaded ? new Uint8Array((n + 2) * r) : null;
  }

  private get fast(): boolean {
    return this.history !== null;
  }

  /** The weights file's content (both perceptrons + meta), before gzip. */
  serialize(): Uint8Array {
    const main = this.model.serialize(this.meta), window = this.window.serialize(null);
    const at = 8 + ((main.length + 3) & ~3);
    const out = new Uint8Array(at + window.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, main.length, true);
    out.set(main, 8);
    out.set(window, at);
    return out;
  }

  /** A tagger from the bytes `serialize` wrote. */
  static fromBytes(bytes: Uint8Array): Tagger {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('tagger: weights file is not a tagger model (retrain it with `npm run train -- --model tagger`)');
    const length = view.getUint32(4, true), at = 8 + ((length + 3) & ~3);
    if (at > bytes.length) throw new Error('tagger: weights file is truncated');
    const model = Perceptron.deserialize(bytes.subarray(8, 8 + length));
    const meta = model.meta as TaggerMeta;
    if (meta?.kind !== 'tagger') throw new Error('tagger: weights file is not a tagger model');
    return new Tagger(model, meta, Perceptron.deserialize(bytes.subarray(at)));
  }

  /** UPOS, PTB tag and lemma of each word of one sentence. */
  tag(words: readonly string[]): TaggedWord[] {
    if (!this.fast) {
      const classes = this.predict(words);
      return classes.map((c, i) => ({ upos: this.upos[c]!, tag: this.xpos[c]!, lemma: this.lemmaOf(words[i]!, c) }));
    }
    const entries = this.entriesOf(words);
    const classes = this.predictEntries(words, entries);
    const out: TaggedWord[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const c = classes[i]!, e = entries[i]!;
      // Most words are only ever tagged one way: their lemma is kept in the entry, others in a map.
      let lemma: string | undefined;
      if (e.lemmaClass === c) lemma = e.lemma;
      else {
        lemma = e.lemmas?.get(c);
        if (lemma === undefined) {
          lemma = this.lemmatizer.lemmatize(words[i]!, this.xpos[c]!);
          if (e.lemmaClass < 0) { e.lemmaClass = c; e.lemma = lemma; } else (e.lemmas ??= new Map()).set(c, lemma);
        }
      }
      out[i] = { upos: this.upos[c]!, tag: this.xpos[c]!, lemma };
    }
    return out;
  }

  private lemmaOf(word: string, c: number): string {
    const key = `${c} ${word}`;
    let lemma = this.lemmaCache.get(key);
    if (lemma === undefined) {
      if (this.lemmaCache.size >= 200_000) this.lemmaCache.clear();
      lemma = this.lemmatizer.lemmatize(word, this.xpos[c]!);
      this.lemmaCache.set(key, lemma);
    }
    return lemma;
  }

  /** Class indices (into `labels`) of each word. */
  predict(words: readonly string[], hashes?: readonly WordHashes[]): number[] {
    if (!this.fast || hashes) return this.predictSparse(words, hashes ?? words.map(cachedWordHashes));
    return this.predictEntries(words, this.entriesOf(words));
  }

  /** UPOS, PTB tag and lemma of each word of one sentence (the fast path of `tag`). */
  private predictEntries(words: readonly string[], entries: WordEntry[]): number[] {
    const n = this.labels.length, acc = this.acc, out: number[] = new Array(words.length);
    const right = this.windowPass(entries);
    // Filled by index into arrays of their final length (not `map`, whose result is packed or, when its fast path bails out, holey):
    // one element kind per array, so the optimised feature code sees one map.
    const m = entries.length, hs: WordHashes[] = new Array(m), amb: number[] = new Array(m), lex: number[] = new Array(m);
    for (let i = 0; i < m; i++) { const e = entries[i]!; hs[i] = e.hashes; amb[i] = e.amb; lex[i] = e.lex; }
    const x: TaggerInput = { words: hs, amb, lex, right, titleCase: isTitleCase(words) };
    const last = words.length - 1;
    let p1 = -1, p2 = -2;
    for (let i = 0; i <= last; i++) {
      const e = entries[i]!;
      let c = e.dict;
      if (c < 0) {
        const r1 = i < last ? right[i + 1]! : -1;
        // One loop over the classes summing every cached row (fewer passes over memory than one per row).
        const s0 = this.sums(e), s1 = this.sums(i > 0 ? entries[i - 1]! : this.padStart), s2 = this.sums(i > 1 ? entries[i - 2]! : this.padStart);
        const s3 = this.sums(i < last ? entries[i + 1]! : this.padEnd), s4 = this.sums(i < last - 1 ? entries[i + 2]! : this.padEnd);
        const h = this.history!, hAt = this.historyAt(p1, p2), r = this.right!, rAt = this.rightAt(right[i]!, r1, i < last - 1 ? right[i + 2]! : -1);
        const pr = this.prevRight!, prAt = this.prevRightAt(p1, r1);
        for (let j = 0, o1 = M1 * n, o2 = M2 * n, o3 = P1 * n, o4 = P2 * n; j < n; j++) {
          acc[j] = s0[j]! + s1[o1 + j]! + s2[o2 + j]! + s3[o3 + j]! + s4[o4 + j]! + h[hAt + j]! + r[rAt + j]! + pr[prAt + j]!;
        }
        const k = contextFeatures(x, i, p1, this.features, 0);
        this.model.addRows(this.features, k, acc);
        c = 0;
        for (let j = 1; j < n; j++) if (acc[j]! > acc[c]!) c = j;
      }
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
    return out;
  }

  /** The window model's UPOS class of each word, from the cached sums of its words' features. */
  private windowPass(entries: WordEntry[]): number[] {
    const u = this.meta.uposLabels.length, acc = this.windowAcc, last = entries.length - 1, out: number[] = new Array(entries.length);
    for (let i = 0; i <= last; i++) {
      const e = entries[i]!;
      if (e.dictUpos >= 0) { out[i] = e.dictUpos; continue; }
      const s0 = this.windowSums(e), s1 = this.windowSums(i > 0 ? entries[i - 1]! : this.padStart), s2 = this.windowSums(i > 1 ? entries[i - 2]! : this.padStart);
      const s3 = this.windowSums(i < last ? entries[i + 1]! : this.padEnd), s4 = this.windowSums(i < last - 1 ? entries[i + 2]! : this.padEnd);
      let c = 0, best = -Infinity;
      for (let j = 0, o1 = M1 * u, o2 = M2 * u, o3 = P1 * u, o4 = P2 * u; j < u; j++) {
        const v = s0[j]! + s1[o1 + j]! + s2[o2 + j]! + s3[o3 + j]! + s4[o4 + j]!;
        if (v > best) { best = v; c = j; }
      }
      out[i] = c;
    }
    return out;
  }

  /** The words' entries, in an array of their final length filled by index (one element kind, unlike `map`). */
  private entriesOf(words: readonly string[]): WordEntry[] {
    const out: WordEntry[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.entry(words[i]!);
    return out;
  }

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (e === undefined) {
      if (this.entries.size >= ENTRY_LIMIT) this.entries.clear();
      const dict = this.tagdict.get(word) ?? -1;
      e = { hashes: cachedWordHashes(word), amb: this.ambiguityOf(word), lex: lexiconClass(this.lexicon, word) | 0, dict, dictUpos: dict < 0 ? -1 : this.uposOfClass[dict]!, sums: null, windowSums: null, classSums: null, lemmaClass: -1, lemma: '', lemmas: null };
      this.entries.set(word, e);
    }
    return e;
  }

  /**
   * The entry's score sums in each position, computed on first use: its class combination's sums plus its own
   * form's features. Integer sums are exact, so the split adds up to what all the word's features give.
   */
  private sums(e: WordEntry): Int32Array {
    if (e.sums) return e.sums;
    const n = this.labels.length, s = this.slab.take(ROLES * n), c = this.classSumsOf(e);
    s.set(c.sums ??= this.groupSums(this.model, e, CLASS_PART, this.slab.take(ROLES * n)));
    return (e.sums = this.groupSums(this.model, e, FORM_PART, s));
  }

  /** The entry's window-model score sums in each position, computed on first use (as `sums`). */
  private windowSums(e: WordEntry): Int32Array {
    if (e.windowSums) return e.windowSums;
    const u = this.meta.uposLabels.length, s = this.slab.take(ROLES * u), c = this.classSumsOf(e);
    s.set(c.windowSums ??= this.groupSums(this.window, e, CLASS_PART, this.slab.take(ROLES * u)));
    return (e.windowSums = this.groupSums(this.window, e, FORM_PART, s));
  }

  /** The shared class sums of the entry's shape, ambiguity and lexicon classes. */
  private classSumsOf(e: WordEntry): ClassSums {
    if (e.classSums) return e.classSums;
    const key = `${e.hashes.shape} ${e.amb} ${e.lex}`;
    let c = this.classes.get(key);
    if (c === undefined) {
      if (this.classes.size >= CLASS_LIMIT) this.classes.clear();
      this.classes.set(key, (c = { sums: null, windowSums: null }));
    }
    return (e.classSums = c);
  }

  /** Adds `model`'s rows of the `part` features of the word's groups (one per position) to `s`; returns `s`. */
  private groupSums(model: Perceptron, e: WordEntry, part: number, s: Int32Array): Int32Array {
    const n = model.nClasses, f = this.features, h = e.hashes;
    model.addRows(f, selfFeatures(h, e.amb, e.lex, f, 0, part), s, SELF * n);
    model.addRows(f, prevFeatures(h, e.amb, e.lex, f, 0, part), s, M1 * n);
    model.addRows(f, prev2Features(h, f, 0, part), s, M2 * n);
    model.addRows(f, nextFeatures(h, e.amb, e.lex, f, 0, part), s, P1 * n);
    model.addRows(f, next2Features(h, e.amb, f, 0, part), s, P2 * n);
    return s;
  }

  /** Where in `right` the score sums of the first-pass features for guesses r0, r1, r2 (-1 past the end) start. */
  private rightAt(r0: number, r1: number, r2: number): number {
    const n = this.labels.length, r = this.meta.uposLabels.length + 1, key = ((r0 + 1) * r + (r1 + 1)) * r + (r2 + 1);
    if (!this.rightDone![key]) {
      this.model.addRows(this.features, rightFeatures(r0, r1, r2, this.features, 0), this.right!, key * n);
      this.rightDone![key] = 1;
    }
    return key * n;
  }

  /** Where in `prevRight` the score sums of the previous class joined with the next word's first-pass guess start. */
  private prevRightAt(p1: number, r1: number): number {
    const n = this.labels.length, r = this.meta.uposLabels.length + 1, key = (p1 + 2) * r + (r1 + 1);
    if (!this.prevRightDone![key]) {
      this.model.addRows(this.features, prevRightFeatures(p1, r1, this.features, 0), this.prevRight!, key * n);
      this.prevRightDone![key] = 1;
    }
    return key * n;
  }

  /** Where in `history` the score sums of the previous-class features for classes p1, p2 (-1/-2 before the sentence) start. */
  private historyAt(p1: number, p2: number): number {
    const n = this.labels.length, pair = (p1 + 2) * (n + 2) + (p2 + 2);
    if (!this.historyDone![pair]) {
      this.model.addRows(this.features, historyFeatures(p1, p2, this.features, 0), this.history!, pair * n);
      this.historyDone![pair] = 1;
    }
    return pair * n;
  }

  /** The general path: every feature looked up (models being trained, or hashes given by the caller). */
  predictSparse(words: readonly string[], hashes: readonly WordHashes[]): number[] {
    const out: number[] = new Array(words.length);
    const x: TaggerInput = { words: hashes as WordHashes[], amb: words.map((w) => this.ambiguityOf(w)), lex: words.map((w) => lexiconClass(this.lexicon, w)), right: [], titleCase: isTitleCase(words) };
    x.right = windowTags(this.window, x, words, this.dictUpos, this.features);
    let p1 = -1, p2 = -2;
    for (let i = 0; i < words.length; i++) {
      let c = this.tagdict.get(words[i]!);
      if (c === undefined) {
        const n = taggerFeatures(x, i, p1, p2, this.features);
        const s = this.model.score(this.features, n);
        c = 0;
        for (let k = 1; k < s.length; k++) if (s[k]! > s[c]!) c = k;
      }
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
    return out;
  }
}
