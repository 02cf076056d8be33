import type { DraftMeta, FileResult, Finding } from './types.js';

/** A file's result with its counts derived from its findings (findings in the order given). */
export function resultOf(file: string, findings: Finding[], meta?: DraftMeta): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else warningCount++;
    if (f.fix) fixableCount++;
  }
  const result: FileResult = { file, findings, errorCount, warningCount, fixableCount };
  if (meta) result.meta = meta;
  return result;
}
