import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { fileResult, finding as base, reportContext } from '../helpers/reporters.js';
import type { Finding } from '../../src/core/engine/types.js';

// The English message differs from the Persian one here, so the test sees which language is written.
const finding = (partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'line' | 'column'>): Finding => base(partial, (m) => `en: ${m}`);


const ctx = reportContext('fa');

describe('json reporter', () => {
  it('writes an array of { file, errorCount, warningCount, findings } with exactly the documented keys', () => {
    const results = [
      fileResult('drafts/قم.yaml', [
        finding({ ruleId: 'schema', file: 'drafts/قم.yaml', line: 3, column: 5, message: 'کلید «rationale» لازم است.' }),
        finding({ ruleId: 'zwnj', severity: 'warning', file: 'drafts/قم.yaml', line: 9, column: 12, endLine: 9, endColumn: 13, message: 'نیم‌فاصله' }),
      ], { id: 'qom-1', title: 'عنوان' }),
      fileResult('drafts/clean.yaml', []),
    ];
    expect(JSON.parse(json(results, ctx))).toStrictEqual([
      {
        file: 'drafts/قم.yaml',
        errorCount: 1,
        warningCount: 1,
        findings: [
          { ruleId: 'schema', severity: 'error', message: 'کلید «rationale» لازم است.', line: 3, column: 5 },
          { ruleId: 'zwnj', severity: 'warning', message: 'نیم‌فاصله', line: 9, column: 12, endLine: 9, endColumn: 13 },
        ],
      },
      { file: 'drafts/clean.yaml', errorCount: 0, warningCount: 0, findings: [] },
    ]);
  });

  it('orders keys as documented, indents by two spaces and ends with a newline', () => {
    const out = json([fileResult('a.yaml', [finding({ ruleId: 'schema', file: 'a.yaml', line: 1, column: 2, endLine: 1, endColumn: 4, message: 'm' })])], ctx);
    expect(out).toBe([
      '[',
      '  {',
      '    "file": "a.yaml",',
      '    "errorCount": 1,',
      '    "warningCount": 0,',
      '    "findings": [',
      '      {',
      '        "ruleId": "schema",',
      '        "severity": "error",',
      '        "message": "m",',
      '        "line": 1,',
      '        "column": 2,',
      '        "endLine": 1,',
      '        "endColumn": 4',
      '      }',
      '    ]',
      '  }',
      ']',
      '',
    ].join('\n'));
  });

  it('also carries a fix and related places when a finding has them', () => {
    const f = finding({
      ruleId: 'unique-id', file: 'a.yaml', line: 2, column: 5, message: 'm',
      fix: { range: [10, 11], text: '\u200C' },
      related: [{ file: 'b.yaml', line: 2, column: 5, message: 'here too' }],
    });
    const [entry] = JSON.parse(json([fileResult('a.yaml', [f])], ctx)) as Array<{ findings: unknown[] }>;
    expect(entry!.findings[0]).toStrictEqual({
      ruleId: 'unique-id', severity: 'error', message: 'm', line: 2, column: 5,
      fix: { range: [10, 11], text: '\u200C' },
      related: [{ file: 'b.yaml', line: 2, column: 5, message: 'here too' }],
    });
  });

  it('writes an empty array for no results and keeps Persian as UTF-8', () => {
    expect(json([], ctx)).toBe('[]\n');
    expect(json([fileResult('قم.yaml', [])], ctx)).toContain('"file": "قم.yaml"');
  });
});
