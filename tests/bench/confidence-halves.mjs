#!/usr/bin/env node
// Whether confidence ranks rows: the rows a build emits for a gold set's articles, sorted by confidence (highest first,
// ties in file order) and cut in two halves, each scored by the shared scorer. The top half should be the more precise.
// usage (from the tree, after a build): node tests/bench/confidence-halves.mjs OUT/triples.csv GOLD_DIR...
//   e.g. node tests/bench/confidence-halves.mjs OUT/triples.csv ../shared/eval/gold tests/bench/dev-gold tests/bench/blind-gold
// Prints one line a half: its rows, the confidence at the cut, and the scorer's overall line (never a gold row).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const SCORER = '../shared/eval/score-triples.mjs';
const [pred, ...golds] = process.argv.slice(2);
if (!pred || golds.length === 0) {
  console.error('usage: confidence-halves.mjs TRIPLES.csv GOLD_DIR...');
  process.exit(2);
}

/** CSV records as arrays of fields (quoted fields may hold commas, quotes and newlines). */
function records(text) {
  const rows = []; let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const quote = (f) => `"${f.replace(/"/g, '""')}"`;

const [header, ...rows] = records(readFileSync(pred, 'utf8'));
const conf = header.indexOf('confidence'), doc = header.indexOf('document');
const dir = mkdtempSync(join(tmpdir(), 'halves-'));
for (const gold of golds) {
  const ids = readdirSync(gold).filter((f) => f.endsWith('.tsv')).map((f) => basename(f, '.tsv'));
  const mine = rows.map((r, i) => ({ r, i })).filter(({ r }) => ids.some((id) => (r[doc] ?? '').includes(id)));
  mine.sort((a, b) => Number(b.r[conf]) - Number(a.r[conf]) || a.i - b.i);
  const half = Math.ceil(mine.length / 2);
  for (const [name, part] of [['top', mine.slice(0, half)], ['bottom', mine.slice(half)]]) {
    const file = join(dir, `${basename(gold)}-${name}.csv`);
    writeFileSync(file, [header, ...part.map((x) => x.r)].map((r) => r.map(quote).join(',')).join('\n') + '\n');
    const out = execFileSync('node', [SCORER, '--gold', gold, '--pred', file], { encoding: 'utf8' }).trim().split('\n').pop();
    console.log(`${basename(gold)} ${name} (${part.length} rows, cut at ${mine[half - 1]?.r[conf]}): ${out}`);
  }
}
rmSync(dir, { recursive: true, force: true });
