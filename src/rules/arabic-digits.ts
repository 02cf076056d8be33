import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';

const DIGITS = /[٠-٩]+/g;

export default defineRule({
  meta: {
    id: 'arabic-digits',
    severity: 'error',
    fixable: true,
    fixType: 'orthography',
    description: { fa: 'رقم‌های عربی (٠ تا ٩) به جای رقم‌های فارسی (۰ تا ۹)', en: 'Arabic-Indic digits (٠–٩) instead of Persian digits (۰–۹)' },
    messages: {
      digits: { fa: 'رقم عربی «{digits}» به جای رقم فارسی «{fixed}».', en: 'Arabic-Indic digits "{digits}" instead of Persian "{fixed}".' },
    },
  },
  check(context) {
    scanTexts(context, DIGITS, (m) => {
      // U+0660..U+0669 map one to one onto U+06F0..U+06F9.
      const fixed = m[0].replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90));
      return { messageId: 'digits', data: { digits: m[0], fixed }, replacement: fixed };
    }, HINTS.arabicDigits);
  },
});
