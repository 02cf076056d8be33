import rule from '../../src/rules/arabic-letters.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Persian ی and ک', code: 'title: شهرداری کاشان\n' },
    { name: 'Latin text', code: 'title: Kerman city\n' },
    {
      name: 'machine fields are exempt',
      code: 'id: شهرداري\nauthor:\n  email: علي@example.ir\n  phone: "كد"\nattachments:\n  - path: پيوست‌ها/نامه.pdf\n',
    },
  ],
  invalid: [
    {
      name: 'one word is one finding, fixed whole',
      code: 'title: طرح شهرداري قم\n',
      errors: [{ line: 1, column: 12, endColumn: 19, severity: 'error', message: '"شهرداري" uses Arabic letters; write "شهرداری"' }],
      output: 'title: طرح شهرداری قم\n',
    },
    {
      name: 'a word that mixes Persian and Arabic letters, and one with ك and ي',
      code: 'title: پيشنهادی كميته\n',
      errors: [
        { line: 1, column: 8, message: '"پيشنهادی" uses Arabic letters; write "پیشنهادی"' },
        { line: 1, column: 17, message: '"كميته" uses Arabic letters; write "کمیته"' },
      ],
      output: 'title: پیشنهادی کمیته\n',
    },
    {
      name: 'Arabic alef maksura ى',
      code: 'title: مصطفى\n',
      errors: [{ line: 1, column: 8 }],
      output: 'title: مصطفی\n',
    },
    {
      name: 'the same word twice is located twice',
      code: 'title: شهرداري و شهرداري\n',
      errors: [{ line: 1, column: 8 }, { line: 1, column: 18 }],
      output: 'title: شهرداری و شهرداری\n',
    },
    {
      name: 'the second line of a block scalar',
      code: 'rationale:\n  problem: |\n    سطر اول درست است.\n    مصوبه شوراي شهر\n',
      errors: [{ line: 4, column: 11 }],
      output: 'rationale:\n  problem: |\n    سطر اول درست است.\n    مصوبه شورای شهر\n',
    },
    {
      name: 'a double-quoted scalar, the word with its plural suffix',
      code: 'subject: "ابلاغ به شهرداري‌ها"\n',
      errors: [{ line: 1, column: 20, message: '"شهرداري‌ها"' }],
      output: 'subject: "ابلاغ به شهرداری‌ها"\n',
    },
    {
      name: 'in a list, beside machine fields that are left alone',
      code: 'id: x\nauthor:\n  email: علي@example.ir\n  name: علي\nattachments:\n  - path: پيوست.pdf\n    title: پيوست\n',
      errors: [{ line: 4, column: 9 }, { line: 7, column: 12 }],
      output: 'id: x\nauthor:\n  email: علي@example.ir\n  name: علی\nattachments:\n  - path: پيوست.pdf\n    title: پیوست\n',
    },
  ],
});
