/*
 * What reading a configuration file needs beyond config.ts, as one module: loaded lazily, and only
 * when there is a file to read. One import target is one chunk of the bundle, where five were five.
 */
export { fastParse } from './parse.js';
export { buildSourceMap, locatePath, position } from './locate.js';
export { checkConfigSchema } from './schema-check.js';
export { yamlMessage } from './yaml-message.js';
export { schemaReports } from './schema-messages.js';
