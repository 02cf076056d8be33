import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import rule from '../../src/rules/clause-labels.js';

/** A directive with one article whose clauses carry the given label lines ('' for no label). */
const article = (...labels: string[]): string =>
  'kind: directive\narticles:\n  - text: متن ماده\n    clauses:\n' +
  labels.map((l, i) => (l === '' ? `      - text: بند ${i + 1}\n` : `      - label: ${l}\n        text: بند ${i + 1}\n`)).join('');

ruleTester(rule, {
  valid: [
    { name: 'no clause labelled', code: article('', '', '') },
    { name: 'الف، ب، پ', code: article('الف', 'ب', 'پ') },
    { name: 'decorated labels count as bare', code: article('"الف -"', 'ب)', '"(پ)"', 'ت.') },
    { name: 'Arabic letters in a label still compare (arabic-letters reports them)', code: article('الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'گ', 'ل', 'م', 'ن', 'و', 'هـ', 'ي') },
    { name: 'a lone ه is هـ', code: article('الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'ه') },
    {
      name: 'each article starts again from الف; an unlabelled article beside a labelled one is fine',
      code: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: الف\n        text: x\n  - text: دو\n    clauses:\n      - text: x\n      - text: y\n  - text: سه\n    clauses:\n      - label: الف\n        text: x\n      - label: ب\n        text: y\n',
    },
    { name: 'clauses not a list', code: 'kind: directive\narticles:\n  - text: یک\n    clauses: متن\n' },
    { name: 'a clause that is not a mapping is left to the schema', code: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: الف\n        text: x\n      - فقط متن\n' },
    { name: 'a circular with labelled clauses', code: 'kind: circular\narticles:\n  - text: یک\n    clauses:\n      - label: الف\n        text: x\n      - label: ب\n        text: y\n' },
  ],
  invalid: [
    {
      name: 'skips a letter: الف، پ',
      code: article('الف', 'پ'),
      errors: [{ line: 7, column: 16, message: 'Clause 2 of article 1 should be labelled «ب» but is «پ»' }],
      output: article('الف', 'ب'),
    },
    {
      name: 'starts at ب: every label is one off, the fix relabels them all',
      code: article('ب', 'پ', 'ت'),
      errors: [{ line: 5, column: 16 }, { line: 7, column: 16 }, { line: 9, column: 16 }],
      output: article('الف', 'ب', 'پ'),
    },
    {
      name: 'a repeated label',
      code: article('الف', 'الف', 'پ'),
      errors: [{ line: 7, column: 16, message: 'Clause label «الف» is repeated in article 1; clause 2 should be «ب»' }],
      output: article('الف', 'ب', 'پ'),
    },
    {
      name: 'the fix keeps a simple decoration',
      code: article('"الف -"', '"پ -"', 'ت)', '"(ج)"'),
      errors: [{ line: 7, column: 17 }, { line: 9, column: 16 }, { line: 11, column: 17 }],
      output: article('"الف -"', '"ب -"', 'پ)', '"(ت)"'),
    },
    {
      name: 'Latin letters, digits and words are not labels',
      code: article('a', '2', '"بند ب"'),
      errors: [
        { line: 5, column: 16, message: '«a» is not a clause label; clause 1 of article 1 should be «الف»' },
        { line: 7, column: 16, message: '«2» is not a clause label; clause 2 of article 1 should be «ب»' },
        { line: 9, column: 17, message: '«بند ب» is not a clause label' },
      ],
      output: article('الف', 'ب', '"پ"'),
    },
    {
      name: 'some clauses labelled, some not: the unlabelled one is reported at the clause (no fix)',
      code: article('الف', '', 'پ'),
      errors: [{ line: 7, column: 9, message: 'Clause 2 of article 1 has no label while other clauses of the list do; it should be «ب»' }],
      output: article('الف', '', 'پ'),
    },
    {
      name: 'the article is named by its number, counting definitions',
      code: 'kind: directive\ndefinitions:\n  - term: الف\n    definition: ب\narticles:\n  - text: یک\n    clauses:\n      - label: ب\n        text: x\n',
      errors: [{ line: 8, column: 16, message: 'Clause 1 of article 2 should be labelled «الف» but is «ب»' }],
      output: 'kind: directive\ndefinitions:\n  - term: الف\n    definition: ب\narticles:\n  - text: یک\n    clauses:\n      - label: الف\n        text: x\n',
    },
    {
      name: 'a label in a block scalar',
      code: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: |-\n          پ\n        text: x\n',
      errors: [{ line: 6, column: 11 }],
      output: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: |-\n          الف\n        text: x\n',
    },
    {
      name: 'a label that is a mapping is reported without a fix',
      code: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: {a: 1}\n        text: x\n',
      errors: [{ line: 5, column: 16, message: 'is not a clause label' }],
      output: 'kind: directive\narticles:\n  - text: یک\n    clauses:\n      - label: {a: 1}\n        text: x\n',
    },
  ],
});

describe('clause-labels in Persian', () => {
  it('names the expected and the written label', () => {
    const found = runRule(rule, article('الف', 'پ'), { lang: 'fa' });
    expect(found.map((f) => f.message)).toEqual(['حرف بند ۲ ماده ۱ باید «ب» باشد اما «پ» نوشته شده است (این فهرست به ترتیب الفبا: الف، ب، پ، ت … است و یک فهرست یک ترتیب دارد).']);
  });
  it('more than 32 clauses: the 33rd has no label to take', () => {
    const labels = ['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'هـ', 'ی', 'ی'];
    const found = runRule(rule, article(...labels));
    expect(found.map((f) => f.message)).toEqual(['Article 1 has more than 32 clauses in one list, and there is no label left for clause 33; split the article.']);
  });
  it('never throws on odd data', () => {
    for (const code of ['articles:\n  - clauses: 5\n', 'articles:\n  - clauses:\n      - null\n      - label: ب\n', 'articles:\n  - null\n  - 7\n']) {
      expect(runRule(rule, code).every((f) => !f.message.includes('failed internally'))).toBe(true);
    }
  });
});

/** FORMAT.md 1.1: both label orders, one per list; every list is checked; no fix that would break a reference. */
describe('clause-labels: format 1.1', () => {
  const labelled = (labels: string[], extra = ''): string =>
    `kind: directive\narticles:\n  - text: یک\n    clauses:\n${labels.map((l) => `      - label: ${l}\n        text: x\n`).join('')}${extra}`;
  ruleTester(rule, {
    valid: [
      { name: 'the abjad order', code: labelled(['الف', 'ب', 'ج', 'د', 'هـ', 'و', 'ز']) },
      { name: 'the alphabetical order', code: labelled(['الف', 'ب', 'پ', 'ت']) },
      {
        name: 'one regulation, both orders in different articles',
        code: `${labelled(['الف', 'ب', 'ج'])}  - text: دو\n    clauses:\n      - label: الف\n        text: x\n      - label: ب\n        text: x\n      - label: پ\n        text: x\n`,
      },
      {
        name: 'sub-clauses under an item of an article in a chapter',
        code: 'kind: directive\nchapters:\n  - title: کلیات\n    articles:\n      - text: یک\n        items:\n          - text: جزء\n            clauses:\n              - label: الف\n                text: x\n              - label: ب\n                text: x\n              - label: ج\n                text: x\n',
      },
    ],
    invalid: [
      {
        name: 'a list that mixes the orders is held to the one most of it follows',
        code: labelled(['الف', 'ب', 'ج', 'ت', 'هـ']),
        errors: [{ line: 11, column: 16, message: 'should be labelled «د» but is «ت» (this list follows the abjad order' }],
        output: labelled(['الف', 'ب', 'ج', 'د', 'هـ']),
      },
      {
        name: 'a wrong label in a chapter article is reported there',
        code: 'kind: directive\nchapters:\n  - title: کلیات\n    articles:\n      - text: یک\n        clauses:\n          - label: الف\n            text: x\n          - label: پ\n            text: x\n',
        errors: [{ line: 9, column: 20, message: 'Clause 2 of article 1 should be labelled «ب» but is «پ»' }],
        output: 'kind: directive\nchapters:\n  - title: کلیات\n    articles:\n      - text: یک\n        clauses:\n          - label: الف\n            text: x\n          - label: ب\n            text: x\n',
      },
      {
        name: 'a reference to the article\'s clauses by label keeps the labels that do not change («بندهای «الف» و «ج» ماده (۱)»)',
        code: labelled(['الف', 'ب', 'ج', 'ت', 'هـ'], 'closing: طبق بندهای «الف» و «ج» ماده (۱) عمل شود.\n'),
        errors: [{ line: 11, column: 16, message: 'should be labelled «د» but is «ت»' }],
        output: labelled(['الف', 'ب', 'ج', 'د', 'هـ'], 'closing: طبق بندهای «الف» و «ج» ماده (۱) عمل شود.\n'),
      },
      {
        name: '…and the fix rewrites a reference to a label that changes, in the same fix («بند «پ» ماده (۱)» → «ب»)',
        code: labelled(['الف', 'پ'], 'closing: طبق بند «پ» ماده (۱) عمل شود.\n'),
        errors: [{ line: 7, column: 16 }],
        output: labelled(['الف', 'ب'], 'closing: طبق بند «ب» ماده (۱) عمل شود.\n'),
      },
      {
        name: '…and a reference to another article\'s clauses does not hold the fix back',
        code: labelled(['الف', 'پ'], 'closing: طبق بند «ب» ماده (۵) قانون شهرداری عمل شود.\n'),
        errors: [{ line: 7, column: 16 }],
        output: labelled(['الف', 'ب'], 'closing: طبق بند «ب» ماده (۵) قانون شهرداری عمل شود.\n'),
      },
    ],
  });
});
