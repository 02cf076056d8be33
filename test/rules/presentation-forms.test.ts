import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import presentationForms, { toLetters } from '../../src/rules/presentation-forms.js';

/** The text is the title on line 2, at column 8. */
const ready = (title: string): string => `status: ready\ntitle: ${title}\n`;

describe('presentation-forms', () => {
  ruleTester(presentationForms, {
    valid: [ready('یکی از بهترین'), { name: 'a byte order mark is no presentation form', code: ready('"متن\uFEFF"') }],
    invalid: [
      {
        name: 'words copied from a PDF',
        code: ready('ﯾﮑﯽ از ﺑﮫﺘﺮﯾﻦ'),
        errors: [
          { line: 2, column: 8, endColumn: 11, severity: 'error', message: '"ﯾﮑﯽ" is written in Arabic presentation forms (as copied from a PDF); write "یکی" in Persian letters.' },
          { line: 2, column: 15, endColumn: 21, message: 'write "بهترین"' },
        ],
        output: ready('یکی از بهترین'),
      },
      { name: 'lam-alef and Arabic kaf/yeh forms', code: ready('ﻻﻳﺤﻪ ﻛﺘﺎﺏ'), errors: [{ line: 2, column: 8 }, { line: 2, column: 13 }], output: ready('لایحه کتاب') },
    ],
  });

  it('maps to the letters, Persian ی and ک', () => {
    expect(toLetters('ﺷﻬﺮﺩﺍﺭﻱ')).toBe('شهرداری');
    expect(toLetters('ﻙ')).toBe('ک');
    expect(toLetters('\uFE7C')).toBe('\u0651');
  });
});

