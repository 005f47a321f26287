// Tests the shipped dependency parser through its public API on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { loadParser } from '../../src/analyze/parser/index.js';

/** A sentence as `word/UPOS/PTB` tokens, and arcs that must hold: [dependent, head or 'ROOT', label]. */
const CASES: [string, [string, string, string][]][] = [
  ['The/DET/DT minister/NOUN/NN said/VERB/VBD the/DET/DT talks/NOUN/NNS failed/VERB/VBD ./PUNCT/.',
    [['minister', 'said', 'nsubj'], ['said', 'ROOT', 'root'], ['failed', 'said', 'ccomp'], ['talks', 'failed', 'nsubj'], ['The', 'minister', 'det']]],
  ['Two/NUM/CD soldiers/NOUN/NNS were/AUX/VBD killed/VERB/VBN ./PUNCT/.',
    [['soldiers', 'killed', 'nsubj:pass'], ['were', 'killed', 'aux:pass'], ['killed', 'ROOT', 'root'], ['Two', 'soldiers', 'nummod']]],
  ['They/PRON/PRP called/VERB/VBD off/ADP/RP the/DET/DT strike/NOUN/NN ./PUNCT/.',
    [['off', 'called', 'compound:prt'], ['strike', 'called', 'obj'], ['They', 'called', 'nsubj']]],
  ['The/DET/DT man/NOUN/NN who/PRON/WP spoke/VERB/VBD left/VERB/VBD early/ADV/RB ./PUNCT/.',
    [['spoke', 'man', 'acl:relcl'], ['who', 'spoke', 'nsubj'], ['man', 'left', 'nsubj'], ['left', 'ROOT', 'root']]],
  ['Police/NOUN/NNS arrested/VERB/VBD him/PRON/PRP in/ADP/IN Paris/PROPN/NNP ./PUNCT/.',
    [['Police', 'arrested', 'nsubj'], ['him', 'arrested', 'obj'], ['Paris', 'arrested', 'obl'], ['in', 'Paris', 'case'], ['.', 'arrested', 'punct']]],
];

describe('loadParser: shipped weights', () => {
  const parser = loadParser();

  it('is cached', () => {
    expect(loadParser()).toBe(parser);
  });

  it.each(CASES)('%s', (sentence, expected) => {
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const words = toks.map((t) => t[0]!);
    const arcs = parser.parse(words, toks.map((t) => t[1]!), toks.map((t) => t[2]!));
    expect(arcs).toHaveLength(words.length);
    expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
    for (const [dep, head, label] of expected) {
      const a = arcs[words.indexOf(dep)]!;
      expect([head === 'ROOT' ? 'ROOT' : words[a.head], a.dep], `${dep} <- ${head}`).toEqual([a.head === -1 ? 'ROOT' : head, label]);
    }
  });

  it.each([
    ['an empty sentence', [], []],
    ['one word', ['Hello'], [{ head: -1, dep: 'root' }]],
  ])('parses %s', (_, words, expected) => {
    expect(parser.parse(words as string[], (words as string[]).map(() => 'X'), (words as string[]).map(() => 'UH'))).toEqual(expected);
  });

  it('falls back to UPOS where PTB tags are missing', () => {
    const words = ['Rebels', 'fled', '.'];
    const arcs = parser.parse(words, ['NOUN', 'VERB', 'PUNCT'], ['', '_', '']);
    expect(arcs.map((a) => a.head)).toEqual([1, -1, 1]);
  });

  it('parses arrays of any kind the same (packed, holey) and sentences longer than its first state', () => {
    const toks = CASES[0]![0].split(' ').map((t) => t.split('/'));
    const holey = (xs: string[]) => { const a: string[] = new Array(xs.length); xs.forEach((x, i) => { a[i] = x; }); return a; };
    const [words, upos, tags] = [0, 1, 2].map((k) => toks.map((t) => t[k]!));
    const packed = parser.parse(words!, upos!, tags!);
    expect(parser.parse(holey(words!), holey(upos!), holey(tags!))).toEqual(packed);
    // 43 sentences' words in one (301 words): the parse state grows past the 256 words it starts with.
    const many = (xs: string[]) => Array.from({ length: 43 }, () => xs).flat();
    const arcs = parser.parse(many(words!), many(upos!), many(tags!));
    expect(arcs).toHaveLength(301);
    expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
    expect(parser.parse(words!, upos!, tags!)).toEqual(packed);
  });

  it('rejects tag arrays of the wrong length', () => {
    expect(() => parser.parse(['a', 'b'], ['DET'], ['DT', 'NN'])).toThrow(/parser: 2 words but 1 UPOS/);
  });
});
