import { parentPort, workerData } from 'node:worker_threads';
import { validateJobs } from '../engine/checking.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Job, WorkerReply } from './worker-pool.js';
import type { Lang } from '../engine/types.js';
import type { FixRequest } from '../engine/fix-file.js';

const { config, lang, stamps, fix, defer } = workerData as { config: ResolvedConfig; lang: Lang; stamps: boolean; fix?: FixRequest; defer?: boolean };
// Loaded only when a cache wants the content hashes: node:crypto is not free to load.
const contentHash = stamps ? (await import('../cache/cache.js')).contentHash : undefined;

parentPort!.on('message', (jobs: Job[]) => {
  // Drafts outside the fast reader's subset are left to the main thread (worker-pool.ts).
  const deferred: number[] = [];
  const reply: WorkerReply = validateJobs(jobs, config, lang, contentHash, fix, defer && !fix ? (i) => deferred.push(i) : undefined);
  if (deferred.length) reply.deferred = deferred;
  parentPort!.postMessage(reply);
});
