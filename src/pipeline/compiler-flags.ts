// The V8 settings a whole build runs with: set by `newsgraph build` for its own process, and by the pipeline bench,
// which measures the build as that command runs it. A library caller's process is never changed by buildGraph.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** V8's interrupt budget in Node 20 when no flag sets it. */
const NODE20_INTERRUPT_BUDGET = 67584;

/**
 * The flags, as `node` would take them on its command line. Why: a build runs a few hundred large rule functions,
 * which V8 optimises, throws away at the next object shape they meet and optimises again (before the extract stage's
 * tokens, referents and arrays were given one shape each, the coreference and relation rules were compiled six or
 * seven times, up to a second of processor time each). On the 250 BBC articles V8's compiler threads then used about
 * 9 s of the build's 19-21 s of processor time; with uniform shapes the flags still save about 2.7 s of ~15 s.
 * - No inlining in the optimising compiler (now: of small functions only, below): each compile no longer copies the
 *   callees in. Compiler threads ~9 -> ~5 s.
 * - Eight times Node 20's interrupt budget (NODE20_INTERRUPT_BUDGET): a function is optimised after eight times as much of its code has
 *   run, so fewer lukewarm functions are compiled and then thrown away. Twice the budget took compiler threads ~5 -> ~4 s;
 *   once the rules had one shape each and the build was down to ~4.8 s, eight times it took the pinned pipeline bench
 *   from ~4.6 to ~4.15 s of processor time (session 11, alternating runs on one core: 2x 4.56/4.59/5.04, 4x
 *   4.24/4.35/4.66, 8x 4.06/4.20/4.46, 16x 4.20/4.23/4.54). Without either flag the same build took 6.1-6.5 s.
 * The main thread's own time did not grow with either (alternating runs), so a build spends less processor time and is
 * no slower by the wall clock. Tried and not kept: --maglev (Node 20's is experimental; no steady gain), a larger
 * young generation (--max-semi-space-size is read when the heap is made, so setting it here changes nothing).
 * - Inlining of small functions only (session 12): a callee of at most 40 bytes of bytecode, 120 in all per compile
 *   (V8's own limits are 460 and 920). The one-line helpers the rules and models call per token may then be compiled
 *   into their callers (no call, no boxed number passed or returned), while a large function is still compiled alone. Pinned pipeline bench, 8 rounds alternating with the flags before it: median
 *   processor time 6.43 -> 6.18 s, compiler threads ~1.07 -> ~0.97 s; 160/480 gave 6.23 s, V8's limits (460/920) no
 *   steady gain with compiler threads +0.2 s.
 */
export const BUILD_V8_FLAGS: readonly string[] = [
  '--turbo-inlining', '--max-inlined-bytecode-size=40', '--max-inlined-bytecode-size-cumulative=120',
  `--interrupt-budget=${8 * NODE20_INTERRUPT_BUDGET}`,
  ...oneCoreGcFlags(availableParallelism()),
];

/**
 * GC flags for a process that may run on `cores` cores (os.availableParallelism(): the processor affinity, so
 * `taskset -c 1` gives 1). On one core V8's parallel scavenge costs more than it shares: its helper threads cannot run
 * beside the main thread, which waits while they take turns on the same core, so the pauses are no shorter and the
 * helpers' hand-offs are extra work. Session 13, pinned pipeline bench (taskset -c 1), 4 alternating pairs each:
 * with the command-line flag, processor time 6.40/6.34/6.17/6.57 -> 6.11/6.04/6.39/5.98 s; set here, 6.61/6.62/
 * 6.58/6.35 -> 6.60/6.57/6.33/6.28 s (4 of 4 won); V8's helper threads 1.17-1.30 -> 0.97-1.02 s, GC pauses of the
 * main thread 0.38-0.46 s both ways, its own time up 0.1-0.2 s (it now does the whole scavenge). With more cores the
 * helpers do shorten each young-generation pause by the wall clock, so they stay on there.
 */
export function oneCoreGcFlags(cores: number): string[] {
  return cores <= 1 ? ['--no-parallel-scavenge'] : [];
}

/** Sets BUILD_V8_FLAGS for the rest of the process. Call it before the hot code first runs: only later compiles see them. */
export function useBuildCompilerFlags(): void {
  for (const flag of BUILD_V8_FLAGS) setFlagsFromString(flag);
}
