// Locates and reads the trained model weights shipped in the package (src/analyze/<model>/weights/*.bin.gz).
import { existsSync, readFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';

let packageRoot: string | null = null;

/**
 * The package root: the nearest folder above this module holding package.json. Works from src/
 * (vitest) and from dist/src/ (compiled), since the weights live under src/ in both cases.
 */
export function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (packageRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`analyze: cannot find package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Path of a shipped model file, e.g. modelPath('tagger') -> <root>/src/analyze/tagger/weights/tagger.bin.gz. */
export function modelPath(model: string): string {
  return join(findPackageRoot(), 'src', 'analyze', model, 'weights', `${model}.bin.gz`);
}

/**
 * Reads and un-gzips a model file; a clear error when it is missing or damaged. zlib is given an output buffer of the
 * size the gzip trailer states (the content's length modulo 2^32), so it inflates into one buffer instead of 16 kB
 * chunks joined at the end. Three models, in a fresh process, pinned to one core (four alternating runs): 53-57 ms of
 * processor time -> 37-38 ms, peak RSS 80-86 -> 69 MB. The trailer is only a hint: a file that misstates it is still
 * read whole (in more chunks), and the hint is capped (64 times the file, at most 256 MB; the weights inflate about 2.5
 * to 3 times) so a damaged trailer cannot ask for a huge buffer.
 */
export function readModelFile(path: string): Uint8Array {
  if (!existsSync(path)) throw new Error(`analyze: ${path}: model weights not found (run \`npm run train\` to build them)`);
  try {
    const gzipped = readFileSync(path);
    return gunzipSync(gzipped, { chunkSize: inflateChunkSize(gzipped) });
  } catch (e) {
    throw new Error(`analyze: ${path}: damaged model file (${(e as Error).message})`);
  }
}

/**
 * zlib's output chunk for un-gzipping `gzipped`: the size its trailer states (the last four bytes of a gzip member, the
 * shortest of which is 18 bytes) and a little room, capped as readModelFile says, and never below zlib's default chunk.
 */
function inflateChunkSize(gzipped: Buffer): number {
  const stated = gzipped.length >= 18 ? gzipped.readUInt32LE(gzipped.length - 4) : 0;
  return Math.max(zlibConstants.Z_DEFAULT_CHUNK, Math.min(stated + 1024, 64 * gzipped.length, 1 << 28));
}

/** Writes a model file gzipped, atomically (temporary file in the same folder, then rename). */
export function writeModelFile(path: string, bytes: Uint8Array): void {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  const tmp = `${full}.${process.pid}.tmp`;
  writeFileSync(tmp, gzipSync(bytes, { level: 9 }));
  renameSync(tmp, full);
}
