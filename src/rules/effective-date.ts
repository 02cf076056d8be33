import { defineRule, isRecord } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { toLatinDigits, toPersianDigits } from '../persian/digits.js';
import { compareJalali, daysBetween, formatJalali, type JalaliDate } from '../persian/jalali.js';
import { realDate } from './jalali-date.js';

const latin = (d: JalaliDate): string => toLatinDigits(formatJalali(d));

export default defineRule({
  meta: {
    id: 'effective-date',
    severity: 'error',
    fixable: false,
    description: {
      fa: 'تاریخ اجرا نباید پیش از تاریخ پیش‌نویس باشد',
      en: 'The effective date must not be before the draft’s date',
    },
    messages: {
      before: {
        fa: 'تاریخ اجرا ({effectiveFa}) {daysFa} روز پیش از تاریخ پیش‌نویس ({dateFa}) است؛ تاریخ اجرا باید همان روز یا پس از آن باشد.',
        en: 'The effective date ({effectiveEn}) is {daysEn} before the draft’s date ({dateEn}); it must be on or after that date.',
      },
    },
  },
  check(context) {
    const { draft } = context;
    const date = realDate(draft.date);
    if (date === undefined) return;
    const fields: Array<{ path: DataPath; value: unknown }> = [{ path: ['effectiveDate'], value: draft.effectiveDate }];
    if (isRecord(draft.enforcement)) fields.push({ path: ['enforcement', 'effectiveDate'], value: draft.enforcement.effectiveDate });
    for (const { path, value } of fields) {
      const effective = realDate(value);
      if (effective === undefined || compareJalali(effective, date) >= 0) continue;
      const days = daysBetween(effective, date);
      context.report({
        messageId: 'before',
        path,
        data: {
          effectiveFa: formatJalali(effective),
          effectiveEn: latin(effective),
          dateFa: formatJalali(date),
          dateEn: latin(date),
          daysFa: toPersianDigits(days),
          daysEn: days === 1 ? '1 day' : `${days} days`,
        },
      });
    }
  },
});
