// Attachment scores (UAS, LAS) of predicted trees against a treebank, punctuation included as in the CoNLL 2018 evaluation.
import type { TreebankSentence } from './conllu.js';
import type { Arc } from './decode.js';

export interface AttachmentScores {
  uas: number;
  /** Head and full label (subtypes such as `nsubj:pass` must match too). */
  las: number;
  /** Head and universal label (subtypes ignored, as CoNLL 2018's LAS). */
  lasBase: number;
  tokens: number;
}

export function attachmentScores(gold: readonly TreebankSentence[], predicted: readonly Arc[][]): AttachmentScores {
  let total = 0, uh = 0, lh = 0, lb = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k]!, p = predicted[k]!;
    for (let i = 0; i < g.words.length; i++) {
      total++;
      if (p[i]!.head !== g.heads[i]) continue;
      uh++;
      const gd = g.deps[i]!, pd = p[i]!.dep;
      if (gd === pd) lh++;
      if (gd.split(':')[0] === pd.split(':')[0]) lb++;
    }
  }
  const d = Math.max(1, total);
  return { uas: uh / d, las: lh / d, lasBase: lb / d, tokens: total };
}
