// Tests the parser's search decoders (beam, selectional branching) on hand-made move scores and on the shipped weights.
import { describe, expect, it } from 'vitest';
import { fromLists } from '../../src/analyze/parser/classes.js';
import { GreedyDecoder, type Scorer } from '../../src/analyze/parser/decode.js';
import {
  extract, extractLabel, extractLabelPair, extractLabelRest, extractPair, extractRest, N_FEATURES, N_LABEL_FEATURES,
  N_LABEL_PAIR_FEATURES, N_LABEL_REST_FEATURES, N_PAIR_FEATURES, N_REST_FEATURES, SentenceCodes,
} from '../../src/analyze/parser/features.js';
import { loadParserFrom } from '../../src/analyze/parser/index.js';
import { BeamDecoder, BranchingDecoder } from '../../src/analyze/parser/search.js';
import { LEFT, SHIFT, State } from '../../src/analyze/parser/transitions.js';
import { modelPath } from '../../src/analyze/model-files.js';
import { ParserModel } from '../../src/analyze/parser/model.js';
import { readModelFile } from '../../src/analyze/model-files.js';

const WORDS = ['a', 'b', 'c'], TAGS = ['DT', 'NN', 'VBZ'];
const LABELS = fromLists(['dep', 'root'], ['dep'], ['dep']);
const DEP = 0;

/**
 * The move features of the configuration reached from the start by `moves` (arcs labelled `dep`), as lookup keys: all
 * of them (the greedy decoder scores them in one call), and those of `extractRest` (the search decoders score the
 * (s0, b0) features in a call of their own, which this scorer gives 0).
 */
function keysAfter(moves: number[]): string[] {
  const s = new State(WORDS.length), feats = new Int32Array(N_FEATURES), rest = new Int32Array(N_REST_FEATURES);
  s.reset(WORDS.length);
  for (const m of moves) s.apply(m, m === SHIFT ? -1 : DEP);
  const codes = new SentenceCodes(WORDS, TAGS);
  extract(s, codes, feats);
  extractRest(s, codes, rest);
  return [feats.join(','), rest.join(',')];
}

/**
 * Move scores by configuration (SHIFT, LEFT, RIGHT; 0 elsewhere). Greedy takes SHIFT after the first word (10 > 9) and
 * then gains 4; LEFT there gains 6 afterwards. Summed raw scores favour LEFT (9 + 6 > 10 + 4); normalised per step
 * (log-softmax, temperature 1) they favour the greedy path, which is confident at both its choices.
 */
function handScorer(): Scorer {
  const table = new Map<string, number[]>();
  for (const [moves, row] of [[[SHIFT], [10, 9, 0]], [[SHIFT, SHIFT], [4, -5, -5]], [[SHIFT, LEFT, SHIFT], [6, 0, 0]]] as const) {
    for (const key of keysAfter([...moves])) table.set(key, [...row]);
  }
  return {
    labels: LABELS,
    addMoves(feats, from, to, out, at) {
      const row = table.get(Array.from(feats.subarray(from, to)).join(','));
      if (row) for (let m = 0; m < 3; m++) out[at + m]! += row[m]!;
    },
    scoreLabels() {},
  };
}

/** Heads (0-based, -1 root) of the two sequences: greedy's SHIFT SHIFT SHIFT, and SHIFT LEFT SHIFT SHIFT. */
const GREEDY_HEADS = [-1, 0, 1], LEFT_HEADS = [1, -1, 1];

describe('search decoders on hand-made scores', () => {
  const scorer = handScorer();
  it.each([
    ['greedy', new GreedyDecoder(scorer), GREEDY_HEADS],
    ['beam 1', new BeamDecoder(scorer, 1), GREEDY_HEADS],
    ['beam 2, raw sums', new BeamDecoder(scorer, 2), LEFT_HEADS],
    ['beam 4, raw sums', new BeamDecoder(scorer, 4), LEFT_HEADS],
    ['beam 2, normalised', new BeamDecoder(scorer, 2, { temperature: 1 }), GREEDY_HEADS],
    // The LEFT sequence trails by 1 after the first choice and by 5 after the next: a threshold below either gap drops it,
    // one above both keeps it to the end, where it wins.
    ['beam 2, threshold below the gap', new BeamDecoder(scorer, 2, { threshold: 0.5 }), GREEDY_HEADS],
    ['beam 2, threshold between the gaps', new BeamDecoder(scorer, 2, { threshold: 2 }), GREEDY_HEADS],
    ['beam 2, threshold above the gaps', new BeamDecoder(scorer, 2, { threshold: 6 }), LEFT_HEADS],
    ['branching, 1 sequence', new BranchingDecoder(scorer, 1, 100), GREEDY_HEADS],
    ['branching, 2 sequences, margin above the gap', new BranchingDecoder(scorer, 2, 1.5), LEFT_HEADS],
    ['branching, 2 sequences, margin below the gap', new BranchingDecoder(scorer, 2, 0.5), GREEDY_HEADS],
    ['branching, normalised', new BranchingDecoder(scorer, 2, 5, { temperature: 1 }), GREEDY_HEADS],
  ] as const)('%s', (_, decoder, heads) => {
    const arcs = decoder.parse(WORDS, TAGS);
    expect(arcs.map((a) => a.head)).toEqual(heads);
    expect(arcs.filter((a) => a.head === -1).map((a) => a.dep)).toEqual(['root']);
  });

  it.each([0, 1.5])('rejects a width of %s', (w) => {
    expect(() => new BeamDecoder(scorer, w)).toThrow(/beam width/);
    expect(() => new BranchingDecoder(scorer, w, 1)).toThrow(/branches/);
  });
});

describe('the split features', () => {
  it('extractPair and extractRest write the hashes extract writes, and the label halves those of extractLabel', () => {
    const words = 'The 12 new Members of the board , who met in 1999 , said it was DONE .'.split(' ');
    const tags = ['DT', 'CD', 'JJ', 'NNS', 'IN', 'DT', 'NN', ',', 'WP', 'VBD', 'IN', 'CD', ',', 'VBD', 'PRP', 'VBD', 'JJ', '.'];
    const n = words.length, codes = new SentenceCodes(words, tags);
    const all = new Int32Array(N_FEATURES), pair = new Int32Array(N_PAIR_FEATURES), rest = new Int32Array(N_REST_FEATURES);
    const lAll = new Int32Array(N_LABEL_FEATURES), lPair = new Int32Array(N_LABEL_PAIR_FEATURES), lRest = new Int32Array(N_LABEL_REST_FEATURES);
    const sorted = (...xs: Int32Array[]) => xs.flatMap((x) => Array.from(x)).sort((a, b) => a - b);
    expect(N_PAIR_FEATURES + N_REST_FEATURES).toBe(N_FEATURES);
    expect(N_LABEL_PAIR_FEATURES + N_LABEL_REST_FEATURES).toBe(N_LABEL_FEATURES);
    // Every configuration of a few seeded random move sequences (legal moves only), labels cycling through ids 0..40.
    let seed = 11, checked = 0, arcs = 0;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
    for (let run = 0; run < 20; run++) {
      const s = new State(n);
      s.reset(n);
      while (!s.isTerminal()) {
        const legal = [0, 1, 2].filter((m) => s.canDo(m));
        const move = legal[Math.floor(rand() * legal.length)]!;
        if (s.sp > 1 && s.b <= n) {
          extract(s, codes, all);
          extractPair(codes, n, s.stack[s.sp - 1]!, s.b, pair);
          extractRest(s, codes, rest);
          expect(sorted(pair, rest)).toEqual(sorted(all));
          checked++;
        }
        if (move !== SHIFT) {
          const dep = s.stack[s.sp - 1]!, head = move === LEFT ? s.b : s.stack[s.sp - 2]!;
          if (head !== 0) {
            extractLabel(s, codes, dep, head, lAll);
            extractLabelPair(codes, n, dep, head, lPair);
            extractLabelRest(s, codes, dep, head, lRest);
            expect(sorted(lPair, lRest)).toEqual(sorted(lAll));
            arcs++;
          }
        }
        s.apply(move, move === SHIFT ? -1 : (checked * 7) % 41);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(arcs).toBeGreaterThan(200);
  });
});

describe('search decoders with the shipped weights', () => {
  const path = modelPath('parser');
  const model = ParserModel.deserialize(readModelFile(path), path);
  const greedy = new GreedyDecoder(model);
  /** Sentences written for the test, as word/PTB tokens; the last is longer than the decoders' first states. */
  const SENTENCES = [
    'Officials/NNS said/VBD the/DT bridge/NN ,/, which/WDT opened/VBD in/IN 1990/CD ,/, was/VBD closed/VBN after/IN the/DT storm/NN ./.',
    'Rain/NN fell/VBD ./.',
    'She/PRP told/VBD reporters/NNS that/IN the/DT company/NN would/MD not/RB sell/VB its/PRP$ shares/NNS to/IN investors/NNS from/IN abroad/RB ./.',
    Array.from({ length: 12 }, () => 'The/DT mayor/NN and/CC the/DT council/NN met/VBD on/IN Monday/NNP ./.').join(' '),
  ].map((s) => s.split(' ').map((t) => t.split('/')));

  it.each(SENTENCES.map((toks, i) => [i, toks] as const))('beam 1 and one branch parse sentence %i as greedy does', (_, toks) => {
    const words = toks.map((t) => t[0]!), tags = toks.map((t) => t[1]!);
    const expected = greedy.parse(words, tags);
    expect(new BeamDecoder(model, 1).parse(words, tags)).toEqual(expected);
    expect(new BeamDecoder(model, 1, { temperature: 500 }).parse(words, tags)).toEqual(expected);
    expect(new BranchingDecoder(model, 1, 1e9).parse(words, tags)).toEqual(expected);
  });

  it('makes one tree with one root word for every width, reusing its states across sentences of any length', () => {
    for (const decoder of [new BeamDecoder(model, 4, { temperature: 20 }), new BranchingDecoder(model, 4, 0.5, { temperature: 20 })]) {
      for (const toks of [...SENTENCES, ...SENTENCES]) {
        const arcs = decoder.parse(toks.map((t) => t[0]!), toks.map((t) => t[1]!));
        expect(arcs).toHaveLength(toks.length);
        expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
        expect(arcs.every((a) => a.head >= -1 && a.head < toks.length && a.dep !== '')).toBe(true);
      }
      expect(decoder.parse([], [])).toEqual([]);
    }
  });

  it('loadParserFrom with no options decodes as the shipped weights\' header says (a beam of 4, threshold 128)', () => {
    expect(model.meta.search).toEqual({ beam: 4, threshold: 128 });
    const parser = loadParserFrom(path);
    const decoder = new BeamDecoder(model, 4, { threshold: 128 / model.moveScale });
    for (const toks of SENTENCES) {
      const words = toks.map((t) => t[0]!), tags = toks.map((t) => t[1]!);
      expect(parser.parse(words, words.map(() => ''), tags)).toEqual(decoder.parse(words, tags));
    }
  });

  it('with a tiny threshold, a beam keeps one successor per step and parses as the greedy decoder', () => {
    for (const toks of SENTENCES) {
      const words = toks.map((t) => t[0]!), tags = toks.map((t) => t[1]!);
      expect(new BeamDecoder(model, 4, { threshold: 1e-9 }).parse(words, tags)).toEqual(greedy.parse(words, tags));
    }
  });

  it.each([
    ['a beam of 1', { beam: 1, temperature: 30 }],
    ['one branch', { branches: 1, margin: 5 }],
  ] as const)('loadParserFrom with %s parses as the greedy decoder', (_, search) => {
    const parser = loadParserFrom(path, search);
    for (const toks of SENTENCES) {
      const words = toks.map((t) => t[0]!), tags = toks.map((t) => t[1]!);
      expect(parser.parse(words, words.map(() => ''), tags)).toEqual(greedy.parse(words, tags));
    }
  });

  it.each([
    ['a beam of 4', { beam: 4, temperature: 30 }, BeamDecoder],
    ['4 branches', { branches: 4, margin: 0.5, temperature: 30 }, BranchingDecoder],
  ] as const)('loadParserFrom with %s parses as that decoder', (_, search, Decoder) => {
    const parser = loadParserFrom(path, search);
    const T = 30 / model.moveScale;
    const decoder = Decoder === BeamDecoder ? new BeamDecoder(model, 4, { temperature: T }) : new BranchingDecoder(model, 4, 0.5, { temperature: T });
    for (const toks of SENTENCES) {
      const words = toks.map((t) => t[0]!), tags = toks.map((t) => t[1]!);
      expect(parser.parse(words, words.map(() => ''), tags)).toEqual(decoder.parse(words, tags));
    }
  });
});
