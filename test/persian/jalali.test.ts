import { describe, expect, it } from 'vitest';
import {
  compareJalali,
  daysBetween,
  formatJalali,
  formatJalaliLong,
  gregorianDayNumber,
  gregorianFromDayNumber,
  gregorianToJalali,
  isJalaliLeapYear,
  jalaliDayNumber,
  jalaliFromDayNumber,
  jalaliMonthLength,
  jalaliMonthName,
  jalaliToGregorian,
  parseJalaliDate,
  todayJalali,
  type JalaliDate,
} from '../../src/persian/jalali.js';

const j = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });

describe('isJalaliLeapYear', () => {
  it('matches ICU for 1395–1410', () => {
    const leap: number[] = [];
    for (let y = 1395; y <= 1410; y++) if (isJalaliLeapYear(y)) leap.push(y);
    expect(leap).toEqual([1395, 1399, 1403, 1408]);
  });

  it.each([
    [1403, true],
    [1399, true],
    [1404, false],
    [1405, false],
    [1354, true],
  ])('%s → %s', (y, expected) => {
    expect(isJalaliLeapYear(y)).toBe(expected);
  });

  it('has 8 leap years in every 33', () => {
    for (let start = 1; start < 3000; start += 33) {
      let count = 0;
      for (let y = start; y < start + 33; y++) if (isJalaliLeapYear(y)) count++;
      expect(count).toBe(8);
    }
  });
});

describe('jalaliMonthLength', () => {
  it.each([
    [1405, 1, 31],
    [1405, 6, 31],
    [1405, 7, 30],
    [1405, 11, 30],
    [1405, 12, 29],
    [1404, 12, 29],
    [1403, 12, 30],
  ])('%s/%s has %s days', (y, m, expected) => {
    expect(jalaliMonthLength(y, m)).toBe(expected);
  });

  it.each([0, 13, 1.5])('rejects month %s', (m) => {
    expect(() => jalaliMonthLength(1405, m)).toThrow(RangeError);
  });
});

describe('parseJalaliDate', () => {
  it.each([
    ['1405/09/09', j(1405, 9, 9)],
    ['۱۴۰۵/۰۹/۰۹', j(1405, 9, 9)],
    ['١٤٠٥/٠٩/٠٩', j(1405, 9, 9)],
    ['1405/9/9', j(1405, 9, 9)],
    ['۱۴۰۵/۹/۱۰', j(1405, 9, 10)],
    ['1403/12/30', j(1403, 12, 30)],
    ['1405/06/31', j(1405, 6, 31)],
    ['1405/12/29', j(1405, 12, 29)],
    [' 1405/09/09 ', j(1405, 9, 9)],
  ])('%j is %j', (text, date) => {
    expect(parseJalaliDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    '1405-09-09',
    '۱۴۰۵-۰۹-۰۹',
    '14050909',
    '05/09/09',
    '1405/9',
    '1405/009/09',
    '1405/09/09/01',
    '1405/09/09 x',
    '1405 / 09 / 09',
    '0000/01/01',
    '',
  ])('%j is a format error', (text) => {
    expect(parseJalaliDate(text)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['1405/13/01', 13],
    ['1405/00/10', 0],
    ['۱۴۰۵/۱۴/۰۱', 14],
  ])('%j has no such month', (text, month) => {
    expect(parseJalaliDate(text)).toEqual({ ok: false, reason: 'month', year: 1405, month });
  });

  it.each([
    ['1405/12/30', 1405, 12, 30, 29],
    ['1404/12/30', 1404, 12, 30, 29],
    ['1405/07/31', 1405, 7, 31, 30],
    ['1405/01/32', 1405, 1, 32, 31],
    ['1405/01/00', 1405, 1, 0, 31],
    ['1403/12/31', 1403, 12, 31, 30],
  ])('%j has no such day', (text, year, month, day, maxDay) => {
    expect(parseJalaliDate(text)).toEqual({ ok: false, reason: 'day', year, month, day, maxDay });
  });
});

describe('conversion', () => {
  // [Jalali, Gregorian]
  const fixedPoints: Array<[JalaliDate, { year: number; month: number; day: number }]> = [
    [j(1403, 1, 1), { year: 2024, month: 3, day: 20 }],
    [j(1404, 1, 1), { year: 2025, month: 3, day: 21 }],
    [j(1405, 1, 1), { year: 2026, month: 3, day: 21 }],
    [j(1405, 9, 9), { year: 2026, month: 11, day: 30 }],
    [j(1403, 12, 30), { year: 2025, month: 3, day: 20 }],
    [j(1354, 1, 1), { year: 1975, month: 3, day: 21 }],
    [j(1348, 10, 11), { year: 1970, month: 1, day: 1 }],
  ];

  it.each(fixedPoints)('%j ↔ %j', (jalali, gregorian) => {
    expect(jalaliToGregorian(jalali)).toEqual(gregorian);
    expect(gregorianToJalali(gregorian)).toEqual(jalali);
  });

  it('counts days since 1970-01-01', () => {
    expect(jalaliDayNumber(j(1348, 10, 11))).toBe(0);
    expect(jalaliDayNumber(j(1405, 9, 9))).toBe(Date.UTC(2026, 10, 30) / 86_400_000);
  });

  it('round-trips every day of 1300–1500, one day apart, agreeing with Date.UTC', () => {
    let expected = jalaliDayNumber(j(1300, 1, 1));
    for (let year = 1300; year <= 1500; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = jalaliMonthLength(year, month);
        for (let day = 1; day <= length; day++) {
          const date = j(year, month, day);
          const n = jalaliDayNumber(date);
          if (n !== expected) expect(n, `${year}/${month}/${day}`).toBe(expected);
          const back = jalaliFromDayNumber(n);
          if (back.year !== year || back.month !== month || back.day !== day) expect(back).toEqual(date);
          const g = jalaliToGregorian(date);
          if (Date.UTC(g.year, g.month - 1, g.day) / 86_400_000 !== n) {
            expect(g, `${year}/${month}/${day}`).toEqual(gregorianFromDayNumber(n));
          }
          const again = gregorianToJalali(g);
          if (again.year !== year || again.month !== month || again.day !== day) expect(again).toEqual(date);
          expected++;
        }
      }
    }
  });

  it('gives each year 365 days, 366 when leap', () => {
    for (let year = 1; year < 3000; year++) {
      const length = jalaliDayNumber(j(year + 1, 1, 1)) - jalaliDayNumber(j(year, 1, 1));
      if (length !== (isJalaliLeapYear(year) ? 366 : 365)) expect(length, String(year)).toBe(-1);
    }
  });

  it('round-trips Gregorian day numbers far from the present', () => {
    for (const n of [-800_000, -719_468, -1, 0, 1, 20_000, 2_000_000]) {
      expect(gregorianDayNumber(gregorianFromDayNumber(n))).toBe(n);
      expect(jalaliDayNumber(jalaliFromDayNumber(n))).toBe(n);
    }
  });

  const icu = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  it.runIf(icu.resolvedOptions().calendar === 'persian')('agrees with ICU on Nowruz and Esfand\'s end, 1300–1500', () => {
    const icuDate = (dayNumber: number): JalaliDate => {
      const parts = icu.formatToParts(new Date(dayNumber * 86_400_000));
      const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      return j(get('year'), get('month'), get('day'));
    };
    for (let year = 1300; year <= 1500; year++) {
      const nowruz = j(year, 1, 1);
      const lastDay = j(year, 12, jalaliMonthLength(year, 12));
      expect(icuDate(jalaliDayNumber(nowruz))).toEqual(nowruz);
      expect(icuDate(jalaliDayNumber(lastDay))).toEqual(lastDay);
    }
  });
});

describe('daysBetween and compareJalali', () => {
  it.each<[JalaliDate, JalaliDate, number]>([
    [j(1403, 12, 30), j(1404, 1, 1), 1],
    [j(1404, 12, 29), j(1405, 1, 1), 1],
    [j(1403, 1, 1), j(1404, 1, 1), 366],
    [j(1404, 1, 1), j(1405, 1, 1), 365],
    [j(1405, 6, 31), j(1405, 7, 1), 1],
    [j(1405, 1, 1), j(1405, 9, 9), 254],
    [j(1405, 9, 9), j(1405, 1, 1), -254],
    [j(1405, 9, 9), j(1405, 9, 9), 0],
  ])('%j → %j is %s days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each<[JalaliDate, JalaliDate, number]>([
    [j(1405, 9, 9), j(1405, 9, 9), 0],
    [j(1405, 9, 9), j(1405, 9, 10), -1],
    [j(1405, 10, 1), j(1405, 9, 30), 1],
    [j(1404, 12, 29), j(1405, 1, 1), -1],
  ])('compare %j with %j has sign %s', (a, b, sign) => {
    expect(Math.sign(compareJalali(a, b))).toBe(sign);
  });
});

describe('todayJalali', () => {
  it.each<[Date, JalaliDate]>([
    [new Date(2026, 10, 30, 0, 0, 1), j(1405, 9, 9)],
    [new Date(2026, 10, 30, 23, 59, 59), j(1405, 9, 9)],
    [new Date(2024, 2, 20, 12), j(1403, 1, 1)],
    [new Date(2025, 2, 20, 12), j(1403, 12, 30)],
  ])('uses the local date of %s', (now, expected) => {
    expect(todayJalali(now)).toEqual(expected);
  });

  it('defaults to now', () => {
    expect(todayJalali()).toEqual(todayJalali(new Date()));
  });
});

describe('formatting', () => {
  it.each<[JalaliDate, string, string]>([
    [j(1405, 9, 9), '۱۴۰۵/۰۹/۰۹', '۹ آذر ۱۴۰۵'],
    [j(1403, 12, 30), '۱۴۰۳/۱۲/۳۰', '۳۰ اسفند ۱۴۰۳'],
    [j(1404, 1, 1), '۱۴۰۴/۰۱/۰۱', '۱ فروردین ۱۴۰۴'],
  ])('%j → %s, %s', (date, short, long) => {
    expect(formatJalali(date)).toBe(short);
    expect(formatJalaliLong(date)).toBe(long);
  });

  it('round-trips formatJalali through parseJalaliDate', () => {
    const date = j(1405, 9, 9);
    expect(parseJalaliDate(formatJalali(date))).toEqual({ ok: true, date });
  });

  it('names the months', () => {
    const fa = Array.from({ length: 12 }, (_, i) => jalaliMonthName(i + 1, 'fa'));
    const en = Array.from({ length: 12 }, (_, i) => jalaliMonthName(i + 1, 'en'));
    expect(fa).toEqual([
      'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
    ]);
    expect(en).toEqual([
      'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar',
      'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
    ]);
    expect(jalaliMonthName(9)).toBe('آذر');
  });

  it('can say «Esfand 1405 has 29 days» from a day error', () => {
    const result = parseJalaliDate('1405/12/30');
    if (result.ok || result.reason !== 'day') throw new Error('expected a day error');
    expect(`${jalaliMonthName(result.month, 'en')} ${result.year} has ${result.maxDay} days`).toBe(
      'Esfand 1405 has 29 days',
    );
  });

  it.each([0, 13])('rejects month %s', (m) => {
    expect(() => jalaliMonthName(m, 'en')).toThrow(RangeError);
  });
});
