// Trains the tagger's perceptron on tagged sentences in memory (used by the train command, tests and the parser's jackknifing).
import { hashString, normalizeWord, Perceptron, seededRandom, shuffle, wordHashes, type WordHashes } from '../perceptron/index.js';
import { isTitleCase, MAX_TAGGER_FEATURES, taggerFeatures, UNKNOWN_AMBIGUITY, windowFeatures, windowTags, type TaggerInput } from './features.js';
import { Lemmatizer } from './lemmatizer.js';
import { lexiconClass, lexiconMap, readWinkLexicon } from './lexicon.js';
import { Tagger, type TaggerMeta } from './tagger.js';

export interface TaggedSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  lemmas?: string[];
}

export interface TrainTaggerOptions {
  iterations?: number;
  seed?: number;
  /** Name of the data for the model card metadata. */
  data?: string;
  /** Passes of the first (window) model, and the folds its training-data guesses are jackknifed over. */
  windowIterations?: number;
  windowFolds?: number;
  /** Read wink-nlp's lexicon for the lexicon features (default true); false trains without them. */
  lexicon?: boolean;
  /** Called after each pass over the data with the training accuracy of that pass. */
  onIteration?: (iteration: number, accuracy: number) => void;
}

/** Frequent words seen with one class nearly always: tagged by lookup (faster, and no less accurate). */
function buildTagdict(sentences: readonly TaggedSentence[], label: (s: TaggedSentence, i: number) => number): Record<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      let m = counts.get(w);
      if (!m) counts.set(w, (m = new Map()));
      const c = label(s, i);
      m.set(c, (m.get(c) ?? 0) + 1);
    });
  }
  const dict: Record<string, number> = {};
  for (const [w, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0, top = -1, topN = 0;
    for (const [c, n] of m) { total += n; if (n > topN) { top = c; topN = n; } }
    if (total >= 20 && topN / total >= 0.99) dict[w] = top;
  }
  return dict;
}

/** Ambiguity classes: for words seen at least `minCount` times, the UPOS tags seen with them (at least 5% of the time). */
function buildAmbiguity(sentences: readonly TaggedSentence[], minCount = 3): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const key = normalizeWord(w);
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(s.upos[i]!, (m.get(s.upos[i]!) ?? 0) + 1);
    });
  }
  const out: Record<string, string> = {};
  for (const [w, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const n of m.values()) total += n;
    if (total < minCount) continue;
    out[w] = [...m].filter(([, n]) => n / total >= 0.05).map(([t]) => t).sort().join(' ');
  }
  return out;
}

interface Example {
  x: TaggerInput;
  words: string[];
  gold: number[];
  goldUpos: number[];
}

/**
 * Trains the window model (first pass): UPOS from the words around each token only, no tags, so
 * the tagger can sum its features once per word form. Words in the tag dictionary are not trained on.
 */
function trainWindow(data: readonly Example[], nUpos: number, dictUpos: Map<string, number>, iterations: number, random: () => number): Perceptron {
  const model = new Perceptron(nUpos);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const order = data.map((_, i) => i);
  for (let it = 0; it < iterations; it++) {
    shuffle(order, random);
    for (const k of order) {
      const { x, words, goldUpos } = data[k]!;
      for (let i = 0; i < words.length; i++) {
        if (dictUpos.has(words[i]!)) continue;
        const n = windowFeatures(x, i, feats);
        const s = model.score(feats, n);
        let guess = 0;
        for (let c = 1; c < s.length; c++) if (s[c]! > s[guess]!) guess = c;
        model.update(feats, goldUpos[i]!, guess, n);
      }
    }
  }
  model.average();
  return model;
}

/** Trains a tagger: joint UPOS|XPOS classes, greedy decoding, seeded shuffling per pass. */
export function trainTaggerModel(sentences: readonly TaggedSentence[], options: TrainTaggerOptions = {}): Tagger {
  const iterations = options.iterations ?? 10, seed = options.seed ?? 1;
  // Joint classes seen at least twice; rarer pairs fall back to the UPOS's most frequent PTB tag.
  const pairCounts = new Map<string, number>();
  for (const s of sentences) s.words.forEach((_, i) => { const k = `${s.upos[i]}|${s.xpos[i]}`; pairCounts.set(k, (pairCounts.get(k) ?? 0) + 1); });
  const labels = [...pairCounts].filter(([, n]) => n >= 2).map(([k]) => k).sort();
  if (labels.length === 0) labels.push(...[...pairCounts.keys()].sort());
  const index = new Map(labels.map((l, i) => [l, i]));
  const byUpos = new Map<string, number>();
  for (const l of [...labels].sort((a, b) => (pairCounts.get(b)! - pairCounts.get(a)!) || (a < b ? -1 : 1))) {
    const u = l.split('|')[0]!;
    if (!byUpos.has(u)) byUpos.set(u, index.get(l)!);
  }
  const label = (s: TaggedSentence, i: number): number => index.get(`${s.upos[i]}|${s.xpos[i]}`) ?? byUpos.get(s.upos[i]!) ?? 0;
  const tagdict = buildTagdict(sentences, label);
  const ambiguity = buildAmbiguity(sentences);
  const ambHash = new Map(Object.entries(ambiguity).map(([w, a]) => [w, hashString(a)]));
  const model = new Perceptron(labels.length);
  // The window model's classes: the UPOS tags of the joint classes.
  const uposLabels = [...new Set(labels.map((l) => l.split('|')[0]!))].sort();
  const uposIndex = new Map(uposLabels.map((u, i) => [u, i]));
  const dictUpos = new Map(Object.entries(tagdict).map(([w, c]) => [w, uposIndex.get(labels[c]!.split('|')[0]!)!]));
  const lexiconTable = options.lexicon === false ? undefined : readWinkLexicon();
  const lexicon = lexiconMap(lexiconTable);
  const data: Example[] = sentences.map((s) => ({
    x: {
      words: s.words.map(wordHashes) as WordHashes[],
      amb: s.words.map((w) => ambHash.get(normalizeWord(w)) ?? UNKNOWN_AMBIGUITY),
      lex: s.words.map((w) => lexiconClass(lexicon, w)),
      right: [],
      titleCase: isTitleCase(s.words),
    },
    words: s.words,
    gold: s.words.map((_, i) => label(s, i)),
    goldUpos: s.words.map((_, i) => uposIndex.get(labels[label(s, i)]!.split('|')[0]!)!),
  }));
  const random = seededRandom(seed);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  // The window model's guesses on the training data come from models that did not see the sentence
  // (jackknifing), so the tagger learns how far to trust them on unseen text.
  const windowIterations = options.windowIterations ?? 15, folds = Math.max(2, options.windowFolds ?? 4);
  const lookupDict = (w: string) => dictUpos.get(w);
  for (let f = 0; f < folds; f++) {
    const fold = trainWindow(data.filter((_, i) => i % folds !== f), uposLabels.length, dictUpos, windowIterations, random);
    data.forEach((d, i) => { if (i % folds === f) d.x.right = windowTags(fold, d.x, d.words, lookupDict, feats); });
  }
  const window = trainWindow(data, uposLabels.length, dictUpos, windowIterations, random);
  const order = data.map((_, i) => i);
  for (let it = 0; it < iterations; it++) {
    shuffle(order, random);
    let correct = 0, total = 0;
    for (const k of order) {
      const { x, words, gold } = data[k]!;
      let p1 = -1, p2 = -2;
      for (let i = 0; i < words.length; i++) {
        let guess = tagdict[words[i]!];
        if (guess === undefined) {
          const n = taggerFeatures(x, i, p1, p2, feats);
          const s = model.score(feats, n);
          guess = 0;
          for (let c = 1; c < s.length; c++) if (s[c]! > s[guess]!) guess = c;
          model.update(feats, gold[i]!, guess, n);
        }
        if (guess === gold[i]) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    options.onIteration?.(it + 1, total ? correct / total : 0);
  }
  model.average();
  const lemmas = Lemmatizer.learn(sentences.flatMap((s) => s.words.map((word, i) => ({ word, xpos: s.xpos[i]!, lemma: s.lemmas?.[i] ?? '_' }))));
  const meta: TaggerMeta = {
    kind: 'tagger', labels, uposLabels, tagdict, ambiguity, ...(lexiconTable ? { lexicon: lexiconTable } : {}), lemmas,
    trained: { data: options.data ?? 'in memory', iterations, seed, sentences: sentences.length, windowIterations, windowFolds: folds },
  };
  return new Tagger(model, meta, window);
}
