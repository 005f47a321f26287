// Tests `newsgraph view`: it serves a built folder and prints the URL; a folder without graph.json is a clear error.
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from '../../src/cli/commands/view.js';
import { UserError } from '../../src/cli/errors.js';

function program(): Command {
  const p = new Command('newsgraph').exitOverride();
  register(p);
  return p;
}

describe('newsgraph view', () => {
  it.each([
    ['a folder without graph.json', (dir: string) => ['view', dir, '--no-open'], /graph\.json: not found; run newsgraph build first/],
    ['a bad port', (dir: string) => ['view', dir, '--port', 'http', '--no-open'], /--port http: not a port number/],
    ['a port out of range', (dir: string) => ['view', dir, '--port', '70000', '--no-open'], /not a port number/],
  ])('%s is a user error naming the problem', async (_name, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-view-cmd-'));
    try {
      const run = program().parseAsync(args(dir), { from: 'user' });
      await expect(run).rejects.toBeInstanceOf(UserError);
      await expect(program().parseAsync(args(dir), { from: 'user' })).rejects.toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
