// Tests the parser's run-time weight tables: codebook quantisation of move and label weights, pruning, and the binary form.
import { describe, expect, it } from 'vitest';
import { fromLists } from '../../src/analyze/parser/classes.js';
import { ParserModel } from '../../src/analyze/parser/model.js';

const LABELS = fromLists(['amod', 'det', 'nsubj', 'obj', 'root'], ['amod', 'det', 'nsubj'], ['obj']);
const L = LABELS.labels.length;
const MOVE_BITS = 10, LABEL_BITS = 8;

/**
 * Move weights per row: [row, SHIFT, LEFT, RIGHT], spanning two decades like a pruned model's.
 * With 15 log-spaced magnitudes over 1..120 a weight is off by at most half a step, 120^(1/28) - 1 = 19%.
 */
const MOVE_ROWS: [number, number, number, number][] = [
  [3, 120, -45.5, 0],
  [17, 2.25, 1, -1],
  [500, -7, 1.5, 60],
  [900, 0, 0, -3.5],
];
const MOVE_ERROR = 0.19;
/** Label weights per row: [row, label id, weight]. */
const LABEL_ROWS: [number, number, number][] = [
  [5, 1, 30], [5, 2, -4.5], [5, 3, 0.75],
  [77, 0, 12], [77, 4, -0.2],
  [200, 2, 9.5],
];

function build(prune = { moves: 0, labels: 0 }): ParserModel {
  const moves = new Float32Array(3 << MOVE_BITS), labels = new Float32Array(L << LABEL_BITS);
  for (const [r, a, b, c] of MOVE_ROWS) { moves[r * 3] = a; moves[r * 3 + 1] = b; moves[r * 3 + 2] = c; }
  for (const [r, l, w] of LABEL_ROWS) labels[r * L + l] = w;
  return ParserModel.fromDense(LABELS, MOVE_BITS, moves, LABEL_BITS, labels, prune, { note: 'test' });
}

function moveScores(m: ParserModel, rows: number[]): number[] {
  const out = new Float64Array(3);
  m.scoreMoves(Int32Array.from(rows), rows.length, out);
  return Array.from(out, (x) => x * m.moveScale);
}

function labelScores(m: ParserModel, rows: number[]): number[] {
  const out = new Float64Array(L);
  m.scoreLabels(Int32Array.from(rows), rows.length, out);
  return Array.from(out, (x) => x * m.labelScale);
}

/** Relative closeness: within `rel` of the expected value (exact zeros stay zero). */
function near(actual: number[], expected: number[], rel: number): void {
  expected.forEach((e, i) => {
    if (e === 0) expect(actual[i]).toBe(0);
    else expect(Math.abs(actual[i]! - e) / Math.abs(e), `index ${i}: ${actual[i]} vs ${e}`).toBeLessThanOrEqual(rel);
  });
}

describe('ParserModel: quantised tables', () => {
  const model = build();

  it.each(MOVE_ROWS)('scores the moves of row %i within half a codebook step of the trained weights', (row, a, b, c) => {
    near(moveScores(model, [row]), [a, b, c], MOVE_ERROR);
  });

  it('adds the rows of several features, and a feature hash reads its row from the low bits', () => {
    const hi = (1 << 20) | 17; // same row as 17 once masked to MOVE_BITS
    const sum = moveScores(model, [3, hi]), a = moveScores(model, [3]), b = moveScores(model, [17]);
    expect(sum).toEqual([a[0]! + b[0]!, a[1]! + b[1]!, a[2]! + b[2]!]);
  });

  it.each([5, 77, 200])('scores the labels of row %i within one percent', (row) => {
    const expected = new Array(L).fill(0);
    for (const [r, l, w] of LABEL_ROWS) if (r === row) expected[l] = w;
    near(labelScores(model, [row]), expected, 0.01);
  });

  it('gives nothing for a label row that was never trained', () => {
    expect(labelScores(model, [6, 199, 201])).toEqual(new Array(L).fill(0));
  });

  it('drops weights below the pruning thresholds', () => {
    for (const pruned of [build({ moves: 1.2, labels: 1 }), model.pruned({ moves: 1.2, labels: 1 })]) {
      near(moveScores(pruned, [500]), [-7, 1.5, 60], MOVE_ERROR);
      near(moveScores(pruned, [17]), [2.25, 0, 0], MOVE_ERROR);
      expect(labelScores(pruned, [77])[4]).toBe(0);
      near(labelScores(pruned, [77]).slice(0, 1), [12], 0.01);
      expect(pruned.entries).toBe(model.entries - 4); // moves 1 and -1, labels 0.75 and -0.2
    }
  });

  it('reads back what it writes, byte for byte and score for score', () => {
    const back = ParserModel.deserialize(model.serialize(), 'memory');
    expect(Buffer.from(back.serialize()).equals(Buffer.from(model.serialize()))).toBe(true);
    for (const [row] of MOVE_ROWS) expect(moveScores(back, [row])).toEqual(moveScores(model, [row]));
    for (const row of [5, 77, 200]) expect(labelScores(back, [row])).toEqual(labelScores(model, [row]));
    expect(back.meta).toEqual({ note: 'test' });
    expect(back.labels).toEqual(model.labels);
  });

  it.each([
    ['not a weights file', Buffer.from('hello world, this is not a model file'), /memory: not a parser weights file/],
    ['truncated', () => model.serialize().subarray(0, 200), /memory: truncated weights/],
  ])('rejects a file that is %s', (_, bytes, message) => {
    const data = typeof bytes === 'function' ? bytes() : bytes;
    expect(() => ParserModel.deserialize(data, 'memory')).toThrow(message);
  });
});
