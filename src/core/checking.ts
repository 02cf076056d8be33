/*
 * The code that checks drafts and reads configuration files, as one module. The CLI loads it lazily
 * (through load-checking.ts), and in the built CLI every import of validate, parse, locate or
 * schema-check is answered from it too (scripts/build.mjs), so the CLI holds one copy of the rules.
 */
export * from './validate.js';
export * from './parse.js';
export * from './locate.js';
export * from './schema-check.js';
export { validateJobs } from './validate-jobs.js';
export { readText } from './decode.js';
export { quickMeta } from './quick-meta.js';
export { checkRepository } from './repository.js';
export { yamlMessage } from './yaml-message.js';
export { schemaReports } from './schema-messages.js';
