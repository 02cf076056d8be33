import { defineRule } from '../core/engine/rule.js';
import { scanTexts } from './text-scan.js';

/**
 * A plain space where the Academy's orthography wants a zero-width non-joiner: after the verbal
 * prefixes «می» and «نمی», and before the plural suffixes «ها», «های», «هایی». The match is the
 * space alone, so the fix replaces nothing else.
 */
const PREFIX = /(?<=(?:^|[\s«(\u200C])(?:ن?م[یيى])) (?=[\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])/g;
const SUFFIX = /(?<=[\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]) (?=ها(?:[یي]|[یي][یي])?(?:$|[\s.،؛:»)!؟]))/g;
/** The same two cases without look-behind, which V8 runs far faster: a filter for texts that may match. */
const QUICK = /(?:^|[\s«(\u200C])ن?م[یيى] [\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]| ها(?:[یي]|[یي][یي])?(?:$|[\s.،؛:»)!؟])/;
const BOTH = new RegExp(`${PREFIX.source}|${SUFFIX.source}`, 'g');
/** What ends the word before the space, for the message. */
const WORD_START = /[\s«("'“]/;
const WORD_END = /[\s.،؛:»)!؟]/;
/** The most characters quoted on either side of the space. */
const REACH = 20;

export default defineRule({
  meta: {
    id: 'zwnj',
    severity: 'warning',
    fixable: true,
    fixType: 'orthography',
    description: { fa: 'فاصله به جای نیم‌فاصله در «می‌شود» و «شهرداری‌ها»', en: 'A space where a zero-width non-joiner belongs («می‌شود», «شهرداری‌ها»)' },
    messages: {
      space: { fa: '«{wrong}» با فاصله نوشته شده است؛ «{right}» با نیم‌فاصله درست است.', en: '"{wrong}" is written with a space; write "{right}" with a zero-width non-joiner.' },
    },
  },
  check(context) {
    scanTexts(context, BOTH, (m) => {
      const value = m.input;
      // The word before the space starts after the previous blank or opening mark: «(می شود» names «می شود».
      // (Both ends bounded: a space-free run of thousands of letters is quoted in part, issue 17.)
      let from = m.index;
      while (from > 0 && m.index - from < REACH && !WORD_START.test(value[from - 1]!)) from--;
      let to = m.index + 1;
      while (to < value.length && to - m.index < REACH && !WORD_END.test(value[to]!)) to++;
      const wrong = value.slice(from, to);
      const right = wrong.slice(0, m.index - from) + '\u200C' + wrong.slice(m.index - from + 1);
      return { messageId: 'space', data: { wrong, right }, replacement: '\u200C' };
    }, QUICK);
  },
});
