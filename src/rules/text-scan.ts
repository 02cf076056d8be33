import type { RuleContext } from '../core/rule.js';
import type { RawReport, Severity } from '../core/types.js';
import { textsOf } from '../core/text-fields.js';
import { lastTextHas } from '../core/fast-yaml.js';

/**
 * Runs a global regex over every prose field and reports each match as a span, the common shape of
 * the orthography rules. `build` returns the report for a match (undefined: not a problem after all).
 * `quick`, a plain character test, skips texts that cannot match before the full pattern runs:
 * most texts are clean and a pattern with look-arounds costs far more than a character class.
 */
/**
 * The quick tests of the rules that look for a few characters, as one test: on a clean file one scan
 * of the source stands for five. A rule's own quick test still runs when this one finds something.
 */
export const HINTS = {
  arabicLetters: /[يىك]/,
  arabicDigits: /[٠-٩]/,
  rlm: /\u200F/,
  latinPunctuation: /[,;]/,
  placeholders: /[…{}]|\.\.\.|TODO|FIXME|XXX/,
} as const;
// The same, with the character classes merged into one, which V8 scans far faster than alternatives.
export const ANY_HINT = /[يىك٠-٩\u200F,;…{}]|\.\.\.|TODO|FIXME|XXX/;
const HINTED = new Set<RegExp>(Object.values(HINTS));
/** The last draft asked about and its answer: rules ask once each, one draft after another. */
let hintedDraft: object | undefined;
let hintedFound = false;

/** ANY_HINT as a table of code units: 1 is a hint, 2 may start one («...», TODO, FIXME, XXX). */
const HINT_TABLE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of 'يىك٠١٢٣٤٥٦٧٨٩\u200F,;…{}') table[c.charCodeAt(0)] = 1;
  for (const c of '.TFX') table[c.charCodeAt(0)] = 2;
  return table;
})();

/** ANY_HINT.test(source): over the fast reader's copy of the source when it still has one. */
export function hasHint(source: string): boolean {
  return lastTextHas(source, HINT_TABLE, (at) =>
    source.startsWith('...', at) || source.startsWith('TODO', at) || source.startsWith('FIXME', at) || source.startsWith('XXX', at),
  ) ?? ANY_HINT.test(source);
}

function sourceHasHint(context: RuleContext, source: string): boolean {
  if (hintedDraft !== context.draft) {
    hintedFound = hasHint(source);
    hintedDraft = context.draft;
  }
  return hintedFound;
}

export function scanTexts(
  context: RuleContext,
  pattern: RegExp,
  build: (match: RegExpExecArray) => (Omit<RawReport, 'path' | 'span'> & { span?: { index: number; length: number }; severity?: Severity }) | undefined,
  quick?: RegExp,
): void {
  // Nothing a scan looks for occurs anywhere in the file: no need to visit its texts one by one.
  // (A backslash may be a double-quoted escape that spells the character, so then look closer.)
  const source = context.source;
  if (quick && source !== undefined && !source.includes('\\')) {
    if (HINTED.has(quick) && !sourceHasHint(context, source)) return;
    if (!quick.test(source)) return;
  }
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
