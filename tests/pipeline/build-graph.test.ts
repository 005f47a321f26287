// The pipeline runner: every stage runs, the report counts what was built, bad inputs are reported, nothing is written when nothing was read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, type BuildProgress } from '../../src/pipeline/build-graph.js';
import type { OutputContext, OutputWriter } from '../../src/pipeline/output-writers.js';
import { summaryLines, problemLines } from '../../src/pipeline/summary.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-pipeline-'));
  await writeFile(join(dir, 'a.txt'), 'title Mill closes\n\nThe Hartwell Paper Company closed its mill in Dunmore on Friday. Its owner, Sarah Hartwell, blamed high energy prices.\n');
  await writeFile(join(dir, 'b.jsonl'), `${JSON.stringify({ id: 'x', title: 'Vote', date: '2021-02-03', text: 'Senator Paul Ortega criticised the Dunmore council. Ortega said the council had ignored workers.' })}\n`);
  await writeFile(join(dir, 'c.txt'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recorder(): OutputWriter & { seen: OutputContext[] } {
  const seen: OutputContext[] = [];
  return { name: 'recorder', seen, async write(ctx) { seen.push(ctx); return [join(ctx.outDir, 'recorded')]; } };
}

describe('buildGraph', () => {
  it('runs every stage and reports documents, entities, statements, problems and times', async () => {
    const writer = recorder();
    const progress: BuildProgress[] = [];
    const report = await buildGraph([dir], { out: join(dir, 'out'), base: 'https://example.org/kb/', writers: [writer], onProgress: (p) => progress.push(p) });
    expect(report.documents).toBe(2);
    expect(report.sentences).toBeGreaterThanOrEqual(4);
    expect(report.tokens).toBeGreaterThan(report.sentences);
    expect(report.problems).toEqual([{ source: join(dir, 'c.txt'), reason: 'empty file' }]);
    expect(report.files).toEqual([join(dir, 'out', 'recorded')]);
    expect(writer.seen).toHaveLength(1);
    const ctx = writer.seen[0]!;
    expect(ctx.base).toBe('https://example.org/kb/');
    expect(ctx.corpus.documents.map((d) => d.id)).toEqual(['a', 'b#x']);
    expect(ctx.store.size).toBe(report.quads);
    expect(report.entities).toBe(Object.values(report.entitiesByType).reduce((x, y) => x + y, 0));
    expect(report.entities).toBeGreaterThan(0);
    expect(Object.keys(report.entitiesByType)).toEqual([...Object.keys(report.entitiesByType)].sort());
    expect(report.statements).toBe(new Set(ctx.corpus.statements.map((s) => s.iri)).size);
    expect(report.droppedCandidates).toBeGreaterThanOrEqual(0);
    expect(report.milliseconds).toBeGreaterThan(0);
    expect(progress[0]).toEqual({ stage: 'read', done: 0, total: 3 });
    expect(progress.filter((p) => p.stage === 'read').map((p) => (p as { done: number }).done)).toEqual([0, 1, 2, 3]);
    expect(progress.map((p) => p.stage).slice(-3)).toEqual(['resolve', 'graph', 'write']);
    const summary = summaryLines(report, 'out').join('\n');
    expect(summary).toMatch(/^documents\s+2 /m);
    expect(summary).toMatch(/^entities\s+\d+ \(/m);
    expect(summary).toMatch(/^relations\s+\d+/m);
    expect(summary).toMatch(/^time\s+\d+\.\d s/m);
    expect(problemLines(report)).toEqual([`ingest: ${join(dir, 'c.txt')}: empty file`]);
  });

  it('writes nothing when no document can be read', async () => {
    const writer = recorder();
    const report = await buildGraph([join(dir, 'c.txt'), join(dir, 'nowhere.txt')], { out: join(dir, 'out'), writers: [writer] });
    expect(report.documents).toBe(0);
    expect(report.files).toEqual([]);
    expect(writer.seen).toEqual([]);
    expect(report.problems.map((p) => p.reason)).toEqual(['no such file or directory', 'empty file']);
  });
});
