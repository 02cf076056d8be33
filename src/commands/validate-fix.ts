import { UsageError } from '../core/errors.js';
import { FIX_TYPES, isFixType } from '../core/engine/fix-types.js';
import { toPersianDigits } from '../persian/digits.js';
import type { FileFix, FixRequest } from '../core/engine/fix-file.js';
import type { Lang } from '../core/engine/types.js';

/**
 * The `--fix`, `--fix-dry-run` and `--fix-type` options of `draft validate`, checked as eslint checks
 * them: the two fix modes exclude each other, and a fix type needs one of them.
 */
export function fixRequestOf(opts: { fix?: boolean; fixDryRun?: boolean; fixType?: string[] }): FixRequest | undefined {
  if (opts.fix && opts.fixDryRun) {
    throw new UsageError({
      fa: '«--fix» و «--fix-dry-run» را با هم نمی‌توان داد: یکی اصلاح را می‌نویسد و دیگری فقط نشان می‌دهد.',
      en: 'The --fix and --fix-dry-run options cannot be used together: one writes the repairs, the other only shows them.',
    });
  }
  const types = (opts.fixType ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  if (opts.fixType !== undefined && !opts.fix && !opts.fixDryRun) {
    throw new UsageError({ fa: '«--fix-type» تنها همراه «--fix» یا «--fix-dry-run» معنا دارد.', en: 'The --fix-type option requires --fix or --fix-dry-run.' });
  }
  const unknown = types.filter((t) => !isFixType(t));
  if (unknown.length > 0 || (opts.fixType !== undefined && types.length === 0)) {
    throw new UsageError({
      fa: `نوع اصلاح «${unknown.join('، ')}» شناخته نیست؛ یکی یا چند تا از ${FIX_TYPES.join('، ')} را با ویرگول جدا کنید.`,
      en: `Unknown fix type "${unknown.join(', ')}"; use one or more of ${FIX_TYPES.join(', ')}, separated by commas.`,
    });
  }
  if (!opts.fix && !opts.fixDryRun) return undefined;
  return { write: Boolean(opts.fix), ...(types.length > 0 ? { types: types.filter(isFixType) } : {}) };
}

/** What `--fix` did, in a line or two; the diffs of `--fix-dry-run` before it. */
export function fixSummary(fixes: ReadonlyArray<{ file: string } & FileFix>, write: boolean, lang: Lang): string {
  const num = (n: number): string => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const out: string[] = [];
  if (!write) for (const f of fixes) if (f.diff) out.push(f.diff.trimEnd());
  const changed = fixes.filter((f) => f.applied > 0 && !f.conflict);
  const applied = changed.reduce((n, f) => n + f.applied, 0);
  if (applied > 0) {
    out.push(write
      ? (lang === 'fa' ? `✔ ${num(applied)} اصلاح در ${num(changed.length)} پیش‌نویس نوشته شد.` : `✔ ${applied} fix${applied === 1 ? '' : 'es'} written to ${changed.length} draft${changed.length === 1 ? '' : 's'}.`)
      : (lang === 'fa' ? `«--fix» ${num(applied)} اصلاح در ${num(changed.length)} پیش‌نویس می‌نوشت؛ چیزی نوشته نشد.` : `--fix would write ${applied} fix${applied === 1 ? '' : 'es'} to ${changed.length} draft${changed.length === 1 ? '' : 's'}; nothing was written.`));
  } else {
    out.push(lang === 'fa' ? 'چیزی برای اصلاح خودکار نبود.' : 'Nothing to fix automatically.');
  }
  for (const f of fixes) {
    if (f.conflict) out.push(lang === 'fa' ? `هشدار: «${f.file}» در میانه اصلاح تغییر کرد؛ اصلاح‌ها نوشته نشد. دوباره اجرا کنید.` : `warning: ${f.file} changed while it was being fixed; the fixes were not written. Run again.`);
    else if (f.refused > 0) out.push(lang === 'fa' ? `  ${f.file}: ${num(f.refused)} اصلاح نوشته نشد چون پیش‌نویس را نادرست می‌کرد.` : `  ${f.file}: ${f.refused} fix${f.refused === 1 ? ' was' : 'es were'} not applied because ${f.refused === 1 ? 'it' : 'they'} would have made the draft invalid.`);
  }
  return out.join('\n') + '\n';
}
