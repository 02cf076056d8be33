import { describe, expect, it } from 'vitest';
import { parseDeadline, summarize } from '../../src/core/batch/status.js';
import type { FileResult } from '../../src/core/engine/types.js';
import { statusTable } from '../../src/reporters/status.js';
import { plain } from '../../src/reporters/types.js';
import { cellWidth } from '../../src/reporters/width.js';

function result(file: string, status: string, errors: number, extra: Record<string, string> = {}): FileResult {
  return {
    file, findings: [], errorCount: errors, warningCount: 0, fixableCount: 0,
    meta: { id: file.replace('.yaml', ''), kind: 'directive', province: 'قم', city: 'قم', status, ...extra },
  } as FileResult;
}

describe('draft status in English', () => {
  it('says “1 of 2 drafts is … 1 is not”', () => {
    const report = summarize([result('a.yaml', 'ready', 0), result('b.yaml', 'draft', 0)], { today: { year: 1405, month: 9, day: 9 } });
    const text = statusTable(report, 'en', plain);
    expect(text).toContain('1 of 2 drafts is ready and valid; 1 is not (1 still marked draft, 0 marked ready but with errors).');
    const three = statusTable(summarize([result('a.yaml', 'draft', 0), result('b.yaml', 'draft', 0), result('c.yaml', 'ready', 0)]), 'en', plain);
    expect(three).toContain('1 of 3 drafts is ready and valid; 2 are not');
    const one = statusTable(summarize([result('a.yaml', 'ready', 0)]), 'en', plain);
    expect(one).toContain('\nThe draft is ready and valid.\n');
  });

  it('agrees in number for 0, 1 and 2 drafts ready, and says one draft as "the draft"', () => {
    const line = (...drafts: FileResult[]): string => statusTable(summarize(drafts), 'en', plain).trim().split('\n').at(-1)!;
    expect(line(result('a.yaml', 'draft', 0))).toBe('The draft is not ready: it is still marked draft.');
    expect(line(result('a.yaml', 'ready', 2))).toBe('The draft is not ready: it is marked ready but has errors.');
    expect(line(result('a.yaml', 'ready', 0))).toBe('The draft is ready and valid.');
    expect(line(result('a.yaml', 'draft', 0), result('b.yaml', 'ready', 1))).toBe('0 of 2 drafts are ready and valid; 2 are not (1 still marked draft, 1 marked ready but with errors).');
    expect(line(result('a.yaml', 'ready', 0), result('b.yaml', 'draft', 0))).toBe('1 of 2 drafts is ready and valid; 1 is not (1 still marked draft, 0 marked ready but with errors).');
    expect(line(result('a.yaml', 'ready', 0), result('b.yaml', 'ready', 0))).toBe('2 of 2 drafts are ready and valid; 0 are not (0 still marked draft, 0 marked ready but with errors).');
    for (const text of [line(result('a.yaml', 'draft', 0)), line(result('a.yaml', 'ready', 0), result('b.yaml', 'draft', 0))]) {
      expect(text).not.toMatch(/\b1 draft are|\b0 of 1\b/);
    }
  });

  it('lines up the columns on screen when a place name has a ZWNJ', () => {
    const report = summarize([result('a.yaml', 'draft', 0, { city: 'اسلام‌شهر', province: 'تهران' }), result('b.yaml', 'draft', 0, { city: 'قم' })]);
    const rows = statusTable(report, 'fa', plain).split('\n').slice(0, 3);
    const kindAt = rows.map((r) => cellWidth(r.slice(0, r.indexOf('دستورالعمل') === -1 ? r.indexOf('نوع') : r.indexOf('دستورالعمل'))));
    expect(new Set(kindAt).size).toBe(1);
  });
});

describe('status --deadline that is not a real date', () => {
  it('says why, as validate does: «اسفند ۱۴۰۵ ۲۹ روز دارد»', () => {
    expect(() => parseDeadline('1405/12/30')).toThrow(expect.objectContaining({
      messages: {
        fa: 'مهلت «۱۴۰۵/۱۲/۳۰» تاریخ شمسی درستی نیست: اسفند ۱۴۰۵ ۲۹ روز دارد.',
        en: 'The deadline "1405/12/30" is not a real Jalali date: Esfand 1405 has 29 days.',
      },
    }));
    expect(() => parseDeadline('1405/07/31')).toThrow(expect.objectContaining({ messages: expect.objectContaining({ fa: expect.stringContaining('مهر ۳۰ روز دارد') }) }));
    expect(() => parseDeadline('1405/13/01')).toThrow(expect.objectContaining({ messages: expect.objectContaining({ fa: expect.stringContaining('نه ۱۳') }) }));
    expect(parseDeadline('1403/12/30')).toEqual({ year: 1403, month: 12, day: 30 });
  });
});
