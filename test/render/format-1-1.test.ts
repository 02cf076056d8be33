/**
 * Rendering the format 1.1 structures (FORMAT.md, "Version 1.1 additions") as a reader of the printed
 * document sees them: the words and labels in their order, checked on the visible text of the page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentModel, renderDraft } from '../../src/core/render/index.js';
import { ROOT, load, visibleText } from './helpers.js';

const base = {
  schemaVersion: 1.1, kind: 'directive', id: 'test-draft', status: 'ready', title: 'دستورالعمل آزمایشی برای آزمون',
  municipality: { province: 'قم', city: 'قم' }, author: { name: 'نام تهیه‌کننده', position: 'سمت تهیه‌کننده' }, date: '1405/09/09', category: 'other',
  rationale: { problem: 'مسئله', proposal: 'پیشنهاد' }, preamble: 'مقدمه', enforcement: { responsible: ['الف'], supervisor: 'ب' },
};

/** The visible text of the document part (before the justification report). */
const page = (data: Record<string, unknown>): string => visibleText(renderDraft(data)).split('گزارش توجیهی')[0]!;
/** Asserts the fragments appear in this order. */
function inOrder(text: string, fragments: string[]): void {
  let at = 0;
  for (const f of fragments) {
    const i = text.indexOf(f, at);
    expect(i, `«${f}» after position ${at} in: ${text.slice(at, at + 300)}`).toBeGreaterThanOrEqual(0);
    at = i + f.length;
  }
}

describe('chapters and sections', () => {
  const data = {
    ...base,
    definitions: [{ term: 'سازمان', definition: 'سازمان زیباسازی' }],
    chapters: [
      { title: 'کلیات', articles: [{ text: 'متن دوم' }] },
      { title: 'صدور مجوز', articles: [{ text: 'متن سوم' }], sections: [{ title: 'شرایط عمومی', articles: [{ text: 'متن چهارم' }] }, { title: 'بهای خدمات', articles: [{ text: 'متن پنجم' }] }] },
      { number: 3, title: 'نظارت', sections: [{ title: 'بازرسی', articles: [{ text: 'متن ششم' }] }] },
    ],
  };

  it('heads each chapter «فصل اول – …» and each section «بخش دوم – …», articles numbered on across them, the definitions article first', () => {
    inOrder(page(data), [
      'فصل اول – کلیات', 'ماده ۱ – تعاریف', 'ماده ۲ – متن دوم',
      'فصل دوم – صدور مجوز', 'ماده ۳ – متن سوم', 'بخش اول – شرایط عمومی', 'ماده ۴ – متن چهارم', 'بخش دوم – بهای خدمات', 'ماده ۵ – متن پنجم',
      'فصل سوم – نظارت', 'بخش اول – بازرسی', 'ماده ۶ – متن ششم',
      'این دستورالعمل در ۶ ماده تنظیم شده است.',
    ]);
  });

  it('keeps every article in the model\'s flat list too, for counts and other outputs', () => {
    const m = buildDocumentModel(data);
    expect(m.articles.map((a) => a.label)).toEqual(['ماده ۱', 'ماده ۲', 'ماده ۳', 'ماده ۴', 'ماده ۵', 'ماده ۶']);
    expect(m.chapters.map((c) => c.heading)).toEqual(['فصل اول', 'فصل دوم', 'فصل سوم']);
    expect(m.chapters[1]!.sections.map((s) => s.heading)).toEqual(['بخش اول', 'بخش دوم']);
  });
});

describe('items, nested clauses and notes under them', () => {
  const data = {
    ...base,
    articles: [{
      text: 'متن ماده',
      items: ['جزء یک', { text: 'جزء دو', clauses: [{ label: 'الف', text: 'زیربند الف' }, { label: 'ب', text: 'زیربند ب', notes: [{ text: 'تبصره زیربند' }] }, { label: 'ج', text: 'زیربند ج' }] }],
      clauses: [{ text: 'بند بی‌حرف', clauses: [{ text: 'زیربند بی‌حرف' }], notes: [{ text: 'تبصره یک بند' }, { text: 'تبصره دو بند' }] }],
      notes: [{ text: 'تبصره ماده' }],
    }],
  };

  it('writes items «۱ –» under the article text, then clauses, each with its notes, then the article\'s notes', () => {
    inOrder(page(data), [
      'ماده ۱ – متن ماده', '۱ – جزء یک', '۲ – جزء دو', 'الف – زیربند الف', 'ب – زیربند ب', 'تبصره – تبصره زیربند', 'ج – زیربند ج',
      'الف – بند بی‌حرف', 'الف – زیربند بی‌حرف', 'تبصره ۱ – تبصره یک بند', 'تبصره ۲ – تبصره دو بند', 'تبصره – تبصره ماده',
    ]);
  });

  it('counts every note in the default closing: under articles, clauses and items', () => {
    expect(buildDocumentModel(data).noteCount).toBe(4);
    expect(page(data)).toContain('این دستورالعمل در ۱ ماده و ۴ تبصره تنظیم شده است.');
  });

  it('gives missing labels in abjad order when the list\'s written labels follow it', () => {
    const m = buildDocumentModel({ ...base, articles: [{ text: 'x', clauses: [{ label: 'الف', text: 'a' }, { label: 'ب', text: 'b' }, { label: 'ج', text: 'c' }, { text: 'd' }, { text: 'e' }] }] });
    expect(m.articles[0]!.clauses.map((c) => c.label)).toEqual(['الف', 'ب', 'ج', 'د', 'هـ']);
  });
});

describe('quotes, added markers, tables and the definitions lead-in', () => {
  it('indents quoted wording in «», one paragraph or several', () => {
    const html = renderDraft({ ...base, articles: [{ text: 'ماده ۱۰۱ قانون شهرداری به شرح زیر اصلاح می‌شود:', quote: { of: 'ماده ۱۰۱ قانون شهرداری', text: ['بند نخست', 'بند دوم'] } }] });
    expect(html).toMatch(/<blockquote class="quote" title="ماده ۱۰۱ قانون شهرداری">\s*<p>«بند نخست<\/p>\s*<p>بند دوم»<\/p>/);
    const one = page({ ...base, articles: [{ text: 'متن', quote: { of: 'x', text: 'تنها بند' } }] });
    expect(one).toContain('«تنها بند»');
  });

  it('writes «(الحاقی به موجب … مورخ …)» after an added article, clause, item and note', () => {
    const added = { by: 'مصوبه شماره ۱۲ شورا', date: '1404/6/5' };
    const text = page({ ...base, articles: [{ text: 'متن ماده', added, clauses: [{ text: 'متن بند', added: { by: 'مصوبه دیگر' } }], items: [{ text: 'متن جزء', added }], notes: [{ text: 'متن تبصره', added }] }] });
    inOrder(text, [
      'متن ماده (الحاقی به موجب مصوبه شماره ۱۲ شورا مورخ ۱۴۰۴/۰۶/۰۵)',
      'متن جزء (الحاقی به موجب مصوبه شماره ۱۲ شورا مورخ ۱۴۰۴/۰۶/۰۵)',
      'متن بند (الحاقی به موجب مصوبه دیگر)',
      'متن تبصره (الحاقی به موجب مصوبه شماره ۱۲ شورا مورخ ۱۴۰۴/۰۶/۰۵)',
    ]);
  });

  it('draws a table right to left with its caption, header and rows, digits in Persian', () => {
    const html = renderDraft({ ...base, articles: [{ text: 'متن', tables: [{ caption: 'جدول نرخ', header: ['ردیف', 'نرخ'], rows: [[1, '12,500'], [2, '']] }] }] });
    const table = /<table class="law-table">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain('<caption>جدول نرخ</caption>');
    expect(table).toMatch(/<thead><tr><th scope="col">ردیف<\/th><th scope="col">نرخ<\/th><\/tr><\/thead>/);
    expect(table).toMatch(/<tr><td>۱<\/td><td>۱۲٬۵۰۰<\/td><\/tr>\s*<tr><td>۲<\/td><td><\/td><\/tr>/);
    expect(html).toMatch(/\.law-table \{[^}]*direction: rtl/);
    expect(html).toMatch(/\.law-table thead \{ display: table-header-group; \}/);
  });

  it('opens the definitions with the draft\'s own lead-in when it gives one', () => {
    const definitions = [{ term: 'سازمان', definition: 'سازمان زیباسازی' }];
    expect(page({ ...base, definitions, articles: [{ text: 'x' }], definitionsIntro: 'در این دستورالعمل واژه‌های زیر به کار رفته است:' })).toContain('ماده ۱ – تعاریف در این دستورالعمل واژه‌های زیر به کار رفته است: الف – سازمان:');
    expect(page({ ...base, definitions, articles: [{ text: 'x' }] })).toContain('در این دستورالعمل، اصطلاحات زیر در معانی مشروح مربوط به کار می‌روند:');
  });
});

describe('single article, the directive\'s signature and numbered circular paragraphs', () => {
  it('calls the one article «ماده واحده», and so does the closing', () => {
    const text = page({ ...base, singleArticle: true, articles: [{ text: 'متن تنها', notes: [{ text: 'تبصره تنها' }] }] });
    inOrder(text, ['ماده واحده – متن تنها', 'تبصره – تبصره تنها', 'این دستورالعمل در ماده واحده و ۱ تبصره تنظیم شده است.']);
    expect(text).not.toContain('ماده ۱');
  });

  it('does not say «ماده واحده» when singleArticle is set but there are two articles (document-shape reports that)', () => {
    expect(page({ ...base, singleArticle: true, articles: [{ text: 'یک' }, { text: 'دو' }] })).toContain('ماده ۲ – دو');
  });

  it('signs a directive with its signatory when it names one, else with its author', () => {
    const signed = renderDraft({ ...base, articles: [{ text: 'x' }], signatory: { name: 'شهردار قم', position: 'شهردار' } });
    expect(/<div class="signature">[\s\S]*?<\/div>\s*<\/div>/.exec(signed)![0]).toContain('شهردار قم');
    const unsigned = renderDraft({ ...base, articles: [{ text: 'x' }] });
    expect(/<div class="signature">[\s\S]*?<\/div>\s*<\/div>/.exec(unsigned)![0]).toContain('نام تهیه‌کننده');
  });

  it('numbers a circular\'s paragraphs «۱ـ», «۲ـ» with their notes when numberedBody is true', () => {
    const circular = { ...base, kind: 'circular', subject: 'موضوع', addressees: ['شهرداری‌ها'], signatory: { name: 'امضا', position: 'سمت' }, numberedBody: true, body: ['پاراگراف یک', { text: 'پاراگراف دو', notes: [{ text: 'تبصره پاراگراف' }] }] };
    inOrder(page(circular), ['۱ـ پاراگراف یک', '۲ـ پاراگراف دو', 'تبصره – تبصره پاراگراف']);
    expect(page({ ...circular, numberedBody: false })).not.toContain('۱ـ');
  });
});

describe('the 1.1 examples', () => {
  it('render as themselves: Isfahan with its chapters, table and quote; Tabriz as «ماده واحده»', () => {
    const isfahan = page(load(join(ROOT, 'examples/valid/isfahan-outdoor-advertising.yaml')));
    inOrder(isfahan, ['فصل اول – کلیات', 'ماده ۱ – تعاریف', 'فصل دوم – صدور مجوز', 'بخش اول – شرایط عمومی', '۳ – رعایت فاصله‌های زیر:', 'ب – فاصله از', 'تبصره – در محورهای تاریخی', 'بخش دوم – بهای خدمات و مهلت‌ها', 'جدول شماره ۱', 'فصل سوم – نظارت و ضمانت اجرا', '«ماده ۹ –', '(الحاقی به موجب مصوبه شماره ۴۵۱۲ شورای اسلامی شهر اصفهان مورخ ۱۴۰۵/۰۸/۲۰)', 'این دستورالعمل در سه فصل، ۸ ماده و ۴ تبصره تنظیم شده است.', 'علی قاسم‌زاده']);
    const m = buildDocumentModel(load(join(ROOT, 'examples/valid/isfahan-outdoor-advertising.yaml')));
    expect([m.articleCount, m.noteCount]).toEqual([8, 4]);
    const tabriz = page(load(join(ROOT, 'examples/valid/tabriz-installments-amendment.yaml')));
    inOrder(tabriz, ['ماده واحده – ماده ۴ دستورالعمل', '«ماده ۴ – مطالبات', 'سه قسط پیاپی، مانده بدهی یکجا مطالبه می‌شود.»', 'تبصره – قراردادهای تقسیطی', 'حسین اصغری']);
  });
});

describe('real texts transcribed verbatim (test/fixtures/real/) render as themselves', () => {
  it('the FIU bylaw: definitions lead-in, eight articles, numbered items, ten notes, counted as its closing states', () => {
    const data = load(join(ROOT, 'test/fixtures/real/fiu-bylaw.yaml'));
    const m = buildDocumentModel(data);
    // «این آییننامه در هشت ماده و ده تبصره تنظیم شده است.»
    expect([m.articleCount, m.noteCount]).toEqual([8, 10]);
    const text = page(data);
    inOrder(text, [
      'ماده ۱ – تعاریف در این آییننامه، اصطلاحات زیر در معانی مشروح مربوط به کار میروند:', 'الف – قانون:',
      'ماده ۲ – مرکز مؤسسه دولتی', 'ماده ۳ – رئیس مرکز', 'تبصره ۱ – رئیس مرکز مدیریت', 'تبصره ۴ –',
      'ماده ۴ – با هدف پیشگیری', '۱ – دریافت، گردآوری', '۲۶ – انجام سایر وظایف محوله',
      'این آییننامه در هشت ماده و ده تبصره تنظیم شده است.',
    ]);
  });

  it('the 1353 insurance amendment: «ماده واحده» quoting two articles of another law, in «»', () => {
    const data = load(join(ROOT, 'test/fixtures/real/insurance-amendment-1353.yaml'));
    const text = page(data);
    inOrder(text, ['ماده واحده – مواد (۲۸) و (۳۵) قانون تأسیس بیمه مرکزی', '«الف- ماده ۲۸- بیمه مرکزی ایران', 'ب- ماده ۳۵-', 'با موافقت قبلی بیمه مرکزی ایران صورت گیرد.»', 'این قانون مشتمل بر ماده واحده است.']);
    expect(text).not.toMatch(/ماده ۱ –/);
  });
});
