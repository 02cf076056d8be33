import type { RuleContext } from '../core/rule.js';
import type { RawReport, Severity } from '../core/types.js';
import { textsOf } from '../core/text-fields.js';

/**
 * Runs a global regex over every prose field and reports each match as a span, the common shape of
 * the orthography rules. `build` returns the report for a match (undefined: not a problem after all).
 * `quick`, a plain character test, skips texts that cannot match before the full pattern runs:
 * most texts are clean and a pattern with look-arounds costs far more than a character class.
 */
export function scanTexts(
  context: RuleContext,
  pattern: RegExp,
  build: (match: RegExpExecArray) => (Omit<RawReport, 'path' | 'span'> & { span?: { index: number; length: number }; severity?: Severity }) | undefined,
  quick?: RegExp,
): void {
  // Nothing a scan looks for occurs anywhere in the file: no need to visit its texts one by one.
  // (A backslash may be a double-quoted escape that spells the character, so then look closer.)
  const source = context.source;
  if (quick && source !== undefined && !source.includes('\\') && !quick.test(source)) return;
  for (const { value, path } of textsOf(context.draft)) {
    if (quick ? !quick.test(value) : (pattern.lastIndex = 0, !pattern.test(value))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const report = build(m);
      if (report) context.report({ ...report, path, span: report.span ?? { index: m.index, length: m[0].length } });
    }
  }
}
