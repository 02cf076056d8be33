import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/municipality.js';
import { CITIES } from '../../src/persian/cities.js';
import { PROVINCES } from '../../src/persian/provinces.js';
import { normalizeForCompare } from '../../src/persian/text.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const m = (province: string, city: string): string => `municipality:\n  province: ${province}\n  city: ${city}\n`;

ruleTester(rule, {
  valid: [
    { name: 'a capital', code: m('قم', 'قم') },
    { name: 'a capital that differs from its province', code: m('آذربایجان شرقی', 'تبریز') },
    { name: 'a capital with a ZWNJ', code: m('لرستان', 'خرم‌آباد') },
    { name: 'the capital written with a space for the ZWNJ', code: m('لرستان', 'خرم آباد') },
    { name: 'a county centre from cities.ts', code: m('اصفهان', 'کاشان') },
    { name: 'a ZWNJ name from cities.ts', code: m('اصفهان', 'نجف‌آباد') },
    { name: 'a ZWNJ where cities.ts has none', code: m('تهران', 'اسلام‌شهر') },
    { name: 'Arabic ي in the city compares equal (arabic-letters reports it)', code: m('تهران', 'ري') },
    { name: 'a space where cities.ts has none', code: m('هرمزگان', 'بندر عباس') },
    { name: 'a name two provinces share', code: m('فارس', 'نورآباد') },
    { name: 'the same name in the other province', code: m('لرستان', 'نورآباد') },
    { name: 'a city the repository added', code: m('قم', 'کهک'), config: { municipalities: { 'قم': ['کهک'] } } },
    { name: 'a city the repository added, spelled with Arabic letters', code: m('قم', 'کهک'), config: { municipalities: { 'قم': ['كهك'] } } },
    { name: 'a province not among the 31 and not a misspelling: the schema reports it', code: m('تهران بزرگ', 'تهران') },
    { name: 'no municipality', code: 'id: x\n' },
    { name: 'municipality of the wrong type', code: 'municipality: قم\n' },
    { name: 'province of the wrong type', code: 'municipality:\n  province: [قم]\n  city: تبریز\n' },
    { name: 'city of the wrong type', code: 'municipality:\n  province: قم\n  city: 12\n' },
    { name: 'empty city: the schema reports it', code: 'municipality:\n  province: قم\n  city: ""\n' },
    { name: 'a malformed municipalities table in the configuration', code: m('قم', 'قم'), config: { municipalities: { 'قم': 'کهک' } as unknown as Record<string, string[]> } },
  ],
  invalid: [
    {
      name: 'the capital of another province',
      code: m('قم', 'تبریز'),
      errors: [{ line: 3, column: 9, severity: 'error', message: 'The city "تبریز" is in the province "آذربایجان شرقی", not "قم".' }],
    },
    {
      name: 'a known city of another province',
      code: m('اصفهان', 'شهریار'),
      errors: [{ line: 3, column: 9, severity: 'error', message: '"تهران", not "اصفهان"' }],
    },
    {
      name: 'a city the repository added to another province',
      code: m('تهران', 'کهک'),
      config: { municipalities: { 'قم': ['کهک'] } },
      errors: [{ line: 3, column: 9, severity: 'error', message: 'is in the province "قم", not "تهران"' }],
    },
    {
      name: 'an unknown city is a warning that says how to add it',
      code: m('قم', 'کهک'),
      errors: [{ line: 3, column: 9, severity: 'warning', message: 'add it in draft.config.yaml: municipalities: { قم: [کهک] }' }],
    },
    {
      name: 'a city added for another province does not count here',
      code: m('قم', 'کهک'),
      config: { municipalities: { 'قم': [], 'تهران': ['پردیس'] } },
      errors: [{ line: 3, column: 9, severity: 'warning' }],
    },
    {
      name: 'Arabic ي and ك in the province: the right spelling, fixed',
      code: m('كرمانشاه', 'کرمانشاه'),
      errors: [{ line: 2, column: 13, severity: 'error', message: 'The province "كرمانشاه" is misspelled; write "کرمانشاه"' }],
      output: m('کرمانشاه', 'کرمانشاه'),
    },
    {
      name: 'a province written without its space, and the city checked against the meant province',
      code: m('آذربایجانغربی', 'تبریز'),
      errors: [
        { line: 2, column: 13, message: 'write "آذربایجان غربی"' },
        { line: 3, column: 9, message: 'is in the province "آذربایجان شرقی", not "آذربایجان غربی"' },
      ],
      output: m('آذربایجان غربی', 'تبریز'),
    },
    {
      name: 'a quoted province with a ZWNJ for the space keeps its quotes',
      code: m('"سیستان و‌بلوچستان"', 'زاهدان'),
      errors: [{ line: 2, column: 14 }],
      output: m('"سیستان و بلوچستان"', 'زاهدان'),
    },
  ],
});

describe('municipality in Persian', () => {
  it('says where the city is', () => {
    const [f] = runRule(rule, m('قم', 'تبریز'), { lang: 'fa' });
    expect(f?.message).toBe('شهر تبریز در استان آذربایجان شرقی است، نه قم.');
  });
  it('says how to add an unknown city', () => {
    const [f] = runRule(rule, m('قم', 'کهک'), { lang: 'fa' });
    expect(f?.message).toContain('draft.config.yaml');
    expect(f?.message).toContain('municipalities: { قم: [کهک] }');
  });
});

describe('cities.ts', () => {
  const key = (s: string): string => normalizeForCompare(s).replace(/ /g, '');
  it('has every one of the 31 provinces and no other', () => {
    expect(Object.keys(CITIES).sort()).toEqual(PROVINCES.map((p) => p.name).sort());
  });
  it('lists at least five cities for each province except Qom', () => {
    for (const p of PROVINCES) if (p.name !== 'قم') expect(CITIES[p.name]!.length, p.name).toBeGreaterThanOrEqual(5);
  });
  it('spells with Persian ی and ک, without stray blanks, each name once per province', () => {
    for (const [province, cities] of Object.entries(CITIES)) {
      for (const c of cities) {
        expect(c, province).not.toMatch(/[يىك]/);
        expect(c, province).toBe(c.trim());
        expect(c, province).not.toMatch(/\s{2}|\u200C\s|\s\u200C/);
      }
      expect(new Set(cities.map(key)).size, province).toBe(cities.length);
    }
  });
  it('does not repeat a capital, nor list one province’s capital under another', () => {
    const capitals = new Map(PROVINCES.map((p) => [key(p.capital), p.name]));
    for (const [province, cities] of Object.entries(CITIES)) {
      for (const c of cities) expect(capitals.get(key(c)), `${c} in ${province}`).toBeUndefined();
    }
  });
  it('has the examples the format gives', () => {
    expect(CITIES['اصفهان']).toEqual(expect.arrayContaining(['کاشان', 'نجف‌آباد', 'خمینی‌شهر', 'شاهین‌شهر']));
    expect(CITIES['تهران']).toEqual(expect.arrayContaining(['ری', 'اسلامشهر', 'شهریار', 'ورامین', 'قدس', 'ملارد', 'پاکدشت', 'دماوند']));
  });
});
