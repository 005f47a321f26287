// The one shared wink-nlp instance (English lite model) and lexicon lookup, loaded on first use so importing the analyze stage stays cheap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;
let core: unknown;

const require = createRequire(import.meta.url);
const MODEL = 'wink-eng-lite-web-model/dist/';

/**
 * wink-eng-lite-web-model as winkNLP takes it, its parts required one by one as the package's index does, all but the core
 * (winkCoreModel). Why not the index: it requires the 3 MB core's JSON when imported (about 35 ms of processor time),
 * and its core() then copies that whole object through JSON.stringify and JSON.parse before decoding it.
 */
const model = {
  sbd: require(`${MODEL}load-sbd-model.js`) as () => unknown,
  pos: require(`${MODEL}load-pos-model.js`) as () => unknown,
  ner: require(`${MODEL}load-ner-model.js`) as () => unknown,
  negation: require(`${MODEL}load-negation-model.js`) as () => unknown,
  sa: require(`${MODEL}load-sa-model.js`) as () => unknown,
  metaCER: require(`${MODEL}load-cer-meta-model.js`) as () => unknown,
  featureFn: require(`${MODEL}feature.js`) as unknown,
  addons: {
    stem: require(`${MODEL}porter-stemmer.js`) as unknown,
    lemmatize: require(`${MODEL}lemmatize.js`) as unknown,
    readabilityStats: require(`${MODEL}readability-stats.js`) as unknown,
    wordVectors: undefined,
  },
};

interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }>;
  pos: { hash: Record<string, number> };
}

/** Base64 text as the 32-bit words it encodes (the model's atob-and-copy loop, done by Buffer). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * The core as the package's core() gives it (read-core-model.js, then load-core-model.js, steps in the same order), read
 * from its file: a fresh object of our own, so no copy of a shared one is needed. tests/analyze/tokenizer/wink.test.ts
 * holds the two equal.
 */
export function readWinkCore(): unknown {
  const model = JSON.parse(readFileSync(require.resolve(`${MODEL}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const hash = (features[f]!.hash = Object.create(null) as Record<string, number>);
    const list = features[f]!.list;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  }
  const lexemes = (features['lexeme']!.hash = Object.create(null) as Record<string, number>);
  const lexemeList = features['lexeme']!.list;
  for (let k = 0; k < lexemeList.length; k++) lexemes[lexemeList[k]!] = k;
  const clusters = features['posClusters']!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features['lexeme']!.intrinsicSize = features['lexeme']!.list.length;
  features['lexeme']!.index = features['lexeme']!.list.length;
  return model;
}

/**
 * The model's core (lexicon and feature tables), read once per process. Each `model.core()` call decodes the whole
 * lexicon into a fresh copy (about 0.15 s of processor time and some 20 MB), and a build needed it twice: for this
 * instance and for the verb lemmatizer (extract/verb-lemma.ts), which now reads the same copy.
 * The wink instance adds words it has not seen to the copy's lexeme tables as it reads texts; a lookup through another
 * wink cache treats those entries as unknown (their index is past the lexicon's own), just as a word it never met, so
 * a reader that only looks words up (the lemmatizer) gets the same answers from the shared copy as from a fresh one.
 */
export function winkCoreModel(): unknown {
  core ??= readWinkCore();
  return core;
}

/** The questions a reader asks the model's lexicon: is a word unknown to it, may it take a part of speech. */
export interface WinkLexicon {
  isOOV(word: string): boolean;
  hasSamePOS(word: string, pos: string): boolean;
}

let lexicon: WinkLexicon | undefined;

/**
 * A wink-nlp cache over the shared core, for readers that only look words up (the verb lemmatizer, the tokenizer's
 * glued words). wink-nlp keeps its cache behind an internal path; the pinned versions provide it, and a change of
 * layout fails here by name.
 */
export function winkLexicon(): WinkLexicon {
  if (!lexicon) {
    try {
      const Cache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkLexicon;
      lexicon = Cache(winkCoreModel(), model.featureFn);
    } catch (e) {
      throw new Error(`tokenizer: cannot read wink-eng-lite-web-model's lexicon (${(e as Error).message}); the pinned wink-nlp and model provide it`);
    }
  }
  return lexicon;
}

/** wink-nlp with its sentence boundary detection only: tagging is the project's own models' job. */
export function wink(): WinkNlp {
  instance ??= winkNLP({ ...model, core: winkCoreModel } as unknown as Parameters<typeof winkNLP>[0], ['sbd']);
  return instance;
}
