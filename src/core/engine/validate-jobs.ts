import { framesOf, validateFileSync, validateSubsetFileSync, type ReadStat } from './validate.js';
import { fixFileSync, type FixRequest } from './fix-file.js';
import type { ResolvedConfig } from '../config/types.js';
import { stampOf, type Stamp } from '../cache/stamp.js';
import type { Job, PoolResult } from '../batch/worker-pool.js';
import type { FileResult, Lang } from './types.js';

/**
 * Validates a batch's files, one after another, with what the batch keeps of each: its stamp for the
 * cache (when `hash` is given) and the source lines its code frames show. The main thread and each
 * worker thread run this same loop.
 */
export function validateJobs(
  jobs: readonly Job[], config: ResolvedConfig, lang: Lang, hash?: (bytes: Uint8Array) => string, fix?: FixRequest,
  /**
   * Given (and without `fix`), a draft outside the fast reader's subset is not checked here: its place
   * in `jobs` is handed to `defer`, and its place in the output is left empty (a worker thread's main
   * thread checks it: batch/worker-pool.ts).
   */
  defer?: (index: number) => void,
): PoolResult {
  const out: PoolResult = { results: [], stamps: [], frames: [], ...(fix ? { fixes: [] } : {}) };
  for (let index = 0; index < jobs.length; index++) {
    const job = jobs[index]!;
    let stamp: Stamp | undefined;
    let frames: Record<number, string> | undefined;
    const sink = hash ? (bytes: Uint8Array, stat: ReadStat) => (stamp = stampOf(stat, hash(bytes))) : undefined;
    const onText = (text: string, result: FileResult): void => {
      if (result.findings.length) frames = framesOf(text, result.findings);
    };
    if (fix) {
      // `--fix`: the result, stamp and frames are those of the file as the fixes leave it.
      const fixed = fixFileSync(job.path, { file: job.display, config, lang }, fix, sink, onText);
      out.results.push(fixed.result);
      out.fixes!.push(fixed.fix);
    } else if (defer) {
      const result = validateSubsetFileSync(job.path, { file: job.display, config, lang }, sink, onText);
      if (result === undefined) {
        defer(index);
        stamp = undefined;
      }
      out.results.push(result!);
    } else {
      out.results.push(validateFileSync(job.path, { file: job.display, config, lang }, sink, onText));
    }
    out.stamps.push(stamp);
    out.frames.push(frames);
  }
  return out;
}
