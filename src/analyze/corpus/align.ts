// Tokenisation alignment: character offsets of treebank words in their sentence text, and matching our tokens to them.
import type { ConlluSentence } from './conllu.js';

export interface CharSpan {
  start: number;
  end: number;
}

/**
 * Character offsets of each word of a CoNLL-U sentence within its `# text`. Surface tokens are
 * found in order in the text; the words of a multi-word token ("didn't" -> did + n't) share its
 * span, split where the words spell the surface form exactly. Throws when a token is not in the text.
 */
export function wordOffsets(sentence: ConlluSentence): CharSpan[] {
  const text = sentence.text;
  const spans: CharSpan[] = new Array(sentence.words.length);
  const mwtByFirst = new Map(sentence.multiwords.map((m) => [m.first, m]));
  let pos = 0;
  const locate = (form: string): CharSpan => {
    const at = text.indexOf(form, pos);
    if (at < 0) throw new Error(`corpus: ${sentence.sentId || 'sentence'}: token "${form}" not found in text after offset ${pos}`);
    pos = at + form.length;
    return { start: at, end: at + form.length };
  };
  for (let i = 0; i < sentence.words.length; i++) {
    const word = sentence.words[i]!;
    const mwt = mwtByFirst.get(word.id);
    if (!mwt) { spans[i] = locate(word.form); continue; }
    const whole = locate(mwt.form);
    const parts = sentence.words.slice(i, i + (mwt.last - mwt.first + 1));
    let offset = whole.start;
    const spelled = parts.map((p) => p.form).join('').toLowerCase() === mwt.form.toLowerCase();
    for (let k = 0; k < parts.length; k++) {
      if (spelled) {
        spans[i + k] = { start: offset, end: offset + parts[k]!.form.length };
        offset += parts[k]!.form.length;
      } else spans[i + k] = { ...whole };
    }
    i += parts.length - 1;
  }
  return spans;
}

/**
 * For each gold span, the index of the predicted span with exactly the same offsets, or -1.
 * Both lists must be sorted by start offset.
 */
export function alignSpans(gold: readonly CharSpan[], predicted: readonly CharSpan[]): number[] {
  const out = new Array<number>(gold.length).fill(-1);
  let j = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    while (j < predicted.length && predicted[j]!.start < g.start) j++;
    for (let k = j; k < predicted.length && predicted[k]!.start === g.start; k++) {
      if (predicted[k]!.end === g.end) { out[i] = k; break; }
    }
  }
  return out;
}
