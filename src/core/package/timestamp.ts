/**
 * The one timestamp a package carries (on every zip entry, in Bagging-Date and in submission.json):
 * SOURCE_DATE_EPOCH when the environment sets it (https://reproducible-builds.org/specs/source-date-epoch/),
 * otherwise midnight UTC of the draft's date. Never the clock, never the machine's time zone.
 */

import type { Bilingual } from '../engine/types.js';
import { parseDraftDate } from '../render/model.js';
import { jalaliDayNumber } from '../../persian/jalali.js';

export type PackageTimestamp =
  | { ok: true; date: Date; source: 'SOURCE_DATE_EPOCH' | 'draft-date' }
  | { ok: false; message: Bilingual };

const DAY_MS = 86_400_000;
const MAX_EPOCH = 253_402_300_799;

export function packageTimestamp(draftDate: unknown, env: Readonly<Record<string, string | undefined>>): PackageTimestamp {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch.trim() !== '') {
    const text = epoch.trim();
    const seconds = /^[0-9]{1,12}$/.test(text) ? Number(text) : NaN;
    const date = new Date(seconds * 1000);
    // Up to the last second of 9999, so that the ISO form stays four-digit YYYY.
    if (!Number.isSafeInteger(seconds) || seconds > MAX_EPOCH || Number.isNaN(date.getTime())) {
      return {
        ok: false,
        message: {
          fa: `مقدار SOURCE_DATE_EPOCH («${epoch}») عدد صحیح ثانیه از ۱ ژانویه ۱۹۷۰ نیست.`,
          en: `SOURCE_DATE_EPOCH ("${epoch}") is not a whole number of seconds since 1970-01-01.`,
        },
      };
    }
    return { ok: true, date, source: 'SOURCE_DATE_EPOCH' };
  }
  const jalali = parseDraftDate(draftDate);
  if (!jalali) {
    return {
      ok: false,
      message: {
        fa: 'تاریخ پیش‌نویس خوانا نیست، پس زمان فایل‌های بسته تعیین نشد؛ تاریخ را درست کنید یا SOURCE_DATE_EPOCH را بدهید.',
        en: 'The draft’s date cannot be read, so the package has no timestamp; fix the date or set SOURCE_DATE_EPOCH.',
      },
    };
  }
  return { ok: true, date: new Date(jalaliDayNumber(jalali) * DAY_MS), source: 'draft-date' };
}

/** `2026-11-30T00:00:00Z`: the timestamp to the second, in UTC. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2026-11-30`: the UTC calendar date, as Bagging-Date wants it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
