import type { Reporter } from './types.js';

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.file,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.related ? { related: f.related } : {}),
      })),
    })),
    null,
    2,
  ) + '\n';
