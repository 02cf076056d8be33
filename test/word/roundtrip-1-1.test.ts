import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/render/docx.js';
import { importWord } from '../../src/core/word/index.js';

// A format 1.1 draft with the shapes the examples do not have: sections, notes under a clause and
// under an item, an item with a note beside a table.
const data = {
  schemaVersion: 1.1, kind: 'directive', id: 'isfahan-1405-test', status: 'draft', title: 'دستورالعمل نگهداری فضای سبز شهری اصفهان',
  municipality: { province: 'اصفهان', city: 'اصفهان' }, author: { name: 'مریم کاظمی', position: 'کارشناس حقوقی' }, date: '1405/08/01',
  preamble: 'به‌منظور حفظ فضای سبز شهر این دستورالعمل تدوین می‌شود.', enforcement: { responsible: ['معاونت خدمات شهری'], supervisor: 'شورای اسلامی شهر' },
  chapters: [
    { title: 'کلیات', articles: [{ title: 'هدف', text: 'هدف این دستورالعمل نگهداری درختان معابر است.' }] },
    {
      title: 'وظایف',
      sections: [{
        title: 'وظایف مناطق',
        articles: [
          {
            text: 'مناطق شهرداری موظفند:',
            clauses: [
              { label: 'الف', text: 'درختان معابر را آبیاری کنند.', items: ['در تابستان هر هفته', 'در زمستان هر ماه'], notes: [{ text: 'آبیاری با آب خام انجام می‌شود.' }] },
              { label: 'ب', text: 'هرس درختان را در فصل مناسب انجام دهند.' },
            ],
            notes: [{ text: 'گزارش عملکرد هر سه ماه ارسال می‌شود.' }, { text: 'مسئولیت اجرای این ماده با مدیر منطقه است.' }],
          },
          {
            text: 'سهم هر منطقه از اعتبار به شرح جدول زیر است:',
            items: [{ text: 'اعتبار از محل درآمدهای عمومی تأمین می‌شود.', notes: [{ text: 'انتقال اعتبار بین مناطق ممنوع است.' }] }],
            tables: [{ header: ['منطقه', 'سهم (درصد)'], rows: [['منطقه یک', '۴۰'], ['منطقه دو', '۶۰']] }],
          },
        ],
      }],
    },
  ],
};

describe('round trip of format 1.1 shapes through Word', () => {
  it('chapters, sections, items, notes under a clause and an item, tables come back where they were', async () => {
    const { structure: s } = await importWord(await renderDocx(data));
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
