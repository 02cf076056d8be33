/**
 * Reading the counts a closing formula states («این دستورالعمل در ۱۲ ماده و ۵ تبصره تنظیم شده است»,
 * «در پنج ماده و سه تبصره», «در (۱۴) ماده»), so the checker can compare them with the document.
 */

import { parseDigits } from './digits.js';
import { DIGIT_CLASS, LETTER_CLASS, toPersianLetters } from './text.js';

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ['صفر', 0],
  ['یک', 1], ['دو', 2], ['سه', 3], ['چهار', 4], ['پنج', 5], ['شش', 6], ['هفت', 7], ['هشت', 8], ['نه', 9],
  ['ده', 10], ['یازده', 11], ['دوازده', 12], ['سیزده', 13], ['چهارده', 14], ['پانزده', 15],
  ['شانزده', 16], ['هفده', 17], ['هجده', 18], ['هیجده', 18], ['نوزده', 19],
  ['بیست', 20], ['سی', 30], ['چهل', 40], ['پنجاه', 50], ['شصت', 60], ['هفتاد', 70], ['هشتاد', 80], ['نود', 90],
  ['صد', 100], ['یکصد', 100], ['دویست', 200], ['سیصد', 300], ['چهارصد', 400], ['پانصد', 500],
  ['ششصد', 600], ['هفتصد', 700], ['هشتصد', 800], ['نهصد', 900],
]);

// Half-spaces and direction marks become spaces: «یک‌صد» reads as «یک صد», «بیست‌و‌سه» as «بیست و سه».
const GAPS = /[\s\u200C\u200E\u200F\u061C]+/g;
const PARENTHESIZED = /^\(\s*(.*?)\s*\)$/s;

/** Whether a word (Persian letters, no ZWNJ) is a number word on its own: «پنج»، «یکصد». */
export function isNumberWord(word: string): boolean {
  return WORD_VALUES.has(word);
}

/** 0 for units, 1 for 10–99, 2 for hundreds: the parts of a compound must descend through these. */
const rank = (n: number): number => (n >= 100 ? 2 : n >= 10 ? 1 : 0);

function parseWords(text: string): number | undefined {
  const tokens = text.split(' ');
  // «چهل‌وهفت», «سی‌وچهار»: the «و» glued to the next number word once the half-spaces are gaps.
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i]!;
    if (t.length > 1 && t.charCodeAt(0) === 0x0648 && !WORD_VALUES.has(t) && WORD_VALUES.has(t.slice(1))) tokens.splice(i, 1, 'و', t.slice(1));
  }
  // «یک صد» written apart is one word, as in «یک صد و بیست».
  if (tokens[0] === 'یک' && tokens[1] === 'صد') tokens.splice(0, 2, 'یکصد');
  let total = 0;
  let lastRank = 3;
  let lastWasTeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (i % 2 === 1) {
      if (token !== 'و') return undefined;
      continue;
    }
    const value = WORD_VALUES.get(token);
    if (value === undefined) return undefined;
    if (value === 0) return tokens.length === 1 ? 0 : undefined;
    const r = rank(value);
    if (r >= lastRank || lastWasTeen) return undefined;
    total += value;
    lastRank = r;
    lastWasTeen = value >= 10 && value < 20;
  }
  return tokens.length % 2 === 1 ? total : undefined;
}

/**
 * A count written in digits (Persian, Latin or Arabic-Indic, optionally in parentheses: «(۱۴)») or in
 * Persian words up to 999 («بیست و سه», «یکصد و بیست و پنج»). Arabic ي/ك, ZWNJ and extra spaces are
 * tolerated. Undefined when the text is not a count.
 */
export function parseCount(text: string): number | undefined {
  let s = toPersianLetters(text).replace(GAPS, ' ').trim();
  const inner = PARENTHESIZED.exec(s);
  if (inner !== null) s = inner[1] ?? '';
  if (s === '') return undefined;
  return parseDigits(s) ?? parseWords(s);
}

export interface CountMatch {
  value: number;
  /** UTF-16 offset of the count in the input (inside the parentheses when it has them). */
  index: number;
  length: number;
  /** How the count is written, so a fix can answer in kind. */
  form: 'digits' | 'words';
}

export interface ClosingCounts {
  articles?: CountMatch;
  notes?: CountMatch;
}

const DIGIT = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]';
// Longer words first so that «سیصد» is tried before «سی»; what follows a word (a space) is what
// rejects a prefix, and trying the longer word first spares the backtracking.
const NUMBER_WORD = `(?:یک\\s+صد|${[...WORD_VALUES.keys()]
  .filter((w) => w !== 'صفر')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// «و» between parts may be glued to the next one once a half-space is a gap: «چهل‌وهفت» → «چهل وهفت».
const NUMBER_WORDS = `${NUMBER_WORD}(?:\\s+و\\s*${NUMBER_WORD})*`;
// The count is a whole word: not the tail of a longer one («نزدیک ماده» holds no «یک»).
const BEFORE = `(?<![${LETTER_CLASS}${DIGIT_CLASS}])`;

function countBefore(keyword: string): RegExp {
  return new RegExp(
    `${BEFORE}(?:\\(\\s*(?<pd>${DIGIT}+)\\s*\\)\\s*|(?<d>${DIGIT}+)\\s*|\\(\\s*(?<pw>${NUMBER_WORDS})\\s*\\)\\s*|(?<w>${NUMBER_WORDS})\\s+)` +
      `${keyword}(?![${LETTER_CLASS}])`,
    'dg',
  );
}

const ARTICLE = 'ماده';
const NOTE = 'تبصره';
const ARTICLES = countBefore(ARTICLE);
const NOTES = countBefore(NOTE);
// How far before a keyword a count may begin. The pattern is only tried from there on, so text without
// the keyword costs one indexOf and long text before it costs nothing; no real count is this long.
const WINDOW = 120;
// One code unit for one, so indices found in the prepared text are indices in the caller's text.
const INVISIBLE_GAPS = /[\u200C\u200E\u200F\u061C]/g;

function findCount(pattern: RegExp, keyword: string, prepared: string, original: string): CountMatch | undefined {
  const first = prepared.indexOf(keyword);
  if (first < 0) return undefined;
  // The leftmost match from here is the first keyword that has a count: a count cannot span a keyword.
  pattern.lastIndex = Math.max(0, first - WINDOW);
  const m = pattern.exec(prepared);
  if (m === null || m.indices?.groups === undefined) return undefined;
  for (const [name, form] of [['pd', 'digits'], ['d', 'digits'], ['pw', 'words'], ['w', 'words']] as const) {
    const span = m.indices.groups[name];
    if (span === undefined) continue;
    const [start, end] = span;
    const value = parseCount(original.slice(start, end));
    return value === undefined ? undefined : { value, index: start, length: end - start, form };
  }
  return undefined;
}

/**
 * The counts a closing sentence states: the number before «ماده» and the one before «تبصره» (first
 * occurrence of each). Index and length locate the count in `text` itself.
 */
export function findClosingCounts(text: string): ClosingCounts {
  const prepared = toPersianLetters(text).replace(INVISIBLE_GAPS, ' ');
  const result: ClosingCounts = {};
  const articles = findCount(ARTICLES, ARTICLE, prepared, text);
  if (articles !== undefined) result.articles = articles;
  const notes = findCount(NOTES, NOTE, prepared, text);
  if (notes !== undefined) result.notes = notes;
  return result;
}

/**
 * Every count before `keyword` («ماده» or «تبصره») in `text`, in order; index and length locate each
 * count in `text` itself. The closing-count rule decides which of them states the document's count.
 */
export function findCounts(text: string, which: 'articles' | 'notes'): CountMatch[] {
  const keyword = which === 'articles' ? ARTICLE : NOTE;
  const pattern = which === 'articles' ? ARTICLES : NOTES;
  const prepared = toPersianLetters(text).replace(INVISIBLE_GAPS, ' ');
  const out: CountMatch[] = [];
  let from = prepared.indexOf(keyword);
  while (from >= 0) {
    pattern.lastIndex = Math.max(0, from - WINDOW, out.length > 0 ? out[out.length - 1]!.index + out[out.length - 1]!.length : 0);
    const m = pattern.exec(prepared);
    if (m === null || m.indices?.groups === undefined) break;
    for (const [name, form] of [['pd', 'digits'], ['d', 'digits'], ['pw', 'words'], ['w', 'words']] as const) {
      const span = m.indices.groups[name];
      if (span === undefined) continue;
      const value = parseCount(text.slice(span[0], span[1]));
      if (value !== undefined) out.push({ value, index: span[0], length: span[1] - span[0], form });
      break;
    }
    from = prepared.indexOf(keyword, m.index + m[0].length);
  }
  return out;
}
