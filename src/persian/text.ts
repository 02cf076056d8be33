/** Small text helpers the Persian rules share. */

import { toLatinDigits } from './digits.js';

/**
 * Letters and combining marks of the scripts drafts are written in (Latin and Arabic-Persian), as
 * the body of a regex character class. Narrower than \p{L}\p{M}, whose tables V8 takes milliseconds
 * to build on the first match: rules on the `draft validate` start-up path use this instead.
 */
export const LETTER_CLASS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0610-\\u061A\\u0620-\\u065F' +
  '\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
/** Digits in the three scripts a draft may hold: Latin, Persian and Arabic-Indic. */
export const DIGIT_CLASS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';

/** Zero-width non-joiner, the Persian half-space («می‌شود»). */
export const ZWNJ = '\u200C';
/** Right-to-left mark; old Word documents put it where a half-space belongs. */
export const RLM = '\u200F';
/** Left-to-right mark. */
export const LRM = '\u200E';
/** Arabic letter mark. */
export const ALM = '\u061C';

const ARABIC_YEH = /[\u064A\u0649]/g;
const ARABIC_KAF = /\u0643/g;
// Invisible joiners and direction marks count as a gap: «می‌شود», «می‏شود» and «می شود» compare equal.
const NEEDS_NORMALIZING = /[\u064A\u0649\u0643\u0660-\u0669\u06F0-\u06F9\u200C\u200E\u200F\u061C\t\n\r\v\f\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u1680]|\s\s|^\s|\s$/;

/** Arabic ي ى → Persian ی and Arabic ك → Persian ک; same length, so offsets stay valid. */
export function toPersianLetters(s: string): string {
  // One scan for the usual case, a text with none of them; replace() would scan twice and copy.
  return ARABIC_ANY.test(s) ? s.replace(ARABIC_YEH, 'ی').replace(ARABIC_KAF, 'ک') : s;
}
const ARABIC_ANY = /[\u064A\u0649\u0643]/;

/**
 * A key for comparing titles and names as a reader would: Persian letters, Latin digits, and every run
 * of whitespace, ZWNJ or direction marks as one space, trimmed.
 */
export function normalizeForCompare(s: string): string {
  // Most titles are already in that form; comparing thousands of them in a batch should not copy each.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  // One pass into a reused buffer of UTF-16 code units, turned into a string once: a batch
  // normalises every title of a repository, and a string grown a character at a time costs ten times more.
  const codes = s.length <= scratch.length ? scratch : new Uint16Array(s.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isGap(c)) {
      gap = n > 0;
      continue;
    }
    if (gap) {
      codes[n++] = 0x20;
      gap = false;
    }
    if (c === 0x064a || c === 0x0649) c = 0x06cc;
    else if (c === 0x0643) c = 0x06a9;
    else if (c >= 0x06f0 && c <= 0x06f9) c = c - 0x06f0 + 0x30;
    else if (c >= 0x0660 && c <= 0x0669) c = c - 0x0660 + 0x30;
    codes[n++] = c;
  }
  return LITTLE_ENDIAN ? Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le') : String.fromCharCode(...codes.subarray(0, n));
}

const scratch = new Uint16Array(1024);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Whitespace (as \s has it), ZWNJ and the direction marks: each run of them is one gap. */
function isGap(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x200c || c === 0x200e || c === 0x200f || c === 0x061c || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// A plain letter-by-letter table; the ambiguous letters (ا, و, ی, ه, ع) are decided in translitWord().
const LETTERS: Readonly<Record<string, string>> = {
  'أ': 'a', 'إ': 'e', 'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 's', 'ج': 'j', 'چ': 'ch',
  'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'z', 'ر': 'r', 'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh',
  'ص': 's', 'ض': 'z', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ک': 'k', 'ك': 'k',
  'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ة': 'e', 'ۀ': 'e', 'ؤ': 'o', 'ئ': 'y', 'ء': '',
};
const VOWEL_LETTERS = new Set(['ا', 'آ', 'و', 'ی', 'ي', 'ى']);
// Harakat, superscript alef, hamza above and tatweel carry no letter of their own.
const SILENT = /[\u064B-\u065F\u0670\u0640]/g;
const WORD = /[\p{L}\p{N}\u200C]+/gu;

const NON_SLUG = /[^a-z0-9]/g;

function translitWord(word: string): string {
  if (word === 'و') return 'va';
  let out = '';
  // Whether the letter before sounded as a vowel: و and ی are consonants (v, y) next to a vowel and
  // vowels (o, i) between consonants, which is as far as a letter-by-letter reading can guess.
  let afterVowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const prev = word[i - 1];
    const next = word[i + 1];
    const initial = prev === undefined || prev === ZWNJ;
    const final = next === undefined || next === ZWNJ;
    const beforeVowel = next !== undefined && VOWEL_LETTERS.has(next);
    let latin: string;
    let vowel = false;
    switch (ch) {
      case ZWNJ: latin = ''; break;
      // A word-initial «ای» is the vowel i («ایلام» → ilam), so its alef is silent.
      case 'ا': latin = initial && (next === 'ی' || next === 'ي') ? '' : 'a'; vowel = true; break;
      case 'آ': latin = 'a'; vowel = true; break;
      case 'ع': latin = initial ? 'a' : ''; break;
      case 'و':
        vowel = !(initial || afterVowel || beforeVowel);
        latin = vowel ? 'o' : 'v';
        break;
      case 'ی': case 'ي': case 'ى':
        vowel = !(initial || afterVowel) || (prev === 'ا' && i === 1);
        latin = vowel ? 'i' : 'y';
        break;
      case 'ه': latin = final && !initial ? 'e' : 'h'; break;
      default:
        latin = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ? ch : LETTERS[ch] ?? '';
    }
    out += latin;
    afterVowel = vowel;
  }
  return out;
}

/**
 * A Latin slug (`^[a-z0-9]+(-[a-z0-9]+)*$`) from Persian text by a simple letter-by-letter
 * transliteration, for ids derived from titles. Whole words are kept while they fit `maxLength`; only
 * a first word longer than that is cut. May be empty when the text has no letters or digits.
 */
export function slugify(text: string, maxLength = 80): string {
  const prepared = toLatinDigits(text.normalize('NFC').toLowerCase()).replace(SILENT, '');
  const words: string[] = [];
  for (const match of prepared.matchAll(WORD)) {
    const latin = translitWord(match[0]).replace(NON_SLUG, '');
    if (latin !== '') words.push(latin);
  }
  let slug = '';
  for (const word of words) {
    const candidate = slug === '' ? word : `${slug}-${word}`;
    if (candidate.length > maxLength) break;
    slug = candidate;
  }
  if (slug === '' && words.length > 0) slug = (words[0] as string).slice(0, maxLength);
  return slug;
}
