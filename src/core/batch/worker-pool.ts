import { existsSync } from 'node:fs';
import { packagePath } from '../../paths.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FileResult, Lang } from '../engine/types.js';
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
}

export interface WorkerReply {
  results: FileResult[];
  stamps: Array<Stamp | undefined>;
  /** For a file with findings, the source lines its code frames show (so they are not read again). */
  frames: Array<Record<number, string> | undefined>;
  /** With `fix`: what was fixed in each file. */
  fixes?: Array<FileFix | undefined>;
}

export type PoolResult = WorkerReply;

/** Below this many files, starting threads (each loads the schema and rules) costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;
const CHUNK = 40;
const MIN_CHUNK = 8;

// The bundled worker (scripts/build.mjs): one file and a few shared chunks, not fifty modules.
const workerFile = packagePath('dist', 'worker.js');

/** Whether worker threads can run here: the compiled worker exists (not when running from sources). */
export function canUseWorkers(): boolean {
  return existsSync(workerFile);
}

/**
 * Validates files on worker threads, handing out small chunks on demand so a thread that drew
 * large files does not hold up the rest. Results come back in the order of `jobs`.
 */
export async function validateOnWorkers(request: PoolRequest, threads: number): Promise<PoolResult> {
  const { Worker } = await import('node:worker_threads');
  const results: FileResult[] = new Array(request.jobs.length);
  const stamps: Array<Stamp | undefined> = new Array(request.jobs.length);
  const frames: Array<Record<number, string> | undefined> = new Array(request.jobs.length);
  const fixes: Array<FileFix | undefined> | undefined = request.fix ? new Array(request.jobs.length) : undefined;
  let next = 0;
  const take = (): { start: number; jobs: Job[] } | undefined => {
    if (next >= request.jobs.length) return undefined;
    const start = next;
    // Smaller chunks towards the end, so the threads finish close together rather than one waiting
    // for another's last chunk of CHUNK files.
    const size = Math.max(MIN_CHUNK, Math.min(CHUNK, Math.ceil((request.jobs.length - next) / (threads * 4))));
    next = Math.min(request.jobs.length, next + size);
    return { start, jobs: request.jobs.slice(start, next) };
  };
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { config: request.config, lang: request.lang, stamps: request.stamps, fix: request.fix } });
      let current = take();
      if (!current) {
        void worker.terminate();
        resolve();
        return;
      }
      worker.on('message', (reply: WorkerReply) => {
        reply.results.forEach((r, i) => {
          results[current!.start + i] = r;
          stamps[current!.start + i] = reply.stamps[i];
          frames[current!.start + i] = reply.frames[i];
          if (fixes) fixes[current!.start + i] = reply.fixes?.[i];
        });
        current = take();
        if (current) {
          worker.postMessage(current.jobs);
        } else {
          // The results are in: the run goes on while the thread shuts down.
          worker.unref();
          void worker.terminate();
          resolve();
        }
      });
      worker.on('error', reject);
      // A thread that dies without answering (killed, out of memory) must fail the run, not hang it.
      worker.on('exit', (code) => {
        if (current) reject(new Error(`a validation thread stopped (exit code ${code}) before finishing its files`));
      });
      worker.postMessage(current.jobs);
    });
  await Promise.all(Array.from({ length: Math.min(threads, Math.ceil(request.jobs.length / CHUNK)) }, runOne));
  return { results, stamps, frames, ...(fixes ? { fixes } : {}) };
}
