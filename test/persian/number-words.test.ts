import { describe, expect, it } from 'vitest';
import { formatAmount, numberToWords, ordinalWord } from '../../src/persian/number-words.js';

describe('numberToWords', () => {
  it.each<[number | bigint, string]>([
    [0, 'صفر'],
    [7, 'هفت'],
    [10, 'ده'],
    [11, 'یازده'],
    [12, 'دوازده'],
    [15, 'پانزده'],
    [18, 'هجده'],
    [19, 'نوزده'],
    [20, 'بیست'],
    [21, 'بیست و یک'],
    [99, 'نود و نه'],
    [100, 'صد'],
    [101, 'صد و یک'],
    [105, 'صد و پنج'],
    [110, 'صد و ده'],
    [300, 'سیصد'],
    [512, 'پانصد و دوازده'],
    [999, 'نهصد و نود و نه'],
    [1000, 'یک هزار'],
    [1001, 'یک هزار و یک'],
    [1200, 'یک هزار و دویست'],
    [1205, 'یک هزار و دویست و پنج'],
    [20_000, 'بیست هزار'],
    [100_000, 'صد هزار'],
    [1_000_000, 'یک میلیون'],
    [2_500_000, 'دو میلیون و پانصد هزار'],
    [1_000_000_000, 'یک میلیارد'],
    [1_000_000_001, 'یک میلیارد و یک'],
    [1_000_001_000, 'یک میلیارد و یک هزار'],
    [1_000_000_000_000, 'یک هزار میلیارد'],
    [1_500_000_000_000, 'یک هزار و پانصد میلیارد'],
    [15_000_000_000_000, 'پانزده هزار میلیارد'],
    [15_000_000_000_007, 'پانزده هزار میلیارد و هفت'],
    [1_000_000_000_000_000, 'یک میلیون میلیارد'],
    [
      Number.MAX_SAFE_INTEGER,
      'نه میلیون و هفت هزار و صد و نود و نه میلیارد و دویست و پنجاه و چهار میلیون و هفتصد و چهل هزار و نهصد و نود و یک',
    ],
    [10n ** 18n, 'یک میلیارد میلیارد'],
    [2n * 10n ** 21n, 'دو هزار میلیارد میلیارد'],
    [0n, 'صفر'],
    [-5, 'منفی پنج'],
    [-1200n, 'منفی یک هزار و دویست'],
  ])('%s → %s', (n, expected) => {
    expect(numberToWords(n)).toBe(expected);
  });

  it('gives the same words for a number and its bigint', () => {
    for (const n of [0, 1, 19, 999, 1000, 123_456_789, 15e12, Number.MAX_SAFE_INTEGER]) {
      expect(numberToWords(BigInt(n))).toBe(numberToWords(n));
    }
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %s', (n) => {
    expect(() => numberToWords(n)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it.each<[number | bigint, string]>([
    [0, '۰'],
    [999, '۹۹۹'],
    [1000, '۱٬۰۰۰'],
    [123_456_789, '۱۲۳٬۴۵۶٬۷۸۹'],
    [15_000_000_000_000, '۱۵٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰'],
    [-1_234_567, '-۱٬۲۳۴٬۵۶۷'],
    [10n ** 20n, '۱۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰'],
  ])('%s → %s', (n, expected) => {
    expect(formatAmount(n)).toBe(expected);
  });

  it('separates with U+066C', () => {
    expect(formatAmount(1000).charCodeAt(1)).toBe(0x066c);
  });

  it('rejects a fraction', () => {
    expect(() => formatAmount(0.5)).toThrow(RangeError);
  });
});

describe('ordinalWord (chapter and section headings)', () => {
  it.each([
    [1, 'اول'], [2, 'دوم'], [3, 'سوم'], [4, 'چهارم'], [5, 'پنجم'], [6, 'ششم'], [7, 'هفتم'], [8, 'هشتم'],
    [9, 'نهم'], [10, 'دهم'], [11, 'یازدهم'], [12, 'دوازدهم'], [13, 'سیزدهم'], [19, 'نوزدهم'], [20, 'بیستم'],
    [21, 'بیست و یکم'], [22, 'بیست و دوم'], [23, 'بیست و سوم'], [30, 'سی\u200Cام'], [33, 'سی و سوم'],
    [40, 'چهلم'], [100, 'صدم'], [101, 'صد و یکم'], [130, 'صد و سی\u200Cام'],
  ])('%i → %s', (n, word) => {
    expect(ordinalWord(n)).toBe(word);
  });

  it('refuses zero, negatives and fractions', () => {
    for (const n of [0, -1, 1.5]) expect(() => ordinalWord(n)).toThrow(RangeError);
  });
});
