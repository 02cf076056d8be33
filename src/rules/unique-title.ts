import { defineRepositoryRule } from '../core/engine/rule.js';
import { normalizeForCompare } from '../persian/text.js';

/** Provinces and cities repeat across thousands of drafts: normalise each spelling once. */
const places = new Map<string, string>();
function place(name: string): string {
  let key = places.get(name);
  if (key === undefined) {
    key = normalizeForCompare(name);
    places.set(name, key);
  }
  return key;
}

/** A repository rule: one municipality's drafts are told apart by their titles. */
export default defineRepositoryRule({
  meta: {
    id: 'unique-title',
    severity: 'error',
    fixable: false,
    description: { fa: 'دو پیش‌نویس یک شهرداری عنوان یکسان ندارند', en: 'No two drafts from one municipality share a title' },
    messages: {
      duplicate: {
        fa: 'شهرداری {city} {count} پیش‌نویس با عنوان «{title}» دارد؛ عنوان‌ها را از هم جدا کنید یا آنها را یکی کنید.',
        en: '{count} drafts from the municipality of {city} have the title "{title}"; give them distinct titles or merge them.',
      },
      related: { fa: 'پیش‌نویس دیگر با همین عنوان', en: 'the other draft with this title' },
    },
  },
  field: ['title'],
  key: (m) => (m.title && m.city ? `${place(m.province ?? '')}|${place(m.city)}|${normalizeForCompare(m.title)}` : undefined),
  data: (m, count) => ({ city: m.city ?? '', title: m.title ?? '', count }),
});
