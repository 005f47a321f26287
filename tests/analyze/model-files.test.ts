// readModelFile: the gzip trailer's size is only a hint for zlib's output buffer; the content comes back whole either way.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readModelFile } from '../../src/analyze/model-files.js';

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('readModelFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-model-files-'));
  const write = (name: string, content: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads small and large files whole', () => {
    for (const n of [0, 1, 100, 70_000, 300_000]) {
      const content = bytes(n, n + 1);
      expect(Buffer.compare(readModelFile(write(`m${n}.bin.gz`, gzipSync(content))), content)).toBe(0);
    }
  });

  it('reads a file of two gzip members, whose trailer states the last member only', () => {
    const first = bytes(200_000, 7), last = bytes(1_000, 8);
    const path = write('two.bin.gz', Buffer.concat([gzipSync(first), gzipSync(last)]));
    expect(Buffer.compare(readModelFile(path), Buffer.concat([first, last]))).toBe(0);
  });

  it('names a damaged file', () => {
    const good = gzipSync(bytes(5_000, 9));
    expect(() => readModelFile(write('cut.bin.gz', good.subarray(0, good.length - 10)))).toThrow(/damaged model file/);
    rmSync(dir, { recursive: true, force: true });
  });
});
