/*
 * The code that checks drafts and reads configuration files, as the one module the CLI loads lazily
 * (through load-checking.ts): a run answered entirely by the cache, without a configuration file,
 * never loads it.
 */
export { validateJobs } from './validate-jobs.js';
export { readText } from './decode.js';
export { quickMeta } from './quick-meta.js';
export { fastParse } from './parse.js';
export { metaOf } from './validate.js';
export { checkRepository } from './repository.js';
export { buildSourceMap, locatePath, position } from './locate.js';
export { checkConfigSchema } from './schema-check.js';
export { yamlMessage } from './yaml-message.js';
export { schemaReports } from './schema-messages.js';
