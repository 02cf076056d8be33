import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/core/engine/validate.js';
import { defaultConfig, type ResolvedConfig } from '../../src/core/config/types.js';
import type { Rule } from '../../src/core/engine/rule.js';
import type { Finding } from '../../src/core/engine/types.js';

/**
 * eslint's RuleTester, for drafts: `valid` sources produce no finding of the rule, each `invalid`
 * source produces exactly the listed findings (rule id implied), at the listed positions.
 */
export interface InvalidCase {
  name?: string;
  code: string;
  config?: Partial<ResolvedConfig>;
  dir?: string;
  errors: Array<{ line: number; column: number; severity?: 'error' | 'warning'; message?: RegExp | string; endColumn?: number }>;
  /** The source after applying every fix of the rule, when the rule is fixable. */
  output?: string;
}

export interface ValidCase {
  name?: string;
  code: string;
  config?: Partial<ResolvedConfig>;
  dir?: string;
}

function applyFixes(source: string, findings: Finding[]): string {
  const fixes = findings.map((f) => f.fix).filter((f): f is NonNullable<typeof f> => Boolean(f)).sort((a, b) => b.range[0] - a.range[0]);
  let out = source;
  let limit = Infinity;
  for (const fix of fixes) {
    if (fix.range[1] > limit) continue;
    out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1]);
    limit = fix.range[0];
  }
  return out;
}

export function runRule(rule: Rule, code: string, options: { config?: Partial<ResolvedConfig>; dir?: string; lang?: 'fa' | 'en' } = {}): Finding[] {
  const config = { ...defaultConfig(process.cwd()), ...options.config };
  const result = validateText(code, { rules: [rule], config, dir: options.dir, lang: options.lang ?? 'en', file: 'test.yaml' });
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        const tc = typeof c === 'string' ? { code: c } : c;
        it(tc.name ?? `valid #${i + 1}`, () => {
          expect(runRule(rule, tc.code, tc).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((tc, i) => {
        it(tc.name ?? `invalid #${i + 1}`, () => {
          const found = runRule(rule, tc.code, tc);
          expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual(tc.errors.map((e) => ({ line: e.line, column: e.column })));
          tc.errors.forEach((e, k) => {
            const f = found[k]!;
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.endColumn !== undefined) expect(f.endColumn).toBe(e.endColumn);
            if (typeof e.message === 'string') expect(f.message).toContain(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            expect(f.messages.fa.length).toBeGreaterThan(0);
          });
          if (tc.output !== undefined) expect(applyFixes(tc.code, found)).toBe(tc.output);
        });
      });
    });
  });
}
