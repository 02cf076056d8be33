/**
 * Digit conversion between the three scripts a Persian text may use: Latin 0-9, Persian ۰-۹
 * (U+06F0–U+06F9, the national standard) and Arabic-Indic ٠-٩ (U+0660–U+0669, what Arabic
 * keyboards and some old documents produce).
 */

const LATIN_ZERO = 0x30;
const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** The digit's value 0–9 in any of the three scripts, or -1. */
export function digitValue(code: number): number {
  if (code >= LATIN_ZERO && code <= LATIN_ZERO + 9) return code - LATIN_ZERO;
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return code - PERSIAN_ZERO;
  if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) return code - ARABIC_ZERO;
  return -1;
}

// A loop over code units instead of a regex replace: most strings a rule sees contain no digit at all,
// and then the input is returned without allocating.
function mapDigits(s: string, zero: number, from: (code: number) => boolean): string {
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!from(code)) continue;
    out = (out ?? '') + s.slice(copied, i) + String.fromCharCode(zero + digitValue(code));
    copied = i + 1;
  }
  return out === undefined ? s : out + s.slice(copied);
}

const isLatinOrArabic = (c: number): boolean =>
  (c >= LATIN_ZERO && c <= LATIN_ZERO + 9) || (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9);
const isPersianOrArabic = (c: number): boolean =>
  (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) || (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9);

/** Latin and Arabic-Indic digits become Persian ones; everything else is kept. */
export function toPersianDigits(s: string | number | bigint): string {
  return mapDigits(typeof s === 'string' ? s : String(s), PERSIAN_ZERO, isLatinOrArabic);
}

/** Persian and Arabic-Indic digits become Latin ones; everything else is kept. */
export function toLatinDigits(s: string): string {
  return mapDigits(s, LATIN_ZERO, isPersianOrArabic);
}

/**
 * The value of a string made only of digits (any of the three scripts, mixed allowed). No sign,
 * separator or whitespace is accepted; undefined also when the value exceeds Number.MAX_SAFE_INTEGER.
 */
export function parseDigits(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return undefined;
    value = value * 10 + d;
  }
  return Number.isSafeInteger(value) ? value : undefined;
}
