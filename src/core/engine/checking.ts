/**
 * What a batch needs to check drafts, as one module: batch.ts imports it when some draft is not
 * answered by the cache (a warm run loads none of it) and the worker thread imports it at start. One
 * entry point rather than five keeps the bundle's chunks, and the modules a run loads, few.
 */
export { metaOf } from './validate.js';
export { validateJobs } from './validate-jobs.js';
export { checkRepository, prepareKeys } from './repository.js';
export { readText } from '../parse/decode.js';
export { fastParse } from '../parse/parse.js';
