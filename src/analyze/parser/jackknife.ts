// Jackknifed tagging of the training treebank: each fold tagged by a tagger trained on the other folds,
// so the parser learns from tags as noisy as the ones it will see at run time.
import { trainTaggerModel } from '../tagger/index.js';
import type { TreebankSentence } from './conllu.js';

export interface JackknifeOptions {
  folds?: number;
  /** Tagger training passes per fold. */
  iterations?: number;
  seed?: number;
  log?: (message: string) => void;
}

/** Copies of `sentences` whose `upos` and `tags` are the predictions of a tagger that never saw them. */
export function jackknifeTags(sentences: readonly TreebankSentence[], options: JackknifeOptions = {}): TreebankSentence[] {
  const folds = Math.max(2, Math.min(options.folds ?? 5, sentences.length));
  const out: TreebankSentence[] = sentences.map((s) => ({ ...s }));
  let agree = 0, total = 0;
  for (let k = 0; k < folds; k++) {
    // Contiguous folds keep documents together, as a new article is unseen at run time.
    const lo = Math.floor((k * sentences.length) / folds), hi = Math.floor(((k + 1) * sentences.length) / folds);
    const rest = [...sentences.slice(0, lo), ...sentences.slice(hi)].map((s) => ({ words: s.words, upos: s.upos, xpos: s.tags }));
    const tagger = trainTaggerModel(rest, { iterations: options.iterations ?? 10, seed: (options.seed ?? 1) + k, data: `parser jackknife fold ${k + 1}/${folds}` });
    for (let i = lo; i < hi; i++) {
      const s = sentences[i]!;
      const tagged = tagger.tag(s.words);
      out[i] = { ...s, upos: tagged.map((t) => t.upos), tags: tagged.map((t) => t.tag) };
      for (let j = 0; j < s.words.length; j++) { total++; if (tagged[j]!.tag === s.tags[j]) agree++; }
    }
    options.log?.(`parser: jackknife fold ${k + 1}/${folds} tagged (${hi - lo} sentences)`);
  }
  options.log?.(`parser: jackknifed PTB tag accuracy on train ${((agree / Math.max(1, total)) * 100).toFixed(2)}%`);
  return out;
}
