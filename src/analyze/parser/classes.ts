// The parser's label inventory: the UD relations seen in training, and which of them occur leftward and rightward.
export interface LabelSet {
  /** Dependency labels, indexed by label id, sorted; includes 'root'. */
  labels: string[];
  /** Label ids seen on arcs whose dependent precedes its head (LEFT moves), 'root' excluded. */
  left: Int32Array;
  /** Label ids seen on arcs whose dependent follows its head (RIGHT moves), 'root' excluded. */
  right: Int32Array;
  /** Id of 'root', given to the word attached to the artificial root. */
  root: number;
}

/** The labels found in `sentences` (heads already projectivised), in a stable sorted order. */
export function buildLabels(sentences: readonly { heads: readonly number[]; deps: readonly string[] }[]): LabelSet {
  const left = new Set<string>(), right = new Set<string>(), all = new Set<string>(['root']);
  for (const s of sentences) {
    for (let i = 0; i < s.heads.length; i++) {
      const h = s.heads[i]!, d = s.deps[i]!;
      all.add(d);
      if (h < 0 || d === 'root') continue;
      (i < h ? left : right).add(d);
    }
  }
  const labels = [...all].sort();
  return fromLists(labels, [...left].sort(), [...right].sort());
}

export function fromLists(labels: string[], left: readonly string[], right: readonly string[]): LabelSet {
  const id = (l: string): number => {
    const i = labels.indexOf(l);
    if (i < 0) throw new Error(`parser: label "${l}" is not in the label list`);
    return i;
  };
  return { labels, left: Int32Array.from(left.map(id)), right: Int32Array.from(right.map(id)), root: id('root') };
}

export function toLists(s: LabelSet): { labels: string[]; left: string[]; right: string[] } {
  return { labels: s.labels, left: Array.from(s.left, (i) => s.labels[i]!), right: Array.from(s.right, (i) => s.labels[i]!) };
}
