// The part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS|PTB classes, plus lemmas.
import type { Upos } from '../analysis.js';
import { cachedWordHashes, hashString, normalizeWord, Perceptron, type WordHashes } from '../perceptron/index.js';
import { isTitleCase, MAX_TAGGER_FEATURES, taggerFeatures, UNKNOWN_AMBIGUITY, type TaggerInput } from './features.js';
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

  constructor(private readonly model: Perceptron, readonly meta: TaggerMeta) {
    this.labels = meta.labels;
    this.upos = meta.labels.map((l) => l.split('|')[0] as Upos);
    this.xpos = meta.labels.map((l) => l.split('|')[1]!);
    this.tagdict = new Map(Object.entries(meta.tagdict));
    this.ambiguity = new Map(Object.entries(meta.ambiguity).map(([w, a]) => [w, hashString(a)]));
    this.lemmatizer = new Lemmatizer(meta.lemmas);
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
    const classes = this.predict(words);
    return classes.map((c, i) => ({ upos: this.upos[c]!, tag: this.xpos[c]!, lemma: this.lemmaOf(words[i]!, c) }));
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
  predict(words: readonly string[], hashes: readonly WordHashes[] = words.map(cachedWordHashes)): number[] {
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
