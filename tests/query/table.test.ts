// The terminal table: aligned columns, compact IRIs, readable literals, a row count.
import { expect, it } from 'vitest';
import { formatTable } from '../../src/query/table.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

it('aligns columns and compacts IRIs', () => {
  const text = formatTable({
    variables: ['who', 'n', 'note'],
    bindings: [
      { who: { type: 'uri', value: 'https://w3id.org/newsgraph/kb/anna-berg' }, n: { type: 'literal', value: '12', datatype: `${XSD}integer` } },
      { who: { type: 'uri', value: 'http://example.org/x' }, note: { type: 'literal', value: 'two\nlines', 'xml:lang': 'en' } },
    ],
  }, { prefixes: { kb: 'https://w3id.org/newsgraph/kb/' } });
  expect(text.split('\n')).toEqual([
    '?who                   | ?n | ?note',
    '-----------------------+----+---------------',
    'kb:anna-berg           | 12 |',
    '<http://example.org/x> |    | two\u21b5 lines @en',
    '2 rows',
    '',
  ]);
});

it('cuts long cells when asked and counts one row', () => {
  const text = formatTable({ variables: ['s'], bindings: [{ s: { type: 'literal', value: 'a'.repeat(50) } }] }, { maxWidth: 10 });
  expect(text).toContain(`${'a'.repeat(9)}\u2026`);
  expect(text.endsWith('1 row\n')).toBe(true);
});
