import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/core/word/structure.js';
import type { WordBlock } from '../../src/core/word/read-docx.js';

/** Paragraphs as read from a document: one string each, `>` in front for an indent. */
const doc = (...lines: string[]): WordBlock[] =>
  lines.map((line, i) => {
    const indent = /^>+/.exec(line)?.[0].length ?? 0;
    return { type: 'paragraph', index: i + 1, text: line.slice(indent), indent: indent * 360, bold: false };
  });

describe('the structure of a typed document', () => {
  it('«ماده واحده», its notes, a closing formula and a signature', () => {
    const s = buildStructure(doc(
      'بسمه تعالی',
      'مصوبه اصلاح ساعت کار ادارات شهرداری تبریز',
      'ماده واحده – ساعت کار ادارات شهرداری در روزهای پنجشنبه تا ساعت ۱۳ است.',
      'تبصره ۱ – واحدهای خدمات شهری مشمول این ماده نیستند.',
      'تبصره ۲ – این ماده از ابتدای سال ۱۴۰۵ اجرا می‌شود.',
      'این مصوبه در ماده واحده و دو تبصره تنظیم شده است.',
      'رضا حسینی',
      'شهردار تبریز',
    ), []);
    expect(s.singleArticle).toBe(true);
    expect(s.articles).toEqual([{ text: 'ساعت کار ادارات شهرداری در روزهای پنجشنبه تا ساعت ۱۳ است.', notes: [{ text: 'واحدهای خدمات شهری مشمول این ماده نیستند.' }, { text: 'این ماده از ابتدای سال ۱۴۰۵ اجرا می‌شود.' }] }]);
    expect(s.closing).toBe('این مصوبه در ماده واحده و دو تبصره تنظیم شده است.');
    expect(s.signatory).toEqual({ name: 'رضا حسینی', position: 'شهردار تبریز' });
  });

  it('abjad clauses; a note between two clauses is the first one’s, a note after the last the article’s', () => {
    const s = buildStructure(doc(
      'دستورالعمل آزمایشی نحوه وصول عوارض',
      'به‌منظور یکسان‌سازی وصول عوارض این دستورالعمل تدوین می‌شود.',
      'ماده ۱- شهرداری موظف است:',
      'الف) فهرست بدهکاران را تهیه کند.',
      'تبصره- فهرست هر سه ماه به‌روز می‌شود.',
      'ب) اخطاریه ارسال کند.',
      'ج) پرونده را به کمیسیون ماده ۷۷ بفرستد.',
      'تبصره- این ماده شامل بدهی‌های کمتر از یک میلیون ریال نیست.',
    ), []);
    const a = s.articles[0]!;
    expect(a.clauses!.map((c) => c.label)).toEqual(['الف', 'ب', 'ج']);
    expect(a.clauses![0]!.notes).toEqual([{ text: 'فهرست هر سه ماه به‌روز می‌شود.' }]);
    expect(a.notes).toEqual([{ text: 'این ماده شامل بدهی‌های کمتر از یک میلیون ریال نیست.' }]);
    expect(s.preamble).toBe('به‌منظور یکسان‌سازی وصول عوارض این دستورالعمل تدوین می‌شود.');
  });

  it('a note indented under the last clause is that clause’s; items after letters are the clause’s, letters after items sub-clauses', () => {
    const s = buildStructure(doc(
      'دستورالعمل آزمایشی ساماندهی پسماند شهری',
      'ماده ۱- وظایف مناطق:',
      '>الف- جمع‌آوری پسماند:',
      '>>۱- پسماند خانگی',
      '>>۲- پسماند تجاری',
      '>>تبصره- پسماند بیمارستانی جداگانه جمع‌آوری می‌شود.',
      'ماده ۲- اقدامات سازمان:',
      '۱- آموزش شهروندان که شامل موارد زیر است:',
      'الف- آموزش در مدارس',
      'ب- آموزش رسانه‌ای',
    ), []);
    expect(s.articles[0]!.clauses).toEqual([{ label: 'الف', text: 'جمع‌آوری پسماند:', items: ['پسماند خانگی', 'پسماند تجاری'], notes: [{ text: 'پسماند بیمارستانی جداگانه جمع‌آوری می‌شود.' }] }]);
    expect(s.articles[1]!.items).toEqual([{ text: 'آموزش شهروندان که شامل موارد زیر است:', clauses: [{ label: 'الف', text: 'آموزش در مدارس' }, { label: 'ب', text: 'آموزش رسانه‌ای' }] }]);
  });

  it('«ماده ۵۵ قانون شهرداری …» opening a paragraph is a citation, not an article; a paragraph without a label continues the one before', () => {
    const s = buildStructure(doc(
      'دستورالعمل آزمایشی اجرای بند ۲۰ ماده ۵۵',
      'ماده ۵۵ قانون شهرداری وظایف شهرداری را برشمرده است و این دستورالعمل بند ۲۰ آن را اجرا می‌کند.',
      'ماده ۱- مشاغل مزاحم شناسایی می‌شوند.',
      'فهرست آنها هر سال منتشر می‌شود.',
      'ماده ۵۵ قانون شهرداری مبنای این کار است.',
      'ماده ۲- این دستورالعمل از تاریخ ابلاغ اجرا می‌شود.',
    ), []);
    expect(s.preamble).toBe('ماده ۵۵ قانون شهرداری وظایف شهرداری را برشمرده است و این دستورالعمل بند ۲۰ آن را اجرا می‌کند.');
    expect(s.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(s.articles[0]!.text).toBe('مشاغل مزاحم شناسایی می‌شوند.\nفهرست آنها هر سال منتشر می‌شود.\nماده ۵۵ قانون شهرداری مبنای این کار است.');
  });

  it('enforcement lines and a rendered effective date', () => {
    const s = buildStructure(doc(
      'دستورالعمل آزمایشی نگهداری معابر شهری',
      'ماده ۱- معابر هر سال بازدید می‌شوند.',
      'مسئول اجرا: معاونت خدمات شهری؛ مناطق شهرداری',
      'ناظر بر اجرا: شورای اسلامی شهر',
      'تاریخ اجرا: ۱ فروردین ۱۴۰۶',
    ), []);
    expect(s.enforcement).toEqual({ responsible: ['معاونت خدمات شهری', 'مناطق شهرداری'], supervisor: 'شورای اسلامی شهر', effectiveDate: '۱۴۰۶/۰۱/۰۱' });
  });

  it('a circular with numbered paragraphs and their notes, copies', () => {
    const s = buildStructure(doc(
      'پیش‌نویس بخشنامه آزمایشی درباره ساعت کار',
      'گیرندگان:',
      'شهرداری‌های استان',
      'موضوع: ساعت کار',
      'با سلام و احترام،',
      '۱ـ ساعت کار از هفت تا چهارده است.',
      'تبصره- ادارات خدمات شهری مستثنا هستند.',
      '۲ـ مرخصی ساعتی با موافقت مدیر است.',
      'علی محمدی',
      'معاون توسعه مدیریت',
      'رونوشت:',
      'استانداری، جهت اطلاع',
    ), []);
    expect(s.kindHint).toBe('circular');
    expect(s.numberedBody).toBe(true);
    expect(s.body).toEqual([{ text: 'ساعت کار از هفت تا چهارده است.', notes: [{ text: 'ادارات خدمات شهری مستثنا هستند.' }] }, { text: 'مرخصی ساعتی با موافقت مدیر است.' }]);
    expect(s.signatory).toEqual({ name: 'علی محمدی', position: 'معاون توسعه مدیریت' });
    expect(s.copies).toEqual([{ to: 'استانداری', purpose: 'جهت اطلاع' }]);
  });
});

describe('letterhead or title', () => {
  it('an organisation line is letterhead above a title, and the title when nothing else could be', () => {
    const withTitle = buildStructure(doc('سازمان مدیریت پسماند', 'دستورالعمل آزمایشی تفکیک پسماند از مبدأ', 'ماده ۱- متن.'), []);
    expect(withTitle.dropped).toEqual(['سازمان مدیریت پسماند']);
    expect(withTitle.title).toBe('دستورالعمل آزمایشی تفکیک پسماند از مبدأ');
    const alone = buildStructure(doc('بسمه تعالی', 'سازمان مدیریت پسماند و تفکیک از مبدأ', 'ماده ۱- متن.'), []);
    expect(alone.title).toBe('سازمان مدیریت پسماند و تفکیک از مبدأ');
  });
});

describe('the YAML import writes', () => {
  it('reads back as exactly the structure, multi-paragraph texts as literal blocks', async () => {
    const { emitDraft } = await import('../../src/core/word/emit.js');
    const { parse } = await import('yaml');
    const s = buildStructure(doc(
      'دستورالعمل آزمایشی نوشتن متن چندبندی',
      'مقدمه در دو بند:',
      'بند دوم مقدمه با «نقل‌قول» و: دونقطه',
      'ماده ۱- متن نخست ماده.',
      'دنباله متن ماده.',
      '>الف- بند یک',
      '>ادامه بند یک',
      '>>۱- جزء یک',
      '>>ادامه جزء',
      'تبصره- تبصره یک',
      'ادامه تبصره #نه‌توضیح',
    ), []);
    const text = emitDraft({
      kind: 'directive', province: 'قم', city: 'قم', title: s.title!, id: 'qom-1405-test', category: 'legal', authorName: 'الف ب', authorPosition: 'کارشناس', date: '1405/09/01', articles: 1, legalBasis: [],
    }, s, { source: 'x.docx' });
    expect(text).toContain('preamble: |-\n  مقدمه در دو بند:\n  بند دوم مقدمه');
    const data = parse(text);
    expect(data.preamble).toBe('مقدمه در دو بند:\nبند دوم مقدمه با «نقل‌قول» و: دونقطه');
    expect(data.articles[0]).toEqual({
      number: 1, text: 'متن نخست ماده.\nدنباله متن ماده.',
      clauses: [{ label: 'الف', text: 'بند یک\nادامه بند یک', items: ['جزء یک\nادامه جزء'] }],
      notes: [{ text: 'تبصره یک\nادامه تبصره #نه‌توضیح' }],
    });
  });
});

describe('tables above the first article', () => {
  const table = (index: number, rows: string[][]): WordBlock => ({ type: 'table', index, rows });
  it('a letterhead laid out as a table is dropped; another table there is reported; the articles still follow', () => {
    const blocks: WordBlock[] = [
      table(1, [['بسمه تعالی', 'شماره:\nتاریخ: ۱۴۰۵/۰۹/۰۱\nپیوست: ندارد']]),
      ...doc('دستورالعمل آزمایشی با سرنامه جدولی'),
      table(5, [['ستون', 'دیگر'], ['یک', 'دو']]),
      ...doc('ماده ۱- متن ماده.').map((b) => ({ ...b, index: 9 })),
    ];
    const s = buildStructure(blocks, []);
    expect(s.dropped).toEqual(['بسمه تعالی', 'شماره:\nتاریخ: ۱۴۰۵/۰۹/۰۱\nپیوست: ندارد']);
    expect(s.title).toBe('دستورالعمل آزمایشی با سرنامه جدولی');
    expect(s.articles).toEqual([{ number: 1, text: 'متن ماده.' }]);
    expect(s.warnings.map((w) => [w.code, w.paragraph])).toEqual([['unplaced', 5]]);
  });
});
