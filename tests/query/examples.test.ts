// The ready queries in examples/queries/: exact answers on the test fixture, and consistent answers on the built example graph.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openGraph, type NewsGraph, type Row } from '../../src/query/open-graph.js';
import { ensureBuilt, ROOT, runCli } from './built-cli.js';

const QUERIES = join(ROOT, 'examples', 'queries');
const FIXTURE = join(ROOT, 'tests', 'query', 'fixtures', 'news.trig');
const read = (name: string) => readFileSync(join(QUERIES, name), 'utf8');
/** Sets the one-value VALUES parameter of an example query (`VALUES ?phrase { "warned" }`). */
const withParam = (query: string, variable: string, value: string) =>
  query.replace(new RegExp(`VALUES \\?${variable} \\{ "[^"]*" \\}`, 'g'), `VALUES ?${variable} { ${JSON.stringify(value)} }`);
const local = (v: Row[string] | undefined) => (v ? String(v.value).replace(/^.*[/#]/, '') : '');

it('every example query has a comment header and is a SELECT', () => {
  const files = readdirSync(QUERIES).filter((f) => f.endsWith('.rq'));
  expect(files.length).toBeGreaterThanOrEqual(6);
  for (const f of files) {
    const text = read(f);
    expect(text.startsWith('# '), f).toBe(true);
    expect(text, f).toMatch(/^SELECT /m);
  }
});

describe('on the test fixture', () => {
  let g: NewsGraph;
  beforeAll(async () => {
    g = await openGraph(FIXTURE);
  });
  const cases: Array<[string, (q: string) => string, (rows: Row[]) => unknown, unknown]> = [
    ['who-blamed-whom.rq', (q) => q, (rows) => rows.map((r) => [local(r.accuser), local(r.relation), local(r.accused), local(r.for), local(r.polarity)]), [
      ['freedonia', 'blame', 'sylvania', '', 'Asserted'],
      ['freedonia', 'responsibleFor', 'sylvania', 'harbour-blast', 'Asserted'],
      ['globex', 'accuse', 'acme-corp', '', 'Asserted'],
    ]],
    ['claims-and-denials.rq', (q) => q, (rows) => rows.map((r) => [r.speakerLabel?.value, local(r.predicate), r.deniedByLabel?.value ?? null]), [
      ['Acme Corp', 'acquire', null],
      ['Freedonia', 'responsibleFor', 'Anna Berg'],
      ['Freedonia', 'responsibleFor', 'Sylvania'],
    ]],
    ['denials.rq', (q) => q, (rows) => rows.map((r) => [r.deniedByLabel?.value, local(r.predicate), r.cue?.value]), [
      ['Anna Berg', 'involvedIn', 'denied'],
      ['Sylvania', 'responsibleFor', 'rejected'],
    ]],
    ['events-by-date.rq', (q) => q, (rows) => rows.map((r) => [r.date?.value, r.dateSource?.value, r.label?.value, r.killed?.value, r.killedBound?.value]), [
      ['2025-02-07', 'event', 'harbour blast', 12, 'at least'],
      ['2025-02-20', 'event', 'warehouse fire', 3, 'exactly'],
    ]],
    ['sentence-statements.rq', (q) => withParam(q, 'phrase', 'KILLED AT LEAST'), (rows) => rows.map((r) => [local(r.predicate), r.start?.value, r.fact?.value]), [
      ['date', 121, true],
      ['killed', 121, true],
    ]],
    ['entity-provenance.rq', (q) => withParam(q, 'name', 'berg'), (rows) => rows.map((r) => [local(r.entity), r.role?.value, local(r.predicate), local(r.polarity), r.title?.value]), [
      ['anna-berg', 'speaker', 'involvedIn', 'Denied', 'Freedonia blames Sylvania for harbour blast'],
    ]],
    ['entities-by-type.rq', (q) => q, (rows) => rows.map((r) => [local(r.type), r.label?.value, r.articles?.value, r.statements?.value]), [
      ['Company', 'Acme Corp', 1, 2],
      ['Company', 'Globex', 1, 2],
      ['Country', 'Sylvania', 2, 4],
      ['Country', 'Freedonia', 1, 2],
      ['Event', 'harbour blast', 1, 5],
      ['Event', 'warehouse fire', 1, 1],
      ['Person', 'Anna Berg', 1, 1],
    ]],
  ];
  it.each(cases)('%s', (name, prepare, project, expected) => {
    expect(project(g.select(prepare(read(name))))).toEqual(expected);
  });
});

describe('on the example graph built from examples/', () => {
  let g: NewsGraph;
  beforeAll(async () => {
    ensureBuilt();
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-examples-'));
    const { code, stderr } = runCli(['build', 'examples', '--out', out]);
    if (code !== 0 && !/written/.test(stderr)) throw new Error(`build of examples/ failed (${code}): ${stderr}`);
    g = await openGraph(out);
  }, 600_000);

  const count = (q: string) => Number(g.select(q)[0]!.n!.value);

  it('who-blamed-whom.rq finds every blame/accuse statement and every asserted responsibility claim', () => {
    const rows = g.select(read('who-blamed-whom.rq'));
    expect(rows.length).toBe(count(`SELECT (COUNT(*) AS ?n) WHERE { { ?st a ng:Statement ; rdf:predicate ?p VALUES ?p { ng:blame ng:accuse } }
      UNION { ?st a ng:Statement ; rdf:predicate ng:responsibleFor ; ng:attributedTo ?x ; ng:polarity ng:Asserted } }`));
    for (const r of rows) expect(r.sentence!.value).not.toBe('');
  });

  it('claims-and-denials.rq lists each asserted, attributed statement', () => {
    const claims = new Set(g.select(read('claims-and-denials.rq')).map((r) => `${r.claimSentence!.value}|${local(r.predicate)}|${r.subjectLabel?.value}|${r.objectLabel?.value}`));
    expect(claims.size).toBeGreaterThan(0);
    expect(claims.size).toBeLessThanOrEqual(count('SELECT (COUNT(*) AS ?n) WHERE { ?st a ng:Statement ; ng:attributedTo ?s ; ng:polarity ng:Asserted }'));
  });

  it('denials.rq gives one row per denied statement', () => {
    expect(g.select(read('denials.rq')).length).toBe(count('SELECT (COUNT(*) AS ?n) WHERE { ?st a ng:Statement ; ng:polarity ng:Denied }'));
  });

  it('events-by-date.rq lists every event an article mentions, dated rows in order', () => {
    const rows = g.select(read('events-by-date.rq'));
    const events = new Set(rows.map((r) => r.event!.value));
    expect(events.size).toBe(count('SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ng:Event . ?a a ng:NewsArticle ; schema:mentions ?e }'));
    const dates = rows.map((r) => r.date?.value).filter((d): d is string => typeof d === 'string');
    expect(dates).toEqual([...dates].sort());
    for (const r of rows) if (r.killed) expect(typeof r.killed.value).toBe('number');
  });

  it('sentence-statements.rq returns the statements of the sentence given', () => {
    const [first] = g.select('SELECT ?s WHERE { ?st a ng:Statement ; ng:sentence ?s } ORDER BY ?s LIMIT 1');
    const phrase = String(first!.s!.value).slice(0, 30);
    const rows = g.select(withParam(read('sentence-statements.rq'), 'phrase', phrase));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(String(r.sentence!.value).toLowerCase()).toContain(phrase.toLowerCase());
  });

  it('entity-provenance.rq gives the provenance of statements about an entity', () => {
    const [first] = g.select('SELECT ?label WHERE { ?st a ng:Statement ; rdf:subject ?e . ?e rdfs:label ?label } ORDER BY ?label LIMIT 1');
    const rows = g.select(withParam(read('entity-provenance.rq'), 'name', String(first!.label!.value)));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(['subject', 'object', 'speaker']).toContain(r.role!.value);
      expect(typeof r.start!.value).toBe('number');
      expect(r.end!.value as number).toBeGreaterThan(r.start!.value as number);
    }
  });

  it('entities-by-type.rq counts each mentioned entity once per type', () => {
    const rows = g.select(read('entities-by-type.rq'));
    expect(rows.length).toBe(count(`SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?e ?t WHERE {
      VALUES ?t { ng:Person ng:Organization ng:GovernmentBody ng:Company ng:PoliticalParty ng:ArmedGroup ng:NewsAgency
                  ng:Country ng:City ng:Location ng:Facility ng:Event ng:Group ng:Misc }
      ?e a ?t ; rdfs:label ?l . ?a schema:mentions ?e } } }`));
    for (const r of rows) expect(r.articles!.value as number).toBeGreaterThan(0);
  });
});
