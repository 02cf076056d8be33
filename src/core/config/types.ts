import type { Lang, Severity, SeveritySetting } from '../engine/types.js';

export interface RepositoryConfig {
  lang?: Lang;
  draftsDir?: string;
  templatesDir?: string;
  rules?: Record<string, SeveritySetting>;
  municipalities?: Record<string, string[]>;
  defaults?: {
    municipality?: { province?: string; city?: string; code?: string };
    author?: { name?: string; position?: string; email?: string; phone?: string };
  };
  deadline?: string;
}

/** The configuration in force: the file's contents plus where it was found. */
export interface ResolvedConfig extends RepositoryConfig {
  /** Absolute path of draft.config.yaml, or undefined when none was found. */
  file?: string;
  /** The folder that holds draft.config.yaml (the repository root), or the working folder. */
  root: string;
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  municipalities: Record<string, string[]>;
}

/** The severity a rule's findings get: the repository's setting for the rule, else the rule's own. */
export function configuredSeverity(ruleId: string, fallback: Severity, config: ResolvedConfig): Severity | 'off' {
  const setting = config.rules[ruleId];
  if (setting === 'off') return 'off';
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return fallback;
}

/** Where `--cache` keeps results, in the repository root; add it to .gitignore. */
export const DEFAULT_CACHE_FILE = '.draftcache';

export function defaultConfig(root: string, lang: Lang = 'fa'): ResolvedConfig {
  return { root, lang, rules: {}, municipalities: {} };
}
