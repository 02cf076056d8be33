import { dirname } from 'node:path';
import { decodeDraft } from '../parse/decode.js';
import { readRegularFileSync } from '../parse/read-file.js';
import { LIMITS } from '../limits.js';
import { fastParse } from '../parse/parse.js';
import { buildSourceMap, locatePath, position, type SourceMap } from '../parse/locate.js';
import { yamlMessage } from '../parse/yaml-message.js';
import { checkConfigSchema } from '../schema/schema-check.js';
import { schemaReports } from '../schema/schema-messages.js';
import { engineRules, ruleMeta } from '../../rules/index.js';
import { ConfigError } from '../errors.js';
import { closest } from '../did-you-mean.js';
import { configFileOf, langFromEnv, noConfig, type LoadConfigOptions } from './config.js';
import type { RepositoryConfig, ResolvedConfig } from './types.js';
import type { Bilingual, DataPath } from '../engine/types.js';

/**
 * Reading draft.config.yaml: decode, parse, the config schema, then the rule ids it names. Loaded by
 * config.ts only when there is a file to read.
 */

/** The library's loadConfig: config.ts's, synchronous (the parser and schema are loaded with this module). */
export function loadConfigSync(cwd: string, opts: LoadConfigOptions = {}): ResolvedConfig {
  const file = configFileOf(cwd, opts);
  return file ? readConfig(file, opts) : noConfig(cwd, opts);
}

export function readConfig(file: string, opts: LoadConfigOptions): ResolvedConfig {
  const envLang = langFromEnv(opts.env);
  // Only a regular file, and no larger than a draft may be: `-c /dev/zero` or a FIFO must not hang or fill memory.
  const read = readRegularFileSync(file, LIMITS.maxFileBytes);
  if (!read.ok) {
    const why = read.reason === 'not-a-file' || read.reason === 'directory' ? { fa: ': فایل معمولی نیست', en: ': it is not a regular file' }
      : read.reason === 'too-big' ? { fa: ': بیش از اندازه بزرگ است', en: ': it is too large' } : { fa: '', en: '' };
    throw new ConfigError({ fa: `فایل پیکربندی خوانده نشد${why.fa}.`, en: `The configuration file could not be read${why.en}.` }, file);
  }
  const bytes = read.bytes;
  const decoded = decodeDraft(bytes);
  let data: unknown = {};
  if (decoded.ok) {
    const parsed = fastParse(decoded.text);
    if (!parsed.ok) {
      const map = buildSourceMap(decoded.text);
      const err = map.doc.errors[0];
      const at = position(map, err?.pos[0] ?? 0);
      const message = yamlMessage(err?.code ?? '', err?.message ?? 'unreadable');
      throw new ConfigError({ fa: `${message.fa} (در فایل پیکربندی)`, en: `${message.en} (in the configuration)` }, file, at.line, at.column);
    }
    data = parsed.data ?? {};
    let map: SourceMap | undefined;
    const at = (path: DataPath, key: boolean): { line: number; column: number } => {
      map ??= buildSourceMap(decoded.text);
      return position(map, locatePath(map, path, { key }).start);
    };
    const errors = checkConfigSchema(data);
    if (errors.length > 0) {
      const first = schemaReports(errors, data, 'config.schema.json')[0]!;
      const where = at(first.path, first.key === true);
      throw new ConfigError(first.message, file, where.line, where.column);
    }
    for (const id of Object.keys((data as RepositoryConfig).rules ?? {})) {
      const problem = ruleIdProblem(id);
      if (!problem) continue;
      const where = at(['rules', id], true);
      throw new ConfigError(problem, file, where.line, where.column);
    }
  } else if (decoded.reason !== 'empty') {
    throw new ConfigError(decoded.message, file, decoded.line, decoded.column);
  }
  const config = data as RepositoryConfig;
  return {
    ...config,
    file,
    root: dirname(file),
    lang: opts.lang ?? config.lang ?? envLang ?? 'fa',
    rules: config.rules ?? {},
    municipalities: config.municipalities ?? {},
  };
}

/** What is wrong with naming `id` under `rules:`, if anything: an engine check, or no rule at all. */
function ruleIdProblem(id: string): Bilingual | undefined {
  if (engineRules.some((r) => r.meta.id === id)) {
    return {
      fa: `بررسی «${id}» بخشی از خود ابزار است و خاموش یا تغییرپذیر نیست؛ آن را از rules بردارید.`,
      en: `"${id}" is a check the tool always makes; it cannot be turned off or changed. Remove it from rules.`,
    };
  }
  if (ruleMeta.has(id)) return undefined;
  const configurable = [...ruleMeta.keys()].filter((known) => !engineRules.some((r) => r.meta.id === known));
  const near = closest(id, configurable);
  return {
    fa: `قاعده‌ای به نام «${id}» نیست.${near ? ` منظورتان «${near}» بود؟` : ''} قاعده‌ها: ${configurable.join('، ')}`,
    en: `There is no rule "${id}".${near ? ` Did you mean "${near}"?` : ''} Rules: ${configurable.join(', ')}`,
  };
}
