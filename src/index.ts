/**
 * pishnevis as a library: everything the CLI does is available as functions that return data.
 *
 *   import { validateFile, validateText } from 'pishnevis';
 */
export { validateFile, validateFileSync, validateText, type ValidateOptions } from './core/engine/validate.js';
export { loadConfigSync as loadConfig } from './core/config/read.js';
export { findConfigFile, ConfigError } from './core/config/config.js';
export { defaultConfig, type ResolvedConfig, type RepositoryConfig } from './core/config/types.js';
export { rules } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext } from './core/engine/rule.js';
export type { Finding, FileResult, Fix, FixType, Severity, Lang, Bilingual, DraftMeta } from './core/engine/types.js';
export { fixText, type FixOptions, type FixOutcome } from './core/engine/fix.js';
