import { readText } from '../core/parse/decode.js';
import { resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { validateBatch } from '../core/batch/batch.js';
import { DEFAULT_CACHE_FILE } from '../core/config/types.js';
import { parseShard } from '../core/batch/select.js';
import { writeFileAtomic } from '../core/fs/atomic.js';
import { describesRules, reporters, reporterNames } from '../reporters/index.js';
import { linesOf, plain } from '../reporters/types.js';
import { UsageError } from '../core/errors.js';
import { fixRequestOf, fixSummary } from './validate-fix.js';
import type { CommandIO } from './shared.js';
import { VERSION } from '../version.js';
import type { Lang } from '../core/engine/types.js';

export interface ValidateCommandOptions extends CommandIO {
  paths: string[];
  /** `name` writes to stdout, `name=path` to a file; several may be given. */
  format?: string[];
  lang?: Lang;
  config?: string;
  quiet?: boolean;
  maxWarnings?: number;
  /** Reuse results of unchanged files; `cacheLocation` overrides where they are kept. */
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  /** Only these drafts (absolute paths) of `paths`; repository rules still see all (the pre-commit hook). */
  only?: readonly string[];
  /** `i/n`: only the i-th of n stable parts of the drafts, for a CI matrix. */
  shard?: string;
  threads?: number;
  /** `--fix`: write the repairs; `--fix-dry-run`: show them as diffs; `--fix-type`: only these kinds. */
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
}

interface Output {
  name: string;
  path?: string;
}

function parseFormats(specs: string[] | undefined, env: NodeJS.ProcessEnv): Output[] {
  const list = specs && specs.length > 0 ? specs : [env.GITHUB_ACTIONS === 'true' && reporters.github ? 'github' : 'stylish'];
  return list.map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq === -1 ? spec : spec.slice(0, eq);
    const path = eq === -1 ? undefined : spec.slice(eq + 1);
    if (!reporters[name]) {
      throw new UsageError({
        fa: `قالب گزارش «${name}» شناخته نیست؛ یکی از ${reporterNames().join('، ')} را بدهید.`,
        en: `Unknown format "${name}"; use one of ${reporterNames().join(', ')}.`,
      });
    }
    if (path === '') throw new UsageError({ fa: `برای قالب «${name}» مسیر فایل خالی است.`, en: `The output path for format "${name}" is empty.` });
    return { name, path };
  });
}

/** `draft validate [paths…]`: 0 when no draft has an error, 1 when one does, 2 for usage problems. */
export async function validateCommand(options: ValidateCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const outputs = parseFormats(options.format, env);
  const fix = fixRequestOf(options);
  // The reporters load while the drafts are checked, not after them.
  const loading = outputs.map((output) => reporters[output.name]!());
  // The rule registry only for a format that describes rules: a run answered by the cache loads no rule.
  const registry = outputs.some((o) => describesRules(o.name)) ? import('../rules/index.js') : undefined;
  for (const promise of [...loading, registry]) promise?.catch(() => undefined);
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env });
  const lang = config.lang;
  const paths = options.paths.length > 0 ? options.paths : [config.draftsDir ? resolve(config.root, config.draftsDir) : options.cwd];
  const cacheFile = options.cache || options.cacheLocation ? resolve(options.cwd, options.cacheLocation ?? resolve(config.root, DEFAULT_CACHE_FILE)) : undefined;
  const { results, cacheError, sourceLine: cachedLine, fixes } = await validateBatch({
    paths, cwd: options.cwd, config, lang, cacheFile,
    changedSince: options.changedSince,
    only: options.only,
    shard: options.shard ? parseShard(options.shard) : undefined,
    threads: options.threads,
    ...(fix ? { fix } : {}),
  });
  if (cacheError && cacheFile) {
    (options.stderr ?? process.stderr).write(lang === 'fa'
      ? `هشدار: حافظه نتایج در «${cacheFile}» ذخیره نشد (${cacheError})؛ نتیجه‌ها درست‌اند، اجرای بعد فقط کندتر است.\n`
      : `warning: the result cache could not be saved to ${cacheFile} (${cacheError}); the results stand, the next run will just be slower.\n`);
  }
  if (results.length === 0 && !options.changedSince && !options.only && !options.shard) {
    throw new UsageError({ fa: 'هیچ فایل پیش‌نویسی (*.yaml) پیدا نشد.', en: 'No draft files (*.yaml) were found.' });
  }
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error'), warningCount: 0 })) : results;

  // Each file with findings is read once, for its code frames, unless the cache kept those lines.
  let current: { file: string; lineOf: (line: number) => string | undefined } | undefined;
  const sourceLine = (file: string, line: number): string | undefined => {
    const kept = cachedLine?.(file, line);
    if (kept !== undefined) return kept;
    if (current?.file !== file) {
      let text: string | undefined;
      try {
        text = readText(resolve(options.cwd, file));
      } catch {
        text = undefined;
      }
      current = { file, lineOf: text === undefined ? () => undefined : linesOf(text) };
    }
    return current.lineOf(line);
  };
  if (fix && fixes) {
    // The diffs and the summary share stdout with a human-readable report only; a machine format there keeps stdout to itself.
    const toStdout = outputs.every((o) => o.path !== undefined || o.name === 'stylish');
    (toStdout ? options.stdout : options.stderr ?? process.stderr).write(fixSummary(fixes, fix.write, lang));
  }
  const ruleMeta = registry ? (await registry).ruleMeta : undefined;
  for (const [i, output] of outputs.entries()) {
    const reporter = await loading[i]!;
    const text = reporter(shown, {
      lang,
      palette: output.path ? plain : options.palette ?? plain,
      sourceLine: output.path ? undefined : sourceLine,
      version: VERSION,
      cwd: options.cwd,
      ...(options.quiet ? { hiddenWarnings: warnings } : {}),
      ...(ruleMeta ? { ruleMeta: (id: string) => ruleMeta.get(id) } : {}),
    });
    if (output.path) writeFileAtomic(resolve(options.cwd, output.path), text, { force: true });
    else options.stdout.write(text);
  }

  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
