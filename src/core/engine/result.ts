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

/**
 * The order findings are reported in: by line, column, then rule id. Rule ids are compared by code
 * unit, not with localeCompare: the same order for the built-in ids ([a-z0-9-]), the same on every
 * machine and locale for a library user's own (where «Z» and «_» sort before «a»), and without ICU's
 * collator, whose first use cost 5 ms of a batch (two findings at one place are common only in broken YAML).
 */
export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
