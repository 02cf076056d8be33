import { numberToWords } from '../../persian/number-words.js';
import { toPersianDigits } from '../../persian/digits.js';

/**
 * Writes a corrected count or number the way the author wrote the wrong one, for `--fix`: digits stay
 * digits in their own script (Latin «14», Persian «۱۴», Arabic-Indic «١٤»), words stay words, with the
 * author's joiner between them («چهل‌وهفت» keeps its ZWNJ, «بیست و سه» its spaces).
 */
export function writeCount(stated: string, value: number): string {
  if (/[0-9]/.test(stated)) return String(value);
  if (/[\u0660-\u0669]/.test(stated)) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[\u06F0-\u06F9]/.test(stated)) return toPersianDigits(value);
  const words = numberToWords(value);
  const joiner = /\u200Cو\u200C/.test(stated) ? '\u200Cو\u200C' : /\u200Cو(?=\S)/.test(stated) ? '\u200Cو' : undefined;
  return joiner === undefined ? words : words.replace(/ و /g, joiner);
}
