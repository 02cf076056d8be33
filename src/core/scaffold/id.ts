import { findProvince } from '../../persian/provinces.js';
import { parseJalaliDate } from '../../persian/jalali.js';
import { slugify } from '../../persian/text.js';

/** Longest id `draft new` proposes; the format allows 80, but a file name that long is unkind. */
export const MAX_DERIVED_ID = 48;
/** Words of the title that make it into the id. */
const MAX_TITLE_WORDS = 4;
// Little words that carry nothing in an id.
const STOPWORDS = new Set(['به', 'و', 'در', 'از', 'با', 'برای', 'که', 'را', 'این', 'آن', 'تا', 'بر', 'یا']);

// Words that open most titles and say nothing about the subject: «دستورالعمل تسویه …» → «tasviye …».
const GENERIC_OPENING = /^(?:\s*(?:پیش[\u200C ]?نویس|دستورالعمل|دستور\s*العمل|بخشنامه|بخش[\u200C ]?نامه|شیوه[\u200C ]?نامه)\s*)+/u;

/**
 * The id FORMAT.md asks for, derived as `<province slug>-<Jalali year>-<slug of the title>`, e.g.
 * `qom-1405-tasviye-taahodat-shahrdari`. The title's opening kind word and little words («به», «و» …) are
 * dropped, and its first few words are kept, whole, while the id stays within MAX_DERIVED_ID characters. Always a valid slug of at least 3 characters
 * when the province is known; the parts that are unknown are left out.
 */
export function deriveId(input: { province?: string; date?: string; title?: string }): string {
  const parts: string[] = [];
  const province = input.province ? findProvince(input.province) : undefined;
  if (province) parts.push(province.slug);
  if (input.date) {
    const parsed = parseJalaliDate(input.date);
    if (parsed.ok) parts.push(String(parsed.date.year));
  }
  const prefix = parts.join('-');
  const room = MAX_DERIVED_ID - (prefix ? prefix.length + 1 : 0);
  const words = (input.title ?? '').replace(GENERIC_OPENING, '').split(/\s+/u).filter((w) => w !== '' && !STOPWORDS.has(w));
  const title = words.slice(0, MAX_TITLE_WORDS).join(' ');
  const slug = room > 0 ? slugify(title, room) || slugify(input.title ?? '', room) : '';
  const id = [prefix, slug].filter(Boolean).join('-');
  return id.length >= 3 ? id : `${id ? `${id}-` : ''}draft`;
}
