// Runs the W3C SPARQL 1.1 query-evaluation tests through openGraph(...).select/ask/construct and counts what passes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Quad } from 'n3';
import { openGraph, queryForm } from '../../src/query/open-graph.js';
import type { Value } from '../../src/query/values.js';
import type { JsonTerm } from '../../src/query/values.js';
import { readEvaluationTests, type EvaluationTest } from './manifest.js';
import { readExpected, type Binding } from './expected-results.js';
import { sameBindings, sameCsv, sameGraph } from './compare.js';

/** The shared folder sits beside the project (in CI too): ../shared/data/w3c-rdf-tests from the project root. */
export const W3C_ROOT = process.env.W3C_SPARQL_TESTS ?? fileURLToPath(new URL('../../../shared/data/w3c-rdf-tests/sparql/sparql11', import.meta.url));

export interface Outcome {
  test: EvaluationTest;
  passed: boolean;
  reason?: string;
}

function toJson(v: Value): JsonTerm {
  switch (v.type) {
    case 'uri': case 'bnode': return { type: v.type, value: v.value };
    case 'literal': {
      const t: JsonTerm = { type: 'literal', value: v.lexical };
      if (v.language) t['xml:lang'] = v.language;
      else if (v.datatype !== 'http://www.w3.org/2001/XMLSchema#string') t.datatype = v.datatype;
      return t;
    }
    case 'triple': return { type: 'triple', value: { subject: toJson(v.value.subject), predicate: toJson(v.value.predicate), object: toJson(v.value.object) } };
  }
}

/** FROM / FROM NAMED IRIs of a query that name local files, so the dataset the query asks for is in the store. */
function datasetFiles(query: string, base: string): string[] {
  const files: string[] = [];
  for (const m of query.matchAll(/\bFROM\s+(?:NAMED\s+)?<([^>]*)>/gi)) {
    const url = new URL(m[1]!, base);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) files.push(url.href);
  }
  return files;
}

export async function runTest(test: EvaluationTest): Promise<Outcome> {
  const query = readFileSync(test.query, 'utf8');
  const base = pathToFileURL(test.query).href;
  const graphs = [...test.graphData];
  for (const href of datasetFiles(query, base)) {
    if (!graphs.some((g) => g.graph === href)) graphs.push({ path: fileURLToPath(href), graph: href });
  }
  const g = await openGraph([...test.data.map((path) => ({ path })), ...graphs], { unionDefaultGraph: false });
  const expected = readExpected(test.result);
  const form = queryForm(query);
  if (expected.kind === 'boolean') {
    const actual = g.ask(query, { base });
    return { test, passed: actual === expected.value, reason: `expected ${expected.value}, got ${actual}` };
  }
  if (expected.kind === 'graph') {
    const actual = g.construct(query, { base }) as unknown as Quad[];
    return { test, passed: await sameGraph(expected.quads, actual), reason: `graphs differ (${actual.length} triples)` };
  }
  if (form !== 'SELECT') return { test, passed: false, reason: `expected solutions for a ${form} query` };
  const rows = g.select(query, { base });
  const actual: Binding[] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJson(v)])));
  if (expected.kind === 'csv') {
    const { variables } = g.selectResults(query, { base });
    return { test, passed: sameCsv(expected.header, expected.rows, variables, actual), reason: 'CSV rows differ' };
  }
  // Only the top-level ORDER BY orders the results; subqueries' ORDER BY does not.
  const ordered = /ORDER\s+BY/i.test(query.slice(query.lastIndexOf('}')));
  const passed = sameBindings(expected.rows, actual, ordered);
  return { test, passed, reason: passed ? undefined : `expected ${expected.rows.length} rows, got ${actual.length}${ordered ? ' (ordered)' : ''}` };
}

export async function runAll(root = W3C_ROOT): Promise<{ outcomes: Outcome[]; passed: number; total: number }> {
  const tests = readEvaluationTests(resolve(root, 'manifest-all.ttl'));
  const outcomes: Outcome[] = [];
  for (const test of tests) {
    try {
      outcomes.push(await runTest(test));
    } catch (error) {
      outcomes.push({ test, passed: false, reason: `error: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return { outcomes, passed: outcomes.filter((o) => o.passed).length, total: outcomes.length };
}
