import { daysBetween, jalaliMonthName, parseJalaliDate, todayJalali, type JalaliDate } from '../../persian/jalali.js';
import { toLatinDigits, toPersianDigits } from '../../persian/digits.js';
import type { Bilingual } from '../engine/types.js';
import { UsageError } from '../errors.js';
import type { FileResult } from '../engine/types.js';

export interface DraftStatus {
  file: string;
  id?: string;
  kind?: string;
  province?: string;
  city?: string;
  title?: string;
  status?: string;
  errors: number;
  warnings: number;
  /** Ready and without errors: it can be packaged and sent. */
  done: boolean;
}

export interface StatusReport {
  drafts: DraftStatus[];
  total: number;
  done: number;
  /** Drafts still marked `draft` (whether or not they have errors). */
  inDraft: number;
  /** Drafts marked `ready` that still have errors. */
  readyWithErrors: number;
  deadline?: JalaliDate;
  today: JalaliDate;
  /** Days from today to the deadline (negative once it has passed). */
  daysLeft?: number;
}

export function parseDeadline(text: string): JalaliDate {
  const parsed = parseJalaliDate(text);
  if (!parsed.ok) {
    // Say why, as the jalali-date rule does: «اسفند ۱۴۰۵ ۲۹ روز دارد».
    const why: Bilingual = parsed.reason === 'month'
      ? { fa: `ماه باید عددی از ۱ تا ۱۲ باشد، نه ${toPersianDigits(parsed.month)}`, en: `the month must be 1 to 12, not ${parsed.month}` }
      : parsed.reason === 'day'
        ? {
            fa: `${jalaliMonthName(parsed.month, 'fa')}${parsed.month === 12 ? ` ${toPersianDigits(parsed.year)}` : ''} ${toPersianDigits(parsed.maxDay)} روز دارد`,
            en: `${jalaliMonthName(parsed.month, 'en')}${parsed.month === 12 ? ` ${parsed.year}` : ''} has ${parsed.maxDay} days`,
          }
        : { fa: 'به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۵/۱۲/۱۵', en: 'write it as YYYY/MM/DD, e.g. 1405/12/15' };
    throw new UsageError({
      fa: `مهلت «${toPersianDigits(text)}» تاریخ شمسی درستی نیست: ${why.fa}.`,
      en: `The deadline "${toLatinDigits(text)}" is not a real Jalali date: ${why.en}.`,
    });
  }
  return parsed.date;
}

/** The committee's view of a batch: who is ready, who is not, and how long is left. */
export function summarize(results: readonly FileResult[], opts: { deadline?: JalaliDate; today?: JalaliDate } = {}): StatusReport {
  const today = opts.today ?? todayJalali();
  const drafts = results.map((r): DraftStatus => {
    const m = r.meta ?? {};
    return {
      file: r.file, id: m.id, kind: m.kind, province: m.province, city: m.city, title: m.title, status: m.status,
      errors: r.errorCount, warnings: r.warningCount,
      done: m.status === 'ready' && r.errorCount === 0,
    };
  });
  drafts.sort((a, b) => Number(a.done) - Number(b.done) || (a.province ?? '').localeCompare(b.province ?? '', 'fa') || (a.city ?? '').localeCompare(b.city ?? '', 'fa') || a.file.localeCompare(b.file));
  return {
    drafts,
    total: drafts.length,
    done: drafts.filter((d) => d.done).length,
    inDraft: drafts.filter((d) => d.status !== 'ready').length,
    readyWithErrors: drafts.filter((d) => d.status === 'ready' && d.errors > 0).length,
    today,
    ...(opts.deadline ? { deadline: opts.deadline, daysLeft: daysBetween(today, opts.deadline) } : {}),
  };
}
