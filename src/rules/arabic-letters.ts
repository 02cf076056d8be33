import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';
import { excerpt } from './utils/excerpt.js';

const TO_PERSIAN: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };

/** A word that holds Arabic ي, ى or ك, so one finding (and one fix) covers the whole word. */
const WORD = /[^\s«»()،؛:.!؟"'\-–]*[يىك][^\s«»()،؛:.!؟"'\-–]*/g;

export default defineRule({
  meta: {
    id: 'arabic-letters',
    severity: 'error',
    fixable: true,
    fixType: 'orthography',
    description: {
      fa: 'حروف عربی «ي» و «ك» به جای «ی» و «ک» فارسی (استاندارد ملی ۶۲۱۹)',
      en: 'Arabic ي/ى and ك instead of Persian ی and ک (ISIRI 6219)',
    },
    messages: {
      arabic: { fa: '«{word}» حرف عربی دارد؛ «{fixed}» درست است.', en: '"{word}" uses Arabic letters; write "{fixed}" with Persian ی/ک.' },
    },
  },
  check(context) {
    scanTexts(context, WORD, (m) => {
      const fixed = m[0].replace(/[يىك]/g, (c) => TO_PERSIAN[c]!);
      // A space-free run is quoted in part (issue 17), the fix still covers all of it.
      return { messageId: 'arabic', data: { word: excerpt(m[0]), fixed: excerpt(fixed) }, replacement: fixed };
    }, HINTS.arabicLetters);
  },
});
