// Processor time of the main thread alone, for the benches that split a run's processor time by thread.
import { readFileSync } from 'node:fs';

/**
 * CPU seconds of this process's main thread alone (Linux: /proc), or null where that cannot be read. The rest of the
 * process's processor time is V8's helper threads: the optimising compiler's, which a cold run keeps busy, and the GC's.
 */
export function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}
