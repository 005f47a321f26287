// Per-word string properties (normalised form, shape, affixes) hashed once per token for feature extraction.
import { hashString } from './hash.js';

/** Hashes of one token's properties, computed once and combined into many features. */
export interface WordHashes {
  form: number;
  lower: number;
  shape: number;
  prefix1: number;
  prefix2: number;
  prefix3: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
}

/** Lowercase form with every digit replaced by 0, so numbers share statistics by pattern. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/**
 * Word shape with runs collapsed: "London" -> "Xx", "U.S." -> "X.X.", "1996" -> "d", "iPhone" -> "xXx",
 * "e-mail" -> "x-x". Length beyond 15 characters is marked, for URLs and run-ons.
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && i < 40; i++) {
    const ch = word[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return word.length > 15 ? `${out}+` : out;
}

/**
 * Hashes of a token's properties, as signed 32-bit integers: features only ever mix them with 32-bit
 * integer operations (so the sign changes no feature), and V8 keeps int32 fields as small integers,
 * where the unsigned values above 2^31 would be heap numbers and give the objects a second shape.
 */
export function wordHashes(word: string): WordHashes {
  const norm = normalizeWord(word);
  const n = norm.length;
  return {
    form: hashString(word) | 0,
    lower: hashString(norm) | 0,
    shape: hashString(wordShape(word)) | 0,
    prefix1: hashString(norm.slice(0, 1)) | 0,
    prefix2: hashString(norm.slice(0, 2)) | 0,
    prefix3: hashString(norm.slice(0, 3)) | 0,
    suffix1: hashString(norm.slice(n - 1)) | 0,
    suffix2: hashString(norm.slice(Math.max(0, n - 2))) | 0,
    suffix3: hashString(norm.slice(Math.max(0, n - 3))) | 0,
    suffix4: hashString(norm.slice(Math.max(0, n - 4))) | 0,
  };
}

/** Placeholder hashes for positions before the start and after the end of a sentence. */
export const PAD_START: WordHashes = wordHashes('<s>');
export const PAD_END: WordHashes = wordHashes('</s>');

const cache = new Map<string, WordHashes>();
const CACHE_LIMIT = 200_000;

/**
 * `wordHashes` memoised: news and web text repeat a small vocabulary, so most tokens are a map
 * lookup. The cache is emptied when it reaches 200,000 words, which bounds its memory.
 */
export function cachedWordHashes(word: string): WordHashes {
  let h = cache.get(word);
  if (h === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    h = wordHashes(word);
    cache.set(word, h);
  }
  return h;
}
