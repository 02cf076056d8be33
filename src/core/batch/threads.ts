import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/**
 * How many worker threads a batch gets when `--threads` does not say: as many as there are CPUs
 * nobody else is using, and no more than the work pays for.
 *
 * Work is measured in bytes, not files: a folder of 2,000 one-page circulars is less work than 300
 * long directives. A thread costs its start (loading the checking code and compiling the schema) and
 * its own warm-up: until V8 has optimised the rules, a fresh thread checks drafts several times slower,
 * for the first few hundred of them. And a second CPU is not a second machine: on two-vCPU runners
 * (measured on this project's CI kind, 2,000 to 10,000 drafts of 33 KB, best of three) two threads
 * were 9% slower than one at 2,000 drafts (66 MB), even at 4,000 (131 MB) and 1.34× faster at 10,000
 * (330 MB): two threads in one process checked about 1.3× what one does. On a runner busy with other
 * jobs a second thread only takes turns with them (issue 16: 761 ms on two threads against 629 ms on
 * one). So a thread is added only for a CPU that is free now and for at least MIN_BYTES_PER_THREAD of
 * drafts.
 */

/**
 * Drafts each thread must have to check before a second one pays for its start and warm-up: two
 * threads from 192 MB on (measured with scripts/bench.mjs and `--threads 1|2` on 2,000, 4,000 and
 * 10,000 drafts; the two were even at 131 MB).
 */
export const MIN_BYTES_PER_THREAD = 96 * 1024 * 1024;
/** More threads than this gain nothing: the main thread merging results becomes the limit. */
const MAX_THREADS = 8;
/** Files stat'ed to estimate a large batch's bytes: spread over the list, so a sorted folder's mix is seen. */
const SAMPLE = 64;

export interface MachineLoad {
  /** CPUs this process may use. */
  cores: number;
  /** Tasks of other processes running or waiting to run now. */
  busy: number;
}

/**
 * Tasks running or runnable right now besides this process: Linux's /proc/loadavg fourth field
 * (`running/total`) is an instant count, where the load average lags a minute behind (and counts the
 * runs of a benchmark that just finished). Elsewhere, the one-minute load average.
 */
function othersRunning(): number {
  try {
    const fields = readFileSync('/proc/loadavg', 'latin1').split(' ');
    const running = Number(fields[3]?.split('/')[0]);
    // This process is one of them.
    if (Number.isFinite(running)) return Math.max(0, running - 1);
  } catch {
    // Not Linux.
  }
  return loadavg()[0] ?? 0;
}

/** The machine now: a few readings a moment apart, the middle one (one reading catches passing tasks). */
export function machineLoad(): MachineLoad {
  const readings = [othersRunning(), othersRunning(), othersRunning()].sort((a, b) => a - b);
  return { cores: availableParallelism(), busy: readings[1]! };
}

/** The bytes of `paths`, from a sample of them (`sample` files spread over the list) when there are many. */
export function estimateBytes(paths: readonly string[], sample = SAMPLE): number {
  if (paths.length === 0) return 0;
  const step = Math.max(1, paths.length / sample);
  let seen = 0;
  let bytes = 0;
  for (let i = 0; i < paths.length; i += step) {
    const st = statSync(paths[Math.floor(i)]!, { throwIfNoEntry: false });
    seen++;
    if (st?.isFile()) bytes += st.size;
  }
  return Math.round((bytes / seen) * paths.length);
}

/** Threads for `bytes` of drafts on a machine this loaded: 1 means the main thread alone. */
export function chooseThreads(bytes: number, load: MachineLoad = machineLoad()): number {
  // The main thread waits while workers check, so its own CPU is one of theirs.
  const free = Math.floor(load.cores - load.busy);
  const byWork = Math.floor(bytes / MIN_BYTES_PER_THREAD);
  return Math.max(1, Math.min(free, byWork, MAX_THREADS));
}

/** Files stat'ed first: enough to tell a batch far below a second thread's worth, which most are. */
const FIRST_LOOK = 8;

/**
 * The default threads for these drafts: a look at a few files first, so that a batch far too small for
 * a second thread (a few hundred drafts) costs no more than with `--threads 1`; the full sample and the
 * machine's load only for one that may be large enough.
 */
export function defaultThreads(paths: readonly string[], load?: MachineLoad): number {
  if (estimateBytes(paths, FIRST_LOOK) < MIN_BYTES_PER_THREAD) return 1;
  return chooseThreads(estimateBytes(paths), load);
}
