import { ruleMeta } from '../../src/rules/index.js';
import { plain, type ReportContext } from '../../src/reporters/types.js';
import type { FileResult, Finding } from '../../src/core/engine/types.js';

/** What every reporter test builds its input from: findings, results and a context as the CLI passes. */

/** A finding with the fields a test cares about; the message is the same in both languages unless given. */
export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'line' | 'column'>, en?: (fa: string) => string): Finding {
  const message = partial.message ?? `message of ${partial.ruleId}`;
  return { severity: 'error', message, messages: { fa: message, en: en ? en(message) : message }, ...partial };
}

/** A file's result with its counts, as validate returns it. */
export function fileResult(file: string, findings: Finding[], meta?: FileResult['meta']): FileResult {
  return {
    file,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    fixableCount: findings.filter((f) => f.fix).length,
    ...(meta ? { meta } : {}),
  };
}

/** A reporter's context as `draft validate` passes it, with the rule registry's metadata. */
export function reportContext(lang: 'fa' | 'en' = 'fa', extra: Partial<ReportContext> = {}): ReportContext {
  return { lang, palette: plain, version: '0.1.0', cwd: '/work', ruleMeta: (id) => ruleMeta.get(id), ...extra };
}
