import { defineRule, isRecord } from '../core/engine/rule.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { CITIES } from '../persian/cities.js';
import { PROVINCES, findProvince, isProvince, type Province } from '../persian/provinces.js';
import { normalizeForCompare } from '../persian/text.js';

/**
 * How two names are compared: normalizeForCompare (ی/ي, ک/ك, ZWNJ or direction mark as a space), then
 * without any space at all, so «اسلام‌شهر», «اسلام شهر» and «اسلامشهر» or «بندر عباس» and «بندرعباس» are one.
 */
const nameKey = (s: string): string => normalizeForCompare(s).replace(/ /g, '');

/** Province name → keys of the cities built in (capital first, then cities.ts). */
const BUILT_IN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  PROVINCES.map((p) => [p.name, new Set([p.capital, ...(CITIES[p.name] ?? [])].map(nameKey))]),
);
const PROVINCE_BY_KEY: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [nameKey(p.name), p]));

/** The province a misspelled name clearly means: Arabic ي/ك, a missing or extra space or ZWNJ. */
function suggestProvince(name: string): Province | undefined {
  return findProvince(name) ?? PROVINCE_BY_KEY.get(nameKey(name));
}

/** The repository's extra cities (draft.config.yaml `municipalities`), by the province they name. */
function extraCities(config: ResolvedConfig): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const table: unknown = config.municipalities;
  if (!isRecord(table)) return out;
  for (const [provinceName, cities] of Object.entries(table)) {
    const province = suggestProvince(provinceName);
    if (province === undefined || !Array.isArray(cities)) continue;
    const set = out.get(province.name) ?? new Set<string>();
    for (const city of cities) if (typeof city === 'string' && city.trim() !== '') set.add(nameKey(city));
    out.set(province.name, set);
  }
  return out;
}

function knownIn(province: string, key: string, extra: Map<string, Set<string>>): boolean {
  return Boolean(BUILT_IN.get(province)?.has(key) || extra.get(province)?.has(key));
}

export default defineRule({
  meta: {
    id: 'municipality',
    severity: 'error',
    fixable: true,
    fixType: 'orthography',
    description: {
      fa: 'استان باید یکی از ۳۱ استان کشور و شهر باید از شهرهای همان استان باشد',
      en: 'The province must be one of the 31 provinces, and the city one of that province’s cities',
    },
    messages: {
      province: {
        fa: 'نام استان «{province}» درست نوشته نشده است؛ «{right}» درست است.',
        en: 'The province "{province}" is misspelled; write "{right}" (as in the list of the 31 provinces).',
      },
      'other-province': {
        fa: 'شهر {city} در استان {actual} است، نه {province}.',
        en: 'The city "{city}" is in the province "{actual}", not "{province}".',
      },
      unknown: {
        fa: 'شهر «{city}» در فهرست شهرهای شناخته‌شده استان {province} نیست. اگر نام شهر درست است، آن را در draft.config.yaml بیفزایید: municipalities: { {province}: [{city}] }',
        en: 'The city "{city}" is not among the known cities of the province "{province}". If the name is right, add it in draft.config.yaml: municipalities: { {province}: [{city}] }',
      },
    },
  },
  check(context) {
    const m = context.draft.municipality;
    if (!isRecord(m) || typeof m.province !== 'string') return;
    const written = m.province;
    let province: Province | undefined;
    if (isProvince(written)) {
      province = findProvince(written);
    } else {
      province = suggestProvince(written);
      // Not one of the 31 and not a recognisable spelling of one: the schema's enum says so already.
      if (province === undefined) return;
      context.report({
        messageId: 'province',
        data: { province: written, right: province.name },
        path: ['municipality', 'province'],
        span: { index: 0, length: written.length },
        replacement: province.name,
      });
    }
    if (province === undefined || typeof m.city !== 'string') return;
    const city = m.city.trim();
    if (city === '') return;
    const key = nameKey(city);
    const extra = extraCities(context.config);
    if (knownIn(province.name, key, extra)) return;
    const actual = PROVINCES.find((p) => p.name !== province.name && knownIn(p.name, key, extra));
    if (actual !== undefined) {
      context.report({
        messageId: 'other-province',
        data: { city, actual: actual.name, province: province.name },
        path: ['municipality', 'city'],
      });
    } else {
      context.report({
        messageId: 'unknown',
        data: { city, province: province.name },
        path: ['municipality', 'city'],
        severity: 'warning',
      });
    }
  },
});
