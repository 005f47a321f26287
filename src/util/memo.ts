// A bounded memo for pure functions of a string that hot loops ask again and again with the same few texts.

/**
 * `compute` remembered per key. The memory is emptied when it holds `limit` keys, so it stays bounded on any
 * corpus while the texts that keep coming back are soon remembered again. `compute` must be pure; its results
 * (undefined included) are shared by every caller, so they must not be changed.
 */
export function memoize<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    // One lookup for a remembered value; `has` only settles a remembered undefined.
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as T;
    const value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  };
}
