import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultOf } from '../engine/result.js';
import type { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import type { Bilingual, FileResult, Lang } from '../engine/types.js';
import type { Stamp } from '../cache/stamp.js';
import type { FileFix, FixRequest } from '../engine/fix-file.js';

export interface Job {
  path: string;
  display: string;
}

export interface PoolRequest {
  jobs: Job[];
  config: ResolvedConfig;
  lang: Lang;
  /** Whether to return each file's stamp (size, mtime, content hash) for the cache. */
  stamps: boolean;
  /** `--fix` / `--fix-dry-run`: fix each file before its result is taken. */
  fix?: FixRequest;
  /**
   * Checks drafts on the main thread: given, the threads leave it the drafts outside the fast reader's
   * subset (see validateOnWorkers).
   */
  checkHere?: (jobs: Job[]) => PoolResult | Promise<PoolResult>;
  /** Told of each result as it comes in (by its place in `jobs`), while the threads go on. */
  onResult?: (index: number, result: FileResult) => void;
}

export interface WorkerReply {
  results: FileResult[];
  stamps: Array<Stamp | undefined>;
  /** For a file with findings, the source lines its code frames show (so they are not read again). */
  frames: Array<Record<number, string> | undefined>;
  /** With `fix`: what was fixed in each file. */
  fixes?: Array<FileFix | undefined>;
  /** Places in the chunk of drafts the thread left unchecked, for the main thread (their results are empty). */
  deferred?: number[];
}

export type PoolResult = WorkerReply;

/** Below this many files, starting threads (each loads the schema and rules) costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;
const CHUNK = 40;
const MIN_CHUNK = 8;
/*
 * A thread that runs out of memory on one hostile draft dies alone: Node ends it with
 * ERR_WORKER_OUT_OF_MEMORY at its heap limit (the process's default; a lower one, tried, cost 6% of a
 * batch's time in garbage collection) and the process, and the rest of the batch, go on.
 */

/**
 * A thread's young generation: checking a draft makes much short-lived garbage (its parsed data, the
 * texts' paths, the tokens of its sentences), and a larger nursery collects it less often (10,000
 * drafts on two threads: about 2% faster; peak memory stays under 250 MB).
 */
const YOUNG_GENERATION_MB = 48;

/**
 * The bundled worker, beside this module: the build (scripts/build.mjs) writes it into dist/chunks/
 * with the chunk that holds this code, and tsc's output has worker.js beside worker-pool.js too.
 */
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Whether worker threads can run here: the compiled worker exists (not when running from sources). */
export function canUseWorkers(): boolean {
  return existsSync(WORKER_FILE);
}

/** A thread that could not start or failed in its own code: the run cannot be trusted (exit 2). */
export class WorkerPoolError extends Error {}

/** What a draft that took its thread down gets in place of its findings. */
function lostResult(job: Job, lang: Lang, why: string): FileResult {
  const message: Bilingual = {
    fa: `بررسی این پیش‌نویس رشته پردازش خود را از کار انداخت (${why})؛ پیش‌نویس‌های دیگر بررسی شدند. این فایل احتمالاً برای یک پیش‌نویس بیش از حد بزرگ یا پیچیده است.`,
    en: `Checking this draft brought its validation thread down (${why}); the other drafts were checked. The file is probably far too large or complex for a draft.`,
  };
  return resultOf(job.display, [{ ruleId: 'unreadable', severity: 'error', message: message[lang], messages: message, file: job.display, line: 1, column: 1 }]);
}

/**
 * Whether a thread's end says something about the drafts it held rather than about the tool: out of
 * memory or out of stack on a draft, or an exit with no error at all. Anything else thrown in a
 * thread is a bug or a broken installation.
 */
function lostToDraft(error: unknown): boolean {
  if (error === undefined) return true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' || error instanceof RangeError;
}

/**
 * Validates files on worker threads, handing out small chunks on demand so a thread that drew large
 * files does not hold up the rest. Results come back in the order of `jobs`.
 *
 * A thread that dies on a draft (out of memory) costs only that draft: the chunk it held is checked
 * again one draft per thread, and the draft that brings a thread down again is reported as
 * `unreadable`. A thread that cannot start, or fails in its own code, stops every thread and the run
 * (WorkerPoolError): then nothing is reported that was not checked.
 */
export async function validateOnWorkers(
  request: PoolRequest,
  threads: number,
  workerFile: string | URL = WORKER_FILE,
  /** A heap limit for each thread, in MB (tests use a small one to run a thread out of memory quickly). */
  threadHeapMb?: number,
): Promise<PoolResult> {
  const total = request.jobs.length;
  if (total === 0) return { results: [], stamps: [], frames: [], ...(request.fix ? { fixes: [] } : {}) };
  const { Worker } = await import('node:worker_threads');
  const results: FileResult[] = new Array(total);
  const stamps: Array<Stamp | undefined> = new Array(total);
  const frames: Array<Record<number, string> | undefined> = new Array(total);
  const fixes: Array<FileFix | undefined> | undefined = request.fix ? new Array(total) : undefined;
  let next = 0;
  let done = 0;
  // Drafts of a chunk whose thread died, to be checked again one at a time.
  const alone: number[] = [];
  const retried = new Set<number>();

  type Chunk = { start: number; jobs: Job[] };
  const take = (): Chunk | undefined => {
    const single = alone.shift();
    if (single !== undefined) return { start: single, jobs: [request.jobs[single]!] };
    if (next >= total) return undefined;
    const start = next;
    // Smaller chunks towards the end, so the threads finish close together rather than one waiting
    // for another's last chunk of CHUNK files.
    const size = Math.max(MIN_CHUNK, Math.min(CHUNK, Math.ceil((total - next) / (threads * 4))));
    next = Math.min(total, next + size);
    return { start, jobs: request.jobs.slice(start, next) };
  };

  await new Promise<void>((resolve, reject) => {
    const running = new Set<Worker>();
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      for (const w of running) void w.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    // What runs on this thread between the threads' messages (putting a result in its place, telling
    // the caller of it, checking a left draft) fails the run if it throws, rather than leaving it
    // waiting for a result that will never come.
    const guard = <A extends unknown[]>(handle: (...args: A) => void) => (...args: A): void => {
      try {
        handle(...args);
      } catch (e) {
        fail(e);
      }
    };
    const settle = (at: number, result: FileResult, stamp?: Stamp, frame?: Record<number, string>, fix?: FileFix): void => {
      if (failed) return;
      results[at] = result;
      request.onResult?.(at, result);
      stamps[at] = stamp;
      frames[at] = frame;
      if (fixes) fixes[at] = fix;
      if (++done === total) resolve();
    };

    // Drafts the threads left to this one (outside the fast reader's subset), checked one at a time
    // between the threads' messages, so that none of them waits long for its next chunk.
    const here: number[] = [];
    const checkNext = (): void => {
      const at = here[0];
      if (at === undefined || failed) return;
      Promise.resolve()
        .then(() => request.checkHere!([request.jobs[at]!]))
        .then((r) => {
          if (failed) return;
          here.shift();
          settle(at, r.results[0]!, r.stamps[0], r.frames[0]);
          if (here.length > 0) setImmediate(checkNext);
        })
        .catch(fail);
    };

    const start = (): void => {
      let current = take();
      if (!current) return;
      const worker = new Worker(workerFile, {
        workerData: { config: request.config, lang: request.lang, stamps: request.stamps, fix: request.fix, defer: request.checkHere !== undefined },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(threadHeapMb ? { maxOldGenerationSizeMb: threadHeapMb } : {}) },
      });
      running.add(worker);
      let online = false;
      let error: unknown;
      worker.on('online', () => {
        online = true;
      });
      worker.on('message', guard((reply: WorkerReply) => {
        const chunk = current!;
        current = take();
        if (current) worker.postMessage(current.jobs);
        const deferred = reply.deferred;
        let d = 0;
        reply.results.forEach((r, i) => {
          if (deferred !== undefined && deferred[d] === i) {
            d++;
            here.push(chunk.start + i);
          } else {
            settle(chunk.start + i, r, reply.stamps[i], reply.frames[i], reply.fixes?.[i]);
          }
        });
        if (d > 0 && here.length === d) setImmediate(checkNext);
        if (!current) {
          // The results are in: the run goes on while the thread shuts down.
          running.delete(worker);
          worker.unref();
          void worker.terminate();
        }
      }));
      // A reply this thread cannot read (it could not be deserialised) would otherwise be waited for forever.
      worker.on('messageerror', (e) => fail(new WorkerPoolError(`a validation thread's reply could not be read: ${e.message}`)));
      worker.on('error', (e) => {
        error = e;
      });
      worker.on('exit', guard((code: number) => {
        running.delete(worker);
        const lost = current;
        current = undefined;
        if (failed || !lost) return;
        if (!online || !lostToDraft(error)) {
          const why = error instanceof Error ? error.message : `exit code ${code}`;
          fail(new WorkerPoolError(online ? `a validation thread failed: ${why}` : `a validation thread could not start: ${why}`));
          return;
        }
        const why = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error instanceof Error ? error.message : `exit code ${code}`;
        for (let i = 0; i < lost.jobs.length; i++) {
          const at = lost.start + i;
          // Alone, a draft that takes its thread down again is the one: it gets a finding, not another try.
          if (lost.jobs.length === 1 && retried.has(at)) settle(at, lostResult(lost.jobs[0]!, request.lang, why));
          else {
            retried.add(at);
            alone.push(at);
          }
        }
        if (done < total) start();
      }));
      worker.postMessage(current.jobs);
    };
    guard(() => {
      for (let i = 0; i < Math.min(threads, Math.ceil(total / CHUNK)); i++) start();
    })();
  });
  return { results, stamps, frames, ...(fixes ? { fixes } : {}) };
}
