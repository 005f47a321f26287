// Tests for triples.csv: columns the scorer reads, RFC 4180 quoting, one row per statement, no bookkeeping rows.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvChunks, csvField, csvRows } from '../../src/export/csv.js';
import { corpus } from '../graph/fixture.js';

/** A strict RFC 4180 reader, written for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j -> %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('triples.csv', () => {
  const text = [...csvChunks(corpus())].join('');
  const [header, ...rows] = parseCsv(text);
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));

  it('starts with the scorer\'s columns, labels first', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header!.slice(0, 7)).toEqual(['subject', 'predicate', 'object', 'polarity', 'attributed_to', 'confidence', 'document']);
    for (const r of rows) expect(r).toHaveLength(header!.length);
  });

  it('has one row per distinct statement and no type or label rows', () => {
    const c = corpus();
    expect(rows).toHaveLength(new Set(c.statements.map((s) => s.iri)).size);
    expect(records.some((r) => /label|type/i.test(r.predicate!))).toBe(false);
  });

  it.each([
    // subject, predicate, object, polarity, attributed_to
    ['Ruritania', 'warn', 'Borduria', '+', ''],
    ['Ruritania', 'involved in', 'Grand Opera attack', '-', 'Anna Kovac'],
    ['Ruritania', 'responsible for', 'Grand Opera attack', '+', 'Borduria'],
    ['Grand Opera attack', 'killed', '42', '+', ''],
    ['Bordurian police', 'hand files on to', '"Syldavian" investigators', '+', ''],
  ])('%s | %s | %s -> polarity %s, attributed to %j', (s, p, o, polarity, who) => {
    const row = records.find((r) => r.subject === s && r.predicate === p && r.object === o);
    expect(row).toBeDefined();
    expect(row!.polarity).toBe(polarity);
    expect(row!.attributed_to).toBe(who);
  });

  it('keeps provenance: source path, sentence, offsets, extractor, IRIs', () => {
    const row = records.find((r) => r.predicate === 'acquire')!;
    expect(row.document).toBe('articles/acme, globex.txt');
    expect(row.sentence).toBe('Acme Holdings bought Globex for $6bn, its chief executive, Jo Lee, said on Monday.');
    expect(Number(row.end)).toBeGreaterThan(Number(row.start));
    expect(row.subject_iri).toBe('https://w3id.org/newsgraph/kb/acme-holdings');
    expect(row.predicate_iri).toBe('https://w3id.org/newsgraph/ns#acquire');
    expect(row.confidence).toBe('0.88');
  });

  it('is sorted by document then offsets', () => {
    const keys = csvRows(corpus()).map((r) => [r[6]!, Number(r[8]), Number(r[9])] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
  });
});
