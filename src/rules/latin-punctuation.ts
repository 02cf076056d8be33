import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';

const PERSIAN_LETTER = /[\u0600-\u06FF]/;
/**
 * A Latin comma or semicolon, unless it sits between digits (1,000 or 2;3 in a code). Digits in any
 * script: «۱,۰۰۰» is a thousands separator too, and «،» there would turn it into a list.
 */
const MARK = /(?<![0-9\u06F0-\u06F9\u0660-\u0669])[,;]|[,;](?![0-9\u06F0-\u06F9\u0660-\u0669])/g;
const PERSIAN_MARK: Record<string, string> = { ',': '،', ';': '؛' };

export default defineRule({
  meta: {
    id: 'latin-punctuation',
    severity: 'warning',
    fixable: true,
    fixType: 'orthography',
    description: { fa: 'ویرگول یا نقطه‌ویرگول لاتین در متن فارسی', en: 'A Latin comma or semicolon in Persian text' },
    messages: {
      mark: { fa: '«{mark}» لاتین در متن فارسی؛ «{fixed}» درست است.', en: 'Latin "{mark}" in Persian text; use "{fixed}".' },
    },
  },
  check(context) {
    scanTexts(context, MARK, (m) => {
      const value = m.input;
      // Only in Persian context: a Persian letter within the nearest word on either side.
      const around = value.slice(Math.max(0, m.index - 12), m.index + 12);
      if (!PERSIAN_LETTER.test(around)) return undefined;
      const fixed = PERSIAN_MARK[m[0]]!;
      return { messageId: 'mark', data: { mark: m[0], fixed }, replacement: fixed };
    }, HINTS.latinPunctuation);
  },
});
