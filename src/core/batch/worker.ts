import { parentPort, workerData } from 'node:worker_threads';
import { validateJobs } from '../engine/checking.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Job } from './worker-pool.js';
import type { Lang } from '../engine/types.js';
import type { FixRequest } from '../engine/fix-file.js';

const { config, lang, stamps, fix } = workerData as { config: ResolvedConfig; lang: Lang; stamps: boolean; fix?: FixRequest };
// Loaded only when a cache wants the content hashes: node:crypto is not free to load.
const contentHash = stamps ? (await import('../cache/cache.js')).contentHash : undefined;

parentPort!.on('message', (jobs: Job[]) => {
  parentPort!.postMessage(validateJobs(jobs, config, lang, contentHash, fix));
});
