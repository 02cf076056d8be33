import { describe, expect, it } from 'vitest';
import { PROVINCES, findProvince, isProvince, provinceBySlug } from '../../src/persian/provinces.js';

// Copied from the end of FORMAT.md.
const FORMAT_TABLE = `آذربایجان شرقی–تبریز، آذربایجان غربی–ارومیه، اردبیل–اردبیل، اصفهان–اصفهان، البرز–کرج، ایلام–ایلام،
بوشهر–بوشهر، تهران–تهران، چهارمحال و بختیاری–شهرکرد، خراسان جنوبی–بیرجند، خراسان رضوی–مشهد،
خراسان شمالی–بجنورد، خوزستان–اهواز، زنجان–زنجان، سمنان–سمنان، سیستان و بلوچستان–زاهدان، فارس–شیراز،
قزوین–قزوین، قم–قم، کردستان–سنندج، کرمان–کرمان، کرمانشاه–کرمانشاه، کهگیلویه و بویراحمد–یاسوج،
گلستان–گرگان، گیلان–رشت، لرستان–خرم‌آباد، مازندران–ساری، مرکزی–اراک، هرمزگان–بندرعباس، همدان–همدان،
یزد–یزد`;

const tablePairs = FORMAT_TABLE.replace(/\n/g, ' ')
  .split('،')
  .map((pair) => pair.trim().split('–'));

describe('PROVINCES', () => {
  it('holds the 31 provinces and capitals of FORMAT.md, in its order and spelling', () => {
    expect(tablePairs).toHaveLength(31);
    expect(PROVINCES.map((p) => [p.name, p.capital])).toEqual(tablePairs);
  });

  it('uses Persian ی and ک and keeps the ZWNJ of «خرم‌آباد»', () => {
    for (const p of PROVINCES) expect(`${p.name}${p.capital}`).not.toMatch(/[\u064A\u0649\u0643]/);
    expect(findProvince('لرستان')?.capital).toBe('خرم\u200Cآباد');
  });

  it('has unique slugs usable in ids', () => {
    const slugs = PROVINCES.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(31);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ['قم', 'qom', 'Qom', 'Qom'],
    ['تهران', 'tehran', 'Tehran', 'Tehran'],
    ['خراسان رضوی', 'khorasan-razavi', 'Razavi Khorasan', 'Mashhad'],
    ['آذربایجان شرقی', 'azarbaijan-sharghi', 'East Azerbaijan', 'Tabriz'],
    ['اصفهان', 'esfahan', 'Isfahan', 'Isfahan'],
    ['هرمزگان', 'hormozgan', 'Hormozgan', 'Bandar Abbas'],
  ])('%s is %s, %s (capital %s)', (name, slug, en, capitalEn) => {
    expect(findProvince(name)).toMatchObject({ name, slug, en, capitalEn });
    expect(provinceBySlug(slug)?.name).toBe(name);
  });

  it('gives every province an English name and capital', () => {
    for (const p of PROVINCES) {
      expect(p.en).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(p.capitalEn).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(Object.isFrozen(PROVINCES[0])).toBe(true);
  });
});

describe('isProvince', () => {
  it.each(tablePairs.map(([name]) => name as string))('%s', (name) => {
    expect(isProvince(name)).toBe(true);
  });

  it.each(['كرمان', 'قم ', 'خراسان  رضوی', 'خراسان', 'Tehran', 'مشهد', ''])('%j is not spelled as FORMAT.md', (name) => {
    expect(isProvince(name)).toBe(false);
  });
});

describe('findProvince, and the capital it gives', () => {
  it.each([
    ['قم', 'قم', 'قم'],
    ['كرمان', 'کرمان', 'کرمان'],
    [' خراسان  رضوی ', 'خراسان رضوی', 'مشهد'],
    ['كهگيلويه و بويراحمد', 'کهگیلویه و بویراحمد', 'یاسوج'],
    ['آذربایجان\u200Cشرقی', 'آذربایجان شرقی', 'تبریز'],
  ])('%j is %s with capital %s', (input, name, capital) => {
    expect(findProvince(input)?.name).toBe(name);
    expect(findProvince(input)?.capital).toBe(capital);
  });

  it.each(['خراسان', 'Tehran', 'تبریز', ''])('%j is not a province', (input) => {
    expect(findProvince(input)).toBeUndefined();
    expect(findProvince(input)?.capital).toBeUndefined();
  });

  it('finds no province by an unknown slug', () => {
    expect(provinceBySlug('isfahan')).toBeUndefined();
  });
});
