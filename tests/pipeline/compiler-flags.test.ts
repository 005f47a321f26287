// The V8 flags `newsgraph build` sets for itself: each is one this Node knows (V8 prints an error for an unknown one), and setting them is silent.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { BUILD_V8_FLAGS } from '../../src/pipeline/compiler-flags.js';

// Every flag V8 accepts, as `node --v8-options` lists them ("  --turbo-inlining (enable inlining in TurboFan)").
const known = new Set(
  execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s+--([\w-]+) \(/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);

describe('BUILD_V8_FLAGS', () => {
  it.each(BUILD_V8_FLAGS.map((flag) => [flag]))('%s is a flag of this Node\'s V8', (flag) => {
    // A negated boolean flag is listed under its positive name.
    const name = flag.replace(/^--/, '').replace(/^no-/, '').replace(/=.*$/, '');
    expect(known.has(name)).toBe(true);
  });

  it('are set without a word on stderr', () => {
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(BUILD_V8_FLAGS.join(' '))}); console.log('set');`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('set');
    expect(run.stderr).toBe('');
  });

  it('an unknown flag would not be silent (the check above can fail)', () => {
    const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-newsgraph-flag')`], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/unrecognized flag/);
    expect(known.has('such-newsgraph-flag')).toBe(false);
  });
});
