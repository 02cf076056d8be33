import { describe, expect, it } from 'vitest';
import { buildDocumentModel, defaultClosing, renderDate } from '../../src/core/render/model.js';
import { DIRECTIVE, fixture, load } from './helpers.js';

const base = {
  schemaVersion: 1, kind: 'directive', id: 'test-draft', status: 'ready', title: 'دستورالعمل آزمایشی برای آزمون',
  municipality: { province: 'قم', city: 'قم' }, author: { name: 'نام', position: 'سمت' }, date: '1405/09/09', category: 'other',
  rationale: { problem: 'مسئله', proposal: 'پیشنهاد' }, preamble: 'مقدمه', enforcement: { responsible: ['الف'], supervisor: 'ب' },
};

describe('the document model', () => {
  it('numbers the definitions article as ماده ۱ and the others after it', () => {
    const m = buildDocumentModel(load(DIRECTIVE));
    expect(m.articles[0]).toMatchObject({ label: 'ماده ۱', title: 'تعاریف' });
    expect(m.articles[0]!.definitions!.map((d) => d.label)).toEqual(['الف', 'ب', 'پ', 'ت', 'ث']);
    expect(m.articles.map((a) => a.label)).toEqual(['ماده ۱', 'ماده ۲', 'ماده ۳', 'ماده ۴', 'ماده ۵', 'ماده ۶', 'ماده ۷', 'ماده ۸']);
    expect(m.articleCount).toBe(8);
    expect(m.noteCount).toBe(8);
    expect(m.closing).toBe('این دستورالعمل در ۸ ماده و ۸ تبصره تنظیم شده است.');
  });

  it('labels one note «تبصره» and several «تبصره ۱», «تبصره ۲»', () => {
    const m = buildDocumentModel({ ...base, articles: [{ text: 'یک', notes: [{ text: 'الف' }] }, { text: 'دو', notes: [{ text: 'x' }, { text: 'y' }] }] });
    expect(m.articles[0]!.notes.map((n) => n.label)).toEqual(['تبصره']);
    expect(m.articles[1]!.notes.map((n) => n.label)).toEqual(['تبصره ۱', 'تبصره ۲']);
  });

  it('letters clauses in the Persian alphabet when the draft gives no labels, and numbers items', () => {
    const clauses = Array.from({ length: 6 }, (_, i) => ({ text: `بند ${i}`, ...(i === 0 ? { items: ['یک', 'دو'] } : {}) }));
    const m = buildDocumentModel({ ...base, articles: [{ text: 'متن', clauses }] });
    expect(m.articles[0]!.clauses.map((c) => c.label)).toEqual(['الف', 'ب', 'پ', 'ت', 'ث', 'ج']);
    expect(m.articles[0]!.clauses[0]!.items.map((i) => i.label)).toEqual(['۱', '۲']);
  });

  it('writes the closing formula with the real counts, and keeps the draft\'s own closing', () => {
    expect(defaultClosing('دستورالعمل', 12, 5)).toBe('این دستورالعمل در ۱۲ ماده و ۵ تبصره تنظیم شده است.');
    expect(defaultClosing('دستورالعمل', 3, 0)).toBe('این دستورالعمل در ۳ ماده تنظیم شده است.');
    expect(buildDocumentModel({ ...base, articles: [{ text: 'x' }], closing: 'متن پایانی' }).closing).toBe('متن پایانی');
    expect(buildDocumentModel({ ...base, articles: [{ text: 'x' }] }).closing).toBe('این دستورالعمل در ۱ ماده تنظیم شده است.');
  });

  it('gives Jalali dates with month names and amounts in digits and words', () => {
    expect(renderDate('1405/09/09')).toBe('۹ آذر ۱۴۰۵');
    expect(renderDate('۱۴۰۳/۱۲/۳۰')).toBe('۳۰ اسفند ۱۴۰۳');
    const m = buildDocumentModel({ ...base, rationale: { ...base.rationale, financialImpact: { amount: 15_000_000_000_000, unit: 'rial' } }, articles: [] });
    expect(m.report.financial).toMatchObject({ digits: '۱۵٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال', words: 'پانزده هزار میلیارد ریال' });
    const big = buildDocumentModel({ ...base, rationale: { ...base.rationale, financialImpact: { amount: 123456789012345678901n, unit: 'rial' } }, articles: [] });
    expect(big.report.financial!.digits).toBe('۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲٬۳۴۵٬۶۷۸٬۹۰۱ ریال');
  });

  it('models a circular: addressees, subject, body, signatory and copies', () => {
    const m = buildDocumentModel(load(fixture('circular.yaml')));
    expect(m.kind).toBe('circular');
    expect(m.heading).toBe('پیش‌نویس بخشنامه');
    expect(m.circular!.addressees).toHaveLength(2);
    expect(m.circular!.copies[1]).toEqual({ to: 'سازمان حفاظت محیط زیست', purpose: 'جهت اطلاع و هماهنگی' });
    expect(m.signature).toEqual({ name: 'علی رضایی', position: 'معاون امور عمرانی وزیر کشور' });
    expect(m.organization).toBe('شهرداری تهران');
    expect(m.circular!.effectiveDate).toBe('۱ خرداد ۱۴۰۵');
  });

  it('shows the kind above the title unless the title already begins with it', () => {
    expect(buildDocumentModel({ ...base, articles: [] }).kicker).toBe('پیش‌نویس دستورالعمل');
    expect(buildDocumentModel(load(fixture('circular.yaml'))).kicker).toBeUndefined();
  });

  it('does not throw on a draft that is far from valid', () => {
    expect(() => buildDocumentModel({ kind: 'directive', articles: 'نه فهرست', definitions: [null, 3], enforcement: 7 })).not.toThrow();
    expect(() => buildDocumentModel({})).not.toThrow();
  });
});
