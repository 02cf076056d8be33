/*
 * The code that checks drafts and reads configuration files, as one module. The CLI loads it lazily
 * (through load-checking.ts), and in the built CLI every import of validate, parse, locate or
 * schema-check is answered from it too (scripts/build.mjs), so the CLI holds one copy of the rules.
 */
export * from './engine/validate.js';
export * from './parse/parse.js';
export * from './parse/locate.js';
export * from './schema/schema-check.js';
export { validateJobs } from './engine/validate-jobs.js';
export { readText } from './parse/decode.js';
export { quickMeta } from './parse/quick-meta.js';
export { checkRepository } from './repository.js';
export { yamlMessage } from './parse/yaml-message.js';
export { schemaReports } from './schema/schema-messages.js';
