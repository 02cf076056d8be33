/**
 * pishnevis as a library: validating drafts, reading draft.config.yaml and the rule registry, as
 * functions that return data and never print. (The other commands — new, render, package, verify —
 * are the CLI's; their code is in src/core/ but not exported here.)
 *
 *   import { loadConfig, validateFile, validateText } from 'pishnevis';
 */
export { validateFile, validateFileSync, validateText, type ValidateOptions } from './core/engine/validate.js';
export { loadConfigSync as loadConfig } from './core/config/read.js';
export { findConfigFile, ConfigError } from './core/config/config.js';
export { defaultConfig, type ResolvedConfig, type RepositoryConfig } from './core/config/types.js';
export { rules, repositoryRules, engineRules, ruleMeta } from './rules/index.js';
export { defineRule } from './core/engine/rule.js';
export type { Rule, RuleMeta, RuleContext, RuleReport, SourceText, RepositoryRule, EngineRule } from './core/engine/rule.js';
export { DraftError, UsageError } from './core/errors.js';
export type { Finding, FileResult, Fix, FixType, Severity, Lang, Bilingual, DraftMeta } from './core/engine/types.js';
export { fixText, type FixOptions, type FixOutcome } from './core/engine/fix.js';
