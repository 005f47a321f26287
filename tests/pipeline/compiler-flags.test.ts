// The V8 flags `newsgraph build` sets for itself: each is one this Node knows (V8 prints an error for an unknown one), and setting them is silent.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { BUILD_V8_FLAGS, oneCoreGcFlags } from '../../src/pipeline/compiler-flags.js';

// Every flag V8 accepts, as `node --v8-options` lists them ("  --turbo-inlining (enable inlining in TurboFan)").
const known = new Set(
  execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s+--([\w-]+) \(/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);

// The flags of this machine and those of a one-core process (BUILD_V8_FLAGS holds the latter only when run on one core).
const ALL = [...new Set([...BUILD_V8_FLAGS, ...oneCoreGcFlags(1)])];

describe('BUILD_V8_FLAGS', () => {
  it.each(ALL.map((flag) => [flag]))('%s is a flag of this Node\'s V8', (flag) => {
    // A negated boolean flag is listed under its positive name.
    const name = flag.replace(/^--/, '').replace(/^no-/, '').replace(/=.*$/, '');
    expect(known.has(name)).toBe(true);
  });

  it('are set without a word on stderr', () => {
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(ALL.join(' '))}); console.log('set');`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('set');
    expect(run.stderr).toBe('');
  });

  it('a process with one core does without parallel scavenging; one with more keeps it', () => {
    expect(oneCoreGcFlags(1)).toEqual(['--no-parallel-scavenge']);
    expect(oneCoreGcFlags(2)).toEqual([]);
    expect(oneCoreGcFlags(16)).toEqual([]);
  });

  it('an unknown flag would not be silent (the check above can fail)', () => {
    const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-newsgraph-flag')`], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/unrecognized flag/);
    expect(known.has('such-newsgraph-flag')).toBe(false);
  });
});
