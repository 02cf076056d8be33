/**
 * Verifying a bag, unpacked or zipped. Both return a report; neither throws for anything wrong with
 * the bag or the path given.
 */
import { stat } from 'node:fs/promises';
import { checkBag } from './check-bag.js';
import { messageFor } from './messages.js';
import { FolderSource } from './source.js';
import type { BagProblem, BagReport, ZipLimits } from './types.js';
import { readBagZip } from './zip-reader.js';

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
};

function failed(problem: BagProblem): BagReport {
  return { valid: false, problems: [problem] };
}

export async function verifyBagFolder(dir: string): Promise<BagReport> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    return failed({ severity: 'error', code: 'bag_not_found', file: dir, message: messageFor('bag_not_found', { path: dir }) });
  }
  let source: FolderSource;
  try {
    source = await FolderSource.open(dir);
  } catch (err) {
    const reason = (err as Error).message;
    return failed({ severity: 'error', code: 'read_failed', file: dir, message: messageFor('read_failed', { file: dir, reason }) });
  }
  return checkBag(source);
}

export async function verifyBagZip(zipPath: string, limits: Partial<ZipLimits> = {}): Promise<BagReport> {
  const read = await readBagZip(zipPath, { ...DEFAULT_ZIP_LIMITS, ...limits });
  if (read.source === undefined) return { valid: false, problems: read.problems };
  const inner = await checkBag(read.source);
  const problems = [...read.problems, ...inner.problems];
  const report: BagReport = { valid: !problems.some((p) => p.severity === 'error'), problems };
  if (inner.version !== undefined) report.version = inner.version;
  return report;
}
