import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';
import { wordAround } from './utils/excerpt.js';

/** A Latin comma or semicolon. */
const MARK = /[,;]/g;
const PERSIAN_MARK: Record<string, string> = { ',': '،', ';': '؛' };
/** How far to look for the word on either side, past blanks, quotes and brackets. */
const REACH = 8;

/** A Persian (Arabic-script) letter or a Persian or Arabic-Indic digit. */
function isPersian(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06f0 && c <= 0x06f9)
    || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** What may stand between a mark and its word: blanks, ZWNJ, direction marks, quotes and brackets. */
function isBetween(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200c || c === 0x200e || c === 0x200f || c === 0x061c
    || c === 0xab || c === 0xbb || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d;
}

/** The nearest character that is not in between, from `i` in `step` direction; NaN when there is none near. */
function neighbour(value: string, i: number, step: 1 | -1): number {
  for (let k = 0; k < REACH; k++, i += step) {
    const c = value.charCodeAt(i);
    if (Number.isNaN(c) || !isBetween(c)) return c;
  }
  return Number.NaN;
}

/**
 * FORMAT.md 1.1: a Latin comma or semicolon between Persian words is wrong («تهران, قم»); inside a Latin,
 * Greek, CJK or other run («(A,D,E,K)», «Thursday, March 21», «馴れ寿司, 熟寿司») it is right, and so is a
 * thousands separator between digits («۱,۰۰۰»).
 */
export default defineRule({
  meta: {
    id: 'latin-punctuation',
    severity: 'warning',
    fixable: true,
    fixType: 'orthography',
    description: { fa: 'ویرگول یا نقطه‌ویرگول لاتین میان واژه‌های فارسی', en: 'A Latin comma or semicolon between Persian words' },
    messages: {
      mark: { fa: '«{mark}» لاتین میان واژه‌های فارسی در «{around}»؛ «{fixed}» درست است.', en: 'Latin "{mark}" between Persian words in "{around}"; use "{fixed}".' },
    },
  },
  check(context) {
    scanTexts(context, MARK, (m) => {
      const value = m.input;
      const before = neighbour(value, m.index - 1, -1);
      const after = neighbour(value, m.index + 1, 1);
      if (!isPersian(before) || !isPersian(after)) return undefined;
      // «۱,۰۰۰»: a thousands separator between digits, not punctuation.
      const isDigit = (c: number): boolean => (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
      if (isDigit(value.charCodeAt(m.index - 1)) && isDigit(value.charCodeAt(m.index + 1))) return undefined;
      const fixed = PERSIAN_MARK[m[0]]!;
      return { messageId: 'mark', data: { mark: m[0], fixed, around: wordAround(value, m.index, 1, () => false, 10) }, replacement: fixed };
    }, HINTS.latinPunctuation);
  },
});
