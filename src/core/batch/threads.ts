import { readdirSync, readFileSync, statSync } from 'node:fs';
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
 *
 * The count is of threads, this process's own among them: besides the thread asking, V8's compiler and
 * garbage collector threads are often at work (loading the checking code starts both), and counted as
 * others they made a batch of 10,000 drafts run on one thread in one start out of three on an idle
 * two-CPU machine (2.98 s against 2.37 s). So this process's runnable threads are what is taken away.
 */
function othersRunning(): number {
  try {
    // Read either side of the count: a thread of ours that ran at that instant is one of them.
    const before = ownRunning();
    const text = readFileSync('/proc/loadavg', 'latin1');
    const others = othersIn(text, Math.max(before, ownRunning()));
    if (others !== undefined) return others;
  } catch {
    // Not Linux.
  }
  return loadavg()[0] ?? 0;
}

/** Others' runnable tasks in a reading of /proc/loadavg, given how many of them are this process's threads. */
export function othersIn(loadavgText: string, own: number): number | undefined {
  const running = Number(loadavgText.split(' ')[3]?.split('/')[0]);
  return Number.isFinite(running) ? Math.max(0, running - own) : undefined;
}

/** This process's threads that are running or runnable now (at least the one asking). */
export function ownRunning(): number {
  let running = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${task}/stat`, 'latin1');
        // The state follows the command name, which is in parentheses and may hold spaces.
        if (stat.charAt(stat.lastIndexOf(')') + 2) === 'R') running++;
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // No /proc/self/task: count the asking thread alone.
  }
  return Math.max(1, running);
}

/** Readings of the load, and the milliseconds between them. */
const READINGS = 5;
const READING_GAP_MS = 1;

/**
 * The machine now: readings a millisecond apart, the least of them. A CPU counts as taken only when
 * something ran on it at every reading: a passing task (a kernel worker writing back what was read,
 * seen in one start of ten on an idle machine) is no load, where a build or a test suite on the same
 * runner runs through all of them. Asked only for batches large enough for a second thread.
 */
export function machineLoad(read: () => number = othersRunning): MachineLoad {
  let busy = read();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 1; i < READINGS && busy > 0; i++) {
    Atomics.wait(pause, 0, 0, READING_GAP_MS);
    busy = Math.min(busy, read());
  }
  return { cores: availableParallelism(), busy };
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
