import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import rule from '../../src/rules/article-numbering.js';

ruleTester(rule, {
  valid: [
    { name: 'no article has a number', code: 'kind: directive\narticles:\n  - text: یک\n  - text: دو\n' },
    { name: 'numbered 1, 2, 3', code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n  - number: 3\n    text: سه\n' },
    {
      name: 'definitions are article 1, the first entry is 2',
      code: 'kind: directive\ndefinitions:\n  - term: شهرداری\n    definition: شهرداری قم\narticles:\n  - number: 2\n    text: دو\n  - number: 3\n    text: سه\n',
    },
    {
      name: 'empty definitions do not make an article',
      code: 'kind: directive\ndefinitions: []\narticles:\n  - number: 1\n    text: یک\n',
    },
    {
      name: 'a circular numbers its articles from 1 (definitions are a directive key)',
      code: 'kind: circular\ndefinitions:\n  - term: الف\n    definition: ب\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n',
    },
    { name: 'articles not a list', code: 'kind: directive\narticles: متن\n' },
    { name: 'no articles at all', code: 'kind: circular\nbody:\n  - متن\n' },
    { name: 'an article that is not a mapping is left to the schema', code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - فقط متن\n' },
  ],
  invalid: [
    {
      name: 'a gap: 1, 2, 4 (the fix renumbers)',
      code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n  - number: 4\n    text: سه\n',
      errors: [{ line: 7, column: 13, message: 'should be 3 but is 4' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n  - number: 3\n    text: سه\n',
    },
    {
      name: 'an inserted article shifts the rest: every later number is reported and fixed',
      code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 3\n    text: دو\n  - number: 4\n    text: سه\n',
      errors: [{ line: 5, column: 13, message: 'should be 2 but is 3' }, { line: 7, column: 13, message: 'should be 3 but is 4' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n  - number: 3\n    text: سه\n',
    },
    {
      name: 'a repeat',
      code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 1\n    text: دو\n',
      errors: [{ line: 5, column: 13, message: 'Article number 1 is repeated' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n',
    },
    {
      name: 'numbered from 1 although the definitions article is 1',
      code: 'kind: directive\ndefinitions:\n  - term: عوارض\n    definition: وجوه\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n',
      errors: [
        { line: 6, column: 13, message: 'Number 1 belongs to the definitions article; this article should be number 2' },
        { line: 8, column: 13, message: 'should be 3 but is 2 (article 1 is the definitions' },
      ],
      output: 'kind: directive\ndefinitions:\n  - term: عوارض\n    definition: وجوه\narticles:\n  - number: 2\n    text: یک\n  - number: 3\n    text: دو\n',
    },
    {
      name: 'some articles numbered, some not: the unnumbered ones are reported at the article',
      code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - text: دو\n  - number: 3\n    text: سه\n',
      errors: [{ line: 5, column: 5, message: 'This article has no number while other articles do; number every article (this one 2)' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - text: دو\n  - number: 3\n    text: سه\n',
    },
    {
      name: 'number: with no value counts as missing',
      code: 'kind: directive\narticles:\n  - number:\n    text: یک\n  - number: 2\n    text: دو\n',
      errors: [{ line: 3, column: 5 }],
    },
    {
      name: 'a number written as a string of Persian digits has the right value but the wrong type',
      code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: "۲"\n    text: دو\n',
      errors: [{ line: 5, column: 13, message: 'should be the integer 2 but is "۲"' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n',
    },
    {
      name: 'a wrong number written as a string',
      code: 'kind: directive\narticles:\n  - number: "۵"\n    text: یک\n',
      errors: [{ line: 3, column: 13, message: 'should be 1 but is ۵' }],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n',
    },
    {
      name: 'not a number at all',
      code: 'kind: directive\narticles:\n  - number: اول\n    text: یک\n  - number: 2.5\n    text: دو\n  - number: [3]\n    text: سه\n',
      errors: [
        { line: 3, column: 13, message: 'should be the integer 1 but is "اول"' },
        { line: 5, column: 13, message: 'should be the integer 2 but is "2.5"' },
        { line: 7, column: 13, message: 'should be the integer 3 but is "[3]"' },
      ],
      output: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 2\n    text: دو\n  - number: [3]\n    text: سه\n',
    },
    {
      name: 'a circular: same rules',
      code: 'kind: circular\narticles:\n  - number: 2\n    text: یک\n',
      errors: [{ line: 3, column: 13, message: 'should be 1 but is 2' }],
      output: 'kind: circular\narticles:\n  - number: 1\n    text: یک\n',
    },
  ],
});

describe('article-numbering in Persian', () => {
  it('names the expected and the written number in Persian digits', () => {
    const found = runRule(rule, 'kind: directive\narticles:\n  - number: 1\n    text: یک\n  - number: 5\n    text: دو\n', { lang: 'fa' });
    expect(found.map((f) => f.message)).toEqual(['شماره ماده باید ۲ باشد اما ۵ نوشته شده است (ماده‌ها باید پشت سر هم از ۱ شماره بخورند).']);
  });
  it('never throws on odd data', () => {
    for (const code of ['articles: 5\n', 'articles:\n  - null\n  - number: 2\n', 'kind: directive\ndefinitions: 3\narticles:\n  - number: {a: 1}\n    text: x\n', '- 1\n']) {
      expect(runRule(rule, code).every((f) => !f.message.includes('failed internally'))).toBe(true);
    }
  });
});
