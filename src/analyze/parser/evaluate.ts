// `npm run eval:models`: attachment scores of the shipped parser on UD English-EWT dev, with the shipped tagger's tags and with gold tags.
import { join } from 'node:path';
import { loadTagger } from '../tagger/index.js';
import { readConllu } from './conllu.js';
import { loadParser, type Parser } from './index.js';
import { attachmentScores } from './scores.js';

/**
 * UAS and LAS (fractions, punctuation included, full labels with subtypes) with predicted tags
 * from the shipped tagger on the gold words; the same with gold tags, and LAS over universal
 * labels (subtypes ignored, as CoNLL 2018 counts it), as extra figures.
 */
export interface EvaluateOptions {
  /** Folder laid out like ../shared/data (ud-english-ewt/en_ewt-ud-dev.conllu). */
  data: string;
  /** Parser to score; default the shipped one. */
  parser?: Parser;
  /** Tagger giving the predicted tags; default the shipped one. */
  tagger?: { tag(words: string[]): { upos: string; tag: string }[] };
}

export async function evaluate(options: EvaluateOptions): Promise<{ uas: number; las: number } & Record<string, number>> {
  const file = join(options.data, 'ud-english-ewt', 'en_ewt-ud-dev.conllu');
  const dev = readConllu(file);
  const parser = options.parser ?? loadParser();
  const tagger = options.tagger ?? loadTagger();
  const predicted = dev.map((s) => {
    const t = tagger.tag(s.words);
    return parser.parse(s.words, t.map((x) => x.upos), t.map((x) => x.tag));
  });
  const gold = dev.map((s) => parser.parse(s.words, s.upos, s.tags));
  const p = attachmentScores(dev, predicted), g = attachmentScores(dev, gold);
  return { uas: p.uas, las: p.las, las_universal: p.lasBase, uas_gold_tags: g.uas, las_gold_tags: g.las, tokens: p.tokens };
}
