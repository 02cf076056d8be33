import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { packagePath } from '../paths.js';
import type { ResolvedConfig } from './config-types.js';
import type { FileResult, Lang } from './types.js';
import type { Stamp } from './cache.js';

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
}

export interface WorkerReply {
  results: FileResult[];
  stamps: Array<Stamp | undefined>;
}

export interface PoolResult {
  results: FileResult[];
  stamps: Array<Stamp | undefined>;
}

/** Below this many files, starting threads (each loads the schema and rules) costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;
const CHUNK = 40;

// The bundled worker (scripts/build.mjs): one file and a few shared chunks, not fifty modules.
const workerFile = packagePath('dist', 'worker.js');

/** Whether worker threads can run here: the compiled worker exists (not when running from sources). */
export function canUseWorkers(): boolean {
  return existsSync(workerFile);
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Validates files on worker threads, handing out small chunks on demand so a thread that drew
 * large files does not hold up the rest. Results come back in the order of `jobs`.
 */
export async function validateOnWorkers(request: PoolRequest, threads: number): Promise<PoolResult> {
  const [{ Worker }, { setFlagsFromString }] = await Promise.all([import('node:worker_threads'), import('node:v8')]);
  // A thread validates a draft every half millisecond, each leaving ~100 KB of short-lived objects.
  // V8 starts the young generation at 1 MB and grows it slowly, so the default threads spend a fifth
  // of their time copying the one live draft from semi-space to semi-space. Threads created after
  // this start with 16 MB (flags are read when an isolate is made; the main thread is not affected).
  setFlagsFromString('--min-semi-space-size=16');
  const results: FileResult[] = new Array(request.jobs.length);
  const stamps: Array<Stamp | undefined> = new Array(request.jobs.length);
  let next = 0;
  const take = (): { start: number; jobs: Job[] } | undefined => {
    if (next >= request.jobs.length) return undefined;
    const start = next;
    next = Math.min(request.jobs.length, next + CHUNK);
    return { start, jobs: request.jobs.slice(start, next) };
  };
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { config: request.config, lang: request.lang, stamps: request.stamps }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
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
        });
        current = take();
        if (current) worker.postMessage(current.jobs);
        else void worker.terminate().then(() => resolve());
      });
      worker.on('error', reject);
      // A thread that dies without answering (killed, out of memory) must fail the run, not hang it.
      worker.on('exit', (code) => {
        if (current) reject(new Error(`a validation thread stopped (exit code ${code}) before finishing its files`));
      });
      worker.postMessage(current.jobs);
    });
  await Promise.all(Array.from({ length: Math.min(threads, Math.ceil(request.jobs.length / CHUNK)) }, runOne));
  return { results, stamps };
}
