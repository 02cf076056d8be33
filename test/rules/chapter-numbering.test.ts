import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import rule from '../../src/rules/chapter-numbering.js';

/** A directive whose chapters are given as YAML lines (two spaces in, under `chapters:`). */
const draft = (chapters: string, extra = ''): string =>
  `schemaVersion: 1.1\nkind: directive\n${extra}chapters:\n${chapters}`;
const chapter = (number: number | string | null, article = 'متن'): string =>
  `${number === null ? '  - title: فصل\n' : `  - number: ${number}\n    title: فصل\n`}    articles:\n      - text: ${article}\n`;

ruleTester(rule, {
  valid: [
    { name: 'no chapter has a number (the renderer numbers by position)', code: draft(chapter(null) + chapter(null)) },
    { name: 'numbered 1, 2, 3', code: draft(chapter(1) + chapter(2) + chapter(3)) },
    { name: 'some numbered, some not, each number its position', code: draft(chapter(null) + chapter(2) + chapter(null)) },
    {
      name: 'sections run 1, 2 within each chapter, from 1 again in the next',
      code: draft(
        '  - number: 1\n    title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '      - number: 2\n        title: پ\n        articles:\n          - text: دو\n'
        + '  - number: 2\n    title: ت\n    sections:\n      - number: 1\n        title: ث\n        articles:\n          - text: سه\n',
      ),
    },
    { name: 'a draft without chapters', code: 'kind: directive\narticles:\n  - number: 1\n    text: یک\n' },
    { name: 'chapters not a list', code: 'kind: directive\nchapters: فصل\n' },
    { name: 'a number that is not an integer is the schema’s to report', code: draft(chapter('دوم') + chapter('2.5')) },
  ],
  invalid: [
    {
      name: 'a skipped chapter number: 1, 3 (the fix writes 2)',
      code: draft(chapter(1) + chapter(3)),
      errors: [{ line: 8, column: 13, message: 'The chapter number should be 2 but is 3 (chapters are numbered 1, 2, 3 … with no gap; this one prints as «فصل سوم»).' }],
      output: draft(chapter(1) + chapter(2)),
    },
    {
      name: 'an inserted chapter shifts the rest: every later number is reported and fixed',
      code: draft(chapter(1) + chapter(3) + chapter(4)),
      errors: [{ line: 8, column: 13, message: 'should be 2 but is 3' }, { line: 12, column: 13, message: 'should be 3 but is 4' }],
      output: draft(chapter(1) + chapter(2) + chapter(3)),
    },
    {
      name: 'a repeat',
      code: draft(chapter(1) + chapter(1)),
      errors: [{ line: 8, column: 13, message: 'Chapter number 1 is repeated (an earlier chapter has it); this chapter should be number 2.' }],
      output: draft(chapter(1) + chapter(2)),
    },
    {
      name: 'a number where the unnumbered chapters before it make another position',
      code: draft(chapter(null) + chapter(1)),
      errors: [{ line: 7, column: 13, message: 'should be 2 but is 1' }],
      output: draft(chapter(null) + chapter(2)),
    },
    {
      name: 'a number written as a string of Persian digits keeps the message in the author’s digits, the fix writes an integer',
      code: draft(chapter(1) + chapter('"۳"')),
      errors: [{ line: 8, column: 13, message: 'should be 2 but is ۳' }],
      output: draft(chapter(1) + chapter(2)),
    },
    {
      name: 'a skipped section number within a chapter',
      code: draft(
        '  - title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '      - number: 3\n        title: پ\n        articles:\n          - text: دو\n',
      ),
      errors: [{ line: 10, column: 17, message: 'The section number should be 2 but is 3 (the sections of each chapter are numbered 1, 2, 3 … with no gap; this one prints as «بخش سوم»).' }],
      output: draft(
        '  - title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '      - number: 2\n        title: پ\n        articles:\n          - text: دو\n',
      ),
    },
    {
      name: 'sections numbered on across chapters instead of from 1 in each',
      code: draft(
        '  - title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '  - title: پ\n    sections:\n      - number: 2\n        title: ت\n        articles:\n          - text: دو\n',
      ),
      errors: [{ line: 12, column: 17, message: 'should be 1 but is 2' }],
      output: draft(
        '  - title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '  - title: پ\n    sections:\n      - number: 1\n        title: ت\n        articles:\n          - text: دو\n',
      ),
    },
    {
      name: 'a repeated section number',
      code: draft(
        '  - title: الف\n    sections:\n      - number: 1\n        title: ب\n        articles:\n          - text: یک\n'
        + '      - number: 1\n        title: پ\n        articles:\n          - text: دو\n',
      ),
      errors: [{ line: 10, column: 17, message: 'Section number 1 is repeated in this chapter' }],
    },
    {
      name: 'no fix when a text names a chapter by an ordinal word (it may mean either numbering)',
      code: draft(chapter(1) + chapter(3, 'مقررات فصل دوم این آیین‌نامه')),
      errors: [{ line: 8, column: 13 }],
      output: draft(chapter(1) + chapter(3, 'مقررات فصل دوم این آیین‌نامه')),
    },
    {
      name: 'no fix when a text names a chapter by digits',
      code: draft(chapter(1) + chapter(3, 'مطابق فصل (۳)')),
      errors: [{ line: 8, column: 13 }],
      output: draft(chapter(1) + chapter(3, 'مطابق فصل (۳)')),
    },
    {
      name: '«این فصل» and «بخش خصوصی» name no number: the fix is offered',
      code: draft(chapter(1) + chapter(3, 'مزایای مندرج در این فصل برای بخش خصوصی')),
      errors: [{ line: 8, column: 13 }],
      output: draft(chapter(1) + chapter(2, 'مزایای مندرج در این فصل برای بخش خصوصی')),
    },
  ],
});

describe('chapter-numbering in Persian', () => {
  it('names the expected and the written number in Persian digits, and the heading it prints', () => {
    const found = runRule(rule, draft(chapter(1) + chapter(4)), { lang: 'fa' });
    expect(found.map((f) => f.message)).toEqual([
      'شماره فصل باید ۲ باشد اما ۴ نوشته شده است (فصل‌ها پشت سر هم از ۱ شماره می‌خورند و «فصل چهارم» چاپ می‌شود).',
    ]);
  });

  it('a section reference blocks only the section fix, not the chapter fix', () => {
    const code = draft(
      '  - number: 2\n    title: الف\n    sections:\n      - number: 2\n        title: ب\n        articles:\n          - text: طبق بخش اول\n',
    );
    const found = runRule(rule, code);
    expect(found.map((f) => [f.line, Boolean(f.fix)])).toEqual([[4, true], [7, false]]);
  });

  it('never throws on odd data', () => {
    for (const code of ['chapters: 5\n', 'chapters:\n  - null\n  - number: 3\n', 'chapters:\n  - number: {a: 1}\n    sections: 7\n', 'chapters:\n  - sections:\n      - null\n      - number: -1\n', '- 1\n']) {
      expect(runRule(rule, code).every((f) => !f.message.includes('failed internally'))).toBe(true);
    }
  });
});
