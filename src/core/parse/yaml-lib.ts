import { createRequire } from 'node:module';

/**
 * `yaml` costs ~40 ms to load (fifty CommonJS files); a clean draft never needs it, so validation
 * requires it on first use (synchronously, as validation is synchronous) rather than importing it up
 * front: a static import anywhere on validate's path loads it on every run.
 */
let yamlModule: typeof import('yaml') | undefined;
export function yaml(): typeof import('yaml') {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlModule;
}
