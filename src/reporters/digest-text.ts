/** Wording the digest's renderers share, so the HTML and Markdown reports say the same things. */

import { toPersianDigits } from '../persian/digits.js';
import type { Digest, DigestError } from '../core/digest/types.js';

export const fa = (n: number | string): string => toPersianDigits(String(n));

export const TITLE = 'گزارش یکپارچه پیشنهادها، مسائل و نیازهای شهرداری‌ها';
export const SUBTITLE = 'برای کمیته پنج‌نفره شهرداران، جهت ارائه به وزارت کشور';

export const KIND_NAMES: Record<string, string> = { directive: 'دستورالعمل', circular: 'پیش‌نویس بخشنامه' };
export const STATUS_NAMES: Record<string, string> = { draft: 'در دست تهیه', ready: 'آماده' };

/** «۷ شهرداری درباره …»: the line a group is read by. */
export function groupHeadline(g: Digest['groups'][number]): string {
  return `${fa(g.municipalities)} شهرداری (${fa(g.members.length)} پیشنهاد) درباره «${g.label}»`;
}

export function place(x: { province: string; city: string }): string {
  return [x.city, x.province].filter(Boolean).join('، ') || 'نامشخص';
}

export function errorLine(e: DigestError): string {
  const at = e.file ? `${e.file}${e.line ? `:${fa(e.line)}` : ''}` : e.line ? `سطر ${fa(e.line)}` : '';
  return `${at ? `${at} — ` : ''}${e.message.fa} (${e.code})`;
}

/** Percent with one decimal at most, in Persian digits. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '۰٪';
  const p = Math.round((part / whole) * 1000) / 10;
  return `${fa(String(p).replace('.', '٫'))}٪`;
}

/**
 * A group's members as the committee reads them: by province, each city once with how many of the
 * group's submissions it sent («اصفهان: اصفهان (۳)، کاشان»), provinces in the order of the table.
 */
export function membersByProvince(members: Digest['groups'][number]['members']): Array<{ province: string; cities: string[] }> {
  const byProvince = new Map<string, Map<string, number>>();
  for (const m of members) {
    const cities = byProvince.get(m.province) ?? new Map<string, number>();
    byProvince.set(m.province, cities);
    cities.set(m.city, (cities.get(m.city) ?? 0) + 1);
  }
  const collator = new Intl.Collator('fa');
  return [...byProvince].sort(([a], [b]) => collator.compare(a, b)).map(([province, cities]) => ({
    province: province || 'نامشخص',
    cities: [...cities].sort(([a], [b]) => collator.compare(a, b)).map(([city, n]) => (n > 1 ? `${city || 'نامشخص'} (${fa(n)})` : city || 'نامشخص')),
  }));
}
