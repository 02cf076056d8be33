import type { Bilingual } from '../engine/types.js';

/** A yaml parse error as a bilingual message: Persian explains the common codes, English is yaml's own. */
export function yamlMessage(code: string, original: string): Bilingual {
  const first = original.split('\n')[0] ?? original;
  const fa: Record<string, string> = {
    DUPLICATE_KEY: 'کلید تکراری: هر کلید در یک نگاشت فقط یک بار می‌تواند بیاید.',
    BAD_INDENT: 'تورفتگی نادرست: سطرهای هم‌سطح باید به یک اندازه فاصله داشته باشند.',
    MISSING_CHAR: 'نویسه‌ای جا افتاده است (مثلاً گیومه یا کروشه بسته نشده).',
    MULTIPLE_DOCS: 'فایل چند سند YAML دارد؛ هر پیش‌نویس باید در یک سند باشد.',
    BLOCK_AS_IMPLICIT_KEY: 'ساختار سطر نادرست است؛ شاید «: » جا افتاده یا تورفتگی به هم ریخته است.',
    TAB_AS_INDENT: 'برای تورفتگی از Tab استفاده شده است؛ در YAML فقط فاصله مجاز است.',
    UNEXPECTED_TOKEN: 'نویسه‌ای نابجا در YAML آمده است.',
    MULTILINE_IMPLICIT_KEY: 'کلید نمی‌تواند چندسطری باشد؛ شاید «: » در متن بدون گیومه آمده است.',
    BAD_SCALAR_START: 'مقدار با نویسه‌ای آغاز شده که در YAML معنای ویژه دارد؛ آن را در گیومه بگذارید.',
    ALIAS_PROPS: 'ارجاع YAML نادرست است.',
  };
  return { fa: `خطای نحوی YAML: ${fa[code] ?? 'فایل YAML خوانا نیست.'}`, en: `YAML syntax error: ${first}` };
}
