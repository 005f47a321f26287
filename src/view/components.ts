// Connected components of the viewer's relation graph, in a fixed order, so each can be laid out on its own.

/** An undirected edge between two node ids. */
export interface Link {
  source: string;
  target: string;
}

/**
 * The connected components of `ids` under `links` (links to unknown ids are ignored). Each component lists its
 * ids in the order given; components come largest first, then by their first id, so the result depends only
 * on the graph, never on the order of the links.
 */
export function connectedComponents(ids: readonly string[], links: readonly Link[]): string[][] {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { source, target } of links) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined) continue;
    const ra = find(a);
    const rb = find(b);
    // The smaller index becomes the root, so roots do not depend on the order links are met in.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(id);
    else byRoot.set(root, [id]);
  });
  // Map order is the order of each component's first id in `ids`, so a stable sort by size settles ties by it.
  return [...byRoot.values()].sort((a, b) => b.length - a.length);
}
