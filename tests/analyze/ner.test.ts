// Tests of the named-entity recogniser: training on a slice of CoNLL-2003 beats a dictionary baseline; gazetteer cues; silver labels; the shipped model's API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bioSpans, type ConlluSentence } from '../../src/analyze/corpus/index.js';
import { findPackageRoot, modelPath, readModelFile } from '../../src/analyze/model-files.js';
import { readConll } from '../../src/analyze/ner/corpus.js';
import { scoreNer } from '../../src/analyze/ner/evaluate.js';
import { gazetteerLabels, isAddressLike, phraseStartLength, wordCues } from '../../src/analyze/ner/gazetteer-features.js';
import { CLASS_PART, cueInfo, FORM_PART, letterCase, next2Features, nextFeatures, prev2Features, prevFeatures, selfFeatures } from '../../src/analyze/ner/features.js';
import { wordHashes } from '../../src/analyze/perceptron/index.js';
import { loadRecognizer, Recognizer, trainRecognizerModel } from '../../src/analyze/ner/index.js';
import { EntityScorer } from '../../src/analyze/ner/score.js';
import { MIN_CONFIDENCE, possessiveAlone } from '../../src/analyze/ner/recognizer.js';
import { properNounRuns, silverLabels } from '../../src/analyze/ner/silver.js';
import { loadTagger } from '../../src/analyze/tagger/index.js';

const DATA = join(findPackageRoot(), '..', 'shared', 'data');
const haveData = existsSync(join(DATA, 'conll2003', 'eng.train'));

describe.skipIf(!haveData)('training on a slice of CoNLL-2003', () => {
  it('beats a dictionary of the training entities and survives a save and load', () => {
    const tagger = loadTagger();
    const train = readConll(DATA, 'train', 400).map((s) => ({ words: s.words, labels: s.tags }));
    const dev = readConll(DATA, 'dev', 200);
    const recognizer = trainRecognizerModel(train, { iterations: 4, seed: 1, tag: (w) => tagger.tag(w).map((t) => t.tag) });
    // Baseline: every training entity string, found again wherever it occurs, with its training type.
    const known = new Map<string, string>();
    for (const s of train) for (const e of bioSpans(s.labels)) known.set(s.words.slice(e.start, e.end).join(' '), e.type);
    const baseline = new EntityScorer();
    for (const s of dev) {
      const found = [];
      for (let i = 0; i < s.words.length; i++) {
        for (let j = Math.min(s.words.length, i + 4); j > i; j--) {
          const type = known.get(s.words.slice(i, j).join(' '));
          if (type) { found.push({ start: i, end: j, type }); i = j - 1; break; }
        }
      }
      baseline.add(bioSpans(s.tags), found);
    }
    const score = scoreNer(recognizer, tagger, dev);
    expect(score.f1).toBeGreaterThan(baseline.result().f1 + 0.05);
    const reloaded = Recognizer.fromBytes(recognizer.serialize());
    expect(scoreNer(reloaded, tagger, dev).f1).toBeCloseTo(score.f1, 2);
  });

  it('labels a loaded model the same through the cached sums as feature by feature', () => {
    const tagger = loadTagger();
    const train = readConll(DATA, 'train', 200).map((s) => ({ words: s.words, labels: s.tags }));
    const loaded = Recognizer.fromBytes(trainRecognizerModel(train, { iterations: 2, seed: 2, tag: (w) => tagger.tag(w).map((t) => t.tag) }).serialize());
    const sentences = [
      ['Acme', 'Corp', 'hired', 'John', 'Smith', 'in', 'Paris', '.'],
      ['PRIME', 'MINISTER', 'VISITS', 'NEW', 'ZEALAND', 'AND', 'THE', 'UNITED', 'STATES'],
      ['x'],
      ...readConll(DATA, 'dev', 40).map((s) => s.words),
    ];
    for (const words of sentences) {
      const tags = tagger.tag(words).map((t) => t.tag);
      for (let pass = 0; pass < 2; pass++) {
        const fast = loaded.label(words, tags), slow = loaded.labelSparse(words, tags);
        expect(fast.labels).toEqual(slow.labels);
        fast.probs.forEach((p, i) => expect(p).toBeCloseTo(slow.probs[i]!, 5));
      }
    }
  });
});

describe('gazetteer features', () => {
  it.each([
    [['He', 'flew', 'to', 'New', 'Zealand'], 3, 'country-B'],
    [['He', 'flew', 'to', 'New', 'Zealand'], 4, 'country-I'],
    [['the', 'ukrainian', 'side'], 1, 'demonym-B'],
    [['Acme', 'Corp', 'said'], 1, 'orgword-B'],
    [['the', 'US', 'said'], 1, 'country-B'],
  ])('%j word %i has %s', (words, i, label) => {
    expect(gazetteerLabels(words)[i]).toContain(label);
  });

  it.each([
    [['He', 'flew', 'to', 'New', 'Zealand', 'and', 'San', 'Diego']],
    [['the', 'ukrainian', 'side', 'of', 'the', 'Gaza', 'Strip']],
    [['Nobody', 'here']],
  ])('labels %j the same with the words\' phrase-start lengths given (as the recogniser caches them)', (words) => {
    const lowered = words.map((w) => w.toLowerCase());
    expect(gazetteerLabels(words, lowered, lowered.map(phraseStartLength))).toEqual(gazetteerLabels(words));
  });

  it.each([
    ['new', true],
    ['france', true],
    ['xqzv', false],
  ])('the longest phrase starting with %s is at least one word: %s', (word, starts) => {
    expect(phraseStartLength(word) > 0).toBe(starts);
  });

  it('does not take the pronoun "us" for the country', () => {
    expect(gazetteerLabels(['tell', 'us'])[1]).toEqual([]);
  });

  it.each([
    [['I', 'moved', 'to', 'Ohio'], 3, 'province-B'],
    [['flights', 'to', 'san', 'diego'], 3, 'bigcity-I'],
  ])('%j word %i has %s', (words, i, label) => {
    expect(gazetteerLabels(words)[i]).toContain(label);
  });

  it.each([
    ['Hotel', 'facilityhead', true],
    ['Jennifer', 'first', true],
    ['jennifer', 'first', true],
    ['Microsoft', 'company', true],
    ['microsoft', 'company', true],
    ['Inc.', 'companyhead', true],
    ['Lake', 'lochead', true],
    ['at', 'company', false],
    ['the', 'person', false],
  ])('word cues of %s include %s: %s', (word, cue, present) => {
    expect(wordCues(word).includes(cue)).toBe(present);
  });
});

describe('letter case counts', () => {
  it.each([
    ['London', 1, 5],
    ['NATO', 4, 0],
    ["O'Neill-Smith", 3, 8],
    ['1996', 0, 0],
    ['Zürich', 1, 5],
    ['ÉCOLE', 5, 0],
    ['Ωmega', 1, 4],
  ])('%s has %i upper- and %i lowercase letters', (word, upper, lower) => {
    expect(letterCase(word)).toEqual({ upper, lower });
  });
});

/** A CoNLL-U sentence from (form, UPOS) pairs, for the silver-label tests. */
function sentence(sentId: string, pairs: string): ConlluSentence {
  const words = pairs.split(' ').map((p, i) => {
    const [form, upos] = p.split('/') as [string, string];
    return { id: i + 1, form, lemma: form, upos, xpos: '_', feats: '_', head: 0, deprel: '_', misc: '_' };
  });
  return { sentId, text: words.map((w) => w.form).join(' '), words, multiwords: [] };
}

describe('silver labels for treebank sentences', () => {
  it.each([
    ['joins proper nouns across a hyphen', 'the/DET al/PROPN -/PUNCT Qaida/PROPN cell/NOUN', [[1, 4]]],
    ['leaves month names out', 'on/ADP March/PROPN 3/NUM in/ADP Paris/PROPN', [[4, 5]]],
    ['splits at a common noun', 'Acme/PROPN boss/NOUN John/PROPN Smith/PROPN', [[0, 1], [2, 4]]],
  ])('%s', (_name, pairs, runs) => {
    expect(properNounRuns(sentence('d-0001', pairs)).runs.map((r) => [r.start, r.end])).toEqual(runs);
  });

  // A stand-in recogniser: fixed spans per sentence (by its first word).
  const found: Record<string, Array<{ start: number; end: number; type: string }>> = {
    Yesterday: [{ start: 1, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'PER' }],
    Later: [{ start: 1, end: 2, type: 'LOC' }],
    Then: [],
    Email: [{ start: 0, end: 1, type: 'PER' }],
    We: [{ start: 2, end: 3, type: 'MISC' }],
  };
  const label = (sentences: ConlluSentence[]) => silverLabels(sentences, (words) => found[words[0]!] ?? []).map((s) => s.labels.join(' '));

  it('stretches a span to the whole proper-noun run and drops spans without a proper noun or of type MISC', () => {
    expect(label([
      sentence('a-0001', 'Yesterday/NOUN Wahhab/PROPN al/PROPN -/PUNCT Janabi/PROPN left/VERB'),
      sentence('b-0001', 'Email/NOUN me/PRON'),
      sentence('c-0001', 'We/PRON like/VERB Linux/PROPN'),
    ])).toEqual(['O B-ORG I-ORG I-ORG I-ORG O', 'O O', 'O O O']);
  });

  it('gives a name the type it has most often in its document, also where the recogniser missed it', () => {
    expect(label([
      sentence('doc-0001', 'Yesterday/NOUN Zorbix/PROPN hired/VERB Zorbix/PROPN'),
      sentence('doc-0002', 'Later/ADV Zorbix/PROPN grew/VERB'),
      sentence('doc-0003', 'Then/ADV Zorbix/PROPN fell/VERB'),
      sentence('other-0001', 'Then/ADV Zorbix/PROPN fell/VERB'),
    ])).toEqual(['O B-ORG O B-ORG', 'O B-ORG O', 'O B-ORG O', 'O O O']);
  });
});

describe('silver label conventions', () => {
  // Sentences written for these tests: (form/UPOS[/XPOS]) and the spans a stand-in first model finds in them.
  const tagged = (sentId: string, pairs: string): ConlluSentence => {
    const s = sentence(sentId, pairs);
    // A third part is the PTB tag (POS for the possessive).
    s.words.forEach((w, i) => { const xpos = pairs.split(' ')[i]!.split('/')[2]; if (xpos) w.xpos = xpos; });
    return s;
  };
  const run = (pairs: string, spans: Array<[number, number, string]>, options = {}) =>
    silverLabels([tagged('t-0001', pairs)], () => spans.map(([start, end, type]) => ({ start, end, type })), options)[0]!.labels.join(' ');

  it.each([
    ['a title before a person stays outside the name', 'President/PROPN Alma/PROPN Reyes/PROPN spoke/VERB', [[0, 3, 'PER']], 'O B-PER I-PER O'],
    ['an honorific too', 'Dr./PROPN Okafor/PROPN called/VERB', [[0, 2, 'PER']], 'O B-PER O'],
    ['a title alone is left as the name', 'President/PROPN said/VERB', [[0, 1, 'PER']], 'B-PER O'],
    ['an e-mail address is no name', 'write/VERB to/ADP j.doe@example.org/PROPN', [[2, 3, 'PER']], 'O O O'],
    ['a newsgroup path is no name', 'see/VERB alt.pets.ferrets/PROPN', [[1, 2, 'LOC']], 'O O'],
    ['a known company read as a person is an organisation', 'I/PRON love/VERB Google/PROPN', [[2, 3, 'PER']], 'O O B-ORG'],
    ['a known company the first model missed is an organisation', 'I/PRON love/VERB Google/PROPN', [], 'O O B-ORG'],
    ['a known company read as a place is an organisation', 'she/PRON works/VERB at/ADP Google/PROPN', [[3, 4, 'LOC']], 'O O O B-ORG'],
    ['a known city read as a person is a place', 'I/PRON left/VERB Houston/PROPN', [[2, 3, 'PER']], 'O O B-LOC'],
    ['a name ending in a facility head is a place', 'near/ADP Brookvale/PROPN Stadium/PROPN', [[1, 3, 'ORG']], 'O B-LOC I-LOC'],
    ['a person reading ending in a company head is an organisation', 'at/ADP Dunmore/PROPN Holdings/PROPN', [[1, 3, 'PER']], 'O B-ORG I-ORG'],
    ['a possessive name standing alone is a place with its \'s', "dinner/NOUN at/ADP Rosario/PROPN 's/PART/POS ./PUNCT", [[2, 3, 'PER']], 'O O B-LOC I-LOC O'],
    ['even where the first model missed it', "we/PRON ate/VERB at/ADP Rosario/PROPN 's/PART/POS", [], 'O O O B-LOC I-LOC'],
    ['a possessive before its noun is no shop', "Okafor/PROPN 's/PART/POS car/NOUN", [[0, 1, 'PER']], 'B-PER O O'],
    ['a capitalised adjective the first model took in stays in', 'the/DET European/ADJ Union/PROPN met/VERB', [[1, 3, 'ORG']], 'O B-ORG I-ORG O'],
    ['a lowercase word at the edge does not', 'the/DET big/ADJ Zorbix/PROPN', [[1, 3, 'ORG']], 'O O B-ORG'],
  ] as Array<[string, string, Array<[number, number, string]>, string]>)('%s', (_name, pairs, spans, labels) => {
    expect(run(pairs, spans)).toBe(labels);
  });

  it('applies none of the conventions when they are switched off', () => {
    const off = { titles: false, addresses: false, gazetteers: false, possessives: false, capitalisedEdges: false, heads: false };
    expect(run('President/PROPN Alma/PROPN Reyes/PROPN', [[0, 3, 'PER']], off)).toBe('B-PER I-PER I-PER');
    expect(run('I/PRON love/VERB Google/PROPN', [[2, 3, 'PER']], off)).toBe('O O B-PER');
  });
});

describe('a name standing alone in the possessive', () => {
  it.each([
    ["dinner at Marlow 's .", 3, true],
    ["we went to Marlow 's on Friday", 4, true],
    ["Marlow 's is great", 1, true],
    ["I <3 Marlow 's", 3, true],
    ["Marlow 's car broke", 1, false],
    ["Marlow 's \" new \" shop", 1, false],
    ["Marlow said so", 1, false],
  ] as Array<[string, number, boolean]>)('%s (the word at %i): %s', (sentence, at, alone) => {
    const words = sentence.split(' ');
    const tags = words.map((w, i) => (w === "'s" ? 'POS' : w === '.' ? '.' : w === ',' ? ',' : w === '"' ? '``' : ['at', 'to', 'on'].includes(w) ? 'IN' : i === 0 ? 'NNP' : 'NN'));
    expect(possessiveAlone(words, tags, at)).toBe(alone);
  });
});

describe('the shipped recogniser', () => {
  const tagger = loadTagger();
  const recognizer = loadRecognizer();
  const find = (sentence: string) => {
    const words = sentence.split(' ');
    return recognizer.recognize(words, tagger.tag(words).map((t) => t.tag)).map((e) => [words.slice(e.start, e.end).join(' '), e.type]);
  };
  it.each([
    ['Prime Minister Olena Kovalenko arrived in Warsaw on Monday .', [['Olena Kovalenko', 'PER'], ['Warsaw', 'LOC']]],
    ['Shares of Northwind Corp fell 5 % in New York .', [['Northwind Corp', 'ORG'], ['New York', 'LOC']]],
    ['the french government said nothing .', [['french', 'MISC']]],
  ])('%s', (sentence, expected) => {
    expect(find(sentence)).toEqual(expected);
  });

  it('leaves out spans under the minimum confidence unless asked for every span', () => {
    for (const sentence of ['Yum . Kudos to Zorbix and Marlow , great service .', 'Maria Lopez visited Germany with Acme Corp .']) {
      const words = sentence.split(' ');
      const tags = tagger.tag(words).map((t) => t.tag);
      const all = recognizer.recognize(words, tags, 0);
      expect(recognizer.recognize(words, tags)).toEqual(all.filter((e) => e.confidence >= MIN_CONFIDENCE));
    }
  });

  it('finds no name in an address, file name or newsgroup path', () => {
    for (const sentence of ['Contact John.Smith@example.com today .', 'Go to http://www.example.com/Paris now .', 'Posted to alt.fan.london yesterday .']) {
      const words = sentence.split(' ');
      const out = recognizer.recognize(words, tagger.tag(words).map((t) => t.tag));
      expect(out.filter((e) => words.slice(e.start, e.end).some((w) => /[@/.]\w/.test(w)))).toEqual([]);
    }
  });

  it('gives token spans with confidences between 0 and 1', () => {
    const words = ['Maria', 'Lopez', 'visited', 'Germany', '.'];
    const out = recognizer.recognize(words, tagger.tag(words).map((t) => t.tag));
    for (const e of out) {
      expect(e.start).toBeLessThan(e.end);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(recognizer.recognize([], [])).toEqual([]);
    expect(() => recognizer.recognize(['a'], [])).toThrow(/1 words but 0 tags/);
  });

  it('labels the same once its word caches are full and emptied', () => {
    // A recogniser of its own: this one sees more word forms than it keeps (50,000), so it forgets every cached sum once.
    const fresh = Recognizer.fromBytes(readModelFile(modelPath('ner')));
    const sentences = ['Prime Minister Olena Kovalenko arrived in Warsaw on Monday .', 'Shares of Northwind Corp fell 5 % in New York .'].map((s) => s.split(' '));
    const tags = sentences.map((words) => tagger.tag(words).map((t) => t.tag));
    const before = sentences.map((words, i) => fresh.label(words, tags[i]!));
    const forms = (i: number) => Array.from({ length: 50 }, (_, j) => (j % 2 ? `kv${i}x${j}` : `Qa${i}y${j}`));
    for (let i = 0; i < 1010; i++) fresh.label(forms(i), forms(i).map((_, j) => (j % 2 ? 'NN' : 'NNP')));
    expect((fresh as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThan(50_000);
    expect(sentences.map((words, i) => fresh.label(words, tags[i]!))).toEqual(before);
    // Labels, as the test above: the feature-by-feature path scores in float32, the cached one in integers (probabilities differ in the last digits).
    for (const [i, words] of sentences.entries()) expect(fresh.label(words, tags[i]!).labels).toEqual(fresh.labelSparse(words, tags[i]!).labels);
  });
});

// The recogniser caches the sums of a word's CLASS_PART features per (shape, gazetteer cues) and adds its
// FORM_PART features per word form: the two parts must be the whole group, and the class part must read
// nothing else.
describe('recogniser feature parts', () => {
  type Group = (word: string, cues: number[], out: Uint32Array, part?: number) => number;
  const groups: Array<[string, Group]> = [
    ['self', (w, c, out, part) => selfFeatures(wordHashes(w), c, out, 0, part)],
    ['prev', (w, c, out, part) => prevFeatures(wordHashes(w), c, out, 0, part)],
    ['prev2', (w, _c, out, part) => prev2Features(wordHashes(w), out, 0, part)],
    ['next', (w, c, out, part) => nextFeatures(wordHashes(w), c, out, 0, part)],
    ['next2', (w, _c, out, part) => next2Features(wordHashes(w), out, 0, part)],
  ];
  const run = (g: Group, word: string, cues: number[], part?: number) => {
    const out = new Uint32Array(64);
    return Array.from(out.subarray(0, g(word, cues, out, part)));
  };

  it.each(groups)('%s: the class and form parts together are every feature of the group', (_, g) => {
    for (const [word, cues] of [['Paris', [3, 4]], ['walked', []], ['1996', [5]]] as const) {
      const all = run(g, word, [...cues]), parts = [...run(g, word, [...cues], CLASS_PART), ...run(g, word, [...cues], FORM_PART)];
      expect([...parts].sort()).toEqual([...all].sort());
    }
  });

  it.each(groups)('%s: the class part is the same for words of one shape and the same cues', (_, g) => {
    expect(run(g, 'Paris', [7], CLASS_PART)).toEqual(run(g, 'London', [7], CLASS_PART));
    expect(run(g, 'Paris', [7], FORM_PART)).not.toEqual(run(g, 'London', [7], FORM_PART));
  });
});

describe('cueInfo', () => {
  // The recogniser drops spans with an address by this flag, kept per word form: it must be isAddressLike's answer.
  it.each([
    ['John.Smith@example.com', true], ['http://www.example.com/Paris', true], ['www.bbc.co.uk', true], ['alt.fan.london', true],
    ['report.pdf', true], ['Budget.XLSX', true], ['Paris', false], ['U.S.', false], ['3.2', false], ['St.', false], ['10:30', false],
    ['Mr', false], ['', false], ['e-mail', false], ['John', false],
  ])('%j is an address: %s', (word, address) => {
    expect(cueInfo(word).address).toBe(address);
    expect(isAddressLike(word)).toBe(address);
  });
});
