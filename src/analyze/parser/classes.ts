// The parser's output classes: SHIFT plus one LEFT and one RIGHT move per dependency label seen in that direction.
import { LEFT, RIGHT, SHIFT } from './transitions.js';
import type { TreebankSentence } from './conllu.js';

export interface ClassSet {
  /** Dependency labels, indexed by label id. */
  labels: string[];
  /** Move (SHIFT/LEFT/RIGHT) of each class. */
  move: Uint8Array;
  /** Label id of each class, -1 for SHIFT. */
  label: Int32Array;
}

/** Classes for the labels found in `sentences` (heads already projectivised), in a stable sorted order. */
export function buildClasses(sentences: readonly { heads: readonly number[]; deps: readonly string[] }[]): ClassSet {
  const left = new Set<string>(), right = new Set<string>(), all = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.heads.length; i++) {
      const h = s.heads[i]!, d = s.deps[i]!;
      all.add(d);
      if (h < 0) continue; // the root word is attached by RIGHT onto the artificial root
      (i < h ? left : right).add(d);
    }
  }
  for (const s of sentences) for (let i = 0; i < s.heads.length; i++) if (s.heads[i]! < 0) right.add(s.deps[i]!);
  const labels = [...all].sort();
  const ids = new Map(labels.map((l, i) => [l, i]));
  const pairs: [number, number][] = [[SHIFT, -1]];
  for (const l of [...left].sort()) pairs.push([LEFT, ids.get(l)!]);
  for (const l of [...right].sort()) pairs.push([RIGHT, ids.get(l)!]);
  return fromPairs(labels, pairs);
}

export function fromPairs(labels: string[], pairs: readonly (readonly [number, number])[]): ClassSet {
  return {
    labels,
    move: Uint8Array.from(pairs.map((p) => p[0])),
    label: Int32Array.from(pairs.map((p) => p[1])),
  };
}

export function toPairs(c: ClassSet): [number, number][] {
  return Array.from(c.move, (m, i) => [m, c.label[i]!] as [number, number]);
}

export { TreebankSentence };
