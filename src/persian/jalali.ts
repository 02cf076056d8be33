/**
 * The Jalali (Solar Hijri) calendar with the 33-year arithmetic leap rule, the same arithmetic ICU's
 * Persian calendar uses. FORMAT.md binds the tool to this rule, so a date the checker accepts is a date
 * every ICU-based editor or library accepts too.
 */

import { parseDigits, toPersianDigits } from './digits.js';

export interface JalaliDate {
  year: number;
  /** 1 = Farvardin … 12 = Esfand. */
  month: number;
  day: number;
}

export interface GregorianDate {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

export type JalaliParseResult =
  | { ok: true; date: JalaliDate }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'month'; year: number; month: number }
  | { ok: false; reason: 'day'; year: number; month: number; day: number; maxDay: number };

const MONTH_NAMES_FA = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور',
  'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
] as const;

const MONTH_NAMES_EN = [
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar',
  'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
] as const;

/** Day number (days since 1970-01-01) of 1 Farvardin 1, i.e. Julian day 1948320 as in ICU. */
const EPOCH = 1948320 - 2440588;

// Floor division and a non-negative remainder, so years before the epoch follow the same rule.
const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => a - b * Math.floor(a / b);

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Jalali month must be an integer 1–12, got ${month}`);
  }
}

export function isJalaliLeapYear(year: number): boolean {
  return mod(25 * year + 11, 33) < 8;
}

/** Months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30 in a leap year. Throws on a month outside 1–12. */
export function jalaliMonthLength(year: number, month: number): number {
  assertMonth(month);
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

// Four digits for the year and one or two for month and day, in any digit script; the separator is
// only «/» because FORMAT.md says so and «-» would invite confusion with ISO Gregorian dates.
const DATE_PATTERN =
  /^([0-9\u06F0-\u06F9\u0660-\u0669]{4})\/([0-9\u06F0-\u06F9\u0660-\u0669]{1,2})\/([0-9\u06F0-\u06F9\u0660-\u0669]{1,2})$/;

/**
 * Parses `YYYY/MM/DD` (month and day may have one digit; Latin, Persian or Arabic-Indic digits; surrounding
 * whitespace is ignored) and checks that the date exists.
 */
export function parseJalaliDate(text: string): JalaliParseResult {
  const m = DATE_PATTERN.exec(text.trim());
  if (m === null) return { ok: false, reason: 'format' };
  // The pattern guarantees three digit groups, so parseDigits cannot fail here.
  const year = parseDigits(m[1] ?? '') ?? 0;
  const month = parseDigits(m[2] ?? '') ?? 0;
  const day = parseDigits(m[3] ?? '') ?? 0;
  if (year < 1) return { ok: false, reason: 'format' };
  if (month < 1 || month > 12) return { ok: false, reason: 'month', year, month };
  const maxDay = jalaliMonthLength(year, month);
  if (day < 1 || day > maxDay) return { ok: false, reason: 'day', year, month, day, maxDay };
  return { ok: true, date: { year, month, day } };
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function compareJalali(a: JalaliDate, b: JalaliDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Days since 1970-01-01 (so it agrees with `Date.UTC(...) / 86400000`). Arithmetic only: an
 * out-of-range day rolls over into the next month rather than throwing; validate first.
 */
export function jalaliDayNumber(date: JalaliDate): number {
  const { year, month, day } = date;
  const monthStart = month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6;
  return EPOCH + 365 * (year - 1) + floorDiv(8 * year + 21, 33) + monthStart + day - 1;
}

/** The Jalali date of a day number (days since 1970-01-01). */
export function jalaliFromDayNumber(dayNumber: number): JalaliDate {
  const days = dayNumber - EPOCH;
  const year = 1 + floorDiv(33 * days + 3, 12053);
  const dayOfYear = days - (365 * (year - 1) + floorDiv(8 * year + 21, 33));
  const month0 = dayOfYear < 216 ? floorDiv(dayOfYear, 31) : floorDiv(dayOfYear - 6, 30);
  const monthStart = month0 < 7 ? 31 * month0 : 30 * month0 + 6;
  return { year, month: month0 + 1, day: dayOfYear - monthStart + 1 };
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: JalaliDate, b: JalaliDate): number {
  return jalaliDayNumber(b) - jalaliDayNumber(a);
}

// Howard Hinnant's days_from_civil: proleptic Gregorian without Date, so years 0–99 are not remapped.
export function gregorianDayNumber(date: GregorianDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = date.month > 2 ? date.month - 3 : date.month + 9;
  const doy = floorDiv(153 * mp + 2, 5) + date.day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

export function gregorianFromDayNumber(dayNumber: number): GregorianDate {
  const z = dayNumber + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function jalaliToGregorian(date: JalaliDate): GregorianDate {
  return gregorianFromDayNumber(jalaliDayNumber(date));
}

export function gregorianToJalali(date: GregorianDate): JalaliDate {
  return jalaliFromDayNumber(gregorianDayNumber(date));
}

/** Today's Jalali date by the local calendar date of `now` (the machine's time zone). */
export function todayJalali(now: Date = new Date()): JalaliDate {
  return gregorianToJalali({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `۱۴۰۵/۰۹/۰۹`: Persian digits, zero-padded, as FORMAT.md writes dates. */
export function formatJalali(date: JalaliDate): string {
  return toPersianDigits(`${pad(date.year, 4)}/${pad(date.month, 2)}/${pad(date.day, 2)}`);
}

/**
 * A date typed with a one-digit month or day (`1405/9/5`, `۱۴۰۵/۹/۵`) in the `YYYY/MM/DD` form FORMAT.md
 * asks for: each one-digit part gets a zero in the digits it was typed in (`1405/09/05`, `۱۴۰۵/۰۹/۰۵`).
 * Anything else is returned as it is.
 */
export function padJalaliDate(text: string): string {
  const m = /^(\p{Nd}{4})\/(\p{Nd}{1,2})\/(\p{Nd}{1,2})$/u.exec(text);
  if (!m) return text;
  const pad = (part: string): string => (part.length === 1 ? String.fromCodePoint(part.codePointAt(0)! - Number(parseDigits(part))) + part : part);
  return `${m[1]}/${pad(m[2]!)}/${pad(m[3]!)}`;
}

/** `۹ آذر ۱۴۰۵`, the form rendered documents use. */
export function formatJalaliLong(date: JalaliDate): string {
  return `${toPersianDigits(date.day)} ${jalaliMonthName(date.month, 'fa')} ${toPersianDigits(date.year)}`;
}

/** Throws on a month outside 1–12. */
export function jalaliMonthName(month: number, lang: 'fa' | 'en' = 'fa'): string {
  assertMonth(month);
  const names = lang === 'fa' ? MONTH_NAMES_FA : MONTH_NAMES_EN;
  return names[month - 1] as string;
}
