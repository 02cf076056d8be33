import { describe, expect, it } from 'vitest';
import { ALM, LRM, RLM, ZWNJ, normalizeForCompare, slugify, toPersianLetters } from '../../src/persian/text.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('constants', () => {
  it('are the code points they name', () => {
    expect([ZWNJ, RLM, LRM, ALM].map((c) => c.codePointAt(0))).toEqual([0x200c, 0x200f, 0x200e, 0x061c]);
  });
});

describe('toPersianLetters', () => {
  it.each([
    ['شهرداري', 'شهرداری'],
    ['كرمان', 'کرمان'],
    ['مصطفى', 'مصطفی'],
    ['یک', 'یک'],
  ])('%s → %s', (input, expected) => {
    expect(toPersianLetters(input)).toBe(expected);
    expect(toPersianLetters(input)).toHaveLength(input.length);
  });
});

describe('normalizeForCompare', () => {
  it.each([
    ['شهرداري كرمان', 'شهرداری کرمان'],
    ['  خرم‌آباد ', 'خرم آباد'],
    ['خرم آباد', 'خرم آباد'],
    [`می${RLM}شود`, 'می شود'],
    [`می${ZWNJ}شود`, 'می شود'],
    ['دستورالعمل  ساماندهی\t\nپسماند', 'دستورالعمل ساماندهی پسماند'],
    ['بخشنامه ۱۴۰۵', 'بخشنامه 1405'],
    ['بخشنامه ١٤٠٥', 'بخشنامه 1405'],
    [`${LRM}قم${ALM}`, 'قم'],
    ['\u00A0قم\uFEFF', 'قم'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForCompare(input)).toBe(expected);
  });

  it('makes the usual variants of a title compare equal', () => {
    const a = normalizeForCompare('دستورالعمل نحوه همکاری شهرداری‌ها با تأمین اجتماعی ۱۴۰۵');
    const b = normalizeForCompare('دستورالعمل  نحوه همكاري شهرداري ها با تأمین اجتماعی 1405');
    expect(a).toBe(b);
  });
});

describe('slugify', () => {
  it.each([
    ['شهرداری قم', 'shhrdari-qm'],
    ['دستورالعمل ایمنی ۱۴۰۵', 'dstoralml-imni-1405'],
    ['ایلام', 'ilam'],
    ['یزد', 'yzd'],
    ['ایران', 'iran'],
    ['نوسازی', 'nosazi'],
    ['دیوان', 'divan'],
    ['قوانین', 'qvanin'],
    ['هوایی', 'hvayi'],
    ['توسعه شهری', 'tose-shhri'],
    ['عمران و توسعه', 'amran-va-tose'],
    ['شهرداری‌ها', 'shhrdariha'],
    ['شهرداري كرمان', 'shhrdari-krman'],
    ['تأمین اجتماعی', 'tamin-ajtmai'],
    ['Draft 2 — Persian!', 'draft-2-persian'],
    ['  «پیش‌نویس»  (بخشنامه)  ', 'pishnvis-bkhshname'],
    ['', ''],
    ['!!! ؟؟؟', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps whole words within the cap', () => {
    expect(slugify('طرح ساماندهی پسماند شهری در شهرداری قم', 20)).toBe('trh-samandhi-psmand');
    expect(slugify('طرح ساماندهی پسماند شهری در شهرداری قم', 19)).toBe('trh-samandhi-psmand');
    expect(slugify('طرح ساماندهی پسماند شهری در شهرداری قم', 18)).toBe('trh-samandhi');
  });

  it('cuts a first word longer than the cap', () => {
    expect(slugify('استانداردسازی فرآیندها', 5)).toBe('astan');
  });

  it('always returns a valid slug within the cap (default 80)', () => {
    const titles = [
      'دستورالعمل نحوه همکاری شهرداری‌ها با سازمان تأمین اجتماعی در اجرای ماده ۳۸ قانون تأمین اجتماعی',
      'پیش‌نویس بخشنامه استانداردسازی فرآیندهای صدور پروانه ساختمانی در شهرداری‌های مراکز استان‌ها',
      'شيوه‌نامه درآمد پايدار و امور مالي شهرداري‌ها (ويرايش ٢)',
      'حمل‌ونقل، ترافیک؛ و محیط زیست — ۱۴۰۵/۰۹/۰۹',
    ];
    for (const title of titles) {
      for (const max of [10, 30, 80]) {
        const slug = slugify(title, max);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(max);
      }
      expect(slugify(title).length).toBeLessThanOrEqual(80);
    }
  });
});

describe('normalizeForCompare, one pass', () => {
  // The chain of replacements it stands in for, kept here as the specification.
  const reference = (s: string): string =>
    s.replace(/[\u064A\u0649]/g, 'ی').replace(/\u0643/g, 'ک')
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\s\u200C\u200E\u200F\u061C]+/g, ' ').trim();

  it('agrees with the replace chain on any mix of Persian, Arabic, digits and gaps', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = [...'ابپتکگیيكى ۰۱۹٠٩09\u200C\u200E\u200F\u061C\t\n\u00A0\u3000\uFEFFaZ،.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(normalizeForCompare(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
