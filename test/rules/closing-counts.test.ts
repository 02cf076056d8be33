import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import rule from '../../src/rules/closing-counts.js';

/** A directive with three articles holding 2 + 0 + 1 = 3 notes, and the given closing line(s). */
const directive = (closing: string, definitions = false): string =>
  'kind: directive\n' +
  (definitions ? 'definitions:\n  - term: شهرداری\n    definition: شهرداری قم\n' : '') +
  'articles:\n' +
  '  - text: یک\n    notes:\n      - text: الف\n      - text: ب\n' +
  '  - text: دو\n    clauses:\n      - text: بند\n' +
  '  - text: سه\n    notes:\n      - text: ج\n' +
  `closing: ${closing}\n`;
// The line the closing starts on: 13 without definitions, 16 with them.
const L = 13;

ruleTester(rule, {
  valid: [
    { name: 'Persian digits', code: directive('این دستورالعمل در ۳ ماده و ۳ تبصره تنظیم شده است.') },
    { name: 'Latin digits', code: directive('این دستورالعمل در 3 ماده و 3 تبصره تنظیم شده است.') },
    { name: 'parenthesized', code: directive('این دستورالعمل در (۳) ماده و (۳) تبصره تنظیم شده است.') },
    { name: 'words', code: directive('این دستورالعمل در سه ماده و سه تبصره تنظیم شده است.') },
    { name: 'the definitions article counts', code: directive('این دستورالعمل در چهار ماده و سه تبصره تنظیم شده است.', true) },
    { name: 'no counts stated', code: directive('این دستورالعمل از تاریخ ابلاغ لازم‌الاجرا است.') },
    { name: 'only articles stated', code: directive('این دستورالعمل در ۳ ماده تنظیم شد.') },
    { name: 'no closing', code: 'kind: directive\narticles:\n  - text: یک\n' },
    {
      name: 'a reference before the count is not a count («تبصره ۲ ماده ۸»)',
      code: directive('این دستورالعمل در اجرای تبصره ۲ ماده ۸ قانون استخدام کشوری در ۳ ماده و ۳ تبصره تنظیم شد.'),
    },
    { name: 'a circular has no closing to check', code: 'kind: circular\narticles:\n  - text: یک\nclosing: در ۹ ماده\n' },
    { name: 'Arabic letters and ZWNJ in words', code: directive('اين دستورالعمل در سه‌ ماده و سه تبصره تنظيم شد.') },
  ],
  invalid: [
    {
      name: 'wrong article count in Persian digits',
      code: directive('این دستورالعمل در ۵ ماده و ۳ تبصره تنظیم شده است.'),
      errors: [{ line: L, column: 28, endColumn: 29, message: 'The closing states «۵» articles but the directive has 3.' }],
      output: directive('این دستورالعمل در ۳ ماده و ۳ تبصره تنظیم شده است.'),
    },
    {
      name: 'wrong note count in Latin digits: the fix keeps Latin digits',
      code: directive('این دستورالعمل در 3 ماده و 12 تبصره تنظیم شده است.'),
      errors: [{ line: L, column: 37, message: 'The closing states «12» notes but the articles have 3 notes in all.' }],
      output: directive('این دستورالعمل در 3 ماده و 3 تبصره تنظیم شده است.'),
    },
    {
      name: 'both wrong, in parentheses',
      code: directive('این دستورالعمل در (۱۲) ماده و (۵) تبصره تنظیم شده است.'),
      errors: [{ line: L, column: 29 }, { line: L, column: 41 }],
      output: directive('این دستورالعمل در (۳) ماده و (۳) تبصره تنظیم شده است.'),
    },
    {
      name: 'words: the fix writes words',
      code: directive('این دستورالعمل در پنج ماده و بیست و یک تبصره تنظیم شده است.'),
      errors: [{ line: L, column: 28, message: '«پنج»' }, { line: L, column: 39, message: '«بیست و یک»' }],
      output: directive('این دستورالعمل در سه ماده و سه تبصره تنظیم شده است.'),
    },
    {
      name: 'forgetting the definitions article',
      code: directive('این دستورالعمل در ۳ ماده و ۳ تبصره تنظیم شده است.', true),
      errors: [{ line: 16, column: 28, message: 'has 4 (counting article 1, the definitions)' }],
      output: directive('این دستورالعمل در ۴ ماده و ۳ تبصره تنظیم شده است.', true),
    },
    {
      name: 'notes stated but there are none: reported without a fix',
      code: 'kind: directive\narticles:\n  - text: یک\nclosing: این دستورالعمل در یک ماده و دو تبصره تنظیم شد.\n',
      errors: [{ line: 4, column: 38, message: 'the directive has no notes' }],
      output: 'kind: directive\narticles:\n  - text: یک\nclosing: این دستورالعمل در یک ماده و دو تبصره تنظیم شد.\n',
    },
    {
      name: 'a count on the third line of a literal block scalar',
      code: directive('|\n  این دستورالعمل\n  به استناد ماده ۵۵ قانون شهرداری\n  در ۷ ماده و ۳ تبصره تنظیم شد.'),
      errors: [{ line: L + 3, column: 6 }],
      output: directive('|\n  این دستورالعمل\n  به استناد ماده ۵۵ قانون شهرداری\n  در ۳ ماده و ۳ تبصره تنظیم شد.'),
    },
    {
      name: 'a count on the third line of a folded block scalar',
      code: directive('>\n  این دستورالعمل\n  به استناد ماده ۵۵ قانون شهرداری\n  در سه ماده و ده تبصره تنظیم شد.'),
      errors: [{ line: L + 3, column: 16 }],
      output: directive('>\n  این دستورالعمل\n  به استناد ماده ۵۵ قانون شهرداری\n  در سه ماده و سه تبصره تنظیم شد.'),
    },
    {
      name: 'a directive without kind is still a directive',
      code: 'articles:\n  - text: یک\nclosing: در ۲ ماده\n',
      errors: [{ line: 3, column: 13 }],
      output: 'articles:\n  - text: یک\nclosing: در ۱ ماده\n',
    },
  ],
});

describe('closing-counts in Persian', () => {
  it('says what the closing states and what the document has', () => {
    const found = runRule(rule, directive('این دستورالعمل در ۵ ماده و ۴ تبصره تنظیم شده است.'), { lang: 'fa' });
    expect(found.map((f) => f.message)).toEqual([
      'در عبارت پایانی «۵» ماده آمده است اما دستورالعمل ۳ ماده دارد.',
      'در عبارت پایانی «۴» تبصره آمده است اما ماده‌های دستورالعمل روی هم ۳ تبصره دارند.',
    ]);
  });
  it('never throws on odd data', () => {
    for (const code of ['closing: 5\n', 'closing: در ۵ ماده\narticles: 3\n', 'closing: در ۵ ماده و ۲ تبصره\narticles:\n  - null\n  - notes: 4\n']) {
      expect(runRule(rule, code).every((f) => !f.message.includes('failed internally'))).toBe(true);
    }
  });
});

/** FORMAT.md 1.1 refinements, on closings taken from real acts and bylaws. */
describe('closing-counts: format 1.1', () => {
  const one = (closing: string, extra = ''): string => `kind: directive\n${extra}articles:\n  - text: یک\nclosing: ${closing}\n`;
  ruleTester(rule, {
    valid: [
      { name: '«ماده واحده» is one article', code: one('قانون فوق مشتمل بر ماده واحده در جلسه علنی روز یکشنبه مورخ بیست و سوم خردادماه یکهزار و سیصد و نود و چهار مجلس شورای اسلامی تصویب شد.') },
      { name: '«ماده واحده» with singleArticle', code: one('این مصوبه مشتمل بر ماده واحده است.', 'singleArticle: true\n') },
      { name: 'a treaty\'s counts are not the draft\'s', code: one('قانون فوق مشتمل بر ماده واحده و متن معاهده (کنوانسیون) شامل مقدمه و بیست و هشت ماده در جلسه علنی تصویب شد.') },
      { name: 'a change is not a count', code: directive('این دستورالعمل مشتمل بر سه ماده و سه تبصره و الحاق یک تبصره به بند (ب) ماده (۲) است.') },
      { name: '«اصلاح دو ماده» is not a count', code: directive('اصلاح دو ماده از قانون؛ این دستورالعمل در ۳ ماده و ۳ تبصره تنظیم شد.') },
      { name: 'a count joined by half-spaces', code: directive('این دستورالعمل در سه ماده و سه‌ تبصره تنظیم شد.') },
      { name: 'a preamble that states no count', code: `preamble: به‌منظور اجرای ماده ۵۵ قانون شهرداری در شهر قم\n${directive('این دستورالعمل در ۳ ماده تنظیم شد.')}` },
      { name: 'a preamble with the right count', code: `preamble: این دستورالعمل مشتمل بر ۳ ماده و ۳ تبصره در اجرای ماده ۵۵ قانون شهرداری تهیه شده است\n${directive('ابلاغ می‌شود.')}` },
      {
        name: 'notes under clauses and items count, articles in chapters count',
        code: 'kind: directive\nchapters:\n  - title: کلیات\n    articles:\n      - text: یک\n        clauses:\n          - text: بند\n            notes:\n              - text: ت\n  - title: دوم\n    sections:\n      - title: بخش\n        articles:\n          - text: دو\n            items:\n              - text: جزء\n                notes:\n                  - text: ت\n              - ساده\nclosing: این دستورالعمل در دو ماده و دو تبصره تنظیم شد.\n',
      },
      { name: '«چهل‌وهفت» with a ZWNJ', code: `kind: directive\narticles:\n${'  - text: ماده\n'.repeat(47)}closing: این آیین‌نامه در چهل‌وهفت ماده تنظیم شده است.\n` },
    ],
    invalid: [
      {
        name: '«ماده واحده» for three articles (no fix: a phrase, not a number)',
        code: directive('این قانون مشتمل بر ماده واحده است.'),
        errors: [{ line: L, column: 29, message: 'The closing states «ماده واحده» (a single article) but the directive has 3 articles.' }],
        output: directive('این قانون مشتمل بر ماده واحده است.'),
      },
      {
        name: 'a ZWNJ-joined number word that is wrong',
        code: directive('این دستورالعمل در چهل‌وهفت ماده تنظیم شد.'),
        errors: [{ line: L, column: 28, endColumn: 36, message: 'states «چهل‌وهفت» articles but the directive has 3' }],
        output: directive('این دستورالعمل در سه ماده تنظیم شد.'),
      },
      {
        name: 'a wrong count in the preamble is caught on its line',
        code: `preamble: این دستورالعمل مشتمل بر ۱۳ ماده و ۶ تبصره است\n${directive('ابلاغ می‌شود.')}`,
        errors: [
          { line: 1, column: 35, message: 'The preamble states «۱۳» articles but the directive has 3.' },
          { line: 1, column: 45, message: 'The preamble states «۶» notes' },
        ],
        output: `preamble: این دستورالعمل مشتمل بر ۳ ماده و ۳ تبصره است\n${directive('ابلاغ می‌شود.')}`,
      },
      {
        name: 'the draft\'s count after a change phrase is still read',
        code: directive('این دستورالعمل در پنج ماده و سه تبصره و الحاق یک تبصره تنظیم شد.'),
        errors: [{ line: L, column: 28, message: 'states «پنج» articles' }],
      },
      {
        name: 'notes under clauses count: two stated, one there',
        code: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - text: بند\n        notes:\n          - text: ت\nclosing: در یک ماده و دو تبصره\n',
        errors: [{ line: 8, column: 23, message: 'states «دو» notes but the articles have 1 notes in all' }],
      },
    ],
  });
});
