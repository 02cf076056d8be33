import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeDraft } from '../parse/decode.js';
import { readRegularFileSync } from '../fs/regular-file.js';
import { LIMITS } from '../limits.js';
import { loadChecking } from '../load-checking.js';
import type { RepositoryConfig, ResolvedConfig } from './types.js';
import type { Bilingual, Lang } from '../engine/types.js';

export const CONFIG_FILE = 'draft.config.yaml';

/** A configuration problem: the run cannot go on (exit code 2). */
export class ConfigError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly file: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(messages.en);
    this.name = 'ConfigError';
  }
}

/** The language from the environment, as a locale names it: fa_IR.UTF-8 → fa; en_* → en. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^fa\b|^fa[_.-]/i.test(locale)) return 'fa';
  if (/^en\b|^en[_.-]/i.test(locale)) return 'en';
  return undefined;
}

export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** What reading a configuration file needs beyond this module: loaded lazily by the CLI. */
export interface ConfigTools {
  fastParse: typeof import('../parse/parse.js').fastParse;
  buildSourceMap: typeof import('../parse/locate.js').buildSourceMap;
  locatePath: typeof import('../parse/locate.js').locatePath;
  position: typeof import('../parse/locate.js').position;
  checkConfigSchema: typeof import('../schema/schema-check.js').checkConfigSchema;
  yamlMessage: typeof import('../parse/yaml-message.js').yamlMessage;
  schemaReports: typeof import('../schema/schema-messages.js').schemaReports;
}

export interface LoadConfigOptions {
  lang?: Lang;
  configFile?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Finds draft.config.yaml by walking up from `cwd`, checks it against its schema and returns the
 * configuration in force. Throws ConfigError (never a raw exception) for a file that is wrong.
 * The YAML parser and the schema load only when there is a file to read. (The library's
 * `loadConfig`, in config-sync.ts, is the same, synchronous.)
 */
export async function loadConfig(cwd: string, opts: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const file = configFileOf(cwd, opts);
  if (!file) return noConfig(cwd, opts);
  return readConfig(file, opts, await loadChecking());
}

export function configFileOf(cwd: string, opts: LoadConfigOptions): string | undefined {
  return opts.configFile ? resolve(cwd, opts.configFile) : findConfigFile(cwd);
}

export function noConfig(cwd: string, opts: LoadConfigOptions): ResolvedConfig {
  return { root: resolve(cwd), lang: opts.lang ?? langFromEnv(opts.env) ?? 'fa', rules: {}, municipalities: {} };
}

export function readConfig(file: string, opts: LoadConfigOptions, tools: ConfigTools): ResolvedConfig {
  const { fastParse, buildSourceMap, locatePath, position, checkConfigSchema, yamlMessage, schemaReports } = tools;
  const envLang = langFromEnv(opts.env);
  // Only a regular file, and no larger than a draft may be: `-c /dev/zero` or a FIFO must not hang or fill memory.
  const read = readRegularFileSync(file, LIMITS.maxFileBytes);
  if (!read.ok) {
    const why = read.reason === 'not-regular' ? { fa: ': فایل معمولی نیست', en: ': it is not a regular file' }
      : read.reason === 'too-large' ? { fa: ': بیش از اندازه بزرگ است', en: ': it is too large' } : { fa: '', en: '' };
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
    const errors = checkConfigSchema(data);
    if (errors.length > 0) {
      const first = schemaReports(errors, data, 'config.schema.json')[0]!;
      const map = buildSourceMap(decoded.text);
      const at = position(map, locatePath(map, first.path, { key: first.key }).start);
      throw new ConfigError(first.message, file, at.line, at.column);
    }
  } else if (!/empty/.test(decoded.message.en)) {
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
