import { describe, expect, it } from 'vitest';
import { ruleTester, runRule, type InvalidCase } from '../helpers/rule-tester.js';
import rule from '../../src/rules/cross-references.js';

/**
 * A directive of three articles: ماده ۱ has clauses الف، ب، پ (unlabelled) and two notes, ماده ۲ one
 * note, ماده ۳ nothing. The text under test is the preamble on line 1, so a reference at index i of
 * the text is at column 11 + i.
 */
const doc = (preamble: string): string => `preamble: ${preamble}
kind: directive
articles:
  - text: متن ماده یک
    clauses:
      - text: بند یک
      - text: بند دو
      - text: بند سه
    notes:
      - text: تبصره یک
      - text: تبصره دو
  - text: متن ماده دو
    notes:
      - text: تبصره
  - text: متن ماده سه
`;

/** The same articles after a definitions article of two terms: ماده ۱ تعاریف, then ۲، ۳، ۴. */
const withDefinitions = (preamble: string, numbers = false): string => `preamble: ${preamble}
kind: directive
definitions:
  - term: شهرداری
    definition: شهرداری قم
  - term: عوارض
    definition: وجوه
articles:
  - ${numbers ? 'number: 2\n    ' : ''}text: یک
    notes:
      - text: تبصره
  - ${numbers ? 'number: 3\n    ' : ''}text: دو
  - ${numbers ? 'number: 4\n    ' : ''}text: سه
`;

/** References to other instruments: never an error, whatever their numbers. */
const EXTERNAL = [
  'به استناد ماده ۵۵ قانون شهرداری',
  'مطابق ماده ۸ قانون استخدام کشوری',
  'با رعایت تبصره ۲ ماده ۸ قانون استخدام کشوری',
  'طبق ماده ۲ آیین‌نامه مالی شهرداری‌ها',
  'طبق ماده ۲ آیین نامه مالی شهرداری‌ها',
  'طبق ماده ۲ آئین‌نامه مالی شهرداری‌ها',
  'طبق ماده ۲۲ آيين‌نامه معاملات',
  'طبق ماده ۲۲ آیین‌نامه‌ی معاملات شهرداری تهران',
  'طبق ماده ۱۰ اساسنامه سازمان',
  'موضوع ماده ۴ مصوبه شورای اسلامی شهر',
  'موضوع ماده ۴ بخشنامه شماره ۱۲۳۴ وزارت کشور',
  'وفق ماده ۹ تصویب‌نامه هیئت وزیران',
  'وفق ماده ۹ تصویب نامه هیئت وزیران',
  'ماده ۱۲ لایحه قانونی نحوه خرید و تملک اراضی',
  'ماده ۲۰ کنوانسیون حقوق کودک',
  'ماده ۷ دستورالعمل نحوه وصول عوارض',
  'ماده ۷ دستور العمل نحوه وصول عوارض',
  'رسیدگی در کمیسیون ماده ۱۰۰',
  'آرای کمیسیون ماده ۱۰۰ قانون شهرداری',
  'کمیسیون موضوع ماده ۷۷ قانون شهرداری',
  'ماده ۵۵ قانون شهرداری و ماده ۱۰۰ آن',
  'ماده ۵۵ قانون شهرداری و ماده ۱۰۰ همان قانون',
  'ماده ۵۵ قانون شهرداری و ماده ۱۰۰',
  'ماده ۵۵ قانون شهرداری، ماده ۱۰۰ و ماده ۱۰۱',
  'مواد ۱۲ و ۱۳ قانون کار',
  'مواد ۱۰ تا ۲۰ قانون محاسبات عمومی',
  'ماده ۱۲ و ۱۳ قانون کار',
  'ماده ۸ و ماده ۱۰ قانون استخدام کشوری',
  'ماده ۲۹ «قانون برنامه هفتم پیشرفت»',
  'ماده ۴۴ برنامه ششم توسعه',
  'ماده ۵۰ شرایط عمومی پیمان',
  'ماده ۱۰ مکرر قانون',
  'ماده ۵۵ اصلاحی',
  'ماده ۱۰ الحاقی به قانون تنظیم بخشی از مقررات مالی دولت',
  'ماده ۱۰ ق.م',
  'بند الف ماده ۱۰۳ قانون برنامه',
  'جزء ۲ بند ب تبصره ۱ ماده ۵۰ قانون مالیات‌های مستقیم',
  'ماده ۹۹ از قانون شهرداری',
  'قانون شهرداری، به‌ویژه ماده ۵۵',
  'قانون شهرداری، به ویژه ماده ۵۵',
  'قانون شهرداری (ماده ۵۵)',
  'تبصره ماده ۳۲ قانون',
  'تبصره‌های ۱ و ۲ ماده ۹ قانون کار',
  'بندهای الف و ب ماده ۱۲ قانون',
  'ماده ١٢ قانون کار',
  'ماده 55 قانون شهرداری',
  'ماده (۵۵) قانون شهرداری',
  'ماده پنجاه و پنجم قانون شهرداری',
  'ماده ۹ آیین‌نامه اجرایی همین قانون',
  'ماده ۷ مقررات ملی ساختمان',
  'ماده ۱۲ بخشنامه.',
  'تهیه آیین‌نامه اجرایی ماده ۱۷ و دستورالعمل اجرایی ماده ۱۸',
  'بر اساس بند (۲۶) ماده (۵۵) قانون شهرداری',
  'ماده ۵ (اصلاحی ۱۴۰۰)',
  'مشمولان ماده ۳۸ قانون مالیات بر ارزش افزوده',
  'در اجرای ماده ۱۰ قانون تشکیل شوراها و تبصره ۳ آن',
  'ماده ۳ و ماده ۵۵ قانون شهرداری',
  'ماده ۸ تا ۱۰ قانون کار',
];

/** Prose that says «ماده»، «بند» or «تبصره» without an internal reference to check. */
const NOT_REFERENCES = [
  'تهیه مواد اولیه و ماده مخدر',
  'این ماده ۵ روز مهلت می‌دهد',
  'مهلت مقرر در ماده ۱۵ روز است',
  'هر ماده ۲ تبصره دارد',
  'در هر بند و ماده',
  'تبصره ۵ این ماده',
  'بند ۷ مصوبه',
  'شماره ماده ۵/۱ سند',
  'ماده واحده',
  'به جز موارد خاص',
  'این دستورالعمل در ۸ ماده و ۵ تبصره تنظیم شده است',
  'در ۱۲ ماده، ۳۰ بند و ۵ تبصره',
  'مواد ده‌گانه',
  'ماده ۱ و ۲۰ درصد عوارض',
  'مطابق ماده ۲، بند ت',
];

/** Internal references that exist. */
const EXISTING = [
  'ماده ۳ این دستورالعمل',
  'ماده ۳ همین دستورالعمل',
  'ماده ۳ دستورالعمل حاضر',
  'ماده ۳',
  'ماده 3',
  'ماده (۳)',
  'ماده سوم',
  'ماده اول',
  'ماده سه',
  'تبصره ۲ ماده ۱',
  'تبصره ماده ۲',
  'تبصره ۱ ماده ۲',
  'بند پ ماده ۱',
  'بند (الف) ماده ۱',
  'بند «ب» ماده ۱',
  'جزء ۲ بند الف ماده ۱',
  'بند ۲ ماده ۳',
  'مواد ۱ تا ۳',
  'مواد ۱، ۲ و ۳',
  'بندهای الف تا پ ماده ۱',
  'تبصره‌های ۱ و ۲ ماده ۱',
  'ماده‌ی ۲',
  'ماده ۳ این دستورالعمل و ماده ۵۵ قانون شهرداری',
];

const at = (text: string, column: number, message?: string): InvalidCase => ({
  code: doc(text),
  errors: [{ line: 1, column, ...(message !== undefined ? { message } : {}) }],
});

ruleTester(rule, {
  valid: [
    ...EXTERNAL.map((text) => ({ name: `external: ${text}`, code: doc(text) })),
    ...NOT_REFERENCES.map((text) => ({ name: `not a reference: ${text}`, code: doc(text) })),
    ...EXISTING.map((text) => ({ name: `exists: ${text}`, code: doc(text) })),
    {
      name: 'legalBasis is skipped entirely',
      code: `${doc('متن')}legalBasis:\n  - law: قانون شهرداری\n    article: ماده ۹۹\n    note: تبصره ۴ ماده ۹۹ و ماده ۱۲ این دستورالعمل\n`,
    },
    { name: 'definitions are article 1, the articles 2 to 4', code: withDefinitions('ماده ۱ و ماده ۴ و بند ب ماده ۱ و تبصره ماده ۲') },
    { name: 'explicit numbers are used', code: withDefinitions('ماده ۴ و تبصره ماده ۲', true) },
    {
      name: '«this article» inside an article is that article',
      code: 'kind: directive\narticles:\n  - text: مطابق بند ب همین ماده و تبصره ۲ این ماده\n    clauses:\n      - text: یک\n      - text: طبق بند الف این ماده\n    notes:\n      - text: یک\n      - text: موضوع تبصره ۱ این ماده\n',
    },
    {
      name: 'a circular without articles refers to no article of its own unless it says so',
      code: 'kind: circular\nbody:\n  - به استناد ماده ۱۲ و تبصره ۳ ماده ۸\n',
    },
    {
      name: 'a circular calls itself «بخشنامه»',
      code: 'kind: circular\narticles:\n  - text: یک\n  - text: دو\nbody:\n  - مطابق ماده ۲ این بخشنامه و ماده ۲ بخشنامه حاضر\n',
    },
    {
      name: 'a reference split over two lines of a literal block is still read',
      code: doc('|\n  در اجرای ماده\n  ۳ این دستورالعمل'),
    },
  ],
  invalid: [
    at('در اجرای ماده ۱۲', 20, '«ماده ۱۲»: article 12 does not exist; this directive has 3 articles.'),
    at('در اجرای ماده 12', 20, 'article 12 does not exist'),
    at('در اجرای ماده (۱۲) و', 20, '«ماده (۱۲)»: article 12 does not exist'),
    at('در اجرای ماده دوازدهم', 20, '«ماده دوازدهم»: article 12'),
    at('در اجرای ماده چهار', 20, 'article 4 does not exist'),
    at('ماده ۵ این دستورالعمل', 11, 'article 5 does not exist'),
    at('ماده ۵ همین دستورالعمل', 11),
    at('ماده ۵ دستورالعمل حاضر', 11),
    at('ماده ۵ دستورالعمل را ببینید', 11),
    at('ماده ۵ اين دستورالعمل', 11, '«ماده ۵»'),
    // FORMAT.md 1.1: «این قانون» names the draft itself (an act transcribed as a draft).
    at('ماده ۱۲ این قانون', 11, 'article 12 does not exist'),
    at('ماده‌ی ۵ این دستورالعمل', 11, '«ماده‌ی ۵»'),
    at('طبق تبصره ۳ ماده ۱', 15, '«تبصره ۳ ماده ۱»: article 1 has no note 3; it has 2 notes.'),
    at('طبق تبصره ۲ ماده ۲', 15, 'article 2 has no note 2; it has 1 note.'),
    at('طبق تبصره ماده ۳', 15, '«تبصره ماده ۳»: article 3 has no notes.'),
    at('طبق تبصره ۲ ماده ۹', 15, '«تبصره ۲ ماده ۹»: article 9 does not exist'),
    at('طبق بند ت ماده ۱', 15, '«بند ت ماده ۱»: article 1 has no clause «ت»; it has 3 clauses (الف to پ).'),
    at('طبق بند هـ ماده ۱', 15, 'no clause «هـ»'),
    at('طبق بند الف ماده ۲', 15, '«بند الف ماده ۲»: article 2 has no clauses.'),
    at('طبق جزء ۲ بند ت ماده ۱', 15, '«جزء ۲ بند ت ماده ۱»'),
    at('طبق مواد ۲ تا ۵', 15, '«مواد ۲ تا ۵»: articles 4 and 5 do not exist'),
    at('طبق مواد ۲، ۷ و ۹', 15, 'articles 7 and 9 do not exist'),
    at('طبق مواد ۳ و ۴ این دستورالعمل', 15, 'article 4 does not exist'),
    at('طبق بندهای الف تا ت ماده ۱', 15, 'no clause «ت»'),
    at('ماده ۹ این دستورالعمل و ماده ۵۵ قانون شهرداری', 11),
    at('ماده ۵۵ قانون شهرداری اجرا می‌شود و طبق ماده ۹ عمل می‌شود', 51),
    at('ماده ۵۵ قانون شهرداری. ماده ۹ نیز', 34),
    at('ماده ۱ و ۹ را ببینید', 11, '«ماده ۱ و ۹»: article 9 does not exist'),
    at('مطابق مواد ۱ و ۲ و ماده ۹', 30, '«ماده ۹»'),
    // A sentence is read only up to its last word that may be an article: one spelt with a tatweel or a
    // diacritic, after the plain ones, still counts.
    at('طبق ماده ۱ و سپس مـاده ۹ این دستورالعمل', 28, '«مـاده ۹»: article 9 does not exist'),
    at('طبق ماده ۱ و سپس مادهَ ۹', 28, 'article 9 does not exist'),
    at('طبق ماده ۱ و سپس تبصره ۳ مـاده ۱', 28, 'article 1 has no note 3'),
    {
      name: 'several references in one text, each reported',
      code: doc('ماده ۴ و تبصره ۳ ماده ۱ و بند الف ماده ۳'),
      errors: [{ line: 1, column: 11 }, { line: 1, column: 20 }, { line: 1, column: 37 }],
    },
    {
      name: 'a reference on the third line of a literal block scalar',
      code: doc('|\n  به‌منظور ساماندهی امور\n  و در اجرای ماده ۵۵ قانون شهرداری\n  مطابق تبصره ۴ ماده ۲ این دستورالعمل اقدام می‌شود.'),
      errors: [{ line: 4, column: 9, endColumn: 23, message: 'article 2 has no note 4; it has 1 note.' }],
    },
    {
      name: 'a reference on the third line of a folded block scalar',
      code: doc('>\n  به‌منظور ساماندهی امور\n  و در اجرای ماده ۵۵ قانون شهرداری\n  و با رعایت ماده ۷ این دستورالعمل اقدام می‌شود.'),
      errors: [{ line: 4, column: 14, endColumn: 20, message: '«ماده ۷»: article 7 does not exist' }],
    },
    {
      name: 'a reference on the third line of an article text, in an indented block',
      code: 'kind: directive\narticles:\n  - text: |\n      شهرداری مکلف است\n      ظرف یک ماه\n      مطابق بند ب ماده ۲ اقدام کند.\n  - text: دو\n',
      errors: [{ line: 6, column: 13, message: 'article 2 has no clauses' }],
    },
    {
      name: '«this article» inside an article, pointing at what it lacks',
      code: 'kind: directive\narticles:\n  - text: یک\n  - text: مطابق تبصره ۲ این ماده و بند ب همین ماده\n    notes:\n      - text: موضوع تبصره ۳ این ماده\n',
      errors: [
        { line: 4, column: 17, message: '«تبصره ۲ این ماده»: article 2 has no note 2; it has 1 note.' },
        { line: 4, column: 36, message: '«بند ب همین ماده»: article 2 has no clauses.' },
        { line: 6, column: 21, message: 'article 2 has no note 3' },
      ],
    },
    {
      name: 'the definitions article has no notes; its definitions read as clauses',
      code: withDefinitions('تبصره ماده ۱ و بند پ ماده ۱ و ماده ۵'),
      errors: [
        { line: 1, column: 11, message: 'article 1 has no notes' },
        { line: 1, column: 26, message: 'article 1 has no clause «پ»; it has 2 clauses (الف to ب)' },
        { line: 1, column: 41, message: 'article 5 does not exist; this directive has 4 articles' },
      ],
    },
    {
      name: 'a circular without articles that names itself',
      code: 'kind: circular\nbody:\n  - مطابق ماده ۲ این بخشنامه\n',
      errors: [{ line: 3, column: 11, message: '«ماده ۲»: this circular has no articles, so article 2 does not exist.' }],
    },
    {
      name: 'a circular with articles',
      code: 'kind: circular\narticles:\n  - text: یک\nbody:\n  - مطابق ماده ۲\n',
      errors: [{ line: 5, column: 11, message: '«ماده ۲»: article 2 does not exist; this circular has 1 article.' }],
    },
    {
      name: 'the title and other prose are checked too',
      code: 'kind: directive\ntitle: اصلاح ماده ۴ دستورالعمل حاضر\narticles:\n  - text: یک\n    title: اجرای ماده ۸\n',
      errors: [{ line: 2, column: 14 }, { line: 5, column: 18 }],
    },
  ],
});

describe('cross-references in Persian', () => {
  it('says what does not exist and how many there are', () => {
    const found = runRule(rule, doc('در اجرای ماده ۱۲ و تبصره ۳ ماده ۱ و بند ت ماده ۱'), { lang: 'fa' });
    expect(found.map((f) => f.message)).toEqual([
      '«ماده ۱۲»: ماده ۱۲ وجود ندارد؛ این دستورالعمل ۳ ماده دارد.',
      '«تبصره ۳ ماده ۱»: ماده ۱ تبصره ۳ ندارد؛ این ماده ۲ تبصره دارد.',
      '«بند ت ماده ۱»: ماده ۱ بند «ت» ندارد؛ این ماده ۳ بند دارد (الف تا پ).',
    ]);
  });
  it('is not fixable', () => {
    expect(runRule(rule, doc('ماده ۱۲')).every((f) => f.fix === undefined)).toBe(true);
  });
  it('never throws on odd data', () => {
    for (const code of [
      'articles: 5\npreamble: ماده ۲ این دستورالعمل\n',
      'articles:\n  - null\n  - notes: 4\n    clauses: {a: 1}\n    text: تبصره ۲ این ماده و بند الف همین ماده\n',
      'preamble: ماده ماده ماده ۱ ۲ ۳ تبصره بند ( « ) بندهای تا الف تا و\n',
      'preamble: ماده ۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ و مواد ۱ تا ۹۰۰۰۰۰۰۰ و بندهای ی تا الف ماده ۱\narticles:\n  - text: x\n',
      '- ماده ۵\n',
    ]) {
      expect(runRule(rule, code).every((f) => !f.message.includes('failed internally'))).toBe(true);
    }
  });
});
