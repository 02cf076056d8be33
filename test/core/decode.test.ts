import { describe, expect, it } from 'vitest';
import { decodeDraft, utf8Text } from '../../src/core/parse/decode.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('utf8Text decodes exactly what TextDecoder decodes', () => {
  it.each([
    ['ASCII only', 'schemaVersion: 1\nkind: directive\n'],
    ['Persian with ZWNJ and digits', 'عنوان: دستورالعمل‌های ۱۴۰۵/۰۹/۰۹ شهرداری‌ها\n'],
    ['Arabic letters and RLM', 'كرمان \u200f ي'],
    ['characters beyond the BMP', 'پیوست 📎 𝔸 ضمیمه'],
    ['a single non-ASCII character at the end', 'x'.repeat(1000) + 'ی'],
    ['empty', ''],
  ])('%s', (_label, text) => {
    expect(utf8Text(enc(text))).toBe(text);
  });

  it('decodes a slice of a larger buffer by its own offsets', () => {
    const whole = enc('AAAA' + 'ماده ۱' + 'BBBB');
    expect(utf8Text(whole.subarray(4, whole.length - 4))).toBe('ماده ۱');
  });
});

describe('decodeDraft', () => {
  it('drops a BOM and keeps the Persian text intact', () => {
    const result = decodeDraft(enc('\uFEFFtitle: پیش‌نویس\n'));
    expect(result).toEqual({ ok: true, text: 'title: پیش‌نویس\n' });
  });

  it('locates the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...enc('a: ب\nb: '), 0xe3, 0x41]);
    const result = decodeDraft(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.line, result.column]).toEqual([2, 4]);
  });
});
