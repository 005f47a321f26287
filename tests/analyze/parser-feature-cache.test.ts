// The search decoders' exact memo by feature vector: found only on a full match, forgotten on clear, bounded.
import { describe, expect, it } from 'vitest';
import { FeatureCache } from '../../src/analyze/parser/feature-cache.js';

describe('FeatureCache', () => {
  const v = (...xs: number[]) => Int32Array.from(xs);

  it('finds a vector it holds only when every feature matches, and forgets all on clear', () => {
    const c = new FeatureCache(3, 1);
    const slot = c.find(v(1, 2, 3));
    expect(c.hit).toBe(false);
    c.values[slot] = 7;
    expect(c.find(v(1, 2, 3))).toBe(slot);
    expect(c.hit).toBe(true);
    expect(c.values[slot]).toBe(7);
    c.find(v(1, 2, 4));
    expect(c.hit).toBe(false);
    c.find(v(3, 2, 1));
    expect(c.hit).toBe(false);
    c.clear();
    c.find(v(1, 2, 3));
    expect(c.hit).toBe(false);
  });

  it('stops adding when half full, and still finds what it holds', () => {
    const c = new FeatureCache(2, 1);
    let full = -1;
    for (let i = 0; i < 1000 && full < 0; i++) if (c.find(v(i, -i)) < 0) full = i;
    expect(full).toBeGreaterThan(100);
    expect(c.find(v(0, 0))).toBeGreaterThanOrEqual(0);
    expect(c.hit).toBe(true);
    expect(c.find(v(5000, 1))).toBe(-1);
    expect(c.hit).toBe(false);
  });
});
