// Test helper: makes sure the compiled CLI and query worker in dist/ are current (npm test builds first; a lone vitest run may not).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Rebuilds dist/ when our compiled files are missing or older than their sources. */
export function ensureBuilt(): void {
  const worker = join(ROOT, 'dist', 'src', 'query', 'query-worker.js');
  const sources = Math.max(newest(join(ROOT, 'src', 'query')), newest(join(ROOT, 'src', 'push')), newest(join(ROOT, 'src', 'cli')));
  if (existsSync(CLI) && existsSync(worker) && statSync(worker).mtimeMs >= sources && statSync(CLI).mtimeMs >= sources) return;
  // tsc emits even when another stage has type errors; those are not this test's concern.
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'ignore' });
}

/** Runs the CLI; gives exit code, stdout and stderr. */
export function runCli(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: ROOT, timeout: 120_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export { execFileSync };
