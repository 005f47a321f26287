// Tests the parser's transition system: projectivisation, the static oracle and the dynamic oracle's costs.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/analyze/perceptron/shuffle.js';
import { parseConllu, readConllu, type TreebankSentence } from '../../src/analyze/parser/conllu.js';
import { isProjective, projectivize } from '../../src/analyze/parser/projectivize.js';
import { LEFT, moveCosts, RIGHT, SHIFT, State, staticMove } from '../../src/analyze/parser/transitions.js';
import { EWT_TRAIN, HAVE_EWT } from './parser-data.js';

/** Builds a sentence from `word head label` triples (heads 1-based, 0 = root), written for the test. */
function tree(rows: [string, number, string][]): TreebankSentence {
  return {
    words: rows.map((r) => r[0]),
    upos: rows.map(() => 'X'),
    tags: rows.map(() => 'X'),
    heads: rows.map((r) => r[1] - 1),
    deps: rows.map((r) => r[2]),
  };
}

const SENTENCES: Record<string, TreebankSentence> = {
  reported: tree([['The', 2, 'det'], ['minister', 3, 'nsubj'], ['said', 0, 'root'], ['the', 5, 'det'], ['talks', 6, 'nsubj'], ['failed', 3, 'ccomp'], ['.', 3, 'punct']]),
  passive: tree([['Two', 2, 'nummod'], ['soldiers', 4, 'nsubj:pass'], ['were', 4, 'aux:pass'], ['killed', 0, 'root'], ['near', 7, 'case'], ['the', 7, 'det'], ['border', 4, 'obl'], ['on', 9, 'case'], ['Friday', 4, 'obl'], ['.', 4, 'punct']]),
  relative: tree([['Rebels', 5, 'nsubj'], ['who', 3, 'nsubj'], ['fled', 1, 'acl:relcl'], ['later', 5, 'advmod'], ['returned', 0, 'root']]),
  particle: tree([['She', 2, 'nsubj'], ['passed', 0, 'root'], ['it', 2, 'obj'], ['on', 2, 'compound:prt'], ['to', 6, 'case'], ['police', 2, 'obl']]),
  single: tree([['Thanks', 0, 'root']]),
};

/** Runs the static oracle from the initial state; returns predicted heads (0-based, -1 root) and labels. */
function staticParse(s: TreebankSentence): { heads: number[]; deps: string[]; costs: number[] } {
  const n = s.words.length;
  const gold = new Int32Array(n + 2).fill(-1);
  for (let i = 0; i < n; i++) gold[i + 1] = s.heads[i]! + 1;
  const labels = [...new Set(s.deps)];
  const st = new State(n);
  const costs = new Float64Array(3);
  const seen: number[] = [];
  while (!st.isTerminal()) {
    const m = staticMove(st, gold);
    moveCosts(st, gold, costs);
    seen.push(costs[m]!);
    const s0 = st.stack[st.sp - 1]!;
    st.apply(m, m === SHIFT ? -1 : labels.indexOf(s.deps[s0 - 1]!));
  }
  return {
    heads: Array.from({ length: n }, (_, i) => st.heads[i + 1]! - 1),
    deps: Array.from({ length: n }, (_, i) => labels[st.labels[i + 1]!]!),
    costs: seen,
  };
}

describe('parser: static oracle reproduces projective trees', () => {
  it.each(Object.entries(SENTENCES))('%s', (_, s) => {
    expect(isProjective(s.heads)).toBe(true);
    const out = staticParse(s);
    expect(out.heads).toEqual(s.heads);
    expect(out.deps).toEqual(s.deps);
    // The dynamic oracle agrees: every static move costs nothing.
    expect(out.costs.every((c) => c === 0)).toBe(true);
  });
});

describe('parser: projectivisation', () => {
  // "A hearing is scheduled on the issue today": hearing -> issue crosses "is scheduled".
  const nonProj = tree([['A', 2, 'det'], ['hearing', 4, 'nsubj:pass'], ['is', 4, 'aux:pass'], ['scheduled', 0, 'root'], ['on', 7, 'case'], ['the', 7, 'det'], ['issue', 2, 'nmod'], ['today', 4, 'obl:tmod'], ['.', 4, 'punct']]);
  const cases: [string, number[], boolean, number[]][] = [
    ['projective tree kept', SENTENCES.passive!.heads, true, SENTENCES.passive!.heads],
    ['crossing arc lifted to the head of its head', nonProj.heads, false, [1, 3, 3, -1, 6, 6, 3, 3, 3]],
  ];
  it.each(cases)('%s', (_, heads, projective, expected) => {
    expect(isProjective(heads)).toBe(projective);
    const out = projectivize(heads);
    expect(isProjective(out)).toBe(true);
    expect(out).toEqual(expected);
  });
});

describe('parser: dynamic oracle costs', () => {
  const s = SENTENCES.reported!;
  const gold = new Int32Array(s.words.length + 2).fill(-1);
  s.heads.forEach((h, i) => { gold[i + 1] = h + 1; });
  const costs = new Float64Array(3);
  // After SHIFT "The": LEFT (The <- minister) is right; SHIFT loses The's head; RIGHT onto the root is illegal
  // while the buffer is not empty. After two SHIFTs, SHIFT "said" loses minister <- said and said <- root.
  const cases: [string, number[], number[]][] = [
    ['initial: only SHIFT', [], [0, Infinity, Infinity]],
    ['The on stack', [SHIFT], [1, 0, Infinity]],
    ['The, minister on stack (The already lost)', [SHIFT, SHIFT], [2, 0, 1]],
  ];
  it.each(cases)('%s', (_, moves, expected) => {
    const st = new State(s.words.length);
    for (const m of moves) st.apply(m, 0);
    moveCosts(st, gold, costs);
    expect(Array.from(costs)).toEqual(expected);
  });

  it.skipIf(!HAVE_EWT)('costs add up along random paths: lost arcs = sum of costs of the moves taken (EWT train, 300 sentences)', () => {
    const random = seededRandom(7);
    const sentences = readConllu(EWT_TRAIN).slice(0, 300);
    let checked = 0;
    for (const sent of sentences) {
      const heads = projectivize(sent.heads);
      const n = heads.length;
      const g = new Int32Array(n + 2).fill(-1);
      heads.forEach((h, i) => { g[i + 1] = h + 1; });
      const st = new State(n);
      let sum = 0;
      while (!st.isTerminal()) {
        moveCosts(st, g, costs);
        const legal = [SHIFT, LEFT, RIGHT].filter((m) => st.canDo(m));
        // Mostly zero-cost moves with some random errors, to visit states off the gold path.
        const zero = legal.filter((m) => costs[m] === 0);
        const m = zero.length > 0 && random() < 0.8 ? zero[Math.floor(random() * zero.length)]! : legal[Math.floor(random() * legal.length)]!;
        sum += costs[m]!;
        st.apply(m, 0);
      }
      let wrong = 0;
      for (let i = 1; i <= n; i++) if (st.heads[i] !== g[i]) wrong++;
      expect(wrong).toBe(sum);
      checked++;
    }
    expect(checked).toBe(300);
  });
});

describe('parser: CoNLL-U reading', () => {
  it('skips comments, multiword ranges and empty nodes', () => {
    const text = [
      '# text = They didn\'t go.',
      '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
      '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
      '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
      '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_',
      '4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_',
      '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
      '',
    ].join('\n');
    const [s] = parseConllu(text);
    expect(s!.words).toEqual(['They', 'did', "n't", 'go', '.']);
    expect(s!.heads).toEqual([3, 3, 3, -1, 3]);
    expect(s!.deps).toEqual(['nsubj', 'aux', 'advmod', 'root', 'punct']);
  });

  it.each([
    ['wrong column count', '1\tThey\tthey\n', /line 1: expected 10/],
    ['head outside the sentence', '1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n', /head 7 outside/],
  ])('rejects %s', (_, text, err) => {
    expect(() => parseConllu(text, 'x.conllu')).toThrow(err);
  });
});

describe('parser: states copied and reused across sentences of different lengths', () => {
  const FIELDS = ['heads', 'labels', 'l1', 'l2', 'r1', 'r2', 'nLeft', 'nRight', 'leftSet', 'rightSet'] as const;
  /** Shifts everything, then attaches each word to the one before it (RIGHT): arcs at every position. */
  const chain = (s: State, n: number) => {
    s.reset(n);
    while (s.canShift()) s.apply(SHIFT, -1);
    while (s.canRight()) s.apply(RIGHT, s.sp - 1);
  };
  const same = (a: State, b: State, upTo: number) => {
    expect([a.n, a.sp, a.b]).toEqual([b.n, b.sp, b.b]);
    expect(Array.from(a.stack.subarray(0, a.sp))).toEqual(Array.from(b.stack.subarray(0, b.sp)));
    for (const f of FIELDS) expect(Array.from(a[f].subarray(0, upTo)), f).toEqual(Array.from(b[f].subarray(0, upTo)));
  };

  it('copies a short configuration over a long one, and a reset state is a fresh one', () => {
    const long = new State(30), short = new State(30), fresh = new State(30);
    chain(long, 30);
    short.reset(6);
    for (const m of [SHIFT, SHIFT, LEFT, SHIFT]) short.apply(m, 3);
    long.copyFrom(short);
    same(long, short, 8);
    // Both continue alike.
    for (const m of [RIGHT, SHIFT, SHIFT, LEFT]) { long.apply(m, 4); short.apply(m, 4); }
    same(long, short, 8);
    // A longer sentence afterwards sees no trace of the first.
    long.reset(30);
    fresh.reset(30);
    same(long, fresh, 32);
    chain(fresh, 30);
    const other = new State(30);
    chain(other, 12);
    other.copyFrom(fresh);
    same(other, fresh, 32);
    // A larger state that has parsed a long sentence, copying a smaller one's short sentence, then reset for a long one.
    const big = new State(80), small = new State(10), clean = new State(80);
    chain(big, 80);
    small.reset(10);
    for (const m of [SHIFT, SHIFT, RIGHT]) small.apply(m, 2);
    big.copyFrom(small);
    same(big, small, 12);
    big.reset(80);
    clean.reset(80);
    same(big, clean, 82);
  });
});
