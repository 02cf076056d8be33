import { describe, expect, it } from 'vitest';
import { digitValue, parseDigits, toLatinDigits, toPersianDigits } from '../../src/persian/digits.js';

describe('toPersianDigits', () => {
  it.each([
    ['1405/09/09', '۱۴۰۵/۰۹/۰۹'],
    ['0123456789', '۰۱۲۳۴۵۶۷۸۹'],
    ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'],
    ['۰۱۲۳۴۵۶۷۸۹', '۰۱۲۳۴۵۶۷۸۹'],
    ['ماده 12 و تبصره ٣', 'ماده ۱۲ و تبصره ۳'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toPersianDigits(input)).toBe(expected);
  });

  it.each([
    [0, '۰'],
    [1234567890, '۱۲۳۴۵۶۷۸۹۰'],
    [-42, '-۴۲'],
    [12345678901234567890n, '۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰'],
  ])('number %s → %s', (input, expected) => {
    expect(toPersianDigits(input)).toBe(expected);
  });

  it('returns a digit-free string unchanged', () => {
    const s = 'بدون عدد';
    expect(toPersianDigits(s)).toBe(s);
  });
});

describe('toLatinDigits', () => {
  it.each([
    ['۱۴۰۵/۰۹/۰۹', '1405/09/09'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['ماده ۱۲ و تبصره ٣ و 4', 'ماده 12 و تبصره 3 و 4'],
    ['abc', 'abc'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toLatinDigits(input)).toBe(expected);
  });
});

describe('parseDigits', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['۱۲', 12],
    ['١٢', 12],
    ['۱2', 12],
    ['007', 7],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('%s → %s', (input, expected) => {
    expect(parseDigits(input)).toBe(expected);
  });

  it.each(['', ' 1', '1 ', '-1', '+1', '1.5', '1,000', '۱٬۰۰۰', 'abc', '12a', '9007199254740992', '99999999999999999999'])(
    '%j is not a digit string',
    (input) => {
      expect(parseDigits(input)).toBeUndefined();
    },
  );
});

describe('digitValue', () => {
  it.each([
    ['7', 7],
    ['۷', 7],
    ['٧', 7],
    ['a', -1],
    ['/', -1],
  ])('%s → %s', (ch, expected) => {
    expect(digitValue(ch.charCodeAt(0))).toBe(expected);
  });
});
