// Tests connected components: grouping, order (largest first, then first id), and independence from link order.
import { describe, expect, it } from 'vitest';
import { connectedComponents } from '../../src/view/components.js';

const link = (pair: string): { source: string; target: string } => {
  const [source, target] = pair.split('-');
  return { source: source!, target: target! };
};

describe('connectedComponents', () => {
  it.each([
    ['no links: one component a node', ['a', 'b'], [], [['a'], ['b']]],
    ['a chain is one component', ['a', 'b', 'c'], ['a-b', 'b-c'], [['a', 'b', 'c']]],
    ['largest first, ties by first id', ['a', 'b', 'c', 'd', 'e'], ['d-e', 'a-c'], [['a', 'c'], ['d', 'e'], ['b']]],
    ['links to unknown ids are ignored', ['a', 'b'], ['a-x', 'x-b'], [['a'], ['b']]],
    ['a cycle and a pair', ['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'c-a', 'd-e'], [['a', 'b', 'c'], ['d', 'e']]],
  ])('%s', (_name, ids, links, expected) => {
    expect(connectedComponents(ids, links.map(link))).toEqual(expected);
  });

  it('does not depend on the order of the links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const links = ['a-f', 'e-b', 'c-d', 'f-e'].map(link);
    expect(connectedComponents(ids, [...links].reverse())).toEqual(connectedComponents(ids, links));
  });
});
