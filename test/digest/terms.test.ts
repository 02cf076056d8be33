import { describe, expect, it } from 'vitest';
import { normalizedWords, stem, terms } from '../../src/core/digest/terms.js';

const stems = (text: string): string[] => terms(text).map((t) => t.stem);

describe('digest terms: the same words however they are typed', () => {
  it('reads Arabic ي ى ك as Persian ی ک', () => {
    expect(stems('تسويه بدهي شهرداري به تأمين اجتماعي كاركنان')).toEqual(stems('تسویه بدهی شهرداری به تأمین اجتماعی کارکنان'));
  });

  it('reads a half-space, a space or nothing before an affix alike', () => {
    const forms = ['بدهی‌های معوق', 'بدهی های معوق', 'بدهیهای معوق'];
    const expected = stems('بدهی معوق');
    for (const form of forms) expect(stems(form), form).toEqual(expected);
    expect(stems('پرداخت می‌شود')).toEqual(stems('پرداخت می شود'));
    expect(stems('پرداخت می‌شود')).toEqual(stems('پرداخت میشود'));
  });

  it('drops diacritics, tatweel and hamza forms, and reads digits of any script alike', () => {
    expect(normalizedWords('تسویهٔ بـدهیِ سال ۱۴۰۵')).toEqual(normalizedWords('تسویه بدهی سال 1405'));
    expect(normalizedWords('تأمین مسئول')).toEqual(normalizedWords('تامین مسئول'));
    expect(normalizedWords('١٤٠٥')).toEqual(['1405']);
  });

  it('stems plural and verb affixes lightly', () => {
    expect(stem('مطالبات')).toBe(stem('مطالب'));
    expect(stem('شهروندان')).toBe('شهروند');
    expect(stem('پسماندها')).toBe('پسماند');
    expect(stem('پسماندهای')).toBe('پسماند');
    // Short words keep their endings: «استان» is not «است» + «ان».
    expect(stem('استان')).toBe('استان');
    // «میدان» is not «می» + «دان».
    expect(stem('میدان')).toBe('میدان');
  });

  it('drops function words, the words every submission shares and place names', () => {
    expect(stems('دستورالعمل شهرداری شهر قم و تبریز در استان فارس به وزارت کشور')).toEqual([]);
    expect(stems('شهرداری‌ها و شهرداري ها')).toEqual([]);
    expect(stems('تفکیک پسماند در شهرداری اصفهان')).toEqual(['تفکیک', 'پسماند']);
  });

  it('shows a term as it was written, in Persian letters and without diacritics', () => {
    expect(terms('تأمينِ اجتماعي').map((t) => t.word)).toEqual(['تأمین', 'اجتماعی']);
  });
});

describe('digest terms: singulars meet their plurals', () => {
  it.each([
    ['مطالبه', 'مطالبات'], ['بدهی', 'بدهی‌ها'], ['پروانه', 'پروانه‌های'], ['کارکن', 'کارکنان'], ['پسماند', 'پسماندهای'], ['مسئول', 'مسئولین'],
  ])('%s ~ %s', (one, many) => {
    expect(stems(one)).toEqual(stems(many));
  });
});
