import { resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { DEFAULT_CACHE_FILE } from '../core/config/types.js';
import { displayPath } from '../core/batch/files.js';
import { buildDigest } from '../core/digest/build.js';
import { collectInputs } from '../core/digest/collect.js';
import { DEFAULT_NAMES, digestFormat, isOwnDigest, type DigestFormat } from '../core/digest/output.js';
import { UsageError } from '../core/errors.js';
import { TargetExistsError, writeFileAtomic } from '../core/fs/atomic.js';
import { formatJalaliLong, todayJalali } from '../persian/jalali.js';
import { toPersianDigits } from '../persian/digits.js';
import { plain, type Palette } from '../reporters/types.js';
import { VERSION } from '../version.js';
import { outputFile } from './shared.js';
import type { Digest } from '../core/digest/types.js';
import type { Lang } from '../core/engine/types.js';

export interface DigestCommandOptions {
  paths: string[];
  cwd: string;
  /** The report to write; its extension picks the format unless --format says. */
  output?: string;
  format?: string;
  /** Cosine similarity for grouping common concerns, 0 < t ≤ 1. */
  threshold?: string | number;
  force?: boolean;
  threads?: number;
  /** Reuse validation results of unchanged drafts (the same cache as `draft validate --cache`). */
  cache?: boolean;
  lang?: Lang;
  config?: string;
  stdout: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  palette?: Palette;
  env?: NodeJS.ProcessEnv;
}

function say(lang: Lang, fa: string, en: string): string {
  return lang === 'en' ? en : fa;
}

export function parseThreshold(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value.trim().replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace('٫', '.'));
  if (!Number.isFinite(n) || n <= 0 || n > 1) {
    throw new UsageError({
      fa: `آستانه «${String(value)}» نادرست است؛ عددی بزرگ‌تر از ۰ و حداکثر ۱ بدهید، مانند 0.3.`,
      en: `The threshold "${String(value)}" is not valid; give a number above 0 and at most 1, e.g. 0.3.`,
    });
  }
  return n;
}

async function render(digest: Digest, format: DigestFormat): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../reporters/digest-json.js')).digestJson(digest);
    case 'csv':
      return (await import('../reporters/digest-csv.js')).digestCsv(digest);
    case 'md':
      return (await import('../reporters/digest-markdown.js')).digestMarkdown(digest);
    case 'html': {
      const [{ digestHtml }, { fontFaceCss }] = await Promise.all([import('../reporters/digest-html.js'), import('../core/render/assets.js')]);
      return digestHtml(digest, { fontFaces: fontFaceCss(), date: formatJalaliLong(todayJalali()) });
    }
  }
}

/**
 * `draft digest [paths…] [-o digest.html|.md|.csv|.json] [--format f] [--threshold t] [--force]`: the
 * committee's consolidated view of every submission. 0 written and every submission valid; 1 written,
 * and some submission has errors or a package failed verification; 2 usage, configuration or I/O.
 */
export async function digestCommand(options: DigestCommandOptions): Promise<number> {
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env: options.env ?? process.env });
  const lang = config.lang;
  const palette = options.palette ?? plain;
  const stderr = options.stderr ?? options.stdout;
  const format = digestFormat(options.format, options.output);
  const threshold = parseThreshold(options.threshold);
  const toStdout = options.output === '-' || (format === 'json' && options.output === undefined);
  const target = toStdout ? undefined : outputFile(options.output, options.cwd, options.cwd, DEFAULT_NAMES[format]);
  const paths = options.paths.length > 0 ? options.paths : [config.draftsDir ? resolve(config.root, config.draftsDir) : options.cwd];

  const inputs = await collectInputs({
    paths, cwd: options.cwd, config, lang, toolVersion: VERSION,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.cache ? { cacheFile: resolve(config.root, DEFAULT_CACHE_FILE) } : {}),
    // Handlebars loads only when a package made by this version is compared with its document.
    render: async (data, generator) => (await import('../core/render/index.js')).renderDraft(data, { generator }),
  });
  const digest = buildDigest(inputs, { generator: `pishnevis ${VERSION}`, ...(threshold !== undefined ? { threshold } : {}) });
  const text = await render(digest, format);

  if (target === undefined) {
    options.stdout.write(text);
  } else {
    const { DIGEST_CSV_HEADER } = await import('../reporters/digest-csv.js');
    const own = isOwnDigest(target, format, DIGEST_CSV_HEADER.join(','));
    const shown = displayPath(target, options.cwd);
    try {
      writeFileAtomic(target, text, { force: options.force === true || own });
    } catch (e) {
      if (e instanceof TargetExistsError) {
        throw new UsageError({
          fa: `«${shown}» از پیش هست و گزارشی نیست که draft digest نوشته باشد؛ جایگزین نشد. برای جایگزینی --force بدهید.`,
          en: `${shown} already exists and is not a report draft digest wrote; it was not replaced. Use --force to replace it.`,
        });
      }
      throw e;
    }
    const t = digest.totals;
    const n = (x: number): string => (lang === 'en' ? String(x) : toPersianDigits(x));
    options.stdout.write(`${palette.green(say(lang,
      `✔ گزارش نوشته شد: ${shown} — ${n(t.submissions)} پیشنهاد از ${n(t.municipalities)} شهرداری در ${n(t.provinces)} استان، ${n(digest.groups.length)} گروه دغدغه مشترک`,
      `✔ Digest written: ${shown} — ${t.submissions} submission(s) from ${t.municipalities} municipalities in ${t.provinces} provinces, ${digest.groups.length} group(s) of common concerns`))}\n`);
  }
  if (digest.invalid.length > 0) {
    const failed = digest.invalid.filter((x) => x.source === 'package').length;
    const n = (x: number): string => (lang === 'en' ? String(x) : toPersianDigits(x));
    stderr.write(`${palette.yellow(say(lang,
      `⚠ ${n(digest.invalid.length)} پیشنهاد خطا دارد${failed ? ` (${n(failed)} بسته ارسالی در بررسی درستی رد شد)` : ''}؛ فهرستشان در گزارش آمده است.`,
      `⚠ ${digest.invalid.length} submission(s) have errors${failed ? ` (${failed} package(s) failed verification)` : ''}; the report lists them.`))}\n`);
    return 1;
  }
  return 0;
}
