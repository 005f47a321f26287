// The one shared wink-nlp instance (English lite model) and lexicon lookup, loaded on first use so importing the analyze stage stays cheap.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;
let core: unknown;

/**
 * The model's core (lexicon and feature tables), read once per process. Each `model.core()` call decodes the whole
 * lexicon into a fresh copy (about 0.15 s of processor time and some 20 MB), and a build needed it twice: for this
 * instance and for the verb lemmatizer (extract/verb-lemma.ts), which now reads the same copy.
 * The wink instance adds words it has not seen to the copy's lexeme tables as it reads texts; a lookup through another
 * wink cache treats those entries as unknown (their index is past the lexicon's own), just as a word it never met, so
 * a reader that only looks words up (the lemmatizer) gets the same answers from the shared copy as from a fresh one.
 */
export function winkCoreModel(): unknown {
  core ??= (model.core as () => unknown)();
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
      const Cache = createRequire(import.meta.url)('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkLexicon;
      lexicon = Cache(winkCoreModel(), model.featureFn);
    } catch (e) {
      throw new Error(`tokenizer: cannot read wink-eng-lite-web-model's lexicon (${(e as Error).message}); the pinned wink-nlp and model provide it`);
    }
  }
  return lexicon;
}

/** wink-nlp with its sentence boundary detection only: tagging is the project's own models' job. */
export function wink(): WinkNlp {
  instance ??= winkNLP({ ...model, core: winkCoreModel }, ['sbd']);
  return instance;
}
