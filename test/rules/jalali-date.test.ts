import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/jalali-date.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'an ordinary date in Latin digits', code: 'date: 1405/09/09\n' },
    { name: 'the same in Persian digits', code: 'date: ۱۴۰۵/۰۹/۰۹\n' },
    { name: 'Esfand 30 in a leap year (1403)', code: 'date: 1403/12/30\n' },
    { name: 'Esfand 30 in the leap year 1399', code: 'date: ۱۳۹۹/۱۲/۳۰\n' },
    { name: 'Esfand 29 in a common year', code: 'date: 1405/12/29\n' },
    { name: 'Shahrivar 31', code: 'date: 1405/06/31\neffectiveDate: 1405/07/30\n' },
    { name: 'a directive’s effective date', code: 'date: 1405/01/01\nenforcement:\n  effectiveDate: 1405/02/31\n' },
    { name: 'another shape is the schema’s to report', code: 'date: 1405-12-30\neffectiveDate: 30/12/1405\n' },
    { name: 'blanks around the date: the schema reports the shape', code: 'date: " 1405/12/30"\n' },
    { name: 'not a string', code: 'date: 14051230\neffectiveDate: [1405, 12, 30]\nenforcement: 1405/12/30\n' },
    { name: 'other fields are not dates', code: 'title: 1405/12/30\narticles:\n  - text: 1405/13/40\n' },
  ],
  invalid: [
    {
      name: 'one-digit month and day: a warning, fixed in the digits typed',
      code: 'date: 1405/9/5\neffectiveDate: ۱۴۰۵/۱۰/۱\n',
      errors: [
        { line: 1, column: 7, severity: 'warning', message: 'Write 1405/9/5 as YYYY/MM/DD, with a two-digit month and day: 1405/09/05.' },
        { line: 2, column: 16, severity: 'warning', message: '1405/10/01' },
      ],
      output: 'date: 1405/09/05\neffectiveDate: ۱۴۰۵/۱۰/۰۱\n',
    },
    {
      name: 'Esfand 30 in a common year',
      code: 'date: 1405/12/30\n',
      errors: [{ line: 1, column: 7, severity: 'error', message: '1405/12/30 is not a real date: Esfand 1405 has 29 days (1405 is not a leap year).' }],
    },
    {
      name: 'Esfand 31 even in a leap year',
      code: 'date: ۱۴۰۳/۱۲/۳۱\n',
      errors: [{ line: 1, column: 7, message: 'Esfand 1403 has 30 days even in a leap year' }],
    },
    {
      name: 'month 13',
      code: 'kind: circular\ndate: 1405/13/01\n',
      errors: [{ line: 2, column: 7, message: 'the month must be 1 to 12, not 13' }],
    },
    {
      name: 'month 0',
      code: 'date: 1405/0/10\n',
      errors: [{ line: 1, column: 7, message: 'not 0' }],
    },
    {
      name: 'Mehr 31',
      code: 'date: 1405/07/31\n',
      errors: [{ line: 1, column: 7, message: 'Mehr has 30 days' }],
    },
    {
      name: 'Farvardin 32',
      code: 'date: 1405/1/32\n',
      errors: [{ line: 1, column: 7, message: 'Farvardin has 31 days' }],
    },
    {
      name: 'day 0',
      code: 'date: 1405/02/00\n',
      errors: [{ line: 1, column: 7, message: 'there is no day 0; the days of Ordibehesht run from 1 to 31' }],
    },
    {
      name: 'year 0000',
      code: 'date: 0000/01/01\n',
      errors: [{ line: 1, column: 7, message: 'no year 0000' }],
    },
    {
      name: 'a quoted date is located at its quote',
      code: 'id: x\ndate: "1405/12/30"\n',
      errors: [{ line: 2, column: 7 }],
    },
    {
      name: 'a circular’s effective date',
      code: 'kind: circular\ndate: 1405/09/09\neffectiveDate: 1405/11/31\n',
      errors: [{ line: 3, column: 16, message: 'Bahman has 30 days' }],
    },
    {
      name: 'a directive’s effective date',
      code: 'kind: directive\ndate: 1405/09/09\nenforcement:\n  responsible: [شهرداری]\n  effectiveDate: ۱۴۰۵/۱۲/۳۰\n',
      errors: [{ line: 5, column: 18, message: 'Esfand 1405 has 29 days' }],
    },
    {
      name: 'every field is checked',
      code: 'date: 1405/12/30\neffectiveDate: 1405/12/31\nenforcement:\n  effectiveDate: 1405/13/01\n',
      errors: [{ line: 1, column: 7 }, { line: 2, column: 16 }, { line: 4, column: 18 }],
    },
  ],
});

describe('jalali-date in Persian', () => {
  it('names the month, the year and whether it is a leap year', () => {
    const [f] = runRule(rule, 'date: 1405/12/30\n', { lang: 'fa' });
    expect(f?.message).toBe('۱۴۰۵/۱۲/۳۰ تاریخ واقعی نیست: اسفند ۱۴۰۵ (سال غیرکبیسه) ۲۹ روز دارد.');
  });
  it('says a leap year’s Esfand has 30 days', () => {
    const [f] = runRule(rule, 'date: 1403/12/31\n', { lang: 'fa' });
    expect(f?.message).toBe('۱۴۰۳/۱۲/۳۱ تاریخ واقعی نیست: اسفند ۱۴۰۳ (سال کبیسه) ۳۰ روز دارد.');
  });
  it('names the month for other months', () => {
    const [f] = runRule(rule, 'date: ۱۴۰۵/۰۷/۳۱\n', { lang: 'fa' });
    expect(f?.message).toBe('۱۴۰۵/۰۷/۳۱ تاریخ واقعی نیست: ماه مهر ۳۰ روز دارد.');
  });
});

describe('jalali-date: `added` markers (format 1.1)', () => {
  ruleTester(rule, {
    valid: ['schemaVersion: 1.1\narticles:\n  - text: یک\n    added:\n      by: مصوبه شورا\n      date: 1403/12/30\n'],
    invalid: [
      {
        name: 'an added note under a clause of a chapter article, dated 31 Mehr',
        code: 'schemaVersion: 1.1\nchapters:\n  - title: کلیات\n    articles:\n      - text: یک\n        clauses:\n          - text: بند\n            notes:\n              - text: تبصره\n                added:\n                  by: مصوبه شورا\n                  date: 1404/07/31\n',
        errors: [{ line: 12, column: 25, message: 'Mehr has 30 days' }],
      },
    ],
  });
});
