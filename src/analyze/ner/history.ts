// Document memory of the recogniser: the types earlier sentences of the same document gave each capitalised word, read as features.
// A word may carry a name's type across sentences when it starts with a capital letter: the mention finder's test.
import { isCapitalWord } from '../mentions/candidate.js';
import { hashString } from '../perceptron/index.js';

/**
 * Why: a name is often typed from weak context in one sentence ("Keller said ...") and from strong context in
 * another ("Ms Keller", "shares in Keller"). Ratinov & Roth (2009, "extended prediction history") give each
 * token the distribution of labels the recogniser already gave the same token earlier in the document. The
 * model learns how far to trust it: in training the history holds the model's own guesses of that pass, as at
 * run time, not the gold labels.
 */

/** Types in the order of the counts: outside a name, then the four entity types. */
const TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const NO_HISTORY = new Int32Array(0);

/** Feature hashes (template ids as in features.ts, label-free: the perceptron scores every label). */
const MAJORITY = TYPES.map((t) => hashString(`hist=${t}`) | 0);
/** Which types the word has had: a bit per type (1..31). */
const SEEN = Array.from({ length: 32 }, (_, m) => hashString(`hist-seen=${m}`) | 0);

/** The type of a BIO label name ('B-PER' -> 'PER', 'O' -> 'O'): its index in TYPES. */
export function typeIndex(label: string): number {
  if (label === 'O') return 0;
  const i = TYPES.indexOf(label.slice(2) as (typeof TYPES)[number]);
  return i < 0 ? 0 : i;
}

/** The documents of a list of sentences: runs of neighbouring sentences with the same `doc`; a sentence without one is a document of its own. */
export function documents<S extends { doc?: string | number }>(sentences: readonly S[]): S[][] {
  const out: S[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const doc = sentences[i]!.doc;
    if (doc === undefined || i === 0 || doc !== sentences[i - 1]!.doc) out.push([]);
    out[out.length - 1]!.push(sentences[i]!);
  }
  return out;
}

/** Counts per capitalised word form of the types it was given earlier in one document. */
export class DocumentHistory {
  private readonly counts = new Map<string, Int32Array>();

  /** Per word of a sentence: the hashes of its history features (none for a word not seen capitalised before). */
  features(words: readonly string[]): Int32Array[] {
    const out: Int32Array[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const c = this.counts.size && isCapitalWord(words[i]!) ? this.counts.get(words[i]!) : undefined;
      out[i] = c === undefined ? NO_HISTORY : historyHashes(c);
    }
    return out;
  }

  /** The type the word was given most often so far ('O' included), undefined for a word not seen capitalised. */
  majority(word: string): string | undefined {
    const c = this.counts.get(word);
    return c === undefined ? undefined : TYPES[majorityIndex(c)];
  }

  /** Adds a labelled sentence: each capitalised word's type (`types[i]`, an index in TYPES). */
  record(words: readonly string[], types: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!isCapitalWord(w)) continue;
      let c = this.counts.get(w);
      if (c === undefined) this.counts.set(w, (c = new Int32Array(TYPES.length)));
      c[types[i]!]!++;
    }
  }
}

/** The features of one word's counts: its most frequent type (an entity type wins a tie with O), and the set of types it had. */
function historyHashes(c: Int32Array): Int32Array {
  let seen = 0;
  for (let t = 0; t < c.length; t++) if (c[t]! > 0) seen |= 1 << t;
  return Int32Array.of(MAJORITY[majorityIndex(c)]!, SEEN[seen]!);
}

/** The index of the most frequent type in the counts; an entity type wins a tie with O, the first entity type a tie among them. */
function majorityIndex(c: Int32Array): number {
  let best = 0;
  for (let t = 1; t < c.length; t++) if (c[t]! > c[best]! || (best === 0 && c[t]! > 0 && c[t]! === c[best]!)) best = t;
  return best;
}
