import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/core/engine/fix.js';

/*
 * The orthography fixes of FORMAT.md 1.1 meeting in one word: each rule sees the others' work in the
 * next pass, so «مي‏شود» (Arabic ي and a right-to-left mark) becomes «می‌شود» in two passes, and so on.
 * What is not Persian prose is left as it is.
 */
function draft(body: string[]): string {
  return [
    'schemaVersion: 1', 'kind: circular', 'id: fix-compose-test', 'status: draft',
    'title: بخشنامه آزمایشی ترکیب اصلاح‌ها', 'municipality: { province: قم, city: قم }',
    'author: { name: علی رضایی, position: کارشناس حقوقی شهرداری قم, email: a.rezaei@example.ir, phone: "025-3100-1234" }',
    'date: 1405/09/09', 'category: legal', 'rationale: { problem: مسئله‌ای هست, proposal: پیشنهادی هست }',
    'subject: موضوع بخشنامه', 'addressees: [شهرداری قم]', 'body:', ...body.map((b) => `  - ${b}`),
    'signatory: { name: علی رضایی, position: شهردار قم }', '',
  ].join('\n');
}

const cases: Array<[string, string, string]> = [
  ['Arabic ي and a right-to-left mark', 'این کار انجام مي\u200Fشود', 'این کار انجام می\u200Cشود'],
  ['presentation forms and a space after «می»', 'این کار انجام \uFEE3\uFBFF شود', 'این کار انجام می\u200Cشود'],
  ['a left-to-right mark before «ها»', 'همه شهرداری\u200Eها موظفند', 'همه شهرداری\u200Cها موظفند'],
  ['a soft hyphen before «ها»', 'همه کتاب\u00ADها خوانده شد', 'همه کتاب\u200Cها خوانده شد'],
  ['Arabic-Indic digits and a Latin comma', 'طبق بند ٣, این کار انجام شود', 'طبق بند ۳، این کار انجام شود'],
  ['«نمي كند» with Arabic letters', 'او این کار را نمي كند', 'او این کار را نمی\u200Cکند'],
];

describe('orthography fixes composed', () => {
  for (const [name, wrong, right] of cases) {
    it(`${name}: «${wrong}» → «${right}», and a second run changes nothing`, () => {
      const out = fixText(draft([wrong]));
      expect(out.output).toBe(draft([right]));
      expect(out.result.findings).toEqual([]);
      expect(fixText(out.output).applied).toBe(0);
    });
  }

  it('leaves what is not Persian prose as it is', () => {
    const kept = [
      'این ماده بیشتر، کمتر و بهتر از پیش اجرا می\u200Cشود',
      'واکسن‌های (A,D,E,K) و مبلغ 1,000 ریال',
      'نشانی https://qom.example.ir/a,b است',
      'Thursday, March 21',
    ];
    const text = draft(kept);
    const out = fixText(text);
    expect(out.output).toBe(text);
  });
});
