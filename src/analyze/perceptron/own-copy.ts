// Copies of a caller's word or tag array in one array kind, so the models' optimised code meets one array map.

/**
 * A copy of `items` in an array of its final length filled by index (for any non-empty input, one elements kind).
 * Why: the words and tags the models are given come from `map`, whose result is packed or, when its fast path bails
 * out, holey. On the BBC corpus one sentence of 4,602 came holey, and its first read threw away the optimised code of
 * the tagger's and the recogniser's big functions (and of what was inlined into them), which V8 then compiled again at
 * 50-250 ms each. Only this small function reads the caller's array, and it has seen both kinds before the first
 * sentence (below), so the code it is inlined into checks for both from its first compile.
 */
export function ownCopy<T>(items: readonly T[]): T[] {
  const n = items.length, out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = items[i]!;
  return out;
}

// Type feedback for a packed and a holey array of strings, given when the module loads: V8 keeps feedback only from a
// function's ninth call or so on (lazy feedback allocation), so both are given a few dozen times.
const holey: string[] = new Array(1);
holey[0] = '';
for (let i = 0; i < 32; i++) ownCopy(i & 1 ? holey : ['']);
