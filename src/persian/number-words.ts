/**
 * Integers in Persian words and digits, for amounts in rendered documents
 * («۱۵٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال (پانزده هزار میلیارد ریال)»).
 *
 * Thousands take «یک» like millions and billions do («یک هزار و دویست»), the form administrative and
 * financial texts use so that an amount in words cannot be read or altered as another; hundreds are
 * «صد» («صد و پنج»). Above a billion the scales repeat («هزار میلیارد», «میلیون میلیارد») because the
 * ministry does not use تریلیون.
 */

import { toPersianDigits } from './digits.js';

const ONES = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'] as const;
const TEENS = [
  'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده',
] as const;
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'] as const;
const HUNDREDS = [
  '', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد',
] as const;

const AND = ' و ';
const BILLION = 1_000_000_000n;
const THOUSAND_SEPARATOR = '\u066C';

/** 1–999 in words. */
function below1000(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) parts.push(HUNDREDS[h] as string);
  if (rest >= 20) {
    parts.push(TENS[Math.floor(rest / 10)] as string);
    if (rest % 10 > 0) parts.push(ONES[rest % 10] as string);
  } else if (rest >= 10) {
    parts.push(TEENS[rest - 10] as string);
  } else if (rest > 0) {
    parts.push(ONES[rest] as string);
  }
  return parts.join(AND);
}

/** 1 – 999,999,999 in words. */
function belowBillion(n: number): string {
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const units = n % 1000;
  if (millions > 0) parts.push(`${below1000(millions)} میلیون`);
  if (thousands > 0) parts.push(`${below1000(thousands)} هزار`);
  if (units > 0) parts.push(below1000(units));
  return parts.join(AND);
}

function positiveToWords(n: bigint): string {
  if (n < BILLION) return belowBillion(Number(n));
  const billions = n / BILLION;
  const rest = n % BILLION;
  const head = `${positiveToWords(billions)} میلیارد`;
  return rest === 0n ? head : head + AND + belowBillion(Number(rest));
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Expected an integer within Number.MAX_SAFE_INTEGER (use a bigint beyond), got ${n}`);
  }
  return BigInt(n);
}

/** Persian words for an integer; negative numbers are prefixed «منفی». Throws on non-integers. */
export function numberToWords(n: number | bigint): string {
  const value = toBigInt(n);
  if (value === 0n) return 'صفر';
  if (value < 0n) return `منفی ${positiveToWords(-value)}`;
  return positiveToWords(value);
}

/** Persian digits grouped by three with the Arabic thousands separator U+066C «٬». Throws on non-integers. */
export function formatAmount(n: number | bigint): string {
  const value = toBigInt(n);
  const digits = (value < 0n ? -value : value).toString();
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped === '' ? group : group + THOUSAND_SEPARATOR + grouped;
  }
  return toPersianDigits((value < 0n ? '-' : '') + grouped);
}

/**
 * The ordinal word of a positive integer, as chapter and section headings use it («فصل اول»,
 * «بخش دوم», «فصل بیست و یکم»): «اول» for one alone (in a compound it is «یکم»: «بیست و یکم»), «سوم»
 * for three, «سی‌ام» for a number ending in thirty (the «ی» takes «‌ام» with a half-space), otherwise
 * the cardinal with «م» («پنجم», «دهم», «صدم»).
 */
export function ordinalWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Expected a positive integer, got ${n}`);
  if (n === 1) return 'اول';
  const words = numberToWords(n).split(AND);
  const last = words[words.length - 1]!;
  words[words.length - 1] = last === 'سه' ? 'سوم' : last.endsWith('سی') ? `${last}\u200Cام` : `${last}م`;
  return words.join(AND);
}
