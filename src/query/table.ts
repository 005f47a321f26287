// Prints SELECT results as an aligned text table for the terminal, IRIs compacted with the graph's prefixes.
import type { SelectResults } from './open-graph.js';
import { compactIri } from './prefixes.js';
import type { JsonTerm } from './values.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Datatypes whose values read well bare (numbers, booleans, dates); others show their datatype. */
const BARE = new Set(['string', 'integer', 'decimal', 'double', 'float', 'boolean', 'date', 'dateTime', 'gYear', 'gYearMonth', 'int', 'long']
  .map((t) => XSD + t));

export interface TableOptions {
  prefixes?: Record<string, string>;
  /** Cut cells longer than this (with an ellipsis); unlimited by default. */
  maxWidth?: number;
}

export function cellText(term: JsonTerm | undefined, prefixes: Record<string, string>): string {
  if (!term) return '';
  switch (term.type) {
    case 'uri': return compactIri(term.value, prefixes);
    case 'bnode': return `_:${term.value}`;
    case 'literal': {
      const text = term.value.replace(/\r?\n/g, '\u21b5 ').replace(/\t/g, ' ');
      if (term['xml:lang']) return `${text} @${term['xml:lang']}`;
      if (!term.datatype || BARE.has(term.datatype)) return text;
      return `${text} ^^${compactIri(term.datatype, prefixes)}`;
    }
    case 'triple':
      return `<< ${cellText(term.value.subject, prefixes)} ${cellText(term.value.predicate, prefixes)} ${cellText(term.value.object, prefixes)} >>`;
  }
}

const width = (s: string): number => [...s].length;
function cut(s: string, max: number): string {
  return width(s) <= max ? s : `${[...s].slice(0, Math.max(1, max - 1)).join('')}\u2026`;
}

/** The table, ending with a count line ("3 rows"). */
export function formatTable(results: SelectResults, options: TableOptions = {}): string {
  const prefixes = options.prefixes ?? {};
  const max = options.maxWidth ?? Infinity;
  const vars = results.variables;
  const rows = results.bindings.map((b) => vars.map((v) => cut(cellText(b[v], prefixes), max)));
  const header = vars.map((v) => `?${v}`);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join(' | ').trimEnd();
  const out = vars.length ? [line(header), widths.map((w) => '-'.repeat(w)).join('-+-')] : [];
  for (const r of rows) out.push(line(r));
  out.push(`${rows.length} row${rows.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
