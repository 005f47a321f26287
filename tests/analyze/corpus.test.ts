// Tests of the corpus readers (CoNLL-U, CoNLL-2003, UNER IOB2), tag-scheme conversion and tokenisation alignment.
import { describe, expect, it } from 'vitest';
import { alignSpans, bioSpans, iob1ToBio, readConll2003, readConllu, readIob2, spansToBio, wordOffsets } from '../../src/analyze/corpus/index.js';

const CONLLU = [
  '# sent_id = t-1',
  '# text = The cats didn\'t sleep.',
  '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_',
  '2\tcats\tcat\tNOUN\tNNS\t_\t5\tnsubj\t_\t_',
  '3-4\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t_\t_',
  '4\tn\'t\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_',
  '5\tsleep\tsleep\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads words, multi-word tokens and the sentence text', () => {
    const [s] = readConllu(CONLLU);
    expect(s!.sentId).toBe('t-1');
    expect(s!.text).toBe("The cats didn't sleep.");
    expect(s!.words.map((w) => w.form)).toEqual(['The', 'cats', 'did', "n't", 'sleep', '.']);
    expect(s!.words[1]).toMatchObject({ lemma: 'cat', upos: 'NOUN', xpos: 'NNS', head: 5, deprel: 'nsubj' });
    expect(s!.multiwords).toEqual([{ first: 3, last: 4, form: "didn't", misc: '_' }]);
  });

  it('names the line of a malformed row', () => {
    expect(() => readConllu('1\tonly\ttwo\n', 'bad.conllu')).toThrow(/bad\.conllu: line 1: expected 10/);
  });
});

describe('wordOffsets and alignSpans', () => {
  it('places every word, splitting multi-word tokens', () => {
    const [s] = readConllu(CONLLU);
    const spans = wordOffsets(s!);
    expect(spans.map((x) => s!.text.slice(x.start, x.end))).toEqual(['The', 'cats', 'did', "n't", 'sleep', '.']);
  });

  it.each([
    // Tokeniser kept "didn't" whole: did and n't are unaligned, the rest align.
    [[[0, 3], [4, 8], [9, 15], [16, 21], [21, 22]], [0, 1, -1, -1, 3, 4]],
    // Tokeniser split like the treebank: everything aligns.
    [[[0, 3], [4, 8], [9, 12], [12, 15], [16, 21], [21, 22]], [0, 1, 2, 3, 4, 5]],
    // Tokeniser glued "sleep." : both gold words are unaligned.
    [[[0, 3], [4, 8], [9, 12], [12, 15], [16, 22]], [0, 1, 2, 3, -1, -1]],
  ])('aligns predicted tokens %j by exact offsets', (predicted, expected) => {
    const [s] = readConllu(CONLLU);
    const links = alignSpans(wordOffsets(s!), predicted.map(([start, end]) => ({ start: start!, end: end! })));
    expect(links).toEqual(expected);
  });
});

describe('entity tag schemes', () => {
  it.each([
    [['I-PER', 'I-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['I-PER', 'B-PER', 'I-PER'], ['B-PER', 'B-PER', 'I-PER']],
    [['I-ORG', 'I-LOC'], ['B-ORG', 'B-LOC']],
  ])('IOB1 %j is BIO %j', (iob1, bio) => {
    expect(iob1ToBio(iob1)).toEqual(bio);
  });

  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]],
    [['I-ORG', 'I-ORG', 'B-ORG'], [{ start: 0, end: 2, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }]],
    [['B-PER', 'I-LOC'], [{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'LOC' }]],
    [['O', 'O'], []],
  ])('spans of %j', (tags, spans) => {
    expect(bioSpans(tags)).toEqual(spans);
    expect(bioSpans(spansToBio(tags.length, spans))).toEqual(spans);
  });
});

describe('NER readers', () => {
  it('reads CoNLL-2003 with documents and IOB1 converted', () => {
    const text = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n';
    const s = readConll2003(text);
    expect(s).toEqual([
      { words: ['EU', 'rejects'], tags: ['B-ORG', 'O'], doc: 0 },
      { words: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'], doc: 1 },
    ]);
    expect(() => readConll2003('word NN X-FOO\n', 'x.conll')).toThrow(/x\.conll: line 1: bad entity tag/);
  });

  it('reads UNER IOB2 files with their text', () => {
    const text = '# sent_id = a-1\n# text = I met Ann in Oslo\n1\tI\tO\t-\t-\n2\tmet\tO\t-\t-\n3\tAnn\tB-PER\t-\t-\n4\tin\tO\t-\t-\n5\tOslo\tB-LOC\t-\t-\n\n';
    const [s] = readIob2(text);
    expect(s).toMatchObject({ sentId: 'a-1', text: 'I met Ann in Oslo', words: ['I', 'met', 'Ann', 'in', 'Oslo'], tags: ['O', 'O', 'B-PER', 'O', 'B-LOC'] });
  });
});
