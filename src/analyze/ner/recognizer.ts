// The named-entity recogniser: greedy left-to-right BIO labelling with an averaged perceptron, entity spans with a confidence.
import { bioSpans } from '../corpus/index.js';
import { cachedWordHashes, hashString, ownCopy, PAD_END, PAD_START, Perceptron, SumPool, type WordHashes } from '../perceptron/index.js';
import {
  CLASS_PART, contextFeatures, cueInfo, FORM_PART, historyFeatures, labelPosFeatures, labelPrevWordFeatures, labelWordFeatures, letterCase, LetterCounts, MAX_NER_FEATURES, nerFeatures, nerInput, next2Features, nextFeatures, POS_END, POS_START,
  posFeatures, prev2Features, prevFeatures, selfFeatures, type NerInput,
} from './features.js';
import { isAddressLike, phraseStartLength } from './gazetteer-features.js';
import { DocumentHistory, typeIndex } from './history.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan {
  /** Token span, end exclusive. */
  start: number;
  end: number;
  type: EntityLabel;
  /** 0-1: the lowest per-token probability of the span's labels (softmax of the scores). */
  confidence: number;
}

export interface RecognizerMeta {
  kind: 'ner';
  /** BIO labels: 'O', 'B-PER', 'I-PER', ... */
  labels: string[];
  /** Softmax temperature turning scores into confidences. */
  temperature: number;
  trained: { data: string; iterations: number; seed: number; sentences: number; lowercased: number };
}

/** For each label, whether it may follow each previous label (I-X only after B-X or I-X). */
export function transitionMask(labels: readonly string[]): boolean[][] {
  return [-1, ...labels.map((_, i) => i)].map((prev) => labels.map((l) => {
    if (!l.startsWith('I-')) return true;
    if (prev < 0) return false;
    const p = labels[prev]!;
    return p !== 'O' && p.slice(2) === l.slice(2);
  }));
}

/**
 * Per word form: its hashes and, once needed, the integer score sums of the features reading it alone, per position
 * (the offset of these ROLES rows in the recogniser's sum pool, -1 until computed).
 * Classes, not object literals, for everything the caches keep: V8 throws away the optimised code a long-lived
 * literal is inlined into when it starts allocating that literal in the old generation (see perceptron/word-features.ts).
 */
class WordEntry {
  sums = -1;
  /** The sums of the features reading only its shape and cues, shared with the forms that have the same (see `classSums`). */
  classSums: ClassSums | null = null;
  /** Per previous label: score sums of its joins with this word as the labelled word, and as the word before. */
  label = new LabelRows();
  prevLabel = new LabelRows();

  /**
   * `address`: `isAddressLike` of the word; `gazStart`: length of the longest gazetteer phrase the word starts (0
   * none), `phraseStartLength`.
   */
  constructor(readonly hashes: WordHashes, readonly cues: Int32Array, readonly address: boolean, readonly lowered: string, readonly letters: LetterCounts, readonly gazStart: number) {}
}

/**
 * Score sums of the CLASS_PART features (features.ts) of the word groups, per position like `WordEntry.sums`:
 * they read only a word's shape and gazetteer cues, and about a hundred such combinations cover the thousands
 * of word forms of a news corpus, so a new form starts from a copy of these and looks up only its own features.
 */
class ClassSums {
  /** Pool offset, -1 until computed. */
  sums = -1;
}

/**
 * Score sums of the features joining the previous label with one word or tag: n + 1 rows of n (previous label
 * -1 first), each filled when first needed (bit p1 + 1 of `done`): most words only ever follow one or two labels.
 */
class LabelRows {
  /** Pool offset of the n + 1 rows, -1 until the first is needed. */
  sums = -1;
  done = 0;
}

/** Which join a LabelRows holds: the labelled word's, the word before's, the tag's. */
const WORD_JOIN = 0, PREV_WORD_JOIN = 1, TAG_JOIN = 2;

/** Per part-of-speech tag: its hash and the score sums of its features as the word's, previous and next tag. */
class TagEntry {
  /** Pool offset of its three rows, -1 until computed. */
  sums = -1;
  /** Per previous label: score sums of its join with this tag as the word's. */
  label = new LabelRows();

  constructor(readonly hash: number) {}
}

const SELF = 0, M1 = 1, M2 = 2, P1 = 3, P2 = 4, ROLES = 5;
/**
 * Word forms whose entries are kept; when a sentence would pass it, every cached sum is forgotten (entries, class
 * combinations, tags: one pool holds them all).
 */
const ENTRY_LIMIT = 50_000;
/** Part-of-speech tags the pool reserves rows for (the tagger's PTB tag set has 50); more make it grow. */
const TAG_ALLOWANCE = 64;

export class Recognizer {
  readonly labels: string[];
  private readonly allowed: boolean[][];
  private readonly features = new Uint32Array(MAX_NER_FEATURES);
  private readonly temperature: number;
  private readonly outside: number;
  private readonly entries = new Map<string, WordEntry>();
  private readonly tagEntries = new Map<string, TagEntry>();
  /** ClassSums per `shape cues` key. */
  private readonly classes = new Map<string, ClassSums>();
  /** Every cached score sum: the entries', the class combinations', the tags', the label pairs' (see SumPool). */
  private readonly pool: SumPool;
  private readonly padStart = new WordEntry(PAD_START, new Int32Array(0), false, '', new LetterCounts(0, 0), 0);
  private readonly padEnd = new WordEntry(PAD_END, new Int32Array(0), false, '', new LetterCounts(0, 0), 0);
  private readonly tagStart = new TagEntry(POS_START);
  private readonly tagEnd = new TagEntry(POS_END);
  /** Pool offset of the score sums of the previous-label features per (p1, p2) pair. */
  private history = -1;
  private readonly acc: Int32Array;

  constructor(private readonly model: Perceptron, readonly meta: RecognizerMeta) {
    this.labels = meta.labels;
    this.allowed = transitionMask(meta.labels);
    this.outside = meta.labels.indexOf('O');
    this.temperature = meta.temperature > 0 ? meta.temperature : 1;
    const n = meta.labels.length;
    // The per-label rows of the cached sums are marked filled by one bit each in a 32-bit mask.
    if (n > 30) throw new Error(`ner: ${n} labels (at most 30 supported)`);
    this.acc = new Int32Array(n);
    // What the caches can hold before `clearSums` (SumPool's reserve): each entry's and pad's rows and its two joins
    // with every previous label, class combinations (118 cover BBC's 11,624 forms; a quarter of the entries allowed,
    // the pool grows past it), TAG_ALLOWANCE tags with their joins, and the label pairs. 11.8 M ints for 9 labels:
    // address space, committed only as rows are written.
    const words = ENTRY_LIMIT + 2, label = (n + 1) * n;
    const reserve = words * (ROLES * n + 2 * label) + Math.ceil(words / 4) * ROLES * n + TAG_ALLOWANCE * (3 * n + label) + (n + 1) * label;
    this.pool = new SumPool(model.loaded ? reserve : 1 << 10);
    if (model.loaded) this.fillHistory();
  }

  /** Every (p1, p2) pair's previous-label sums, -1 included, computed at once: (n + 1)^2 small rows. */
  private fillHistory(): void {
    const n = this.labels.length, h = (this.history = this.pool.take((n + 1) * (n + 1) * n));
    for (let a = -1; a < n; a++) {
      for (let b = -1; b < n; b++) {
        this.model.addRows(this.features, historyFeatures(a, b, this.features, 0), this.pool.data, h + ((a + 1) * (n + 1) + (b + 1)) * n);
      }
    }
  }

  /** Forgets every cached sum (the pool's offsets with them), when the word forms' entries are full. */
  private clearSums(): void {
    this.entries.clear();
    this.tagEntries.clear();
    this.classes.clear();
    this.pool.clear();
    for (const e of [this.padStart, this.padEnd]) { e.sums = -1; e.classSums = null; e.label = new LabelRows(); e.prevLabel = new LabelRows(); }
    for (const t of [this.tagStart, this.tagEnd]) { t.sums = -1; t.label = new LabelRows(); }
    this.fillHistory();
  }

  serialize(): Uint8Array {
    return this.model.serialize(this.meta);
  }

  static fromBytes(bytes: Uint8Array): Recognizer {
    const model = Perceptron.deserialize(bytes);
    const meta = model.meta as RecognizerMeta;
    if (meta?.kind !== 'ner') throw new Error('ner: weights file is not a recogniser model');
    return new Recognizer(model, meta);
  }

  /** Entities of one sentence, given its words and their PTB tags (from the tagger); spans under `minConfidence` left out. */
  recognize(givenWords: readonly string[], givenTags: readonly string[], minConfidence = MIN_CONFIDENCE): EntitySpan[] {
    return this.recognizeIn(null, givenWords, givenTags, minConfidence);
  }

  /**
   * Entities of every sentence of one document, in order: each sentence also reads the types the earlier ones gave
   * its capitalised words (`DocumentHistory`), as the model was trained. `recognize` reads no history.
   */
  recognizeDocument(words: ReadonlyArray<readonly string[]>, tags: ReadonlyArray<readonly string[]>, minConfidence = MIN_CONFIDENCE): EntitySpan[][] {
    if (words.length !== tags.length) throw new Error(`ner: ${words.length} sentences but ${tags.length} tag lists`);
    const history = new DocumentHistory(), out: EntitySpan[][] = new Array(words.length);
    for (let s = 0; s < words.length; s++) out[s] = this.recognizeIn(history, words[s]!, tags[s]!, minConfidence);
    return out;
  }

  /** `recognize` with the document's history (null: none), which then records the sentence's labels. */
  private recognizeIn(history: DocumentHistory | null, givenWords: readonly string[], givenTags: readonly string[], minConfidence: number): EntitySpan[] {
    // The caller's arrays may be packed or holey: everything below reads copies of one kind (own-copy.ts).
    const words = ownCopy(givenWords), tags = ownCopy(givenTags);
    if (words.length !== tags.length) throw new Error(`ner: ${words.length} words but ${tags.length} tags`);
    const hist = history ? history.features(words) : undefined;
    // A loaded model's word entries also know which words are addresses (`label` as written out here).
    const x = this.model.loaded ? this.cachedInput(words, tags, hist) : null;
    const { labels, probs } = x ? this.labelCached(x) : this.labelSparse(words, tags, hist);
    const spans: EntitySpan[] = [];
    // Filled by index (not `map`, whose result is packed or, when its fast path bails out, holey): one array kind.
    const names: string[] = new Array(labels.length), types: number[] = new Array(labels.length);
    for (let i = 0; i < labels.length; i++) { names[i] = this.labels[labels[i]!]!; types[i] = typeIndex(names[i]!); }
    if (history) history.record(words, types);
    for (const s of bioSpans(names)) {
      // An address, file name or newsgroup path is no name, whatever the model reads into its context.
      let address = false;
      for (let i = s.start; i < s.end && !address; i++) address = x ? x.we[i]!.address : isAddressLike(words[i]!);
      if (address) continue;
      let confidence = 1;
      for (let i = s.start; i < s.end; i++) confidence = Math.min(confidence, probs[i]!);
      if (confidence < minConfidence) continue;
      // A name standing alone in the possessive ("dinner at Kenneally 's .") names a shop or restaurant by its
      // owner: the 's is part of the name, and a person's name so used is the place (Universal NER's convention).
      // Every operation that reads a value runs for every span: one first run inside the rare branch would throw the
      // optimised `recognize` away (V8 compiles what it has not seen run as a bail-out).
      const alone = s.type !== 'MISC' && possessiveAlone(words, tags, s.end), person = s.type === 'PER';
      const end = s.end + (alone ? 1 : 0);
      const type = alone && person ? 'LOC' : s.type;
      spans.push({ start: s.start, end, type: type as EntityLabel, confidence: Math.round(confidence * 1000) / 1000 });
    }
    return spans;
  }

  /** Label index of each word and the probability of that label (1 for 'O': only entity tokens need it). */
  label(words: readonly string[], tags: readonly string[]): { labels: number[]; probs: number[] } {
    if (this.model.loaded) return this.labelCached(this.cachedInput(words, tags));
    return this.labelSparse(words, tags);
  }

  /** The general path of `label`: every feature looked up (a model being trained, and tests). */
  labelSparse(words: readonly string[], tags: readonly string[], hist?: Int32Array[]): { labels: number[]; probs: number[] } {
    const x = nerInput(words, tags, undefined, undefined, undefined, hist);
    const labels: number[] = new Array(words.length);
    const probs: number[] = new Array(words.length);
    let p1 = -1, p2 = -1;
    for (let i = 0; i < words.length; i++) {
      const n = nerFeatures(x, i, p1, p2, this.features);
      const s = this.model.score(this.features, n);
      const allowed = this.allowed[p1 + 1]!;
      let best = -1;
      for (let c = 0; c < s.length; c++) if (allowed[c] && (best < 0 || s[c]! > s[best]!)) best = c;
      labels[i] = best;
      probs[i] = 1;
      // The probability is only read for tokens inside entities.
      if (best !== this.outside) {
        let z = 0;
        for (let c = 0; c < s.length; c++) if (allowed[c]) z += Math.exp((s[c]! - s[best]!) / this.temperature);
        probs[i] = 1 / z;
      }
      p2 = p1;
      p1 = best;
    }
    return { labels, probs };
  }

  /** The sentence's input with each word's and tag's cached entry attached. */
  private cachedInput(words: readonly string[], tags: readonly string[], hist?: Int32Array[]): NerInput & { we: WordEntry[]; te: TagEntry[] } {
    // Cleared only between sentences: the entries of the sentence being labelled keep their pool offsets to its end.
    if (this.entries.size + words.length > ENTRY_LIMIT) this.clearSums();
    const we = new Array<WordEntry>(words.length), te = new Array<TagEntry>(words.length);
    for (let i = 0; i < words.length; i++) {
      let e = this.entries.get(words[i]!);
      if (e === undefined) {
        const w = words[i]!;
        const lowered = w.toLowerCase();
        const cues = cueInfo(w);
        this.entries.set(w, (e = new WordEntry(cachedWordHashes(w), cues.hashes, cues.address, lowered, letterCase(w), phraseStartLength(lowered))));
      }
      we[i] = e;
      let t = this.tagEntries.get(tags[i]!);
      if (t === undefined) this.tagEntries.set(tags[i]!, (t = new TagEntry(hashString(tags[i]!) | 0)));
      te[i] = t;
    }
    // Filled by index into arrays of their final length (not `map`, whose result is packed or, when its fast path bails out, holey).
    const n = we.length, hs: WordHashes[] = new Array(n), pos: number[] = new Array(n), lowered: string[] = new Array(n);
    const cases: Array<{ upper: number; lower: number }> = new Array(n), cues: Int32Array[] = new Array(n), startLengths: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = we[i]!;
      hs[i] = e.hashes; pos[i] = te[i]!.hash; lowered[i] = e.lowered; cases[i] = e.letters; cues[i] = e.cues; startLengths[i] = e.gazStart;
    }
    const x = nerInput(words, tags, hs, pos, { lowered, cases, cues, startLengths }, hist);
    return Object.assign(x, { we, te });
  }

  /**
   * The word's score sums in each position, computed on first use: its class combination's sums plus its own
   * form's features. Integer sums are exact, so the split adds up to what all the word's features give.
   */
  private wordSums(e: WordEntry): number {
    if (e.sums >= 0) return e.sums;
    const n = this.labels.length, c = this.classSumsOf(e);
    if (c.sums < 0) c.sums = this.groupSums(e, CLASS_PART, this.pool.take(ROLES * n));
    return (e.sums = this.groupSums(e, FORM_PART, this.pool.copy(c.sums, ROLES * n)));
  }

  /** The shared class sums of the word's shape and cues. */
  private classSumsOf(e: WordEntry): ClassSums {
    if (e.classSums) return e.classSums;
    const key = `${e.hashes.shape} ${e.cues.join(' ')}`;
    let c = this.classes.get(key);
    if (c === undefined) this.classes.set(key, (c = new ClassSums()));
    return (e.classSums = c);
  }

  /** Adds the rows of the `part` features of the word's groups (one per position) to the pool's rows at `s`; returns `s`. */
  private groupSums(e: WordEntry, part: number, s: number): number {
    const n = this.labels.length, f = this.features, m = this.model, h = e.hashes, d = this.pool.data;
    m.addRows(f, selfFeatures(h, e.cues, f, 0, part), d, s + SELF * n);
    m.addRows(f, prevFeatures(h, e.cues, f, 0, part), d, s + M1 * n);
    m.addRows(f, prev2Features(h, f, 0, part), d, s + M2 * n);
    m.addRows(f, nextFeatures(h, e.cues, f, 0, part), d, s + P1 * n);
    m.addRows(f, next2Features(h, f, 0, part), d, s + P2 * n);
    return s;
  }

  /** Pool offset of the tag's rows as the word's, the previous and the next tag, computed on first use. */
  private tagSums(t: TagEntry): number {
    if (t.sums >= 0) return t.sums;
    const n = this.labels.length, f = this.features, s = this.pool.take(3 * n), d = this.pool.data;
    for (let role = 0; role < 3; role++) this.model.addRows(f, posFeatures(t.hash, role as 0 | 1 | 2, f, 0), d, s + role * n);
    return (t.sums = s);
  }

  /** Pool offset of `rows` (of `kind`, for the word hashes `h` or the tag hash `tag`), with row `p1` filled. */
  private labelRows(rows: LabelRows, kind: number, h: WordHashes, tag: number, p1: number): number {
    const n = this.labels.length, bit = 1 << (p1 + 1);
    if (rows.sums < 0) rows.sums = this.pool.take((n + 1) * n);
    if (!(rows.done & bit)) {
      rows.done |= bit;
      const f = this.features;
      const k = kind === WORD_JOIN ? labelWordFeatures(h, p1, f, 0) : kind === PREV_WORD_JOIN ? labelPrevWordFeatures(h, p1, f, 0) : labelPosFeatures(tag, p1, f, 0);
      this.model.addRows(f, k, this.pool.data, rows.sums + (p1 + 1) * n);
    }
    return rows.sums;
  }

  /** `label` on a loaded model: cached sums per word, tag and label pair, plus the features joining them. */
  private labelCached(x: NerInput & { we: WordEntry[]; te: TagEntry[] }): { labels: number[]; probs: number[] } {
    const { we, te } = x;
    const n = this.labels.length, last = we.length - 1, acc = this.acc, scale = this.model.quantScale;
    const labels: number[] = new Array(we.length);
    const probs: number[] = new Array(we.length);
    let p1 = -1, p2 = -1;
    for (let i = 0; i <= last; i++) {
      // The pool offsets of every cached row (computing those not cached yet may grow the pool: read it after).
      const w0 = this.wordSums(we[i]!), w1 = this.wordSums(i > 0 ? we[i - 1]! : this.padStart) + M1 * n, w2 = this.wordSums(i > 1 ? we[i - 2]! : this.padStart) + M2 * n;
      const w3 = this.wordSums(i < last ? we[i + 1]! : this.padEnd) + P1 * n, w4 = this.wordSums(i < last - 1 ? we[i + 2]! : this.padEnd) + P2 * n;
      const t0 = this.tagSums(te[i]!), t1 = this.tagSums(i > 0 ? te[i - 1]! : this.tagStart) + n, t2 = this.tagSums(i < last ? te[i + 1]! : this.tagEnd) + 2 * n;
      const w = we[i]!, m = i > 0 ? we[i - 1]! : this.padStart, lAt = (p1 + 1) * n;
      const l0 = this.labelRows(w.label, WORD_JOIN, w.hashes, 0, p1) + lAt, l1 = this.labelRows(m.prevLabel, PREV_WORD_JOIN, m.hashes, 0, p1) + lAt;
      const l2 = this.labelRows(te[i]!.label, TAG_JOIN, PAD_START, te[i]!.hash, p1) + lAt;
      const h = this.history + ((p1 + 1) * (n + 1) + (p2 + 1)) * n, d = this.pool.data;
      // One loop over the labels summing every cached row (a loop per row cost more than the adds). The int32
      // store wraps the sum modulo 2^32 exactly as adding row by row into the Int32Array did.
      for (let j = 0; j < n; j++) {
        acc[j] = d[w0 + j]! + d[w1 + j]! + d[w2 + j]! + d[w3 + j]! + d[w4 + j]! + d[t0 + j]! + d[t1 + j]! + d[t2 + j]!
          + d[h + j]! + d[l0 + j]! + d[l1 + j]! + d[l2 + j]!;
      }
      this.model.addRows(this.features, contextFeatures(x, i, this.features, 0), acc);
      const allowed = this.allowed[p1 + 1]!;
      let best = -1;
      for (let c = 0; c < n; c++) if (allowed[c] && (best < 0 || acc[c]! > acc[best]!)) best = c;
      labels[i] = best;
      probs[i] = 1;
      if (best !== this.outside) {
        let z = 0;
        const t = scale / this.temperature;
        for (let c = 0; c < n; c++) if (allowed[c]) z += Math.exp((acc[c]! - acc[best]!) * t);
        probs[i] = 1 / z;
      }
      p2 = p1;
      p1 = best;
    }
    return { labels, probs };
  }
}

/**
 * Spans whose least sure token is below this probability are left out: they are wrong more often than right.
 * Chosen where entity F1 peaks both on CoNLL-2003 dev and on silver-labelled EWT train documents held out of
 * training (web text); Universal NER dev, the measuring stick, was not used to choose it.
 */
export const MIN_CONFIDENCE = 0.35;

/** Punctuation after which a possessive still has its noun to come ("Al Qaeda 's \" Chemical Wire \""). */
const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '{', '#', '-', '--', '``', '-LRB-']);
/** PTB tags of punctuation. */
const PUNCTUATION = new Set(['.', ',', ':', "''", '``', '-LRB-', '-RRB-', 'HYPH', 'NFP']);
/** Auxiliaries after which a possessive names the thing itself ("Max 's is great"). */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'are', 'were', 'will', 'would', 'can', 'could', 'does', 'did']);

/** Whether `tags[at]` is a possessive ending (POS) after which the possessed noun is left out: punctuation, a preposition, an auxiliary, the end. */
export function possessiveAlone(words: readonly string[], tags: readonly string[], at: number): boolean {
  // The bound first: a read past the end of the array (a span ending the sentence) would throw away the optimised caller.
  if (at >= tags.length || tags[at] !== 'POS') return false;
  if (at + 1 >= words.length) return true;
  const next = words[at + 1]!, tag = tags[at + 1]!;
  if (OPENING.has(next) || tag === '-LRB-' || tag === '``') return false;
  return PUNCTUATION.has(tag) || tag === 'IN' || AUXILIARIES.has(next.toLowerCase());
}
