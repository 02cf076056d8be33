import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/document-shape.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const HEAD = 'schemaVersion: 1.1\nkind: directive\n';

ruleTester(rule, {
  valid: [
    { name: 'chapters alone', code: `${HEAD}chapters:\n  - title: کلیات\n    articles: [{text: متن}]\n` },
    { name: 'a single article', code: `${HEAD}singleArticle: true\narticles:\n  - text: متن\n` },
    { name: 'a single article in a chapter', code: `${HEAD}singleArticle: true\nchapters:\n  - title: کلیات\n    articles: [{text: متن}]\n` },
    { name: 'singleArticle false with several', code: `${HEAD}singleArticle: false\narticles: [{text: یک}, {text: دو}]\n` },
    { name: 'a table whose rows fit', code: `${HEAD}articles:\n  - text: متن\n    tables:\n      - header: [ردیف, عنوان]\n        rows:\n          - [1, الف]\n          - [2, ""]\n` },
    { name: 'three levels: clause, item, sub-clause', code: `${HEAD}articles:\n  - text: متن\n    clauses:\n      - text: بند\n        items:\n          - text: جزء\n            clauses:\n              - text: زیربند\n` },
    { name: 'three levels from an item', code: `${HEAD}articles:\n  - text: متن\n    items:\n      - text: جزء\n        clauses:\n          - text: بند\n            items: [یک, دو]\n` },
    { name: 'values of the wrong type', code: `${HEAD}articles:\n  - text: متن\n    tables: [{header: 3, rows: [[1]]}, {header: [الف], rows: x}, 5]\n    clauses: 7\nsingleArticle: yes\n` },
  ],
  invalid: [
    {
      name: 'both articles and chapters',
      code: `${HEAD}articles: [{text: یک}]\nchapters:\n  - title: کلیات\n    articles: [{text: دو}]\n`,
      errors: [{ line: 4, column: 1, message: 'both "articles" and "chapters"' }],
    },
    {
      name: 'a single article that has two',
      code: `${HEAD}singleArticle: true\narticles:\n  - text: یک\n  - text: دو\n`,
      errors: [{ line: 3, column: 16, message: 'exactly one article, but this draft has 2' }],
    },
    {
      name: 'a single article with definitions',
      code: `${HEAD}singleArticle: true\ndefinitions: [{term: سازمان, definition: سازمان تأمین اجتماعی}]\narticles:\n  - text: یک\n`,
      errors: [{ line: 3, column: 16, message: 'cannot go with "definitions"' }],
    },
    {
      name: 'a table row one cell short, and one too long',
      code: `${HEAD}articles:\n  - text: متن\n    tables:\n      - header: [ردیف, عنوان, نرخ]\n        rows:\n          - [1, الف, ۲]\n          - [2, ب]\n          - [3, ج, ۴, ۵]\n`,
      errors: [
        { line: 9, column: 13, message: 'Row 2 of the table has 2 cells but the header has 3 columns' },
        { line: 10, column: 13, message: 'Row 3 of the table has 4 cells' },
      ],
    },
    {
      name: 'a fourth level, in a chapter',
      code: `${HEAD}chapters:\n  - title: کلیات\n    articles:\n      - text: متن\n        clauses:\n          - text: بند\n            clauses:\n              - text: زیربند\n                items:\n                  - text: جزء\n                    clauses: [{text: چهارم}]\n`,
      errors: [{ line: 13, column: 21, message: '"clauses" is a fourth level' }],
    },
  ],
});

describe('document-shape in Persian', () => {
  it('says which row and how many cells', () => {
    const [f] = runRule(rule, `${HEAD}articles:\n  - text: متن\n    tables:\n      - header: [الف, ب]\n        rows: [[یک]]\n`, { lang: 'fa' });
    expect(f?.message).toContain('سطر ۱ جدول ۱ خانه دارد اما سطر عنوان ۲ ستون دارد');
  });
});
