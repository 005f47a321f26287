// The part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS|PTB classes, plus lemmas.
import type { Upos } from '../analysis.js';
import { cachedWordHashes, hashString, normalizeWord, PAD_END, PAD_START, Perceptron, wordHashes, type WordHashes } from '../perceptron/index.js';
import {
  contextFeatures, historyFeatures, isTitleCase, MAX_TAGGER_FEATURES, next2Features, nextFeatures, PAD_AMBIGUITY_CLASS,
  prev2Features, prevFeatures, selfFeatures, taggerFeatures, UNKNOWN_AMBIGUITY, type TaggerInput,
} from './features.js';
import { Lemmatizer, type LemmaTables } from './lemmatizer.js';

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
  /** Frequent unambiguous words -> class index; tagged without scoring. */
  tagdict: Record<string, number>;
  /** Normalised word -> its ambiguity class (the UPOS tags it was seen with, joined), for words seen often enough. */
  ambiguity: Record<string, string>;
  lemmas: LemmaTables;
  trained: { data: string; iterations: number; seed: number; sentences: number };
}

/**
 * What the tagger keeps per word form: its hashes, ambiguity class, tag-dictionary class (-1 when
 * none) and, once needed, the integer score sums of the features that read this word alone, in each
 * position relative to the tagged word (self, one before, two before, one after, two after).
 */
interface WordEntry {
  hashes: WordHashes;
  amb: number;
  dict: number;
  sums: Int32Array | null;
  lemmas: Map<number, string> | null;
}

const SELF = 0, M1 = 1, M2 = 2, P1 = 3, P2 = 4, ROLES = 5;
/** Word forms whose entries are kept; the cache is emptied when full (about 2 KB a word). */
const ENTRY_LIMIT = 20_000;

export class Tagger {
  readonly labels: string[];
  private readonly upos: Upos[];
  private readonly xpos: string[];
  private readonly tagdict: Map<string, number>;
  private readonly ambiguity: Map<string, number>;
  private readonly ambiguityCache = new Map<string, number>();
  private readonly lemmaCache = new Map<string, string>();
  private readonly lemmatizer: Lemmatizer;
  private readonly features = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly entries = new Map<string, WordEntry>();
  private readonly padStart: WordEntry;
  private readonly padEnd: WordEntry;
  /** Score sums of the previous-class features, per (p1, p2) pair, filled on first use. */
  private readonly history: Int32Array | null;
  private readonly historyDone: Uint8Array | null;
  private readonly acc: Int32Array;

  constructor(private readonly model: Perceptron, readonly meta: TaggerMeta) {
    this.labels = meta.labels;
    this.upos = meta.labels.map((l) => l.split('|')[0] as Upos);
    this.xpos = meta.labels.map((l) => l.split('|')[1]!);
    this.tagdict = new Map(Object.entries(meta.tagdict));
    this.ambiguity = new Map(Object.entries(meta.ambiguity).map(([w, a]) => [w, hashString(a)]));
    this.lemmatizer = new Lemmatizer(meta.lemmas);
    const n = this.labels.length, pairs = (n + 2) * (n + 2);
    this.acc = new Int32Array(n);
    this.padStart = { hashes: PAD_START, amb: PAD_AMBIGUITY_CLASS, dict: -1, sums: null, lemmas: null };
    this.padEnd = { hashes: PAD_END, amb: PAD_AMBIGUITY_CLASS, dict: -1, sums: null, lemmas: null };
    this.history = model.loaded ? new Int32Array(pairs * n) : null;
    this.historyDone = model.loaded ? new Uint8Array(pairs) : null;
  }

  /** The weights file's content (perceptron + meta), before gzip. */
  serialize(): Uint8Array {
    return this.model.serialize(this.meta);
  }

  /** A tagger from the bytes `serialize` wrote. */
  static fromBytes(bytes: Uint8Array): Tagger {
    const model = Perceptron.deserialize(bytes);
    const meta = model.meta as TaggerMeta;
    if (meta?.kind !== 'tagger') throw new Error('tagger: weights file is not a tagger model');
    return new Tagger(model, meta);
  }

  /** UPOS, PTB tag and lemma of each word of one sentence. */
  tag(words: readonly string[]): TaggedWord[] {
    if (!this.model.loaded) {
      const classes = this.predict(words);
      return classes.map((c, i) => ({ upos: this.upos[c]!, tag: this.xpos[c]!, lemma: this.lemmaOf(words[i]!, c) }));
    }
    const entries = words.map((w) => this.entry(w));
    const classes = this.predictEntries(words, entries);
    const out: TaggedWord[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const c = classes[i]!, e = entries[i]!;
      let lemma = e.lemmas?.get(c);
      if (lemma === undefined) {
        lemma = this.lemmatizer.lemmatize(words[i]!, this.xpos[c]!);
        (e.lemmas ??= new Map()).set(c, lemma);
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

  private ambiguityOf(word: string): number {
    let a = this.ambiguityCache.get(word);
    if (a === undefined) {
      if (this.ambiguityCache.size >= 200_000) this.ambiguityCache.clear();
      a = this.ambiguity.get(normalizeWord(word)) ?? UNKNOWN_AMBIGUITY;
      this.ambiguityCache.set(word, a);
    }
    return a;
  }

  /** Class indices (into `labels`) of each word. */
  predict(words: readonly string[], hashes?: readonly WordHashes[]): number[] {
    if (!this.model.loaded || hashes) return this.predictSparse(words, hashes ?? words.map(cachedWordHashes));
    const entries = words.map((w) => this.entry(w));
    return this.predictEntries(words, entries);
  }

  /** UPOS, PTB tag and lemma of each word of one sentence (the fast path of `tag`). */
  private predictEntries(words: readonly string[], entries: WordEntry[]): number[] {
    const n = this.labels.length, acc = this.acc, out: number[] = new Array(words.length);
    const x: TaggerInput = { words: entries.map((e) => e.hashes), amb: entries.map((e) => e.amb), titleCase: isTitleCase(words) };
    const last = words.length - 1;
    let p1 = -1, p2 = -2;
    for (let i = 0; i <= last; i++) {
      const e = entries[i]!;
      let c = e.dict;
      if (c < 0) {
        acc.set(this.sums(e).subarray(SELF * n, SELF * n + n));
        add(acc, this.sums(i > 0 ? entries[i - 1]! : this.padStart), M1 * n, n);
        add(acc, this.sums(i > 1 ? entries[i - 2]! : this.padStart), M2 * n, n);
        add(acc, this.sums(i < last ? entries[i + 1]! : this.padEnd), P1 * n, n);
        add(acc, this.sums(i < last - 1 ? entries[i + 2]! : this.padEnd), P2 * n, n);
        add(acc, this.historySums(p1, p2), 0, n);
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

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (e === undefined) {
      if (this.entries.size >= ENTRY_LIMIT) this.entries.clear();
      e = { hashes: wordHashes(word), amb: this.ambiguityOf(word), dict: this.tagdict.get(word) ?? -1, sums: null, lemmas: null };
      this.entries.set(word, e);
    }
    return e;
  }

  /** The entry's score sums in each position, computed on first use. */
  private sums(e: WordEntry): Int32Array {
    if (e.sums) return e.sums;
    const n = this.labels.length, f = this.features, s = new Int32Array(ROLES * n);
    this.model.addRows(f, selfFeatures(e.hashes, e.amb, f, 0), s, SELF * n);
    this.model.addRows(f, prevFeatures(e.hashes, e.amb, f, 0), s, M1 * n);
    this.model.addRows(f, prev2Features(e.hashes, f, 0), s, M2 * n);
    this.model.addRows(f, nextFeatures(e.hashes, e.amb, f, 0), s, P1 * n);
    this.model.addRows(f, next2Features(e.hashes, e.amb, f, 0), s, P2 * n);
    return (e.sums = s);
  }

  /** Score sums of the previous-class features for classes p1, p2 (-1/-2 before the sentence); the slice starts at 0. */
  private historySums(p1: number, p2: number): Int32Array {
    const n = this.labels.length, pair = (p1 + 2) * (n + 2) + (p2 + 2);
    const table = this.history!, slice = table.subarray(pair * n, pair * n + n);
    if (!this.historyDone![pair]) {
      this.model.addRows(this.features, historyFeatures(p1, p2, this.features, 0), slice);
      this.historyDone![pair] = 1;
    }
    return slice;
  }

  /** The general path: every feature looked up (models being trained, or hashes given by the caller). */
  predictSparse(words: readonly string[], hashes: readonly WordHashes[]): number[] {
    const out: number[] = new Array(words.length);
    const x: TaggerInput = { words: hashes as WordHashes[], amb: words.map((w) => this.ambiguityOf(w)), titleCase: isTitleCase(words) };
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

/** acc[j] += from[offset + j] for j < n. */
function add(acc: Int32Array, from: Int32Array, offset: number, n: number): void {
  for (let j = 0; j < n; j++) acc[j]! += from[offset + j]!;
}
