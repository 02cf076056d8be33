import { describe, expect, it } from 'vitest';
import rule, { firstVersion11Use } from '../../src/rules/schema-version.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a version 1 draft with version 1 shapes', code: 'schemaVersion: 1\nkind: directive\narticles:\n  - text: متن\n    clauses:\n      - text: بند\n        items: [جزء یک, جزء دو]\n    notes:\n      - text: تبصره\n' },
    { name: 'a 1.1 draft with chapters', code: 'schemaVersion: 1.1\nkind: directive\nchapters:\n  - title: کلیات\n    articles: [{text: متن}]\n' },
    { name: 'a circular with a string body under version 1', code: 'schemaVersion: 1\nkind: circular\nbody: [پاراگراف]\nsignatory: {name: نام, position: سمت}\n' },
    { name: 'no schemaVersion: the schema reports it', code: 'kind: directive\nchapters: []\n' },
    { name: 'schemaVersion 2: the schema reports it', code: 'schemaVersion: 2\nchapters: []\n' },
  ],
  invalid: [
    {
      name: 'chapters under version 1',
      code: 'schemaVersion: 1\nkind: directive\nchapters:\n  - title: کلیات\n    articles: [{text: متن}]\n',
      errors: [{ line: 1, column: 16, severity: 'error', message: '"chapters" is a format 1.1 addition' }],
      output: 'schemaVersion: 1.1\nkind: directive\nchapters:\n  - title: کلیات\n    articles: [{text: متن}]\n',
    },
    {
      name: 'items under an article, in a draft that also quotes schemaVersion oddly spaced',
      code: 'schemaVersion:   1   # نسخه\nkind: directive\narticles:\n  - text: متن\n    items: [یک, دو]\n',
      errors: [{ line: 1, column: 18, message: '"articles[0].items" in article 1 is a format 1.1 addition' }],
      output: 'schemaVersion:   1.1   # نسخه\nkind: directive\narticles:\n  - text: متن\n    items: [یک, دو]\n',
    },
    {
      name: 'a note under a clause',
      code: 'schemaVersion: 1\nkind: directive\narticles:\n  - text: متن\n    clauses:\n      - text: بند\n        notes: [{text: تبصره}]\n',
      errors: [{ line: 1, column: 16, message: '"articles[0].clauses[0].notes"' }],
    },
    {
      name: 'a signatory on a directive',
      code: 'schemaVersion: 1\nkind: directive\nsignatory: {name: نام, position: سمت}\n',
      errors: [{ line: 1, column: 16, message: '"signatory"' }],
    },
  ],
});

describe('firstVersion11Use finds each addition of FORMAT.md', () => {
  const base = { kind: 'directive' };
  it.each([
    [{ chapters: [] }, 'chapters'],
    [{ singleArticle: true }, 'singleArticle'],
    [{ definitionsIntro: 'x' }, 'definitionsIntro'],
    [{ kind: 'circular', numberedBody: true }, 'numberedBody'],
    [{ kind: 'circular', body: ['x', { text: 'y' }] }, 'body,1'],
    [{ articles: [{ text: 'x', quote: { of: 'a', text: 'b' } }] }, 'articles,0,quote'],
    [{ articles: [{ text: 'x', tables: [] }] }, 'articles,0,tables'],
    [{ articles: [{ text: 'x', added: { by: 'a' } }] }, 'articles,0,added'],
    [{ articles: [{ text: 'x', notes: [{ text: 'n', added: { by: 'a' } }] }] }, 'articles,0,notes,0,added'],
    [{ articles: [{ text: 'x', clauses: [{ text: 'c', clauses: [] }] }] }, 'articles,0,clauses,0,clauses'],
    [{ articles: [{ text: 'x', clauses: [{ text: 'c', items: ['a', { text: 'b' }] }] }] }, 'articles,0,clauses,0,items,1'],
  ])('%j → %s', (extra, where) => {
    expect(firstVersion11Use({ ...base, ...extra })?.join(',')).toBe(where);
  });

  it('finds nothing in a version 1 draft', () => {
    expect(firstVersion11Use({ ...base, articles: [{ text: 'x', clauses: [{ text: 'c', items: ['a'] }], notes: [{ text: 'n' }] }], signatory: undefined })).toBeUndefined();
  });
});

describe('schema-version in Persian', () => {
  it('names the article a reader sees, counting the definitions article', () => {
    const code = 'schemaVersion: 1\nkind: directive\ndefinitions: [{term: الف, definition: ب}]\narticles:\n  - text: یک\n  - text: دو\n    tables: [{header: [الف], rows: [[ب]]}]\n';
    const [f] = runRule(rule, code, { lang: 'fa' });
    expect(f?.message).toBe('«articles[1].tables» در ماده ۳ از افزوده‌های نسخه ۱٫۱ قالب است، اما پیش‌نویس نسخه ۱ را اعلام کرده است؛ schemaVersion را 1.1 بنویسید.');
  });

  it('names the key and the fix', () => {
    const [f] = runRule(rule, 'schemaVersion: 1\nkind: directive\nsingleArticle: true\n', { lang: 'fa' });
    expect(f?.message).toBe('«singleArticle» از افزوده‌های نسخه ۱٫۱ قالب است، اما پیش‌نویس نسخه ۱ را اعلام کرده است؛ schemaVersion را 1.1 بنویسید.');
  });
});
