// The tagger's external lexicon: the UPOS tags wink-nlp's English lexicon (87k words) allows each word, read once at training time.
import { createRequire } from 'node:module';
import { hashString } from '../perceptron/index.js';
import { LEXICON_NONE } from './features.js';

/**
 * The lexicon as the weights file keeps it: each tag set (UPOS tags joined by spaces, "ADJ NOUN")
 * -> the lowercase words with that set, joined by spaces. Grouped so it packs small (about 0.3 MB gzipped).
 */
export type LexiconTable = Record<string, string>;

interface WinkCache {
  property(index: number[] | number, name: string): number;
}
interface WinkCore {
  features: { lexeme: { list: string[] }; posClusters: { list: Array<Set<number>> } };
  pos: { list: string[] };
}

/**
 * Reads wink-eng-lite-web-model's lexicon: for each lowercase word of letters (and inner hyphens or
 * apostrophes), the set of UPOS tags the model allows it. wink-nlp keeps these as "POS clusters" behind
 * its cache; the pinned versions of wink-nlp and the model make the table reproducible.
 */
export function readWinkLexicon(): LexiconTable {
  try {
    return (table ??= buildTable());
  } catch (e) {
    throw new Error(`tagger: cannot read wink-eng-lite-web-model's lexicon through wink-nlp/src/cache.js (${(e as Error).message}); the pinned wink-nlp 2.4.0 and model 1.8.1 provide it`);
  }
}

let table: LexiconTable | undefined;

function buildTable(): LexiconTable {
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model') as { core(): WinkCore; featureFn: unknown };
  const Cache = require('wink-nlp/src/cache.js') as (core: WinkCore, featureFn: unknown) => WinkCache;
  const core = model.core();
  const cache = Cache(core, model.featureFn);
  const words = core.features.lexeme.list, clusters = core.features.posClusters.list, tags = core.pos.list;
  const byTags = new Map<string, string[]>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word !== word.toLowerCase() || !/^\p{L}(?:[\p{L}'-]*\p{L})?$/u.test(word)) continue;
    const set = clusters[cache.property([i], 'lexemeCID')];
    if (!set || set.size === 0) continue;
    const key = [...set].map((t) => tags[t]!).filter((t) => t !== 'UNK').sort().join(' ');
    if (!key) continue;
    let list = byTags.get(key);
    if (!list) byTags.set(key, (list = []));
    list.push(word);
  }
  const table: LexiconTable = {};
  for (const key of [...byTags.keys()].sort()) table[key] = byTags.get(key)!.sort().join(' ');
  return table;
}

/** Lowercase word -> hash of its lexicon tag set, from the table. */
export function lexiconMap(table: LexiconTable | undefined): Map<string, number> {
  const map = new Map<string, number>();
  if (!table) return map;
  for (const [tags, words] of Object.entries(table)) {
    const h = hashString(`lex:${tags}`) | 0; // signed: a small integer to V8 (features mix it as int32)
    for (const w of words.split(' ')) map.set(w, h);
  }
  return map;
}

/** The lexicon class of a word (its lowercase form looked up), or `LEXICON_NONE`. */
export function lexiconClass(map: Map<string, number>, word: string): number {
  return map.get(word.toLowerCase()) ?? LEXICON_NONE;
}
