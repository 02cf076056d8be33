import { describe, expect, it } from 'vitest';
import { escapeHtml, persianNumbers, richText } from '../../src/core/render/text.js';

describe('richText', () => {
  it('escapes every character HTML gives meaning to', () => {
    expect(richText('<script>alert("x")</script> & \' ` =')).not.toMatch(/<script|"x"/);
    expect(escapeHtml('<a href="x">&\'`=</a>')).toBe('&lt;a href&#x3D;&quot;x&quot;&gt;&amp;&#x27;&#x60;&#x3D;&lt;/a&gt;');
  });

  it('makes digits Persian in Persian text, with the Persian decimal, thousands and percent signs', () => {
    expect(richText('ماده 5')).toBe('ماده ۵');
    expect(richText('نرخ 12.5% است')).toBe('نرخ ۱۲\u066B۵\u066A است');
    expect(richText('مبلغ 1,250,000 ریال')).toBe('مبلغ ۱\u066C۲۵۰\u066C۰۰۰ ریال');
    expect(richText('تاریخ 1405/09/09')).toBe('تاریخ ۱۴۰۵/۰۹/۰۹');
    expect(richText('عدد ٣')).toBe('عدد ۳');
  });

  it('keeps Latin runs (addresses, codes, versions) left to right and their digits Latin', () => {
    expect(richText('نشانی waste@example.ir است')).toBe('نشانی <bdi dir="ltr">waste@example.ir</bdi> است');
    expect(richText('استاندارد ISO 9001:2015 و 3 مورد')).toBe('استاندارد <bdi dir="ltr">ISO 9001:2015</bdi> و ۳ مورد');
    // The full stop after a Latin word stays with the Persian sentence.
    expect(richText('سامانه SAMA.')).toBe('سامانه <bdi dir="ltr">SAMA</bdi>.');
  });

  it('keeps the line breaks of a literal block', () => {
    expect(richText('سطر یک\nسطر دو\r\nسطر سه')).toBe('سطر یک<br>سطر دو<br>سطر سه');
  });

  it('is empty for absent values', () => {
    expect(richText(undefined)).toBe('');
    expect(richText(null)).toBe('');
  });

  it('persianNumbers leaves text without digits untouched', () => {
    const s = 'بدون رقم';
    expect(persianNumbers(s)).toBe(s);
  });
});
