// `newsgraph query`: table, CSV/TSV/JSON output, CONSTRUCT as Turtle, --file, and clear errors with line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, ROOT } from '../query/built-cli.js';

const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');
const BLAME = 'SELECT ?who ?whom WHERE { ?who ng:blame ?whom }';

beforeAll(() => ensureBuilt());

describe('newsgraph query', () => {
  const outputs: Array<[string, string[], string]> = [
    ['table', [], '?who         | ?whom\n-------------+------------\nkb:freedonia | kb:sylvania\n1 row\n'],
    ['csv', ['--format', 'csv'], 'who,whom\r\nhttps://w3id.org/newsgraph/kb/freedonia,https://w3id.org/newsgraph/kb/sylvania\r\n'],
    ['tsv', ['--format', 'tsv'], '?who\t?whom\n<https://w3id.org/newsgraph/kb/freedonia>\t<https://w3id.org/newsgraph/kb/sylvania>\n'],
  ];
  it.each(outputs)('prints %s', (_name, args, expected) => {
    const { code, stdout, stderr } = runCli(['query', FIXTURE, BLAME, ...args]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it('prints SPARQL JSON', () => {
    const { stdout } = runCli(['query', FIXTURE, BLAME, '--format', 'json']);
    expect(JSON.parse(stdout).results.bindings[0].who.value).toBe('https://w3id.org/newsgraph/kb/freedonia');
  });

  it('prints CONSTRUCT results as Turtle with prefixes', () => {
    const { code, stdout } = runCli(['query', FIXTURE, 'CONSTRUCT { ?b ng:blamedBy ?a } WHERE { ?a ng:blame ?b }']);
    expect(code).toBe(0);
    expect(stdout).toContain('kb:sylvania ng:blamedBy kb:freedonia');
  });

  it('answers ASK', () => {
    expect(runCli(['query', FIXTURE, 'ASK { ?s ng:polarity ng:Denied }']).stdout).toBe('true\n');
  });

  it('reads --file and standard input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-q-'));
    writeFileSync(join(dir, 'q.rq'), `# who blamed whom\n${BLAME}\n`);
    expect(runCli(['query', FIXTURE, '--file', join(dir, 'q.rq'), '--format', 'csv']).stdout).toContain('freedonia');
    expect(runCli(['query', FIXTURE, '--file', '-', '--format', 'csv'], BLAME).stdout).toContain('freedonia');
  });

  const errors: Array<[string, string[], RegExp]> = [
    ['malformed query text', ['SELECT ?x WHERE {\n ?x foo:y ?z }'], /^newsgraph: query: query text: line 2, column 10: unknown prefix "foo:"/],
    ['missing graph', ['SELECT * {}'], /no such file or folder/],
    ['no query', [], /no query given/],
    ['bad format', [BLAME, '--format', 'yaml'], /--format yaml: unknown/],
  ];
  it.each(errors)('%s: one clear line, no stack trace, non-zero exit', (name, args, message) => {
    const graph = name === 'missing graph' ? join(ROOT, 'no-such-output') : FIXTURE;
    const { code, stderr } = runCli(['query', graph, ...args]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the query file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-q-'));
    writeFileSync(join(dir, 'bad.rq'), 'SELECT * WHERE {\n  ?s ?p ?o\n}\nLIMIT ten\n');
    const { code, stderr } = runCli(['query', FIXTURE, '--file', join(dir, 'bad.rq')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.rq: line 4, column 7: /);
  });
});
