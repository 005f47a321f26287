// The V8 setting a whole build runs with: set by `newsgraph build` for its own process, and by the pipeline bench,
// which measures the build as that command runs it. A library caller's process is never changed by buildGraph.
import { setFlagsFromString } from 'node:v8';

/** The flag, as `node` would take it on its command line. */
export const BUILD_V8_FLAGS = ['--no-turbo-inlining'] as const;

/**
 * Turns off inlining in V8's optimising compiler for the rest of the process. Why: a build runs a few hundred
 * large rule functions, which V8 optimises, throws away at the next object shape they meet and optimises again.
 * With inlining, each of those compiles copies the callees in and takes up to a second of processor time (the
 * coreference and relation rules were each compiled six or seven times). On the 250 BBC articles, V8's
 * compiler threads used about 9 s of the build's 19-21 s of processor time; without inlining about 5 s, and the
 * main thread's own time did not change, so a build spends about a sixth less processor time and is no slower
 * by the wall clock. Set it before the hot code first runs: only later compiles see it.
 */
export function useBuildCompilerFlags(): void {
  for (const flag of BUILD_V8_FLAGS) setFlagsFromString(flag);
}
