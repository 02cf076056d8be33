import { describe, expect, it } from 'vitest';
import { findClosingCounts, parseCount } from '../../src/persian/count-words.js';
import { toPersianDigits } from '../../src/persian/digits.js';
import { numberToWords } from '../../src/persian/number-words.js';

describe('parseCount', () => {
  it.each([
    ['۱۲', 12],
    ['12', 12],
    ['٣', 3],
    ['۰', 0],
    ['(۱۴)', 14],
    ['( ۱۴ )', 14],
    ['(14)', 14],
    [' ۷ ', 7],
    ['صفر', 0],
    ['یک', 1],
    ['نه', 9],
    ['ده', 10],
    ['پانزده', 15],
    ['هجده', 18],
    ['هیجده', 18],
    ['نوزده', 19],
    ['بیست', 20],
    ['نود', 90],
    ['صد', 100],
    ['یکصد', 100],
    ['یک‌صد', 100],
    ['یک صد', 100],
    ['دویست', 200],
    ['سیصد', 300],
    ['نهصد', 900],
    ['بیست و سه', 23],
    ['صد و دو', 102],
    ['سیصد و ده', 310],
    ['یکصد و بیست و پنج', 125],
    ['یک صد و بیست و پنج', 125],
    ['نهصد و نود و نه', 999],
    ['بیست‌و‌سه', 23],
    ['بيست  و  سه', 23],
    ['يك', 1],
    ['يکصد و يک', 101],
    ['(پنج)', 5],
    ['\u200Fپنج\u200F', 5],
  ])('%j → %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([
    '',
    '  ',
    '()',
    'abc',
    '-3',
    '1.5',
    '۱۲a',
    '(۱۲',
    'بیست و',
    'و سه',
    'بیست سه',
    'سه و بیست',
    'ده و سه',
    'بیست و ده',
    'بیست و یازده',
    'صد و صد',
    'صفر و یک',
    'پنجم',
    'هزار',
    'سه تبصره',
  ])('%j is not a count', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });

  it('reads back every number 0–999 in words and in Persian digits', () => {
    for (let n = 0; n <= 999; n++) {
      const words = numberToWords(n);
      if (parseCount(words) !== n) expect(parseCount(words), words).toBe(n);
      if (parseCount(toPersianDigits(n)) !== n) expect(parseCount(toPersianDigits(n))).toBe(n);
    }
  });
});

/** The expected match, located by the count's text (the nth occurrence when it repeats). */
function at(text: string, countText: string, value: number, form: 'digits' | 'words', nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(countText, index + 1);
  expect(index, `«${countText}» in «${text}»`).toBeGreaterThanOrEqual(0);
  return { value, index, length: countText.length, form };
}

describe('findClosingCounts', () => {
  it('locates the counts of the standard formula', () => {
    const text = 'این دستورالعمل در ۱۲ ماده و ۵ تبصره تنظیم شده است.';
    expect(findClosingCounts(text)).toEqual({
      articles: { value: 12, index: 18, length: 2, form: 'digits' },
      notes: { value: 5, index: 28, length: 1, form: 'digits' },
    });
  });

  it('points at the count, not the keyword', () => {
    const text = 'در ۷ ماده تنظیم شد';
    expect(findClosingCounts(text)).toEqual({ articles: { value: 7, index: 3, length: 1, form: 'digits' } });
  });

  // [text, articles, notes]; each count as [its text, value, form, which occurrence of its text].
  type Expected = [string, number, 'digits' | 'words', number?];
  const cases: Array<[string, Expected | undefined, Expected | undefined]> = [
    ['در پنج ماده و سه تبصره', ['پنج', 5, 'words'], ['سه', 3, 'words']],
    ['در (۱۴) ماده و (۲) تبصره', ['۱۴', 14, 'digits'], ['۲', 2, 'digits']],
    ['در ( ۱۴ ) ماده و ( ۲ ) تبصره', ['۱۴', 14, 'digits'], ['۲', 2, 'digits']],
    ['در 12 ماده و 5 تبصره', ['12', 12, 'digits'], ['5', 5, 'digits']],
    ['در ١٢ ماده و ٥ تبصره', ['١٢', 12, 'digits'], ['٥', 5, 'digits']],
    ['در بیست و سه ماده و یک تبصره', ['بیست و سه', 23, 'words'], ['یک', 1, 'words']],
    ['در یکصد و بیست و پنج ماده و دوازده تبصره', ['یکصد و بیست و پنج', 125, 'words'], ['دوازده', 12, 'words']],
    ['در یک صد و ده ماده', ['یک صد و ده', 110, 'words'], undefined],
    ['در بیست‌و‌سه ماده و نوزده تبصره', ['بیست‌و‌سه', 23, 'words'], ['نوزده', 19, 'words']],
    ['اين دستورالعمل در دوازده ماده و يك تبصره تنظيم شد', ['دوازده', 12, 'words'], ['يك', 1, 'words']],
    ['در دوازده (۱۲) ماده و پنج (۵) تبصره', ['۱۲', 12, 'digits'], ['۵', 5, 'digits']],
    ['در (پنج) ماده', ['پنج', 5, 'words'], undefined],
    ['در سیصد ماده', ['سیصد', 300, 'words'], undefined],
    // «ماده» itself ends in «ده»: the count is the second occurrence.
    ['در دو ماده و ده تبصره', ['دو', 2, 'words'], ['ده', 10, 'words', 1]],
    ['تنظیم شده در ۱۰ماده', ['۱۰', 10, 'digits'], undefined],
    ['در ۱۲\nماده و ۳\u200Cتبصره', ['۱۲', 12, 'digits'], ['۳', 3, 'digits']],
    ['در ۱۲ ماده‌ و ۳ تبصره‌ تنظیم شد', ['۱۲', 12, 'digits'], ['۳', 3, 'digits']],
    ['در ۳ تبصره و ۴ ماده', ['۴', 4, 'digits'], ['۳', 3, 'digits']],
    ['در شش ماده', ['شش', 6, 'words'], undefined],
    ['با یک تبصره', undefined, ['یک', 1, 'words']],
    ['این دستورالعمل پس از تصویب لازم‌الاجراست.', undefined, undefined],
    ['نزدیک ماده', undefined, undefined],
    ['طرح در ۵ آماده‌سازی شد', undefined, undefined],
    ['بهشت ماده', undefined, undefined],
    ['ماده ۵ و تبصره ۲', undefined, undefined],
    ['در سه و بیست ماده', undefined, undefined],
  ];

  it.each(cases)('%j', (text, articles, notes) => {
    const expected: Record<string, unknown> = {};
    if (articles) expected.articles = at(text, ...articles);
    if (notes) expected.notes = at(text, ...notes);
    expect(findClosingCounts(text)).toEqual(expected);
  });

  it('finds a count after long text and after a keyword that has none', () => {
    const text = `${'متن مقدمه '.repeat(500)}طبق ماده قانون، این دستورالعمل در ده ماده و ۲ تبصره تنظیم شد`;
    expect(findClosingCounts(text)).toEqual({
      articles: { value: 10, index: text.indexOf('در ده ماده') + 3, length: 2, form: 'words' },
      notes: at(text, '۲', 2, 'digits'),
    });
  });

  it('stays fast on a long run of number words', () => {
    const text = `${'بیست و '.repeat(3000)}سه ماده`;
    const start = performance.now();
    expect(findClosingCounts(text).articles).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('takes the first count before each keyword', () => {
    const text = 'در ۳ ماده و ۲ تبصره؛ و ۴ ماده';
    expect(findClosingCounts(text).articles).toEqual(at(text, '۳', 3, 'digits'));
  });

  it('gives offsets into the caller\'s text when letters are Arabic and gaps are ZWNJ', () => {
    const text = 'اين دستورالعمل در بيست\u200Cو\u200Cيك ماده تنظيم شد';
    const found = findClosingCounts(text).articles;
    expect(found).toBeDefined();
    expect(text.slice(found!.index, found!.index + found!.length)).toBe('بيست\u200Cو\u200Cيك');
    expect(found!.value).toBe(21);
  });
});
