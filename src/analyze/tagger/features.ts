// Feature templates of the part-of-speech tagger: the word, its affixes and shape, its neighbours and the previous tags.
import { mix, PAD_END, PAD_START, type WordHashes } from '../perceptron/index.js';

/** Room for the features of one token. */
export const MAX_TAGGER_FEATURES = 40;

// Template ids: distinct small integers mixed with the values (changing them invalidates trained weights).
const enum T {
  Bias = 1, Lower, Form, Shape, Suf1, Suf2, Suf3, Suf4, Pre1, Pre2, Pre3,
  P1, P2, P1P2, P1Lower, P1Suf3,
  LowerM1, LowerM2, LowerP1, LowerP2, Suf3M1, Suf3P1, ShapeM1, ShapeP1, ShapeP2,
  LowerM1Lower, LowerLowerP1, FirstShape, ShapeM1ShapeP1, FormP1, FormM1,
}

/** Hash value of a previous-tag class index; -1 and -2 for the sentence start. */
function tagValue(tag: number): number {
  return tag + 7919;
}

/**
 * Writes the features of token `i` into `out` and returns how many. `p1`/`p2` are the predicted
 * classes of the two previous tokens (-1 before the sentence).
 */
export function taggerFeatures(words: readonly WordHashes[], i: number, p1: number, p2: number, out: Uint32Array): number {
  const w = words[i]!;
  const m1 = i > 0 ? words[i - 1]! : PAD_START;
  const m2 = i > 1 ? words[i - 2]! : PAD_START;
  const n1 = i + 1 < words.length ? words[i + 1]! : PAD_END;
  const n2 = i + 2 < words.length ? words[i + 2]! : PAD_END;
  const t1 = tagValue(p1), t2 = tagValue(p2);
  let k = 0;
  out[k++] = mix(T.Bias, 1);
  out[k++] = mix(T.Lower, w.lower);
  out[k++] = mix(T.Form, w.form);
  out[k++] = mix(T.Shape, w.shape);
  out[k++] = mix(T.Suf1, w.suffix1);
  out[k++] = mix(T.Suf2, w.suffix2);
  out[k++] = mix(T.Suf3, w.suffix3);
  out[k++] = mix(T.Suf4, w.suffix4);
  out[k++] = mix(T.Pre1, w.prefix1);
  out[k++] = mix(T.Pre2, w.prefix2);
  out[k++] = mix(T.Pre3, w.prefix3);
  out[k++] = mix(T.P1, t1);
  out[k++] = mix(T.P2, t2);
  out[k++] = mix(mix(T.P1P2, t1), t2);
  out[k++] = mix(mix(T.P1Lower, t1), w.lower);
  out[k++] = mix(mix(T.P1Suf3, t1), w.suffix3);
  out[k++] = mix(T.LowerM1, m1.lower);
  out[k++] = mix(T.LowerM2, m2.lower);
  out[k++] = mix(T.LowerP1, n1.lower);
  out[k++] = mix(T.LowerP2, n2.lower);
  out[k++] = mix(T.Suf3M1, m1.suffix3);
  out[k++] = mix(T.Suf3P1, n1.suffix3);
  out[k++] = mix(T.ShapeM1, m1.shape);
  out[k++] = mix(T.ShapeP1, n1.shape);
  out[k++] = mix(T.ShapeP2, n2.shape);
  out[k++] = mix(mix(T.LowerM1Lower, m1.lower), w.lower);
  out[k++] = mix(mix(T.LowerLowerP1, w.lower), n1.lower);
  out[k++] = mix(mix(T.ShapeM1ShapeP1, m1.shape), n1.shape);
  out[k++] = mix(T.FormP1, n1.form);
  out[k++] = mix(T.FormM1, m1.form);
  if (i === 0) out[k++] = mix(T.FirstShape, w.shape);
  return k;
}
