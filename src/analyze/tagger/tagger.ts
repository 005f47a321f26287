// The part-of-speech tagger: a window pass guessing UPOS from the words alone, then a greedy left-to-right averaged perceptron over joint UPOS|PTB classes that reads those guesses to its right; plus lemmas.
import type { Upos } from '../analysis.js';
import { cachedWordHashes, hashString, normalizeWord, ownCopy, PAD_END, PAD_START, Perceptron, SumPool, type WordHashes } from '../perceptron/index.js';
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
 * position relative to the tagged word (self, one before, two before, one after, two after): the
 * offset of these ROLES rows in the tagger's sum pool, -1 until computed.
 * A class, not object literals: these are kept for every word form, and V8 throws away the optimised code a
 * long-lived literal is inlined into when it starts allocating that literal in the old generation (word-features.ts).
 */
class WordEntry {
  /** The tagger's sums of this word's features in each position, -1 until computed. */
  sums = -1;
  /** The same for the window model's features. */
  windowSums = -1;
  /** The sums of the features reading only its shape, ambiguity and lexicon classes, shared with the forms that have the same. */
  classSums: ClassSums | null = null;
  /** The lemma of the first class the word was tagged with (-1 none yet), and of any others. */
  lemmaClass = -1;
  lemma = '';
  lemmas: Map<number, string> | null = null;

  /**
   * `lex`: its lexicon class (lexicon.ts); `dict`: its tag-dictionary class, else -1; `dictUpos`: the window model's
   * UPOS class for a word in the tag dictionary, else -1.
   */
  constructor(readonly hashes: WordHashes, readonly amb: number, readonly lex: number, readonly dict: number, readonly dictUpos: number) {}
}

/**
 * Score sums of the CLASS_PART features (features.ts) of the word groups, per position like `WordEntry.sums`:
 * they read only a word's shape, ambiguity class and lexicon class, and a few hundred such combinations
 * cover the thousands of word forms of a news corpus. Their rows are the long ones (the bias, shapes,
 * classes: most of the entries a new form's features add), so a new form starts from a copy of these
 * and looks up only its form's own features (17 of 31).
 */
class ClassSums {
  /** Pool offsets as in WordEntry, -1 until computed. */
  sums = -1;
  windowSums = -1;
}

const SELF = 0, M1 = 1, M2 = 2, P1 = 3, P2 = 4, ROLES = 5;
/**
 * Word forms whose entries are kept (about 2 KB a word); when a sentence would pass it, every cached sum is forgotten
 * (entries, class combinations, tag pairs: one pool holds them all).
 */
const ENTRY_LIMIT = 20_000;

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
  /** The pool offset each of `features` is added at, in `groupSums`. */
  private readonly featureRows = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly entries = new Map<string, WordEntry>();
  /** ClassSums per `shape amb lex` key. */
  private readonly classes = new Map<string, ClassSums>();
  /** Every cached score sum: the entries', the class combinations', the tag pairs' (see SumPool). */
  private readonly pool: SumPool;
  private readonly padStart: WordEntry;
  private readonly padEnd: WordEntry;
  /** Pool offsets of the score sums of the previous-class features, per (p1, p2) pair, -1 until first used. */
  private readonly history: Int32Array | null;
  /** Pool offsets of the first-pass features' sums per (r0, r1, r2) triple and per (p1, r1) pair, -1 until first used. */
  private readonly right: Int32Array | null;
  private readonly prevRight: Int32Array | null;
  private readonly acc: Int32Array;
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
    this.padStart = new WordEntry(PAD_START, PAD_AMBIGUITY_CLASS, PAD_LEXICON, -1, -1);
    this.padEnd = new WordEntry(PAD_END, PAD_AMBIGUITY_CLASS, PAD_LEXICON, -1, -1);
    const loaded = model.loaded && window.loaded;
    this.history = loaded ? new Int32Array(pairs).fill(-1) : null;
    this.right = loaded ? new Int32Array(r * r * r).fill(-1) : null;
    this.prevRight = loaded ? new Int32Array((n + 2) * r).fill(-1) : null;
    // What the caches can hold before `clearSums` (SumPool's reserve): every entry's and pad's rows in both models,
    // class combinations (575 cover BBC's 11,624 forms; a quarter of the entries allowed, the pool grows past it),
    // and every tag pair, guess triple and (class, guess) pair. 15.3 M ints for 93 classes: address space, committed
    // only as rows are written.
    const perWord = ROLES * (n + u), words = ENTRY_LIMIT + 2;
    this.pool = new SumPool(loaded ? words * perWord + Math.ceil(words / 4) * perWord + n * (pairs + r * r * r + (n + 2) * r) : 1 << 10);
  }

  /** Forgets every cached sum (the pool's offsets with them), when the word forms' entries are full. */
  private clearSums(): void {
    this.entries.clear();
    this.classes.clear();
    this.pool.clear();
    for (const pad of [this.padStart, this.padEnd]) { pad.sums = -1; pad.windowSums = -1; pad.classSums = null; }
    this.history!.fill(-1);
    this.right!.fill(-1);
    this.prevRight!.fill(-1);
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
  tag(given: readonly string[]): TaggedWord[] {
    // The caller's array may be packed or holey: everything below reads a copy of one kind (own-copy.ts).
    const words = ownCopy(given);
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
    // The entries with two pads on each side (`ext[i + 2]` is word i): the neighbours of every word are read without
    // a branch, so no path is left that only the odd sentence takes (whose first run would throw the optimised code away).
    const ext = this.padded(entries);
    const right = this.windowPass(ext);
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
        // The pool offsets of every cached row (computing those not cached yet may grow the pool: read it after).
        const s0 = this.sums(e), s1 = this.sums(ext[i + 1]!) + M1 * n, s2 = this.sums(ext[i]!) + M2 * n;
        const s3 = this.sums(ext[i + 3]!) + P1 * n, s4 = this.sums(ext[i + 4]!) + P2 * n;
        const h = this.historyAt(p1, p2), r = this.rightAt(right[i]!, r1, i < last - 1 ? right[i + 2]! : -1), pr = this.prevRightAt(p1, r1);
        // One loop over the classes summing every cached row (fewer passes over memory than one per row). The int32
        // store wraps the sum modulo 2^32 exactly as adding row by row into the Int32Array did.
        const d = this.pool.data;
        for (let j = 0; j < n; j++) acc[j] = d[s0 + j]! + d[s1 + j]! + d[s2 + j]! + d[s3 + j]! + d[s4 + j]! + d[h + j]! + d[r + j]! + d[pr + j]!;
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
  private windowPass(ext: WordEntry[]): number[] {
    const u = this.meta.uposLabels.length, m = ext.length - 4, out: number[] = new Array(m);
    for (let i = 0; i < m; i++) {
      const e = ext[i + 2]!;
      if (e.dictUpos >= 0) { out[i] = e.dictUpos; continue; }
      const s0 = this.windowSums(e), s1 = this.windowSums(ext[i + 1]!) + M1 * u, s2 = this.windowSums(ext[i]!) + M2 * u;
      const s3 = this.windowSums(ext[i + 3]!) + P1 * u, s4 = this.windowSums(ext[i + 4]!) + P2 * u;
      const d = this.pool.data;
      let c = 0, best = -Infinity;
      for (let j = 0; j < u; j++) {
        const v = d[s0 + j]! + d[s1 + j]! + d[s2 + j]! + d[s3 + j]! + d[s4 + j]!;
        if (v > best) { best = v; c = j; }
      }
      out[i] = c;
    }
    return out;
  }

  /** `entries` with two pad entries before and two after, in an array of its final length filled by index. */
  private padded(entries: WordEntry[]): WordEntry[] {
    const m = entries.length, ext: WordEntry[] = new Array(m + 4);
    ext[0] = ext[1] = this.padStart;
    for (let i = 0; i < m; i++) ext[i + 2] = entries[i]!;
    ext[m + 2] = ext[m + 3] = this.padEnd;
    return ext;
  }

  /** The words' entries, in an array of their final length filled by index (one element kind, unlike `map`). */
  private entriesOf(words: readonly string[]): WordEntry[] {
    // Cleared only between sentences: the entries of the sentence being tagged keep their pool offsets to its end.
    if (this.entries.size + words.length > ENTRY_LIMIT) this.clearSums();
    const out: WordEntry[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.entry(words[i]!);
    return out;
  }

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (e === undefined) {
      const dict = this.tagdict.get(word) ?? -1;
      e = new WordEntry(cachedWordHashes(word), this.ambiguityOf(word), lexiconClass(this.lexicon, word) | 0, dict, dict < 0 ? -1 : this.uposOfClass[dict]!);
      this.entries.set(word, e);
    }
    return e;
  }

  /**
   * The entry's score sums in each position, computed on first use: its class combination's sums plus its own
   * form's features. Integer sums are exact, so the split adds up to what all the word's features give.
   */
  private sums(e: WordEntry): number {
    if (e.sums >= 0) return e.sums;
    const n = this.labels.length, c = this.classSumsOf(e);
    if (c.sums < 0) c.sums = this.groupSums(this.model, e, CLASS_PART, this.pool.take(ROLES * n));
    return (e.sums = this.groupSums(this.model, e, FORM_PART, this.pool.copy(c.sums, ROLES * n)));
  }

  /** The entry's window-model score sums in each position, computed on first use (as `sums`). */
  private windowSums(e: WordEntry): number {
    if (e.windowSums >= 0) return e.windowSums;
    const u = this.meta.uposLabels.length, c = this.classSumsOf(e);
    if (c.windowSums < 0) c.windowSums = this.groupSums(this.window, e, CLASS_PART, this.pool.take(ROLES * u));
    return (e.windowSums = this.groupSums(this.window, e, FORM_PART, this.pool.copy(c.windowSums, ROLES * u)));
  }

  /** The shared class sums of the entry's shape, ambiguity and lexicon classes. */
  private classSumsOf(e: WordEntry): ClassSums {
    if (e.classSums) return e.classSums;
    const key = `${e.hashes.shape} ${e.amb} ${e.lex}`;
    let c = this.classes.get(key);
    if (c === undefined) this.classes.set(key, (c = new ClassSums()));
    return (e.classSums = c);
  }

  /** Adds `model`'s rows of the `part` features of the word's groups (one per position) to the pool's rows at `s`; returns `s`. */
  private groupSums(model: Perceptron, e: WordEntry, part: number, s: number): number {
    const n = model.nClasses, f = this.features, h = e.hashes, at = this.featureRows;
    // Every position's features in one array, each with the offset of its position's row: one lookup pass for all.
    let k = 0, k1 = selfFeatures(h, e.amb, e.lex, f, 0, part);
    for (; k < k1; k++) at[k] = s + SELF * n;
    k1 = prevFeatures(h, e.amb, e.lex, f, k, part);
    for (; k < k1; k++) at[k] = s + M1 * n;
    k1 = prev2Features(h, f, k, part);
    for (; k < k1; k++) at[k] = s + M2 * n;
    k1 = nextFeatures(h, e.amb, e.lex, f, k, part);
    for (; k < k1; k++) at[k] = s + P1 * n;
    k1 = next2Features(h, e.amb, f, k, part);
    for (; k < k1; k++) at[k] = s + P2 * n;
    model.addRowsAt(f, k, at, this.pool.data);
    return s;
  }

  /** Pool offset of the score sums of the first-pass features for guesses r0, r1, r2 (-1 past the end). */
  private rightAt(r0: number, r1: number, r2: number): number {
    const r = this.meta.uposLabels.length + 1, key = ((r0 + 1) * r + (r1 + 1)) * r + (r2 + 1);
    let at = this.right![key]!;
    if (at < 0) {
      this.right![key] = at = this.pool.take(this.labels.length);
      this.model.addRows(this.features, rightFeatures(r0, r1, r2, this.features, 0), this.pool.data, at);
    }
    return at;
  }

  /** Pool offset of the score sums of the previous class joined with the next word's first-pass guess. */
  private prevRightAt(p1: number, r1: number): number {
    const r = this.meta.uposLabels.length + 1, key = (p1 + 2) * r + (r1 + 1);
    let at = this.prevRight![key]!;
    if (at < 0) {
      this.prevRight![key] = at = this.pool.take(this.labels.length);
      this.model.addRows(this.features, prevRightFeatures(p1, r1, this.features, 0), this.pool.data, at);
    }
    return at;
  }

  /** Pool offset of the score sums of the previous-class features for classes p1, p2 (-1/-2 before the sentence). */
  private historyAt(p1: number, p2: number): number {
    const n = this.labels.length, pair = (p1 + 2) * (n + 2) + (p2 + 2);
    let at = this.history![pair]!;
    if (at < 0) {
      this.history![pair] = at = this.pool.take(n);
      this.model.addRows(this.features, historyFeatures(p1, p2, this.features, 0), this.pool.data, at);
    }
    return at;
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
