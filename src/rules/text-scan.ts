import type { RuleContext, SourceText } from '../core/engine/rule.js';
import type { RawReport, Severity } from '../core/engine/types.js';

/**
 * The quick tests of the rules that look for a few characters, as one test: on a clean file one scan
 * of the source stands for five. A rule's own quick test still runs when this one finds something.
 */
export const HINTS = {
  arabicLetters: /[يىك]/,
  arabicDigits: /[٠-٩]/,
  rlm: /[\u200E\u200F\u00AD]/,
  latinPunctuation: /[,;]/,
  placeholders: /[…{}_]|\.\.\.|--|TODO|FIXME|XXX/,
  presentationForms: /[\uFB50-\uFDFF\uFE70-\uFEFE]/,
} as const;
const HINTED = new Set<RegExp>(Object.values(HINTS));
// What the HINTS look for, as characters and words: one list for the regex and the table below.
const HINT_CHARACTERS = 'يىك٠١٢٣٤٥٦٧٨٩\u200E\u200F\u00AD,;…{}_';
/** Arabic presentation forms (FORMAT.md 1.1), as code-unit ranges. */
const HINT_RANGES: ReadonlyArray<[number, number]> = [[0xfb50, 0xfdff], [0xfe70, 0xfefe]];
const HINT_WORDS = ['...', '--', 'TODO', 'FIXME', 'XXX'];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
// The character classes merged into one, which V8 scans far faster than alternatives.
export const ANY_HINT = new RegExp(
  `[${escape(HINT_CHARACTERS)}${HINT_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]|${HINT_WORDS.map(escape).join('|')}`,
);

/** En and em dashes: no hint, but a value of dashes alone is a placeholder (placeholders.ts). */
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/**
 * ANY_HINT as a table of code units: 1 is a hint, 2 may start one of the words. The dashes are 2 as
 * well: the scan notes them on its way and goes on, so the placeholders rule needs no scan of its own.
 */
const HINT_TABLE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of HINT_CHARACTERS) table[c.charCodeAt(0)] = 1;
  for (const [a, b] of HINT_RANGES) table.fill(1, a, b + 1);
  for (const w of HINT_WORDS) table[w.charCodeAt(0)] = 2;
  table[EN_DASH] = 2;
  table[EM_DASH] = 2;
  return table;
})();

/**
 * Whether one of HINT_WORDS starts at `at`, where the table saw its first character. A YAML source has
 * a «- » before every list item and a «.» after every sentence, so this is asked hundreds of times a
 * draft: the next code units decide it, and only a T, F or X is compared as a word.
 */
function wordAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2d) return text.charCodeAt(at + 1) === 0x2d; // --
  if (c === 0x2e) return text.charCodeAt(at + 1) === 0x2e && text.charCodeAt(at + 2) === 0x2e; // ...
  return text.startsWith(c === 0x54 ? 'TODO' : c === 0x46 ? 'FIXME' : 'XXX', at);
}

/** What one scan of a draft's source found. */
export interface SourceHints {
  /** ANY_HINT.test(source). */
  hint: boolean;
  /** Whether an en or em dash is in the source; undefined when the scan stopped at a hint before the end. */
  dash: boolean | undefined;
}

/** ANY_HINT.test(source.text), and the dashes, over the parser's copy of the text when it has one. */
export function scanHints(source: SourceText): SourceHints {
  const text = source.text;
  let dash = false;
  const hint = source.has(HINT_TABLE, (at) => {
    const c = text.charCodeAt(at);
    if (c === EN_DASH || c === EM_DASH) {
      dash = true;
      return false;
    }
    return wordAt(text, at);
  });
  return { hint, dash: hint ? (dash || undefined) : dash };
}

/** ANY_HINT.test(source.text). */
export function hasHint(source: SourceText): boolean {
  return scanHints(source).hint;
}

/** Asked once per draft (through context.memo): every hinted rule asks about the same draft in turn. */
export const sourceHints = (context: RuleContext): SourceHints => scanHints(context.source!);
const sourceHasHint = (context: RuleContext): boolean => context.memo(sourceHints).hint;

/**
 * Runs a global regex over every prose field and reports each match as a span, the common shape of
 * the orthography rules. `build` returns the report for a match (undefined: not a problem after all).
 * `quick`, a plain character test, skips texts that cannot match before the full pattern runs:
 * most texts are clean and a pattern with look-arounds costs far more than a character class.
 */
export function scanTexts<MessageId extends string>(
  context: RuleContext<MessageId>,
  pattern: RegExp,
  build: (match: RegExpExecArray) => (Omit<RawReport<MessageId>, 'path' | 'span'> & { span?: { index: number; length: number }; severity?: Severity }) | undefined,
  quick?: RegExp,
): void {
  // Nothing a scan looks for occurs anywhere in the file: no need to visit its texts one by one.
  // (A backslash may be a double-quoted escape that spells the character, so then look closer.)
  const source = context.source?.text;
  if (quick && source !== undefined && !source.includes('\\')) {
    if (HINTED.has(quick) && !sourceHasHint(context)) return;
    if (!quick.test(source)) return;
  }
  for (const { value, path } of context.texts) {
    if (quick ? !quick.test(value) : (pattern.lastIndex = 0, !pattern.test(value))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const report = build(m);
      if (report) context.report({ ...report, path, span: report.span ?? { index: m.index, length: m[0].length } });
    }
  }
}
