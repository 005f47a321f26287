// Feature templates of the named-entity recogniser: word, shape, affixes, neighbours, part-of-speech tags, gazetteer matches, previous labels.
import { cachedWordHashes, hashString, mix, PAD_END, PAD_START, type WordHashes } from '../perceptron/index.js';
import { gazetteerLabels } from './gazetteer-features.js';

export const MAX_NER_FEATURES = 64;

const enum T {
  Bias = 101, Lower, Form, Shape, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Suf4,
  FormM1, FormP1, LowerM2, LowerP2, ShapeM1, ShapeP1, ShapeM2, ShapeP2, LowerM1Lower, LowerLowerP1, Shape3,
  Pos, PosM1, PosP1, PosM1Pos, PosPosP1, P1, P2, P1P2, P1Lower, P1Shape, P1Pos, Gaz, GazM1, GazP1,
  CapsShape, CapsLower, FirstShape, LowerM1, LowerP1, Suf3M1, Suf3P1, P1FormM1,
}

/** A sentence's per-token inputs, computed once before decoding. */
export interface NerInput {
  words: WordHashes[];
  pos: number[];
  gaz: number[][];
  /** The sentence is in capitals throughout (a headline), where case says nothing. */
  allCaps: boolean;
}

const NO_POS_START = hashString('<s>');
const NO_POS_END = hashString('</s>');
const NO_GAZ: number[] = [];
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

export function nerInput(words: readonly string[], tags: readonly string[]): NerInput {
  const gaz = gazetteerLabels(words).map((labels) => labels.map(hashString));
  const joined = words.join('');
  const upper = joined.match(UPPER)?.length ?? 0;
  const lower = joined.match(LOWER)?.length ?? 0;
  return { words: words.map(cachedWordHashes), pos: tags.map(hashString), gaz, allCaps: upper + lower > 8 && upper / (upper + lower) > 0.9 };
}

function label(l: number): number {
  return l + 3001;
}

/** Writes the features of token `i` given the labels of the two tokens before it (-1 at the start). */
export function nerFeatures(x: NerInput, i: number, p1: number, p2: number, out: Uint32Array): number {
  const ws = x.words;
  const w = ws[i]!;
  const m1 = i > 0 ? ws[i - 1]! : PAD_START;
  const m2 = i > 1 ? ws[i - 2]! : PAD_START;
  const n1 = i + 1 < ws.length ? ws[i + 1]! : PAD_END;
  const n2 = i + 2 < ws.length ? ws[i + 2]! : PAD_END;
  const pos = x.pos[i]!;
  const posM1 = i > 0 ? x.pos[i - 1]! : NO_POS_START;
  const posP1 = i + 1 < ws.length ? x.pos[i + 1]! : NO_POS_END;
  const l1 = label(p1), l2 = label(p2);
  let k = 0;
  out[k++] = mix(T.Bias, 1);
  out[k++] = mix(T.Lower, w.lower);
  out[k++] = mix(T.Form, w.form);
  out[k++] = mix(T.Shape, w.shape);
  out[k++] = mix(T.Pre1, w.prefix1);
  out[k++] = mix(T.Pre2, w.prefix2);
  out[k++] = mix(T.Pre3, w.prefix3);
  out[k++] = mix(T.Suf1, w.suffix1);
  out[k++] = mix(T.Suf2, w.suffix2);
  out[k++] = mix(T.Suf3, w.suffix3);
  out[k++] = mix(T.Suf4, w.suffix4);
  out[k++] = mix(T.FormM1, m1.form);
  out[k++] = mix(T.FormP1, n1.form);
  out[k++] = mix(T.LowerM1, m1.lower);
  out[k++] = mix(T.LowerP1, n1.lower);
  out[k++] = mix(T.LowerM2, m2.lower);
  out[k++] = mix(T.LowerP2, n2.lower);
  out[k++] = mix(T.ShapeM1, m1.shape);
  out[k++] = mix(T.ShapeP1, n1.shape);
  out[k++] = mix(T.ShapeM2, m2.shape);
  out[k++] = mix(T.ShapeP2, n2.shape);
  out[k++] = mix(T.Suf3M1, m1.suffix3);
  out[k++] = mix(T.Suf3P1, n1.suffix3);
  out[k++] = mix(mix(T.LowerM1Lower, m1.lower), w.lower);
  out[k++] = mix(mix(T.LowerLowerP1, w.lower), n1.lower);
  out[k++] = mix(mix(mix(T.Shape3, m1.shape), w.shape), n1.shape);
  out[k++] = mix(T.Pos, pos);
  out[k++] = mix(T.PosM1, posM1);
  out[k++] = mix(T.PosP1, posP1);
  out[k++] = mix(mix(T.PosM1Pos, posM1), pos);
  out[k++] = mix(mix(T.PosPosP1, pos), posP1);
  out[k++] = mix(T.P1, l1);
  out[k++] = mix(T.P2, l2);
  out[k++] = mix(mix(T.P1P2, l1), l2);
  out[k++] = mix(mix(T.P1Lower, l1), w.lower);
  out[k++] = mix(mix(T.P1Shape, l1), w.shape);
  out[k++] = mix(mix(T.P1Pos, l1), pos);
  out[k++] = mix(mix(T.P1FormM1, l1), m1.form);
  for (const g of x.gaz[i]!) out[k++] = mix(T.Gaz, g);
  for (const g of i > 0 ? x.gaz[i - 1]! : NO_GAZ) out[k++] = mix(T.GazM1, g);
  for (const g of i + 1 < ws.length ? x.gaz[i + 1]! : NO_GAZ) out[k++] = mix(T.GazP1, g);
  if (x.allCaps) {
    out[k++] = mix(T.CapsShape, w.shape);
    out[k++] = mix(T.CapsLower, w.lower);
  }
  if (i === 0) out[k++] = mix(T.FirstShape, w.shape);
  return Math.min(k, MAX_NER_FEATURES);
}
