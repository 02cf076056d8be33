/**
 * The 31 provinces and their capitals, spelled exactly as the table at the end of FORMAT.md (Persian
 * ی and ک, a ZWNJ in «خرم‌آباد»), which is what a draft's `municipality.province` must say.
 */

import { normalizeForCompare } from './text.js';

export interface Province {
  /** The Persian name as FORMAT.md spells it. */
  readonly name: string;
  readonly capital: string;
  /** The usual English name, for English messages. */
  readonly en: string;
  readonly capitalEn: string;
  /** Latin, lowercase, hyphenated; usable in ids. */
  readonly slug: string;
}

// Slugs transliterate the Persian name in its Persian word order («khorasan-razavi», «esfahan»), while
// `en` is the English name («Razavi Khorasan», «Isfahan»).
export const PROVINCES: ReadonlyArray<Province> = Object.freeze([
  { name: 'آذربایجان شرقی', capital: 'تبریز', en: 'East Azerbaijan', capitalEn: 'Tabriz', slug: 'azarbaijan-sharghi' },
  { name: 'آذربایجان غربی', capital: 'ارومیه', en: 'West Azerbaijan', capitalEn: 'Urmia', slug: 'azarbaijan-gharbi' },
  { name: 'اردبیل', capital: 'اردبیل', en: 'Ardabil', capitalEn: 'Ardabil', slug: 'ardabil' },
  { name: 'اصفهان', capital: 'اصفهان', en: 'Isfahan', capitalEn: 'Isfahan', slug: 'esfahan' },
  { name: 'البرز', capital: 'کرج', en: 'Alborz', capitalEn: 'Karaj', slug: 'alborz' },
  { name: 'ایلام', capital: 'ایلام', en: 'Ilam', capitalEn: 'Ilam', slug: 'ilam' },
  { name: 'بوشهر', capital: 'بوشهر', en: 'Bushehr', capitalEn: 'Bushehr', slug: 'bushehr' },
  { name: 'تهران', capital: 'تهران', en: 'Tehran', capitalEn: 'Tehran', slug: 'tehran' },
  { name: 'چهارمحال و بختیاری', capital: 'شهرکرد', en: 'Chaharmahal and Bakhtiari', capitalEn: 'Shahrekord', slug: 'chaharmahal-bakhtiari' },
  { name: 'خراسان جنوبی', capital: 'بیرجند', en: 'South Khorasan', capitalEn: 'Birjand', slug: 'khorasan-jonubi' },
  { name: 'خراسان رضوی', capital: 'مشهد', en: 'Razavi Khorasan', capitalEn: 'Mashhad', slug: 'khorasan-razavi' },
  { name: 'خراسان شمالی', capital: 'بجنورد', en: 'North Khorasan', capitalEn: 'Bojnurd', slug: 'khorasan-shomali' },
  { name: 'خوزستان', capital: 'اهواز', en: 'Khuzestan', capitalEn: 'Ahvaz', slug: 'khuzestan' },
  { name: 'زنجان', capital: 'زنجان', en: 'Zanjan', capitalEn: 'Zanjan', slug: 'zanjan' },
  { name: 'سمنان', capital: 'سمنان', en: 'Semnan', capitalEn: 'Semnan', slug: 'semnan' },
  { name: 'سیستان و بلوچستان', capital: 'زاهدان', en: 'Sistan and Baluchestan', capitalEn: 'Zahedan', slug: 'sistan-baluchestan' },
  { name: 'فارس', capital: 'شیراز', en: 'Fars', capitalEn: 'Shiraz', slug: 'fars' },
  { name: 'قزوین', capital: 'قزوین', en: 'Qazvin', capitalEn: 'Qazvin', slug: 'qazvin' },
  { name: 'قم', capital: 'قم', en: 'Qom', capitalEn: 'Qom', slug: 'qom' },
  { name: 'کردستان', capital: 'سنندج', en: 'Kurdistan', capitalEn: 'Sanandaj', slug: 'kordestan' },
  { name: 'کرمان', capital: 'کرمان', en: 'Kerman', capitalEn: 'Kerman', slug: 'kerman' },
  { name: 'کرمانشاه', capital: 'کرمانشاه', en: 'Kermanshah', capitalEn: 'Kermanshah', slug: 'kermanshah' },
  { name: 'کهگیلویه و بویراحمد', capital: 'یاسوج', en: 'Kohgiluyeh and Boyer-Ahmad', capitalEn: 'Yasuj', slug: 'kohgiluyeh-boyerahmad' },
  { name: 'گلستان', capital: 'گرگان', en: 'Golestan', capitalEn: 'Gorgan', slug: 'golestan' },
  { name: 'گیلان', capital: 'رشت', en: 'Gilan', capitalEn: 'Rasht', slug: 'gilan' },
  { name: 'لرستان', capital: 'خرم\u200Cآباد', en: 'Lorestan', capitalEn: 'Khorramabad', slug: 'lorestan' },
  { name: 'مازندران', capital: 'ساری', en: 'Mazandaran', capitalEn: 'Sari', slug: 'mazandaran' },
  { name: 'مرکزی', capital: 'اراک', en: 'Markazi', capitalEn: 'Arak', slug: 'markazi' },
  { name: 'هرمزگان', capital: 'بندرعباس', en: 'Hormozgan', capitalEn: 'Bandar Abbas', slug: 'hormozgan' },
  { name: 'همدان', capital: 'همدان', en: 'Hamadan', capitalEn: 'Hamadan', slug: 'hamedan' },
  { name: 'یزد', capital: 'یزد', en: 'Yazd', capitalEn: 'Yazd', slug: 'yazd' },
].map((p) => Object.freeze(p)));

const BY_NAME: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.name, p]));
const BY_KEY: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [normalizeForCompare(p.name), p]));
const BY_SLUG: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.slug, p]));

/** Exactly one of the 31 names as FORMAT.md spells them. */
export function isProvince(name: string): boolean {
  return BY_NAME.has(name);
}

/**
 * The province a name means, tolerating what normalizeForCompare forgives (Arabic ي/ك, a space for the
 * ZWNJ, extra spaces), so a rule can name the right spelling after isProvince said no.
 */
export function findProvince(name: string): Province | undefined {
  return BY_NAME.get(name) ?? BY_KEY.get(normalizeForCompare(name));
}

/** The capital, spelled as in FORMAT.md, of the province `name` means (as findProvince reads it). */
export function capitalOf(name: string): string | undefined {
  return findProvince(name)?.capital;
}

export function provinceBySlug(slug: string): Province | undefined {
  return BY_SLUG.get(slug);
}
