import rule from '../../src/rules/zwnj.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'already right', code: 'title: این کار می\u200Cشود و نمی\u200Cتوان\n' },
    { name: 'plurals already right', code: 'title: شهرداری\u200Cها و کتاب\u200Cهای قدیمی\n' },
    { name: 'the word «میز»', code: 'title: روی میز است\n' },
    { name: '«کمی از» is not the prefix «می»', code: 'title: کمی از آن\n' },
    { name: 'other words ending in «می»', code: 'title: نظر علمی است\n' },
    { name: '«ها» at the start of a text', code: 'title: ها نشانه جمع است\n' },
    { name: '«ها» at the start of a line', code: 'body:\n  - |\n    شهرداری\n    ها\n' },
    { name: 'a word that starts with «ها»', code: 'title: نام هادی است\n' },
    { name: 'machine fields are exempt', code: 'attachments:\n  - path: "می شود.pdf"\n' },
  ],
  invalid: [
    {
      name: '«می شود»',
      code: 'title: این کار می شود\n',
      errors: [{ line: 1, column: 18, endColumn: 19, severity: 'warning', message: '"می شود" is written with a space; write "می\u200Cشود"' }],
      output: 'title: این کار می\u200Cشود\n',
    },
    {
      name: '«نمی توان»',
      code: 'title: نمی توان گفت\n',
      errors: [{ line: 1, column: 11, message: '"نمی توان"' }],
      output: 'title: نمی\u200Cتوان گفت\n',
    },
    {
      name: '«شهرداری ها»',
      code: 'title: شهرداری ها\n',
      errors: [{ line: 1, column: 15, message: '"شهرداری ها" is written with a space; write "شهرداری\u200Cها"' }],
      output: 'title: شهرداری\u200Cها\n',
    },
    {
      name: '«های» and «هایی», before punctuation',
      code: 'title: کتاب های قدیمی و برنامه هایی.\n',
      errors: [{ line: 1, column: 12 }, { line: 1, column: 31 }],
      output: 'title: کتاب\u200Cهای قدیمی و برنامه\u200Cهایی.\n',
    },
    {
      name: 'after an opening guillemet',
      code: 'title: گفت «می شود»\n',
      errors: [{ line: 1, column: 15, message: '"می شود" is written' }],
      output: 'title: گفت «می\u200Cشود»\n',
    },
    {
      name: 'on the second line of a block scalar',
      code: 'preamble: |\n  به\u200Cمنظور\n  اجرا می شود\n',
      errors: [{ line: 3, column: 10 }],
      output: 'preamble: |\n  به\u200Cمنظور\n  اجرا می\u200Cشود\n',
    },
  ],
});
