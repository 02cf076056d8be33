import { resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { validateBatch } from '../core/batch/batch.js';
import { DEFAULT_CACHE_FILE } from '../core/config/types.js';
import { parseDeadline, summarize } from '../core/batch/status.js';
import { UsageError } from '../core/errors.js';
import type { CommandIO } from './shared.js';
import { statusCsv, statusJson, statusTable } from '../reporters/status.js';
import { plain } from '../reporters/types.js';
import type { Lang } from '../core/engine/types.js';

export interface StatusCommandOptions extends CommandIO {
  paths: string[];
  deadline?: string;
  format?: string;
  lang?: Lang;
  config?: string;
  cache?: boolean;
}

/** `draft status`: 0 when every draft is ready and valid, 1 when some are not. */
export async function statusCommand(options: StatusCommandOptions): Promise<number> {
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env: options.env });
  const format = options.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) {
    throw new UsageError({ fa: `قالب «${format}» شناخته نیست؛ table، json یا csv.`, en: `Unknown format "${format}"; use table, json or csv.` });
  }
  const deadlineText = options.deadline ?? config.deadline;
  const deadline = deadlineText ? parseDeadline(deadlineText) : undefined;
  const paths = options.paths.length > 0 ? options.paths : [config.draftsDir ? resolve(config.root, config.draftsDir) : options.cwd];
  const { results } = await validateBatch({
    paths, cwd: options.cwd, config, lang: config.lang,
    cacheFile: options.cache ? resolve(config.root, DEFAULT_CACHE_FILE) : undefined,
    meta: true,
  });
  const report = summarize(results, { deadline });
  const text = format === 'json' ? statusJson(report) : format === 'csv' ? statusCsv(report) : statusTable(report, config.lang, options.palette ?? plain);
  options.stdout.write(text);
  return report.done === report.total && report.total > 0 ? 0 : 1;
}
