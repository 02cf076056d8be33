import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ruleTester } from '../helpers/rule-tester.js';
import rule, { internalReferences } from '../../src/rules/cross-references.js';
import { documentContexts } from '../../src/core/engine/rule-context.js';
import { defaultConfig } from '../../src/core/config/types.js';

/**
 * FORMAT.md 1.1: references see articles inside chapters and sections (numbers run on), notes under
 * clauses and items; quoted wording is another instrument's; the draft names itself in more words.
 */
const chapters = (text: string): string => `kind: directive
chapters:
  - title: کلیات
    articles:
      - text: یک
        clauses:
          - label: الف
            text: بند
          - label: ب
            text: بند
          - label: ج
            text: بند
            notes:
              - text: تبصره بند
  - title: دوم
    sections:
      - title: بخش اول
        articles:
          - text: دو
            items:
              - ساده
              - text: جزء
                clauses:
                  - label: الف
                    text: زیربند
          - text: سه
            notes:
              - text: تبصره
closing: ${text}
`;
// The closing is on line 29, its text at column 10.
const L = 29;

/** An amending single article that quotes another law's article 101. */
const amending = (quoted: string, extra = ''): string => `kind: directive
singleArticle: true
articles:
  - text: 'ماده ۱۰۱ قانون شهرداری به شرح زیر اصلاح می‌شود:'
    quote:
      of: ماده ۱۰۱ قانون شهرداری
      text: ${quoted}
${extra}`;

describe('cross-references: format 1.1', () => {
  ruleTester(rule, {
    valid: [
      { name: 'an article in a section of the second chapter', code: chapters('طبق ماده ۳ این دستورالعمل.') },
      { name: 'abjad label «ج» of an article in a chapter', code: chapters('طبق بند ج ماده ۱.') },
      { name: 'a note under a clause', code: chapters('طبق تبصره ماده ۱.') },
      { name: 'a clause under an item', code: chapters('طبق بند الف ماده ۲.') },
      { name: 'quoted wording keeps its law\'s references', code: amending('ماده ۱۰۱ – اراضی موضوع تبصره ۲ ماده ۱۰۰ این قانون …') },
      { name: 'quoted wording as a list', code: amending('\n        - ماده ۱۰۱ –\n        - طبق ماده ۹۹ این قانون') },
      {
        name: 'new wording kept inline after «… اصلاح می‌شود:»',
        code: 'kind: directive\narticles:\n  - text: «ماده ۱۰۱ قانون شهرداری به شرح زیر اصلاح می‌شود: ماده ۱۰۱ – … طبق ماده ۹۹ و تبصره ۳ ماده ۱۰۰ این قانون»\n',
      },
      { name: 'a table cell naming another law', code: 'kind: directive\narticles:\n  - text: یک\n    tables:\n      - header: [موضوع, مستند]\n        rows:\n          - [عوارض, ماده ۵۵ قانون شهرداری]\n' },
    ],
    invalid: [
      { name: 'four articles named, three there', code: chapters('طبق ماده ۴ این دستورالعمل.'), errors: [{ line: L, column: 14, message: 'article 4 does not exist; this directive has 3 articles' }] },
      { name: 'a word number «ماده نه»', code: chapters('طبق ماده نه.'), errors: [{ line: L, column: 14, message: 'article 9 does not exist' }] },
      { name: '«مواد یک و نه»', code: chapters('طبق مواد یک و نه.'), errors: [{ line: L, column: 14, message: '«مواد یک و نه»: article 9 does not exist' }] },
      { name: '«این آیین‌نامه» names the draft', code: chapters('تبصره ماده(۴۰) این آیین‌نامه.'), errors: [{ line: L, column: 10, message: 'article 40 does not exist' }] },
      { name: '«این قانون» names the draft', code: chapters('مواد (1) و (20) اين قانون.'), errors: [{ line: L, column: 10, message: 'article 20 does not exist' }] },
      { name: 'a clause the chapter article lacks', code: chapters('طبق بند د ماده ۱.'), errors: [{ line: L, column: 14, message: 'article 1 has no clause «د»' }] },
      { name: 'a note the section article lacks', code: chapters('طبق تبصره ۲ ماده ۳.'), errors: [{ line: L, column: 14, message: 'article 3 has no note 2; it has 1 note' }] },
      {
        name: 'the amending text outside the quote is still the draft\'s',
        code: amending('ماده ۱۰۱ –', 'closing: مطابق ماده ۲ این قانون.\n'),
        errors: [{ line: 8, column: 16, message: 'article 2 does not exist; this directive has 1 article' }],
      },
      {
        name: 'a table cell is checked like any text',
        code: 'kind: directive\narticles:\n  - text: یک\n    tables:\n      - header: [موضوع, مستند]\n        rows:\n          - [عوارض, ماده ۵ این دستورالعمل]\n',
        errors: [{ line: 7, column: 21, message: 'article 5 does not exist' }],
      },
      {
        name: '«این ماده» in an item of a chapter article means that article',
        code: chapters('پایان.').replace('              - ساده\n', '              - طبق تبصره ۲ این ماده\n'),
        errors: [{ line: 21, column: 21, message: 'article 2 has no notes' }],
      },
    ],
  });
});

describe('internalReferences (what --fix renumbers and relabels)', () => {
  const refsOf = (source: string): ReturnType<typeof internalReferences> => {
    const draft = parse(source) as Record<string, unknown>;
    const context = documentContexts({ draft, file: 't.yaml', dir: undefined, source, config: defaultConfig(process.cwd()) })(() => {});
    return internalReferences(context);
  };

  it('lists the draft\'s own references with the spans of their numbers and labels, not another law\'s or a quote\'s', () => {
    const closing = 'طبق بند «ج» ماده (۲) و مواد ۱ تا سه این دستورالعمل و ماده ۵۵ قانون شهرداری.';
    const refs = refsOf(`${amending('طبق ماده ۹۹ این قانون')}closing: ${closing}\n`);
    const at = (p: { index: number; length: number }): string => closing.slice(p.index, p.index + p.length);
    expect(refs.map((r) => r.path)).toEqual([['closing'], ['closing']]);
    expect(refs[0]!.articles).toEqual([{ value: 2, index: closing.indexOf('۲'), length: 1, form: 'digits' }]);
    expect(refs[0]!.clauses.map((c) => [c.value, at(c), c.form])).toEqual([['ج', 'ج', 'label']]);
    expect(refs[1]!.range).toBe(true);
    expect(refs[1]!.articles !== 'this' && refs[1]!.articles.map((a) => [a.value, at(a), a.form])).toEqual([[1, '۱', 'digits'], [3, 'سه', 'words']]);
  });

  it('gives «این ماده» as this', () => {
    const refs = refsOf('kind: directive\narticles:\n  - text: طبق تبصره ۱ این ماده\n    notes:\n      - text: ت\n');
    expect(refs.map((r) => [r.path, r.articles])).toEqual([[['articles', 0, 'text'], 'this']]);
  });
});
