import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/effective-date.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'no effective date', code: 'date: 1405/09/09\n' },
    { name: 'the same day', code: 'date: 1405/09/09\neffectiveDate: ۱۴۰۵/۰۹/۰۹\n' },
    { name: 'a later day', code: 'date: 1405/09/09\neffectiveDate: 1406/01/01\n' },
    { name: 'a directive’s later effective date', code: 'date: 1405/09/09\nenforcement:\n  effectiveDate: 1405/9/10\n' },
    { name: 'no date to compare with', code: 'effectiveDate: 1300/01/01\n' },
    { name: 'the draft’s date is not real: jalali-date reports it', code: 'date: 1405/12/30\neffectiveDate: 1405/01/01\n' },
    { name: 'the effective date is not real: jalali-date reports it', code: 'date: 1405/09/09\neffectiveDate: 1404/12/30\n' },
    { name: 'a date of another shape', code: 'date: 1405/09/09\neffectiveDate: 1404-01-01\n' },
    { name: 'values of the wrong type', code: 'date: [1405]\neffectiveDate: 1404/01/01\nenforcement: [1]\n' },
  ],
  invalid: [
    {
      name: 'a circular’s effective date one day early',
      code: 'kind: circular\ndate: 1405/09/09\neffectiveDate: 1405/09/08\n',
      errors: [{ line: 3, column: 16, severity: 'error', message: 'The effective date (1405/09/08) is 1 day before the draft’s date (1405/09/09)' }],
    },
    {
      name: 'a directive’s effective date in an earlier year, digits mixed',
      code: 'kind: directive\ndate: ۱۴۰۵/۰۱/۰۱\nenforcement:\n  supervisor: شورای اسلامی شهر\n  effectiveDate: "1404/12/29"\n',
      errors: [{ line: 5, column: 18, message: '(1404/12/29) is 1 day before the draft’s date (1405/01/01)' }],
    },
    {
      name: 'both effective dates',
      code: 'date: 1405/09/09\neffectiveDate: 1405/01/01\nenforcement:\n  effectiveDate: 1400/1/1\n',
      errors: [{ line: 2, column: 16 }, { line: 4, column: 18 }],
    },
  ],
});

describe('effective-date in Persian', () => {
  it('gives both dates and the gap', () => {
    const [f] = runRule(rule, 'date: 1405/09/09\neffectiveDate: 1405/08/30\n', { lang: 'fa' });
    expect(f?.message).toBe('تاریخ اجرا (۱۴۰۵/۰۸/۳۰) ۹ روز پیش از تاریخ پیش‌نویس (۱۴۰۵/۰۹/۰۹) است؛ تاریخ اجرا باید همان روز یا پس از آن باشد.');
  });
});
