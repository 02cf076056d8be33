import rule from '../../src/rules/latin-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Persian marks', code: 'title: شهرداری، شورا؛ استانداری\n' },
    { name: 'a thousands separator between Latin digits', code: 'title: مبلغ 1,000 ریال\n' },
    { name: 'a thousands separator between Persian digits', code: 'title: مبلغ ۱,۰۰۰ ریال\n' },
    { name: 'an English sentence', code: 'title: "a, b and c; d"\n' },
    { name: 'machine fields are exempt', code: 'attachments:\n  - path: "جدول,۱.csv"\nauthor:\n  email: "a,b@x.ir"\n' },
  ],
  invalid: [
    {
      name: 'a Latin comma and semicolon in a Persian sentence',
      code: 'title: شهرداری, شورا; استانداری\n',
      errors: [
        { line: 1, column: 15, endColumn: 16, severity: 'warning', message: 'Latin "," between Persian words in "شهرداری, شورا; است…"; use "،"' },
        { line: 1, column: 21, message: 'Latin ";" between Persian words' },
      ],
      output: 'title: شهرداری، شورا؛ استانداری\n',
    },
    {
      name: 'a comma after a digit, before a word',
      code: 'title: ماده ۵, بند الف\n',
      errors: [{ line: 1, column: 14 }],
      output: 'title: ماده ۵، بند الف\n',
    },
    {
      name: 'in a list of a directive',
      code: 'enforcement:\n  responsible:\n    - معاونت مالی, معاونت حقوقی\n',
      errors: [{ line: 3, column: 18 }],
      output: 'enforcement:\n  responsible:\n    - معاونت مالی، معاونت حقوقی\n',
    },
  ],
});
