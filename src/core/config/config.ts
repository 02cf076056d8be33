import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from './types.js';
import { ConfigError } from '../errors.js';
import type { Lang } from '../engine/types.js';

export { ConfigError };

export const CONFIG_FILE = 'draft.config.yaml';

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

export interface LoadConfigOptions {
  lang?: Lang;
  configFile?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Finds draft.config.yaml by walking up from `cwd`, checks it and returns the configuration in
 * force. Throws ConfigError (never a raw exception) for a file that is wrong. The YAML parser, the
 * schema and the rule registry (read.ts) load only when there is a file to read; the library's
 * `loadConfig` is read.ts's `loadConfigSync`, which has them loaded already.
 */
export async function loadConfig(cwd: string, opts: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const file = configFileOf(cwd, opts);
  if (!file) return noConfig(cwd, opts);
  return (await import('./read.js')).readConfig(file, opts);
}

export function configFileOf(cwd: string, opts: LoadConfigOptions): string | undefined {
  return opts.configFile ? resolve(cwd, opts.configFile) : findConfigFile(cwd);
}

export function noConfig(cwd: string, opts: LoadConfigOptions): ResolvedConfig {
  return { root: resolve(cwd), lang: opts.lang ?? langFromEnv(opts.env) ?? 'fa', rules: {}, municipalities: {} };
}
