// Tests for reading written graphs back (what `newsgraph validate` reads): every format, folders, and clear errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFileOf, readGraphFile } from '../../src/export/read-graph-file.js';
import { writeOutputs } from '../../src/export/write-outputs.js';
import { buildStore } from '../../src/graph/build-store.js';
import { corpus } from '../graph/fixture.js';
import { compareGraphs } from './rdf-compare.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
  await writeOutputs(buildStore(corpus()), corpus(), dir, { nquads: true });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('readGraphFile', () => {
  it('reads Turtle and JSON-LD to the same graph, TriG and N-Quads to the same dataset', async () => {
    const [ttl, jsonld, trig, nq] = await Promise.all(['graph.ttl', 'graph.jsonld', 'graph.trig', 'graph.nq'].map((f) => readGraphFile(join(dir, f))));
    expect((await compareGraphs(ttl!, jsonld!)).isomorphic).toBe(true);
    expect((await compareGraphs(trig!, nq!)).isomorphic).toBe(true);
    expect(trig!.some((q) => q.graph.termType === 'NamedNode')).toBe(true);
  });

  it.each([
    ['bad.ttl', '<a> <b> .', /bad\.ttl: .*line 1/],
    ['bad.jsonld', '{ "@id": ', /bad\.jsonld: not JSON/],
    ['graph.xyz', 'x', /unknown RDF file type/],
  ])('names the file and the problem for %s', async (name, text, message) => {
    await writeFile(join(dir, name), text);
    await expect(readGraphFile(join(dir, name))).rejects.toThrow(message);
  });
});

describe('graphFileOf', () => {
  it('prefers graph.trig in a build folder and keeps a file as it is', async () => {
    expect(await graphFileOf(dir)).toBe(join(dir, 'graph.trig'));
    expect(await graphFileOf(join(dir, 'graph.ttl'))).toBe(join(dir, 'graph.ttl'));
  });

  it('says what is missing', async () => {
    await expect(graphFileOf(join(dir, 'nope'))).rejects.toThrow(/nope: no such file or folder/);
    const empty = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await expect(graphFileOf(empty)).rejects.toThrow(/no graph\.trig, graph\.nq, graph\.ttl, graph\.jsonld/);
    await rm(empty, { recursive: true });
  });
});
