// Tests that the parser's feature hashes stay those the shipped weights were trained on (golden checksums per sentence).
import { describe, expect, it } from 'vitest';
import { extract, extractLabel, N_FEATURES, N_LABEL_FEATURES, SentenceCodes } from '../../src/analyze/parser/features.js';
import { LEFT, SHIFT, State, staticMove } from '../../src/analyze/parser/transitions.js';

/** Label ids the test gives its arcs (any fixed numbering: the features read ids, not names). */
const LABEL_IDS: Record<string, number> = { det: 3, nsubj: 7, root: 12, ccomp: 5, punct: 9, obl: 8, case: 2, amod: 1, obj: 6, 'nsubj:pass': 11, 'aux:pass': 4, nummod: 10 };

/**
 * Sentences written for the test: `word tag head label`, heads 1-based (0 = root), and the
 * checksum of their features computed by the feature code as it stood when the shipped weights were trained.
 */
const SENTENCES: [string, [string, string, number, string][], number][] = [
  ['reported speech', [['The', 'DT', 2, 'det'], ['minister', 'NN', 3, 'nsubj'], ['said', 'VBD', 0, 'root'], ['the', 'DT', 5, 'det'], ['talks', 'NNS', 6, 'nsubj'], ['failed', 'VBD', 3, 'ccomp'], ['.', '.', 3, 'punct']], -558050258],
  ['passive with numbers', [['2,000', 'CD', 2, 'nummod'], ['Soldiers', 'NNS', 4, 'nsubj:pass'], ['were', 'VBD', 4, 'aux:pass'], ['killed', 'VBN', 0, 'root'], ['near', 'IN', 7, 'case'], ['the', 'DT', 7, 'det'], ['BORDER', 'NN', 4, 'obl'], ['in', 'IN', 9, 'case'], ['1999', 'CD', 4, 'obl'], ['.', '.', 4, 'punct']], -19986454],
  ['short clause', [['Police', 'NNS', 2, 'nsubj'], ['questioned', 'VBD', 0, 'root'], ['him', 'PRP', 2, 'obj']], 1813840724],
];

/**
 * Drives the static oracle over the gold tree and folds every move and label feature the
 * parser would compute into one 32-bit checksum.
 */
function checksum(rows: [string, string, number, string][]): number {
  const n = rows.length;
  const codes = new SentenceCodes(rows.map((r) => r[0]), rows.map((r) => r[1]));
  const gold = new Int32Array(n + 2).fill(-1);
  rows.forEach((r, i) => { gold[i + 1] = r[2]; });
  const s = new State(n);
  const feats = new Int32Array(N_FEATURES), labelFeats = new Int32Array(N_LABEL_FEATURES);
  let h = 0x811c9dc5;
  const fold = (a: Int32Array) => { for (const x of a) h = Math.imul(h ^ x, 0x01000193); };
  while (!s.isTerminal()) {
    const move = staticMove(s, gold);
    if (s.sp > 1 && s.b <= n) { extract(s, codes, feats); fold(feats); }
    let label = -1;
    if (move !== SHIFT) {
      const dep = s.stack[s.sp - 1]!, head = move === LEFT ? s.b : s.stack[s.sp - 2]!;
      label = LABEL_IDS[rows[dep - 1]![3]]!;
      if (head !== 0) { extractLabel(s, codes, dep, head, labelFeats); fold(labelFeats); }
    }
    s.apply(move, label);
  }
  return h | 0;
}

describe('parser features: the hashes the weights were trained on', () => {
  it.each(SENTENCES)('%s', (_, rows, expected) => {
    expect(checksum(rows)).toBe(expected);
  });
});
