// Tests of the bounded memo: one computation per key, undefined remembered too, memory emptied at its limit.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/util/memo.js';

describe('memoize', () => {
  it('computes each key once and returns the remembered value, undefined included', () => {
    const calls: string[] = [];
    const f = memoize((k) => { calls.push(k); return k === 'none' ? undefined : k.length; });
    expect([f('abc'), f('abc'), f('none'), f('none'), f('a')]).toEqual([3, 3, undefined, undefined, 1]);
    expect(calls).toEqual(['abc', 'none', 'a']);
  });

  it('forgets everything when the limit is reached, then remembers again', () => {
    const calls: string[] = [];
    const f = memoize((k) => { calls.push(k); return k; }, 2);
    for (const k of ['a', 'b', 'a', 'c', 'a', 'c']) f(k);
    // a, b remembered; c empties the memory at the limit; a is computed again; c stays remembered.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
