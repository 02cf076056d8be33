import { printable } from './printable.js';
import { cellWidth } from './width.js';
import { formatJalaliLong, jalaliMonthName } from '../persian/jalali.js';
import { toPersianDigits } from '../persian/digits.js';
import type { StatusReport } from '../core/batch/status.js';
import type { Lang } from '../core/engine/types.js';
import type { Palette } from './types.js';

const KIND: Record<string, { fa: string; en: string }> = {
  directive: { fa: 'دستورالعمل', en: 'directive' },
  circular: { fa: 'بخشنامه', en: 'circular' },
};

function cell(text: string, width: number): string {
  const w = cellWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** One line per draft, not-ready first, then the summary the committee reads before a deadline. */
export function statusTable(report: StatusReport, lang: Lang, palette: Palette): string {
  const n = (x: number): string => (lang === 'fa' ? toPersianDigits(x) : String(x));
  const head = lang === 'fa'
    ? ['وضعیت', 'شهرداری', 'نوع', 'شناسه', 'خطا', 'هشدار']
    : ['state', 'municipality', 'kind', 'id', 'errors', 'warnings'];
  const rows = report.drafts.map((d) => {
    const state = d.done
      ? (lang === 'fa' ? 'آماده ✔' : 'ready ✔')
      : d.status === 'ready'
        ? (lang === 'fa' ? 'ایراد دارد ✖' : 'has errors ✖')
        : d.status === 'draft'
          ? (lang === 'fa' ? 'پیش‌نویس' : 'draft')
          : (lang === 'fa' ? 'نامعتبر ✖' : 'invalid ✖');
    const place = [d.city, d.province].filter(Boolean).join(lang === 'fa' ? '، ' : ', ') || '?';
    const kind = d.kind ? KIND[d.kind]?.[lang] ?? d.kind : '?';
    return { done: d.done, cells: [state, printable(place), kind, printable(d.id ?? d.file), n(d.errors), n(d.warnings)] };
  });
  const widths = head.map((h, i) => Math.max(cellWidth(h), ...rows.map((r) => cellWidth(r.cells[i]!))));
  const lines = [palette.bold(head.map((h, i) => cell(h, widths[i]!)).join('  ').trimEnd())];
  for (const r of rows) {
    const line = r.cells.map((c, i) => cell(c, widths[i]!)).join('  ').trimEnd();
    lines.push(r.done ? line : r.cells[4] !== n(0) ? palette.red(line) : palette.yellow(line));
  }
  lines.push('');
  const notDone = report.total - report.done;
  if (lang === 'fa') {
    lines.push(palette.bold(`${n(report.done)} از ${n(report.total)} پیش‌نویس آماده و بی‌خطاست؛ ${n(notDone)} پیش‌نویس آماده نیست (${n(report.inDraft)} هنوز «پیش‌نویس»، ${n(report.readyWithErrors)} «آماده» اما با خطا).`));
  } else {
    lines.push(palette.bold(englishSummary(report.total, report.done, report.inDraft, report.readyWithErrors)));
  }
  if (report.deadline && report.daysLeft !== undefined) {
    const d = report.daysLeft;
    const when = formatJalaliLong(report.deadline);
    if (lang === 'fa') {
      lines.push(d > 0 ? `${n(d)} روز تا مهلت ${when} مانده است.` : d === 0 ? `مهلت ${when} امروز است.` : `مهلت ${when} ${n(-d)} روز پیش گذشته است.`);
    } else {
      const dl = report.deadline;
      const en = `${dl.day} ${jalaliMonthName(dl.month, 'en')} ${dl.year}`;
      lines.push(d > 0 ? `${d} day${d === 1 ? '' : 's'} left until the deadline (${en}).` : d === 0 ? `The deadline (${en}) is today.` : `The deadline (${en}) passed ${-d} day${d === -1 ? '' : 's'} ago.`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The English count line. One draft is said as "the draft" ("0 of 1 draft are" is no English); more
 * as "k of n drafts", the verb agreeing with k (1 is, 0 and 2 are).
 */
function englishSummary(total: number, done: number, inDraft: number, readyWithErrors: number): string {
  if (total === 1) {
    return done === 1 ? 'The draft is ready and valid.'
      : inDraft === 1 ? 'The draft is not ready: it is still marked draft.'
      : readyWithErrors === 1 ? 'The draft is not ready: it is marked ready but has errors.'
      : 'The draft is not ready.';
  }
  const be = (k: number): string => (k === 1 ? 'is' : 'are');
  const notDone = total - done;
  return `${done} of ${total} drafts ${be(done)} ready and valid; ${notDone} ${be(notDone)} not (${inDraft} still marked draft, ${readyWithErrors} marked ready but with errors).`;
}

export function statusJson(report: StatusReport): string {
  const date = (d?: { year: number; month: number; day: number }): string | undefined =>
    d ? `${d.year}/${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}` : undefined;
  return JSON.stringify({ ...report, today: date(report.today), deadline: date(report.deadline) }, null, 2) + '\n';
}

function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM, so Excel opens the Persian text as UTF-8. */
export function statusCsv(report: StatusReport): string {
  const head = ['file', 'id', 'kind', 'province', 'city', 'title', 'status', 'errors', 'warnings', 'ready_and_valid'];
  const rows = report.drafts.map((d) => [d.file, d.id, d.kind, d.province, d.city, d.title, d.status, d.errors, d.warnings, d.done].map(csvField).join(','));
  return '\uFEFF' + [head.join(','), ...rows].join('\r\n') + '\r\n';
}
