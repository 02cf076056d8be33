import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';

/** U+200F between two letters: old Word documents used it where a ZWNJ belongs. */
const RLM = /(?<=\p{L})\u200F+(?=\p{L})/gu;

export default defineRule({
  meta: {
    id: 'rlm-half-space',
    severity: 'warning',
    fixable: true,
    fixType: 'orthography',
    description: { fa: 'نشانه راست‌به‌چپ (U+200F) به جای نیم‌فاصله', en: 'A right-to-left mark (U+200F) used as a half-space instead of ZWNJ' },
    messages: {
      rlm: { fa: 'نشانه راست‌به‌چپ (U+200F) به جای نیم‌فاصله در «{word}» آمده است؛ نیم‌فاصله (ZWNJ) درست است.', en: 'A right-to-left mark (U+200F) is used as a half-space in "{word}"; use a zero-width non-joiner (ZWNJ).' },
    },
  },
  check(context) {
    scanTexts(context, RLM, (m) => {
      const value = m.input;
      const start = value.lastIndexOf(' ', m.index) + 1;
      const endSpace = value.indexOf(' ', m.index);
      const word = value.slice(start, endSpace === -1 ? undefined : endSpace).replace(/\u200F/g, '\u200C');
      return { messageId: 'rlm', data: { word }, replacement: '\u200C' };
    }, HINTS.rlm);
  },
});
