import { defineRule } from '../core/rule.js';
import { scanTexts } from './text-scan.js';

/**
 * A plain space where the Academy's orthography wants a zero-width non-joiner: after the verbal
 * prefixes «می» and «نمی», and before the plural suffixes «ها», «های», «هایی». The match is the
 * space alone, so the fix replaces nothing else.
 */
const PREFIX = /(?<=(?:^|[\s«(\u200C])(?:ن?می)) (?=[\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])/g;
const SUFFIX = /(?<=[\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]) (?=ها(?:ی|یی)?(?:$|[\s.،؛:»)!؟]))/g;
/** The same two cases without look-behind, as a regex: what `mayMatch` answers. */
export const QUICK = /(?:^|[\s«(\u200C])ن?می [\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]| ها(?:ی|یی)?(?:$|[\s.،؛:»)!؟])/;

const isLetterAfterSpace = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06a9 || c === 0x06af || c === 0x06cc;
const isOpening = (c: number): boolean => c === 0xab || c === 0x28 || c === 0x200c || WHITESPACE.test(String.fromCharCode(c));
const WHITESPACE = /\s/;
const isClosing = (c: number): boolean => Number.isNaN(c) || c === 0x2e || c === 0x060c || c === 0x061b || c === 0x3a || c === 0xbb || c === 0x29 || c === 0x21 || c === 0x061f || WHITESPACE.test(String.fromCharCode(c));

/**
 * QUICK answered with indexOf, which runs over a whole draft in a few microseconds where the regex
 * (an alternation V8 cannot scan for) takes twenty: almost every draft has «اسلامی » or the like.
 */
export function mayMatch(text: string): boolean {
  for (let i = text.indexOf('می '); i !== -1; i = text.indexOf('می ', i + 1)) {
    if (!isLetterAfterSpace(text.charCodeAt(i + 3))) continue;
    const before = i > 0 && text.charCodeAt(i - 1) === 0x0646 ? i - 1 : i;
    if (before === 0 || isOpening(text.charCodeAt(before - 1))) return true;
  }
  for (let i = text.indexOf(' ها'); i !== -1; i = text.indexOf(' ها', i + 1)) {
    let end = i + 3;
    if (text.charCodeAt(end) === 0x06cc) end += text.charCodeAt(end + 1) === 0x06cc ? 2 : 1;
    if (isClosing(text.charCodeAt(end))) return true;
    // «هایی» read as «های» + «ی»: the regex also tries the shorter suffix.
    if (end === i + 5 && isClosing(text.charCodeAt(i + 4))) return true;
  }
  return false;
}
const BOTH = new RegExp(`${PREFIX.source}|${SUFFIX.source}`, 'g');
/** What ends the word before the space, for the message. */
const WORD_START = /[\s«("'“]/;

export default defineRule({
  meta: {
    id: 'zwnj',
    severity: 'warning',
    fixable: true,
    description: { fa: 'فاصله به جای نیم‌فاصله در «می‌شود» و «شهرداری‌ها»', en: 'A space where a zero-width non-joiner belongs («می‌شود», «شهرداری‌ها»)' },
    messages: {
      space: { fa: '«{wrong}» با فاصله نوشته شده است؛ «{right}» با نیم‌فاصله درست است.', en: '"{wrong}" is written with a space; write "{right}" with a zero-width non-joiner.' },
    },
  },
  check(context) {
    scanTexts(context, BOTH, (m) => {
      const value = m.input;
      // The word before the space starts after the previous blank or opening mark: «(می شود» names «می شود».
      let from = m.index;
      while (from > 0 && !WORD_START.test(value[from - 1]!)) from--;
      const nextSpace = value.slice(m.index + 1).search(/[\s.،؛:»)!؟]/);
      const to = nextSpace === -1 ? value.length : m.index + 1 + nextSpace;
      const wrong = value.slice(from, to);
      const right = wrong.slice(0, m.index - from) + '\u200C' + wrong.slice(m.index - from + 1);
      return { messageId: 'space', data: { wrong, right }, replacement: '\u200C' };
    }, mayMatch);
  },
});
