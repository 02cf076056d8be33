import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';

/** U+200F between two letters: old Word documents used it where a ZWNJ belongs. */
const RLM = /(?<=\p{L})\u200F+(?=\p{L})/gu;

export default defineRule({
  meta: {
    id: 'rlm-half-space',
    severity: 'warning',
    fixable: true,
    description: { fa: 'نشانه راست‌به‌چپ (U+200F) به جای نیم‌فاصله', en: 'A right-to-left mark (U+200F) used as a half-space instead of ZWNJ' },
    messages: {
      rlm: { fa: 'نشانه راست‌به‌چپ (U+200F) به جای نیم‌فاصله در «{word}» آمده است؛ نیم‌فاصله (ZWNJ) درست است.', en: 'A right-to-left mark (U+200F) is used as a half-space in "{word}"; use a zero-width non-joiner (ZWNJ).' },
    },
  },
  check(context) {
    scanTexts(context, RLM, (m) => {
      const value = m.input;
      // The word ends at any blank, a line break too: a literal block's line ends within the text.
      let start = m.index;
      while (start > 0 && !/\s/.test(value[start - 1]!)) start--;
      let end = m.index;
      while (end < value.length && !/\s/.test(value[end]!)) end++;
      const word = value.slice(start, end).replace(/\u200F/g, '\u200C');
      return { messageId: 'rlm', data: { word }, replacement: '\u200C' };
    }, HINTS.rlm);
  },
});
