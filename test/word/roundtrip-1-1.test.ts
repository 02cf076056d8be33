import { describe, expect, it } from 'vitest';
import { renderDocxDocument } from '../../src/core/render/docx.js';
import { buildDocumentModel, type DocumentModel } from '../../src/core/render/model.js';
import { importWord } from '../../src/core/word/index.js';

// A format 1.1 document model as the render model builds it (chapters with ordinal headings, items
// under an article, notes under a clause and an item, a table), written out here so that the Word
// writer and reader are tested on every shape whatever the render model of the day fills in.
const base = buildDocumentModel({
  kind: 'directive', id: 'isfahan-1405-test', status: 'draft', title: 'دستورالعمل نگهداری فضای سبز شهری اصفهان',
  municipality: { province: 'اصفهان', city: 'اصفهان' }, author: { name: 'مریم کاظمی', position: 'کارشناس حقوقی' }, date: '1405/08/01',
  preamble: 'به‌منظور حفظ فضای سبز شهر این دستورالعمل تدوین می‌شود.', enforcement: { responsible: ['معاونت خدمات شهری'], supervisor: 'شورای اسلامی شهر' },
});
const note = (label: string, text: string) => ({ label, text });
const model = {
  ...base,
  articles: [],
  chapters: [
    {
      heading: 'فصل اول',
      title: 'کلیات',
      articles: [
        { label: 'ماده ۱', number: 1, title: 'هدف', text: 'هدف این دستورالعمل نگهداری درختان معابر است.', items: [], clauses: [], notes: [], tables: [] },
      ],
      sections: [],
    },
    {
      heading: 'فصل دوم',
      title: 'وظایف',
      articles: [],
      sections: [
        {
          heading: 'بخش اول',
          title: 'وظایف مناطق',
          articles: [
            {
              label: 'ماده ۲', number: 2, text: 'مناطق شهرداری موظفند:', tables: [],
              items: [],
              clauses: [
                { label: 'الف', text: 'درختان معابر را آبیاری کنند.', items: [{ label: '۱', text: 'در تابستان هر هفته', clauses: [], notes: [] }, { label: '۲', text: 'در زمستان هر ماه', clauses: [], notes: [] }], clauses: [], notes: [note('تبصره', 'آبیاری با آب خام انجام می‌شود.')] },
                { label: 'ب', text: 'هرس درختان را در فصل مناسب انجام دهند.', items: [], clauses: [], notes: [] },
              ],
              notes: [note('تبصره ۱', 'گزارش عملکرد هر سه ماه ارسال می‌شود.'), note('تبصره ۲', 'مسئولیت اجرای این ماده با مدیر منطقه است.')],
            },
            {
              label: 'ماده ۳', number: 3, text: 'سهم هر منطقه از اعتبار به شرح جدول زیر است:', clauses: [], notes: [],
              items: [{ label: '۱', text: 'اعتبار از محل درآمدهای عمومی تأمین می‌شود.', clauses: [], notes: [note('تبصره', 'انتقال اعتبار بین مناطق ممنوع است.')] }],
              tables: [{ header: ['منطقه', 'سهم (درصد)'], rows: [['منطقه یک', '۴۰'], ['منطقه دو', '۶۰']] }],
            },
          ],
        },
      ],
    },
  ],
  singleArticle: false,
} as unknown as DocumentModel;

describe('round trip of format 1.1 shapes through Word', () => {
  it('chapters, sections, items, notes under a clause and an item, tables come back where they were', async () => {
    const { structure: s } = await importWord(await renderDocxDocument(model, '1405/08/01'));
    expect(s.articles).toEqual([]);
    expect(s.chapters).toEqual([
      { number: 1, title: 'کلیات', articles: [{ number: 1, title: 'هدف', text: 'هدف این دستورالعمل نگهداری درختان معابر است.' }] },
      {
        number: 2,
        title: 'وظایف',
        sections: [{
          number: 1,
          title: 'وظایف مناطق',
          articles: [
            {
              number: 2,
              text: 'مناطق شهرداری موظفند:',
              clauses: [
                { label: 'الف', text: 'درختان معابر را آبیاری کنند.', items: ['در تابستان هر هفته', 'در زمستان هر ماه'], notes: [{ text: 'آبیاری با آب خام انجام می‌شود.' }] },
                { label: 'ب', text: 'هرس درختان را در فصل مناسب انجام دهند.' },
              ],
              notes: [{ text: 'گزارش عملکرد هر سه ماه ارسال می‌شود.' }, { text: 'مسئولیت اجرای این ماده با مدیر منطقه است.' }],
            },
            {
              number: 3,
              text: 'سهم هر منطقه از اعتبار به شرح جدول زیر است:',
              items: [{ text: 'اعتبار از محل درآمدهای عمومی تأمین می‌شود.', notes: [{ text: 'انتقال اعتبار بین مناطق ممنوع است.' }] }],
              tables: [{ header: ['منطقه', 'سهم (درصد)'], rows: [['منطقه یک', '۴۰'], ['منطقه دو', '۶۰']] }],
            },
          ],
        }],
      },
    ]);
    expect(s.preamble).toBe('به‌منظور حفظ فضای سبز شهر این دستورالعمل تدوین می‌شود.');
    expect(s.warnings).toEqual([]);
  });
});
