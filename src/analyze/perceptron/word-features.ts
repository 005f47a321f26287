// Per-word string properties (normalised form, shape, affixes) hashed once per token for feature extraction.

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

/** `hashString(wordShape(word))`, without building the shape (the same loop, feeding each shape character to FNV-1a). */
function shapeHash(word: string): number {
  let h = 0x811c9dc5, last = -1;
  for (let i = 0; i < word.length && i < 40; i++) {
    const ch = word.charCodeAt(i);
    let c: number;
    if (ch >= 97 && ch <= 122) c = 120; // x
    else if (ch >= 65 && ch <= 90) c = 88; // X
    else if (ch >= 48 && ch <= 57) c = 100; // d
    else if (ch < 128) c = ch;
    else {
      const s = word[i]!;
      c = s.toLowerCase() !== s.toUpperCase() ? (s === s.toLowerCase() ? 120 : 88) : ch;
    }
    if (c !== last) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    last = c;
  }
  // The length mark ('+') is mixed in for every word and kept for the long ones: as a branch, its code first ran at the
  // corpus's first word of 16 characters, mid-pass, and having no type feedback threw away the optimised code of the
  // tagger's and recogniser's per-word functions this one is inlined into.
  const marked = Math.imul(h ^ 43, 0x01000193);
  if (word.length > 15) h = marked;
  return (h >>> 0) || 1;
}

const FNV_OFFSET = 0x811c9dc5 | 0, FNV_PRIME = 0x01000193;

/**
 * Hashes of a token's properties, as signed 32-bit integers: features only ever mix them with 32-bit
 * integer operations (so the sign changes no feature), and V8 keeps int32 fields as small integers,
 * where the unsigned values above 2^31 would be heap numbers and give the objects a second shape.
 * Each is `hashString` of the property as a string (`wordShape`, `norm.slice(...)`), computed over
 * the characters in place: a new word form costs no substrings. FNV-1a reads a string from its start,
 * so the prefixes' hashes are steps of the whole normalised form's, and the suffixes' are four chains
 * over its last four characters: three loops, not one per property (this function is inlined into the
 * tagger's and recogniser's per-token code, and ten loops made each of those compiles larger).
 */
export function wordHashes(word: string): WordHashes {
  const norm = normalizeWord(word);
  const n = norm.length;
  let form = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) form = Math.imul(form ^ word.charCodeAt(i), FNV_PRIME);
  let lower = FNV_OFFSET, prefix1 = FNV_OFFSET, prefix2 = FNV_OFFSET, prefix3 = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    lower = Math.imul(lower ^ norm.charCodeAt(i), FNV_PRIME);
    // A prefix longer than the form is the whole form.
    if (i < 3) {
      prefix3 = lower;
      if (i < 2) prefix2 = lower;
      if (i < 1) prefix1 = lower;
    }
  }
  let suffix1 = FNV_OFFSET, suffix2 = FNV_OFFSET, suffix3 = FNV_OFFSET, suffix4 = FNV_OFFSET;
  for (let i = Math.max(0, n - 4); i < n; i++) {
    const c = norm.charCodeAt(i), left = n - i;
    suffix4 = Math.imul(suffix4 ^ c, FNV_PRIME);
    if (left <= 3) suffix3 = Math.imul(suffix3 ^ c, FNV_PRIME);
    if (left <= 2) suffix2 = Math.imul(suffix2 ^ c, FNV_PRIME);
    if (left === 1) suffix1 = Math.imul(suffix1 ^ c, FNV_PRIME);
  }
  // As hashRange: a hash of 0 becomes 1 (0 marks an empty slot in the feature table).
  return new Hashes(form || 1, lower || 1, shapeHash(word) | 0, prefix1 || 1, prefix2 || 1, prefix3 || 1, suffix1 || 1, suffix2 || 1, suffix3 || 1, suffix4 || 1);
}

/**
 * A word's hashes as an instance of a class, not an object literal. The tagger and the recogniser keep these for
 * every word form they meet, so they outlive the young generation; V8 watches a literal's allocation site and,
 * once most of its objects survive, starts allocating them in the old generation and throws away every optimised
 * function the literal was inlined into (the tagger's and recogniser's per-sentence code, mid-pass), which it
 * then compiles again. Objects made by `new` have no allocation site to watch.
 */
class Hashes implements WordHashes {
  constructor(
    public form: number, public lower: number, public shape: number, public prefix1: number, public prefix2: number, public prefix3: number,
    public suffix1: number, public suffix2: number, public suffix3: number, public suffix4: number,
  ) {}
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
