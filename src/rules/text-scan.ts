import type { RuleContext } from '../core/rule.js';
import type { RawReport, Severity } from '../core/types.js';
import { forEachText } from '../core/text-fields.js';

/**
 * Runs a global regex over every prose field and reports each match as a span, the common shape of
 * the orthography rules. `replace` returns the text that repairs the match (undefined: no fix).
 */
export function scanTexts(
  context: RuleContext,
  pattern: RegExp,
  build: (match: RegExpExecArray) => (Omit<RawReport, 'path' | 'span'> & { span?: { index: number; length: number }; severity?: Severity }) | undefined,
): void {
  forEachText(context.draft, (value, path) => {
    pattern.lastIndex = 0;
    if (!pattern.test(value)) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const report = build(m);
      if (report) context.report({ ...report, path, span: report.span ?? { index: m.index, length: m[0].length } });
    }
  });
}
