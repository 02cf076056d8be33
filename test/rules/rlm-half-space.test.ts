import rule from '../../src/rules/rlm-half-space.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a ZWNJ', code: 'title: می\u200Cشود\n' },
    { name: 'an RLM next to a space', code: 'title: "متن \u200Fبا نشانه"\n' },
    { name: 'an RLM at the start', code: 'title: "\u200Fمتن"\n' },
    { name: 'an RLM at the end', code: 'title: "متن\u200F"\n' },
    { name: 'an RLM before a digit', code: 'title: "ماده\u200F۵"\n' },
  ],
  invalid: [
    {
      name: 'U+200F between letters becomes a ZWNJ',
      code: 'title: این کار می\u200Fشود\n',
      errors: [{ line: 1, column: 18, severity: 'warning', message: 'used as a half-space in "می\u200Cشود"' }],
      output: 'title: این کار می\u200Cشود\n',
    },
    {
      name: 'two marks in a row are one finding and one ZWNJ',
      code: 'title: "شهرداری\u200F\u200Fها"\n',
      errors: [{ line: 1, column: 16 }],
      output: 'title: "شهرداری\u200Cها"\n',
    },
    {
      name: 'every one in a block scalar',
      code: 'body:\n  - |\n    کتاب\u200Fها\n    می\u200Fشود\n',
      errors: [{ line: 3, column: 9 }, { line: 4, column: 7 }],
      output: 'body:\n  - |\n    کتاب\u200Cها\n    می\u200Cشود\n',
    },
  ],
});
