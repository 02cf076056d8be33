import { parentPort, workerData } from 'node:worker_threads';
import { framesOf, validateFileSync } from './validate.js';
import type { ResolvedConfig } from './config-types.js';
import type { Job, WorkerReply } from './worker-pool.js';
import type { Stamp } from './cache.js';
import type { Lang } from './types.js';

const { config, lang, stamps } = workerData as { config: ResolvedConfig; lang: Lang; stamps: boolean };
// Loaded only when a cache wants the content hashes: node:crypto is not free to load.
const contentHash = stamps ? (await import('./cache.js')).contentHash : undefined;

parentPort!.on('message', (jobs: Job[]) => {
  const reply: WorkerReply = { results: [], stamps: [], frames: [] };
  for (const job of jobs) {
    let stamp: Stamp | undefined;
    let frames: Record<number, string> | undefined;
    const sink = contentHash ? (bytes: Uint8Array, size: number, mtimeMs: number) => (stamp = [size, mtimeMs, contentHash(bytes)]) : undefined;
    reply.results.push(validateFileSync(job.path, { file: job.display, config, lang }, sink, (text, result) => {
      if (result.findings.length) frames = framesOf(text, result.findings);
    }));
    reply.stamps.push(stamp);
    reply.frames.push(frames);
  }
  parentPort!.postMessage(reply);
});
