// Verb lemmas by wink-eng-lite-web-model's lemmatizer (WordNet's exception list, then suffix rules checked against its
// lexicon): "ruled" -> rule, "vying" -> vie, "defeated" -> defeat, where the tagger's learned suffix rules guess wrong.
import { createRequire } from 'node:module';
import { memoize } from '../util/memo.js';
import { winkLexicon, type WinkLexicon } from '../analyze/tokenizer/wink.js';

type Lemmatize = (value: string, pos: string, cache: WinkLexicon) => string;

/** The lexicon's two questions about a verb form: its lemma, and whether it is a verb form at all. */
interface VerbLexicon {
  lemma(word: string): string;
  isVerb(word: string): boolean;
}

let lexicon: VerbLexicon | undefined;

/**
 * The model's own lemmatizer over its lexicon, built on first use over the core the tokenizer reads too. wink-nlp keeps
 * both behind internal paths; the versions are pinned in package.json, and a change of layout fails here by name.
 */
function load(): VerbLexicon {
  const require = createRequire(import.meta.url);
  try {
    const lemmatize = require('wink-eng-lite-web-model/dist/lemmatize.js') as Lemmatize;
    // The tokenizer's lookup cache over its copy of the model's core, not a second one (see winkLexicon).
    const cache = winkLexicon();
    const isVerb = (word: string): boolean => cache.hasSamePOS(word, 'VERB');
    const lemma = (word: string): string => {
      const stem = lemmatize(word, 'VERB', cache);
      // the model tries the bare stem before the stem with "e": "hoped" would be "hop". A single vowel and consonant
      // before "-ed"/"-ing" (no doubled consonant) is the stem with its "e" whenever the lexicon has that verb. Only
      // before those endings: a base form the tagger read as inflected ("Leicester top the table", "they plan") is its
      // own lemma, not "tope" or "plane".
      const bare = word.replace(/(?:ed|ing)$/, '');
      if (bare !== word && bare === stem && /[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && isVerb(`${stem}e`)) return `${stem}e`;
      return stem;
    };
    return { lemma, isVerb };
  } catch (e) {
    throw new Error(`extract: cannot load wink-eng-lite-web-model's lemmatizer (${(e as Error).message}); the pinned wink-nlp and model provide it`);
  }
}

/** The lemma of an inflected verb form (lower case), or undefined when the lexicon does not know the verb. Remembered per form. */
export const verbLemma: (word: string) => string | undefined = memoize((word) => {
  lexicon ??= load();
  const lemma = lexicon.lemma(word);
  return lemma && lemma !== word ? lemma : undefined;
}, 50_000);

/**
 * Whether the lexicon knows the word as a verb form. Where it does and its lemma is the word itself ("accept", "read"),
 * the word is a base form whatever tag it was given.
 */
export function isLexiconVerb(word: string): boolean {
  lexicon ??= load();
  return lexicon.isVerb(word);
}
