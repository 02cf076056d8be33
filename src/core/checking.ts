/*
 * The code that checks drafts, as the one module batch.ts loads lazily: a run answered entirely by
 * the cache never loads it, and a run that needs it loads it as one chunk of the bundle rather than
 * the many that separate imports of each module would make.
 */
export { validateJobs } from './validate-jobs.js';
export { readText } from './decode.js';
export { quickMeta } from './quick-meta.js';
export { fastParse } from './parse.js';
export { metaOf } from './validate.js';
export { checkRepository } from './repository.js';
