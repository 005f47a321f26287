// Tests of the recogniser's document memory: the types earlier sentences gave a capitalised word, as counts, as features a model learns to trust, and in the shipped model.
import { describe, expect, it } from 'vitest';
import { DocumentHistory, typeIndex } from '../../src/analyze/ner/history.js';
import { loadRecognizer, Recognizer, trainRecognizerModel, type LabelledSentence } from '../../src/analyze/ner/index.js';
import { seededRandom } from '../../src/analyze/perceptron/index.js';
import { loadTagger } from '../../src/analyze/tagger/index.js';

describe('document history', () => {
  const cases: Array<{ name: string; sentences: Array<[string, string]>; word: string; majority: string | undefined }> = [
    { name: 'the type given most often', sentences: [['Ms Brandt left', 'O B-PER O'], ['Brandt Holdings rose', 'B-ORG I-ORG O'], ['Brandt spoke', 'B-PER O']], word: 'Brandt', majority: 'PER' },
    { name: 'a type wins a tie with O', sentences: [['Orvel said', 'O O'], ['Mr Orvel said', 'O B-PER O']], word: 'Orvel', majority: 'PER' },
    { name: 'O when the word was mostly no name', sentences: [['Shares fell', 'O O'], ['Shares rose', 'O O'], ['Shares Ltd', 'B-ORG I-ORG']], word: 'Shares', majority: 'O' },
    { name: 'the word inside a longer name', sentences: [['the Tarvel River flooded', 'O B-LOC I-LOC O']], word: 'Tarvel', majority: 'LOC' },
    { name: 'nothing for a lowercase word', sentences: [['the talks ended', 'O O O']], word: 'talks', majority: undefined },
    { name: 'nothing for a word not seen', sentences: [['Mr Orvel said', 'O B-PER O']], word: 'Brandt', majority: undefined },
    { name: 'a word with an accented capital', sentences: [['Mr Ödegaard said', 'O B-PER O']], word: 'Ödegaard', majority: 'PER' },
  ];
  it.each(cases)('$name', ({ sentences, word, majority }) => {
    const h = new DocumentHistory();
    for (const [words, labels] of sentences) h.record(words.split(' '), labels.split(' ').map(typeIndex));
    expect(h.majority(word)).toBe(majority);
    // Features only for the words with a history: two (the majority, the set of types seen).
    const features = h.features(['x', word]);
    expect(features[0]!.length).toBe(0);
    expect(features[1]!.length).toBe(majority === undefined ? 0 : 2);
  });
});

/** A made-up capitalised name (seeded letters: its form says nothing of its type). */
function name(random: () => number): string {
  const letters = 'bcdfghklmnprstvz', vowels = 'aeiou';
  let s = '';
  for (let i = 0; i < 3; i++) s += letters[Math.floor(random() * letters.length)]! + vowels[Math.floor(random() * vowels.length)]!;
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A two-sentence document: the name with a cue of its type ("Mr X", "shares in X"), then alone ("X said so ."). */
function document(n: string, type: 'PER' | 'ORG', doc: number): LabelledSentence[] {
  const first = type === 'PER' ? { words: ['Mr', n, 'spoke', '.'], labels: ['O', 'B-PER', 'O', 'O'] } : { words: ['shares', 'in', n, 'rose', '.'], labels: ['O', 'O', 'B-ORG', 'O', 'O'] };
  return [{ ...first, doc }, { words: [n, 'said', 'so', '.'], labels: [`B-${type}`, 'O', 'O', 'O'], doc }];
}

const tag = (words: string[]) => words.map((w) => (/^[A-Z]/.test(w) && w !== 'Mr' ? 'NNP' : w === '.' ? '.' : 'NN'));

describe('a model trained with document history', () => {
  const random = seededRandom(7);
  const train: LabelledSentence[] = [];
  for (let d = 0; d < 300; d++) train.push(...document(name(random), d % 2 ? 'ORG' : 'PER', d));
  const trained = trainRecognizerModel(train, { iterations: 4, seed: 1, tag, lowercase: 0 });
  const models: Array<{ name: string; model: Recognizer }> = [
    { name: 'in memory (every feature looked up)', model: trained },
    { name: 'loaded (cached sums)', model: Recognizer.fromBytes(trained.serialize()) },
  ];
  const tests = Array.from({ length: 20 }, (_, d) => document(name(random), d % 2 ? 'ORG' : 'PER', d));
  it.each(models)('types a bare name by its earlier mention in the document: $name', ({ model }) => {
    let byDocument = 0, alone = 0;
    for (const [first, second] of tests) {
      const want = second!.labels[0]!.slice(2);
      const found = model.recognizeDocument([first!.words, second!.words], [tag(first!.words), tag(second!.words)], 0);
      if (found[1]!.some((e) => e.start === 0 && e.type === want)) byDocument++;
      if (model.recognize(second!.words, tag(second!.words), 0).some((e) => e.start === 0 && e.type === want)) alone++;
    }
    expect(byDocument).toBeGreaterThanOrEqual(18);
    // The sentence alone cannot tell a person from a company.
    expect(alone).toBeLessThanOrEqual(14);
  });
});

describe('the shipped recogniser reads the document', () => {
  // Made-up names: the gazetteers know none of them, so only the earlier sentence can type the later mention.
  const cases: Array<{ name: string; sentences: [string, string]; word: string; type: string }> = [
    { name: 'a company named with its head word, then alone', sentences: ['Talvik Systems , a software maker based in Oslo , cut 200 jobs .', 'Talvik said the cuts were needed .'], word: 'Talvik', type: 'ORG' },
    { name: 'a retailer, then alone', sentences: ['Vantrell Group , the retailer , posted a loss .', 'Vantrell blamed the weather .'], word: 'Vantrell', type: 'ORG' },
    { name: 'a person with a title, then after a preposition', sentences: ['Mr Ostrander was elected in May .', 'Critics of Ostrander say he moved too slowly .'], word: 'Ostrander', type: 'PER' },
    { name: 'a person with a title, then as the subject of "said"', sentences: ['Ms Delacourt , the finance minister , arrived late .', 'Delacourt said the budget was fair .'], word: 'Delacourt', type: 'PER' },
    { name: 'a person with a title, then alone', sentences: ['President Okonkwo visited the capital .', 'Okonkwo promised new roads .'], word: 'Okonkwo', type: 'PER' },
  ];
  const tagger = loadTagger(), recognizer = loadRecognizer();
  it.each(cases)('$name', ({ sentences, word, type }) => {
    const words = sentences.map((s) => s.split(' '));
    const found = recognizer.recognizeDocument(words, words.map((w) => tagger.tag(w).map((t) => t.tag)), 0);
    const at = words[1]!.indexOf(word);
    expect(found[1]!.find((e) => e.start === at && e.end === at + 1)?.type).toBe(type);
  });
});
