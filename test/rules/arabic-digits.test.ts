import rule from '../../src/rules/arabic-digits.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Persian digits', code: 'title: سال ۱۴۰۵\n' },
    { name: 'Latin digits', code: 'title: سال 1405\n' },
    { name: 'machine fields are exempt', code: 'author:\n  phone: "٠٢٥-٣١٢٣"\nmunicipality:\n  code: "١٢"\n' },
  ],
  invalid: [
    {
      // FORMAT.md: a date is written in Latin or Persian digits.
      name: 'a date in Arabic-Indic digits is not exempt',
      code: 'date: ١٤٠٥/٠٩/٠٩\n',
      errors: [{ line: 1, column: 7 }, { line: 1, column: 12 }, { line: 1, column: 15 }],
      output: 'date: ۱۴۰۵/۰۹/۰۹\n',
    },
    {
      name: 'a run of Arabic-Indic digits is one finding',
      code: 'title: سال ١٤٠٥\n',
      errors: [{ line: 1, column: 12, endColumn: 16, severity: 'error', message: 'Arabic-Indic digits "١٤٠٥" instead of Persian "۱۴۰۵"' }],
      output: 'title: سال ۱۴۰۵\n',
    },
    {
      name: 'digits mixed with Persian ones',
      code: 'title: ماده ۱٤ و ٥\n',
      errors: [{ line: 1, column: 14 }, { line: 1, column: 18 }],
      output: 'title: ماده ۱۴ و ۵\n',
    },
    {
      name: 'a note in a list, in a double-quoted scalar',
      code: 'articles:\n  - text: متن\n    notes:\n      - text: "تا ٣٠ روز"\n',
      errors: [{ line: 4, column: 19 }],
      output: 'articles:\n  - text: متن\n    notes:\n      - text: "تا ۳۰ روز"\n',
    },
  ],
});
