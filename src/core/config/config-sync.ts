import { fastParse } from '../parse/parse.js';
import { buildSourceMap, locatePath, position } from '../parse/locate.js';
import { checkConfigSchema } from '../schema/schema-check.js';
import { yamlMessage } from '../parse/yaml-message.js';
import { schemaReports } from '../schema/schema-messages.js';
import { configFileOf, noConfig, readConfig, type LoadConfigOptions } from './config.js';
import type { ResolvedConfig } from './types.js';

/**
 * The library's loadConfig: config.ts's, synchronous, with the parser and schema loaded up front
 * (the CLI uses the asynchronous one, which loads them only when there is a file to read).
 */
export function loadConfig(cwd: string, opts: LoadConfigOptions = {}): ResolvedConfig {
  const file = configFileOf(cwd, opts);
  if (!file) return noConfig(cwd, opts);
  return readConfig(file, opts, { fastParse, buildSourceMap, locatePath, position, checkConfigSchema, yamlMessage, schemaReports });
}
