// Feature hashing for the perceptron models: strings to 32-bit ids and cheap mixing of ids into feature keys.

/** FNV-1a hash of a string (UTF-16 code units), never 0 (0 marks an empty slot in the feature table). */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString(s.slice(from, to))`, without making the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) || 1;
}

/**
 * Combines two 32-bit values into one feature key (a murmur3-style finaliser over both), so a
 * template id and a value hash make a feature without building a string per feature.
 */
export function mix(a: number, b: number): number {
  return mixInt(a, b) >>> 0;
}

/**
 * `mix`'s key as a signed 32-bit integer (the same bits, never 0), for the feature extractors that store keys into a
 * Uint32Array or mix them further: an unsigned key of 2^31 or more, returned from a function V8 does not inline (the
 * build's compiler inlines only small callees, and none in unoptimised code: compiler-flags.ts), is a heap number
 * allocated on every call; a signed one is a small integer.
 */
export function mixInt(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h || 1;
}

/** Key of a feature made of a template id and up to three value hashes. */
export function feature(template: number, a: number, b?: number, c?: number): number {
  let h = mix(template, a);
  if (b !== undefined) h = mix(h, b);
  if (c !== undefined) h = mix(h, c);
  return h;
}
