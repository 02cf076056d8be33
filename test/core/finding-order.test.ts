/**
 * Findings are reported by line, then column, then rule id. The rule ids are compared by code unit
 * rather than with localeCompare (whose collator cost 5 ms to start on each thread that met two findings
 * at one place, as every broken YAML file has): the order must stay the one users saw before.
 */
import { describe, expect, it } from 'vitest';
import { byPosition } from '../../src/core/engine/result.js';
import { validateText } from '../../src/core/engine/validate.js';
import { ruleMeta } from '../../src/rules/index.js';
import type { Finding } from '../../src/core/engine/types.js';

const at = (ruleId: string, line = 3, column = 5): Finding => ({
  ruleId, severity: 'error', message: '', messages: { fa: '', en: '' }, file: 'x.yaml', line, column,
});

describe('the order of findings', () => {
  it('orders every rule id, and the engine ids, as localeCompare did', () => {
    const ids = [...ruleMeta.keys()];
    expect(ids.length).toBeGreaterThan(20);
    const ours = ids.map((id) => at(id)).sort(byPosition).map((f) => f.ruleId);
    expect(ours).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('orders a library user\'s own rule ids by code unit, the same on every machine and locale', () => {
    const sorted = [at('my-rule'), at('My_Rule'), at('local/z'), at('LOCAL')].sort(byPosition).map((f) => f.ruleId);
    expect(sorted).toEqual(['LOCAL', 'My_Rule', 'local/z', 'my-rule']);
  });

  it('puts line before column before rule id', () => {
    const sorted = [at('zwnj', 2, 1), at('arabic-letters', 2, 9), at('arabic-digits', 1, 40), at('arabic-letters', 2, 1)].sort(byPosition);
    expect(sorted.map((f) => [f.line, f.column, f.ruleId])).toEqual([[1, 40, 'arabic-digits'], [2, 1, 'arabic-letters'], [2, 1, 'zwnj'], [2, 9, 'arabic-letters']]);
  });

  it('an unclosed quote before trailing blank lines is shown on its own line, not past the text', () => {
    const got = validateText('schemaVersion: 1\ntitle: "unclosed\n\n  \n\n', { lang: 'en' });
    expect(got.findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml-syntax', 2]]);
  });
});
