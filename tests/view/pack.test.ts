// Tests packing of laid-out components: the widest stays in the middle, no two components' discs overlap.
import { describe, expect, it } from 'vitest';
import { packParts, type Part } from '../../src/view/pack.js';

/** A part of n nodes on a circle of the given radius around (ox, oy), ids prefixed. */
function circle(prefix: string, n: number, radius: number, ox = 100, oy = -50): Part {
  const part: Part = new Map();
  for (let i = 0; i < n; i++) part.set(`${prefix}${i}`, { x: ox + radius * Math.cos((2 * Math.PI * i) / n), y: oy + radius * Math.sin((2 * Math.PI * i) / n) });
  return part;
}

function centre(part: Part, placed: Map<string, { x: number; y: number }>): { x: number; y: number } {
  const ps = [...part.keys()].map((id) => placed.get(id)!);
  return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
}

describe('packParts', () => {
  it.each([
    ['one large, many pairs', [circle('g', 40, 50), ...Array.from({ length: 30 }, (_, i) => circle(`p${i}-`, 2, 1))]],
    ['parts of similar size', Array.from({ length: 12 }, (_, i) => circle(`c${i}-`, 5, 3 + (i % 3)))],
    ['a single part', [circle('s', 3, 2)]],
  ])('%s: every node placed, the widest centred, no overlap', (_name, parts) => {
    const gap = 1;
    const placed = packParts(parts, gap);
    expect(placed.size).toBe(parts.reduce((s, p) => s + p.size, 0));
    // The widest part (the first of the widest) sits at the origin.
    const own = parts.map((part) => { const c = centre(part, new Map(part)); return Math.max(...[...part.values()].map((q) => Math.hypot(q.x - c.x, q.y - c.y))); });
    const widest = own.indexOf(Math.max(...own));
    const middle = centre(parts[widest]!, placed);
    expect(Math.hypot(middle.x, middle.y)).toBeLessThan(1e-9);
    const discs = parts.map((part) => {
      const c = centre(part, placed);
      return { ...c, r: Math.max(...[...part.keys()].map((id) => Math.hypot(placed.get(id)!.x - c.x, placed.get(id)!.y - c.y))) };
    });
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `parts ${i} and ${j}`).toBeGreaterThanOrEqual(a.r + b.r + gap - 1e-9);
      }
    }
  });

  it('keeps each part\'s shape (moved, not scaled)', () => {
    const part = circle('x', 6, 4);
    const placed = packParts([circle('g', 10, 20), part], 2);
    const d = (a: string, b: string, m: Map<string, { x: number; y: number }>) => Math.hypot(m.get(a)!.x - m.get(b)!.x, m.get(a)!.y - m.get(b)!.y);
    expect(d('x0', 'x3', placed)).toBeCloseTo(d('x0', 'x3', part), 9);
  });
});
