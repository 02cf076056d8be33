import { defineRule, isRecord, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { toLatinDigits, toPersianDigits } from '../persian/digits.js';
import { isJalaliLeapYear, jalaliMonthName, padJalaliDate, parseJalaliDate, type JalaliDate } from '../persian/jalali.js';

/**
 * The `YYYY/MM/DD` shape exactly as the schema's `jalaliDate` pattern has it (no surrounding blanks):
 * text of another shape is the schema's to report, so this rule stays silent about it.
 */
const SHAPE = /^[0-9\u06F0-\u06F9\u0660-\u0669]{4}\/[0-9\u06F0-\u06F9\u0660-\u0669]{1,2}\/[0-9\u06F0-\u06F9\u0660-\u0669]{1,2}$/;

/**
 * The date fields of both kinds, wherever they stand in the draft. With the draft's `source`, the
 * `added` markers are looked for only when the word is in it (most drafts have none, and the walk
 * visits every article, clause and note).
 */
export function dateFields(draft: Record<string, unknown>, source?: string): Array<{ path: DataPath; value: unknown }> {
  const fields: Array<{ path: DataPath; value: unknown }> = [
    { path: ['date'], value: draft.date },
    { path: ['effectiveDate'], value: draft.effectiveDate },
  ];
  if (isRecord(draft.enforcement)) fields.push({ path: ['enforcement', 'effectiveDate'], value: draft.enforcement.effectiveDate });
  // A backslash may be a double-quoted escape that spells the key.
  if (source === undefined || source.includes('added') || source.includes('\\')) fields.push(...addedDates(draft));
  return fields;
}

const NESTED = ['articles', 'chapters', 'sections', 'clauses', 'items', 'notes', 'body'];

/**
 * The dates of `added` markers (FORMAT.md 1.1: `added: { by, date? }` on an article, clause, item or note),
 * wherever they stand: «(الحاقی به موجب … مورخ …)» renders them, so they are real dates too.
 */
function addedDates(draft: Record<string, unknown>): Array<{ path: DataPath; value: unknown }> {
  const out: Array<{ path: DataPath; value: unknown }> = [];
  // One path, pushed and popped; copied only for a date found.
  const path: Array<string | number> = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], depth + 1);
        path.pop();
      }
      return;
    }
    const record = value as Record<string, unknown>;
    if (isRecord(record.added) && record.added.date !== undefined) out.push({ path: [...path, 'added', 'date'], value: record.added.date });
    for (const key of NESTED) {
      if (!(key in record)) continue;
      path.push(key);
      walk(record[key], depth + 1);
      path.pop();
    }
  };
  walk(draft, 0);
  return out;
}

/** The date a field holds when it has the schema's shape and exists; undefined otherwise. */
export function realDate(value: unknown): JalaliDate | undefined {
  if (typeof value !== 'string' || !SHAPE.test(value)) return undefined;
  const parsed = parseJalaliDate(value);
  return parsed.ok ? parsed.date : undefined;
}

function checkField(context: RuleContext, path: DataPath, value: unknown): void {
  if (typeof value !== 'string' || !SHAPE.test(value)) return;
  const parsed = parseJalaliDate(value);
  // FORMAT.md writes YYYY/MM/DD; `1405/9/5` reads the same but sorts and compares wrongly as text.
  const padded = parsed.ok ? padJalaliDate(value) : value;
  if (parsed.ok && padded === value) return;
  // Built only for a date that is reported: most are fine.
  const shown = { dateFa: toPersianDigits(value), dateEn: toLatinDigits(value) };
  if (parsed.ok) {
    context.report({ messageId: 'padding', severity: 'warning', data: { ...shown, paddedFa: toPersianDigits(padded), paddedEn: toLatinDigits(padded) }, path, replacement: padded });
    return;
  }
  if (parsed.reason === 'format') {
    // The shape matched, so only a year 0000 gets here.
    context.report({ messageId: 'year', data: shown, path });
  } else if (parsed.reason === 'month') {
    context.report({ messageId: 'month', data: { ...shown, monthFa: toPersianDigits(parsed.month), monthEn: parsed.month }, path });
  } else {
    const { year, month, day, maxDay } = parsed;
    const data = {
      ...shown,
      nameFa: jalaliMonthName(month, 'fa'),
      nameEn: jalaliMonthName(month, 'en'),
      yearFa: toPersianDigits(year),
      yearEn: year,
      maxFa: toPersianDigits(maxDay),
      maxEn: maxDay,
    };
    if (day === 0) context.report({ messageId: 'day-zero', data, path });
    else if (month === 12) context.report({ messageId: isJalaliLeapYear(year) ? 'esfand-leap' : 'esfand', data, path });
    else context.report({ messageId: 'day', data, path });
  }
}

export default defineRule({
  meta: {
    id: 'jalali-date',
    severity: 'error',
    fixable: true,
    fixType: 'orthography',
    description: {
      fa: 'تاریخ شمسی باید تاریخی واقعی باشد، به شکل سال/ماه/روز با ماه و روز دورقمی (ماه ۱ تا ۱۲؛ شش ماه اول ۳۱ روز، پنج ماه بعد ۳۰ روز، اسفند ۲۹ یا در سال کبیسه ۳۰ روز)',
      en: 'A Jalali date must exist, written YYYY/MM/DD with a two-digit month and day (months 1–12; 31 days in months 1–6, 30 in 7–11, Esfand 29 or 30 in a leap year)',
    },
    messages: {
      padding: {
        fa: '{dateFa} را به شکل سال/ماه/روز با ماه و روز دورقمی بنویسید: {paddedFa}.',
        en: 'Write {dateEn} as YYYY/MM/DD, with a two-digit month and day: {paddedEn}.',
      },
      year: {
        fa: '{dateFa} تاریخ واقعی نیست: سال ۰۰۰۰ در تقویم هجری شمسی وجود ندارد؛ سال را چهاررقمی بنویسید، مانند ۱۴۰۵.',
        en: '{dateEn} is not a real date: there is no year 0000 in the Jalali calendar; write a four-digit year such as 1405.',
      },
      month: {
        fa: '{dateFa} تاریخ واقعی نیست: ماه باید عددی از ۱ تا ۱۲ باشد، نه {monthFa}.',
        en: '{dateEn} is not a real date: the month must be 1 to 12, not {monthEn}.',
      },
      'day-zero': {
        fa: '{dateFa} تاریخ واقعی نیست: روز ۰ وجود ندارد؛ روزهای {nameFa} از ۱ تا {maxFa} است.',
        en: '{dateEn} is not a real date: there is no day 0; the days of {nameEn} run from 1 to {maxEn}.',
      },
      day: {
        fa: '{dateFa} تاریخ واقعی نیست: ماه {nameFa} {maxFa} روز دارد.',
        en: '{dateEn} is not a real date: {nameEn} has {maxEn} days.',
      },
      esfand: {
        fa: '{dateFa} تاریخ واقعی نیست: اسفند {yearFa} (سال غیرکبیسه) {maxFa} روز دارد.',
        en: '{dateEn} is not a real date: Esfand {yearEn} has {maxEn} days ({yearEn} is not a leap year).',
      },
      'esfand-leap': {
        fa: '{dateFa} تاریخ واقعی نیست: اسفند {yearFa} (سال کبیسه) {maxFa} روز دارد.',
        en: '{dateEn} is not a real date: Esfand {yearEn} has {maxEn} days even in a leap year.',
      },
    },
  },
  check(context) {
    for (const { path, value } of dateFields(context.draft, context.source?.text)) checkField(context, path, value);
  },
});
