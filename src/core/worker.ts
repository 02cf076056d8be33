import { parentPort, workerData } from 'node:worker_threads';
import { validateFileSync } from './validate.js';
import type { ResolvedConfig } from './config-types.js';
import type { Job } from './worker-pool.js';
import type { Lang } from './types.js';

const { config, lang } = workerData as { config: ResolvedConfig; lang: Lang };

parentPort!.on('message', (jobs: Job[]) => {
  const out = [];
  for (const job of jobs) out.push(validateFileSync(job.path, { file: job.display, config, lang }));
  parentPort!.postMessage(out);
});
