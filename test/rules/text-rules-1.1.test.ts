import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import placeholders from '../../src/rules/placeholders.js';
import latinPunctuation from '../../src/rules/latin-punctuation.js';
import zwnj from '../../src/rules/zwnj.js';
import rlmHalfSpace from '../../src/rules/rlm-half-space.js';
import presentationForms from '../../src/rules/presentation-forms.js';
import arabicLetters from '../../src/rules/arabic-letters.js';

/** FORMAT.md 1.1 refinements of the text rules. The text is the title on line 2, at column 8. */
const ready = (title: string): string => `status: ready\ntitle: ${title}\n`;

describe('placeholders: format 1.1', () => {
  ruleTester(placeholders, {
    valid: [
      // Real prose (see test/fixtures/prose/): an ellipsis that means "and so on" or elides a quotation.
      { name: '«و ...» = and so on', code: ready('در جشن‌ها حرکات موزون و ... شرکت کنند') },
      { name: '«(سرطان و…)»', code: ready('بیماری‌های صعب‌العلاج (سرطان و…) تحت پوشش است') },
      { name: 'an elided quotation', code: ready('ایالات متحده اعلام می‌دارند…') },
      { name: '«… و …»', code: ready('مدارک شناسایی، اسناد مالکیت … و … را ارائه کند') },
      { name: 'one ellipsis in the middle', code: ready('ماده ۱۰۱ – … اراضی واقع در محدوده') },
      { name: 'a dash inside a sentence', code: ready('فصل اول – کلیات') },
      // Real texts: "and so on" typed with four or five dots right after «و» (test/fixtures/prose/sentences.tsv).
      { name: '«و....» (a regulation of 1386)', code: ready('برای کارکنان و کاربران و.... بیخطر باشد') },
      { name: '«و.....» glued to the next word (a municipal page)', code: ready('مانند احداث بزرگراه و پارک و.....می شوند') },
      { name: '«و ......» with a space', code: ready('مدارک، اسناد و ...... را ارائه کند') },
    ],
    invalid: [
      { name: 'a blank date', code: ready('در تاریخ… به تایید رسید'), errors: [{ line: 2, column: 11, severity: 'error', message: '"تاریخ…"' }] },
      { name: 'مورخ …', code: ready('نامه شماره ۱۲ مورخ ... واصل شد'), errors: [{ line: 2, column: 22, message: '"مورخ ..."' }] },
      { name: 'مبلغ … ریال', code: ready('پرداخت … ریال جریمه'), errors: [{ line: 2, column: 15, message: '"… ریال"' }] },
      { name: 'نام: …', code: ready('"نام: … مسئول"'), errors: [{ line: 2, column: 9, message: '"نام: …"' }] },
      { name: 'two ellipses in a row', code: ready('به شماره …… ثبت شد'), errors: [{ line: 2, column: 11, message: '"شماره ……"' }] },
      { name: 'four dots', code: ready('به آقای .... ابلاغ شد'), errors: [{ line: 2, column: 16, message: '"...."' }] },
      { name: 'four dots after a word that only ends in «و»', code: ready('به آقای خسرو.... ابلاغ شد'), errors: [{ line: 2, column: 20, message: '"...."' }] },
      { name: 'five dots after «و» and a second space still a slot', code: ready('نام پدر و  ..... ثبت شد'), errors: [{ line: 2, column: 19, message: '"....."' }] },
      { name: 'only «…»', code: ready('"…"'), errors: [{ line: 2, column: 8, message: '"…"' }] },
      { name: 'only dashes', code: ready('"——"'), errors: [{ line: 2, column: 8, message: '"——"' }] },
      { name: 'only underscores', code: ready('____'), errors: [{ line: 2, column: 8, message: '"____"' }] },
      { name: '«[…]»', code: ready('"متن [...] ادامه"'), errors: [{ line: 2, column: 13, message: '"[...]"' }] },
      { name: 'a draft gets a warning', code: 'status: draft\ntitle: در تاریخ ... تصویب شد\n', errors: [{ line: 2, column: 11, severity: 'warning' }] },
    ],
  });
});

describe('latin-punctuation: format 1.1', () => {
  ruleTester(latinPunctuation, {
    valid: [
      // From real prose: commas inside Latin, Greek and CJK runs.
      { name: 'vitamins', code: ready('ویتامین‌های محلول در چربی (A,D,E,K) هستند') },
      { name: 'an English date', code: ready('در تاریخ Thursday, March 21, 2019 منتشر شد') },
      { name: 'Greek', code: ready('از ریشه phrēn, phren- (φρήν, φρεν-؛ به معنای ذهن)') },
      { name: 'Japanese', code: ready('سوشی (به ژاپنی: 馴れ寿司, 熟寿司) غذایی است') },
      { name: 'a French film title', code: ready('فیلم «Les Quatre Cents Coups, 1959» را ساخت') },
      { name: 'a thousands separator', code: ready('مبلغ ۱,۰۰۰ ریال') },
      { name: 'Latin digits in a list', code: ready('مواد 5, 6 و 7') },
    ],
    invalid: [
      { name: 'between Persian words', code: ready('تهران, قم'), errors: [{ line: 2, column: 13 }], output: ready('تهران، قم') },
      { name: 'after a closing guillemet', code: ready('«الف», «ب»'), errors: [{ line: 2, column: 13 }], output: ready('«الف»، «ب»') },
      { name: 'a semicolon between Persian words', code: ready('ابلاغ شد; سپس'), errors: [{ line: 2, column: 16 }], output: ready('ابلاغ شد؛ سپس') },
    ],
  });
});

describe('zwnj: Arabic letters too', () => {
  ruleTester(zwnj, {
    valid: [ready('مي‌شود'), ready('بخشنامه‌هاي')],
    invalid: [
      { name: '«مي شود»', code: ready('اجرا مي شود'), errors: [{ line: 2, column: 15, message: '"مي شود"' }], output: ready('اجرا مي\u200Cشود') },
      { name: '«نمي شود»', code: ready('نمي شود'), errors: [{ line: 2, column: 11 }], output: ready('نمي\u200Cشود') },
      { name: '«بخشنامه هاي»', code: ready('بخشنامه هاي وزارت'), errors: [{ line: 2, column: 15 }], output: ready('بخشنامه\u200Cهاي وزارت') },
    ],
  });
});

describe('rlm-half-space: the left-to-right mark and the soft hyphen', () => {
  ruleTester(rlmHalfSpace, {
    valid: [
      { name: 'an LRM between Latin letters', code: ready('a\u200Eb در متن') },
      { name: 'a soft hyphen in a Latin word', code: ready('infor\u00ADmation در متن') },
      { name: 'an LRM before digits', code: ready('ماده\u200E ۵') },
    ],
    invalid: [
      {
        name: 'an LRM as a half-space',
        code: ready('می\u200Eشود'),
        errors: [{ line: 2, column: 10, severity: 'warning', message: 'A left-to-right mark (U+200E) is used as a half-space in "می\u200Cشود"' }],
        output: ready('می\u200Cشود'),
      },
      {
        name: 'a soft hyphen as a half-space',
        code: ready('کتاب\u00ADها'),
        errors: [{ line: 2, column: 12, message: 'A soft hyphen (U+00AD)' }],
        output: ready('کتاب\u200Cها'),
      },
      { name: 'the RLM still', code: ready('می\u200Fشود'), errors: [{ line: 2, column: 10, message: 'right-to-left mark' }], output: ready('می\u200Cشود') },
    ],
  });
});

describe('bounded excerpts (issue 17: a huge space-free word is quoted in part)', () => {
  const huge = (unit: string): string => ready(unit.repeat(3000));
  it.each([
    ['arabic-letters', arabicLetters, 'كتاب'],
    ['rlm-half-space', rlmHalfSpace, 'می\u200F'],
    ['presentation-forms', presentationForms, 'ﯾﮑﯽ'],
  ] as const)('%s', (_id, rule, unit) => {
    const start = performance.now();
    const found = runRule(rule, huge(unit));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found.slice(0, 50)) {
      expect(f.messages.en.length).toBeLessThan(400);
      expect(f.messages.fa.length).toBeLessThan(400);
    }
    expect(performance.now() - start).toBeLessThan(20000);
  });
});
