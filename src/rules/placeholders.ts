import { defineRule } from '../core/engine/rule.js';
import { LETTER_CLASS } from '../persian/text.js';
import { HINTS, sourceHints } from './text-scan.js';
import { excerpt } from './utils/excerpt.js';

/*
 * FORMAT.md 1.1, placeholders: text left to fill is
 * - a value that is only «…» or «...», or only dashes or underscores;
 * - two or more ellipses, or four or more dots, in a row («……»، «....»);
 * - an ellipsis in a slot that needs a value: right after «تاریخ»، «مورخ»، «شماره»، «مبلغ»، «نام», or
 *   before «ریال» («در تاریخ… به تایید»، «مبلغ … ریال»);
 * - TODO, FIXME, XXX, an unrendered {{ }}, «[…]».
 * A single ellipsis anywhere else means "and so on" («حرکات موزون و ...»، «(سرطان و…)») or marks an
 * elided quotation («ایالات متحده اعلام می‌دارند…»): ordinary Persian, never a placeholder.
 */
const ELLIPSIS = '(?:…|\\.{3})';
/** One ellipsis or several in a row, as a slot is often filled («تاریخ ……»). */
const RUN = '(?:…|\\.{3,})(?:[ \\t]*(?:…|\\.{3,}))*';
const NOT_LETTER_BEFORE = `(?<![${LETTER_CLASS}\\u200C])`;
const SLOT_WORDS = '(?:تاریخ|مورخ|مورخه|شماره|مبلغ|نام)';
const PLACEHOLDER = new RegExp(
  [
    `${ELLIPSIS}(?:[ \\t]*${ELLIPSIS})+|\\.{4,}`,
    `${NOT_LETTER_BEFORE}${SLOT_WORDS}[\\s\\u200C:]*${RUN}`,
    `${RUN}[\\s\\u200C]*ریال`,
    '\\bTODO\\b|\\bFIXME\\b|\\bXXX\\b',
    '\\{\\{[^}]*\\}\\}|\\{\\{|\\}\\}',
    `\\[\\s*${ELLIPSIS}\\s*\\]`,
  ].join('|'),
  'g',
);
/** A value that is nothing but an ellipsis, dots, dashes or underscores. */
const ONLY = /^[\s.…\-–—_]+$/;
const ONLY_FILLER = /…|\.{3}|[-–—_]/;
/**
 * En and em dashes, as a table for the source's quick test: a value of dashes alone is a placeholder the
 * shared hints (made for characters rarer than a dash) would pass over. (A run of hyphens is the hint
 * «--»; a lone quoted «"-"» is seen only in a draft that has some other hint.) The shared scan notes
 * dashes on its way; this table is for when that scan stopped early at a hint.
 */
const DASH_TABLE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  table[0x2013] = 1;
  table[0x2014] = 1;
  return table;
})();

export default defineRule({
  meta: {
    id: 'placeholders',
    severity: 'warning',
    fixable: false,
    description: { fa: 'متنی که الگو برای تکمیل گذاشته است («…»، «تاریخ …»، TODO، {{ }})', en: 'Text the template left to fill in («…», «تاریخ …», TODO, {{ }})' },
    messages: {
      ready: { fa: '«{text}» هنوز تکمیل نشده است و پیش‌نویس «آماده» (ready) نباید جای خالی داشته باشد.', en: '"{text}" is still to be filled in, and a ready draft must not have any.' },
      draft: { fa: '«{text}» هنوز تکمیل نشده است؛ پیش از «آماده» کردن پیش‌نویس آن را بنویسید.', en: '"{text}" is still to be filled in; complete it before the draft is marked ready.' },
    },
  },
  check(context) {
    const source = context.source?.text;
    // Nothing a placeholder is made of anywhere in the file: no need to visit its texts.
    if (source !== undefined && !source.includes('\\')) {
      const found = context.memo(sourceHints);
      const hinted = found.hint && HINTS.placeholders.test(source);
      if (!hinted && !(found.dash ?? context.source!.has(DASH_TABLE))) return;
    }
    const ready = context.draft.status === 'ready';
    const report = (path: readonly (string | number)[], text: string, span?: { index: number; length: number }): void => {
      context.report({
        messageId: ready ? 'ready' : 'draft',
        data: { text: excerpt(text) },
        severity: ready ? 'error' : 'warning',
        path,
        ...(span ? { span } : {}),
      });
    };
    for (const { value, path } of context.texts) {
      if (ONLY.test(value) && ONLY_FILLER.test(value)) {
        report(path, value.trim());
        continue;
      }
      if (!HINTS.placeholders.test(value)) continue;
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(value); m !== null; m = PLACEHOLDER.exec(value)) {
        report(path, m[0], { index: m.index, length: m[0].length });
      }
    }
  },
});
