import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';
import { wordAround } from './utils/excerpt.js';

/**
 * Marks old Word documents and web pages put where a half-space belongs (FORMAT.md 1.1): a right-to-left
 * mark (U+200F) between two letters, and a left-to-right mark (U+200E) or a soft hyphen (U+00AD) between
 * two Persian letters («می‎شود», «کتاب­ها»). The id stays `rlm-half-space`, the first of them.
 */
const MARKS = /(?<=\p{L})\u200F+(?=\p{L})|(?<=[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF])[\u200E\u00AD]+(?=[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF])/gu;

const ID: Record<string, string> = { '\u200F': 'rlm', '\u200E': 'lrm', '\u00AD': 'softHyphen' };
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';

export default defineRule({
  meta: {
    id: 'rlm-half-space',
    severity: 'warning',
    fixable: true,
    fixType: 'orthography',
    description: {
      fa: 'نشانه راست‌به‌چپ (U+200F)، نشانه چپ‌به‌راست (U+200E) یا خط تیره نرم (U+00AD) به جای نیم‌فاصله',
      en: 'A right-to-left mark (U+200F), left-to-right mark (U+200E) or soft hyphen (U+00AD) used as a half-space instead of ZWNJ',
    },
    messages: {
      rlm: { fa: 'نشانه راست‌به‌چپ (U+200F) به جای نیم‌فاصله در «{word}» آمده است؛ نیم‌فاصله (ZWNJ) درست است.', en: 'A right-to-left mark (U+200F) is used as a half-space in "{word}"; use a zero-width non-joiner (ZWNJ).' },
      lrm: { fa: 'نشانه چپ‌به‌راست (U+200E) به جای نیم‌فاصله در «{word}» آمده است؛ نیم‌فاصله (ZWNJ) درست است.', en: 'A left-to-right mark (U+200E) is used as a half-space in "{word}"; use a zero-width non-joiner (ZWNJ).' },
      softHyphen: { fa: 'خط تیره نرم (U+00AD) به جای نیم‌فاصله در «{word}» آمده است؛ نیم‌فاصله (ZWNJ) درست است.', en: 'A soft hyphen (U+00AD) is used as a half-space in "{word}"; use a zero-width non-joiner (ZWNJ).' },
    },
  },
  check(context) {
    scanTexts(context, MARKS, (m) => {
      // The word as it should read, bounded: a space-free run is quoted in part (issue 17).
      const word = wordAround(m.input, m.index, m[0].length, isBlank).replace(/[\u200E\u200F\u00AD]/g, '\u200C');
      return { messageId: ID[m[0][0]!]!, data: { word }, replacement: '\u200C' };
    }, HINTS.rlm);
  },
});
