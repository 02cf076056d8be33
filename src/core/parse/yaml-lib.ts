import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The two YAML libraries the checking code needs only for drafts outside the fast reader's subset (a
 * syntax error, flow style): loaded on first use, synchronously, as validation is synchronous. A static
 * import anywhere on validate's path would load them on every run.
 *
 * The build (scripts/build.mjs) bundles each into one file beside the checking code, `yaml.cjs` and
 * `js-yaml.cjs`: `yaml` as published is some fifty CommonJS files and took 17 to 20 ms to load, the
 * bundle 6 (js-yaml: 4.5 and 2.5), on every thread that meets such a draft and on a one-draft run whose
 * YAML is broken. Running from sources (tests) or tsc's output, the packages themselves are loaded.
 */
function load<T>(bundled: string, name: string): T {
  const require = createRequire(import.meta.url);
  const beside = fileURLToPath(new URL(bundled, import.meta.url));
  return (existsSync(beside) ? require(beside) : require(name)) as T;
}

let yamlModule: typeof import('yaml') | undefined;
export function yaml(): typeof import('yaml') {
  yamlModule ??= load<typeof import('yaml')>('./yaml.cjs', 'yaml');
  return yamlModule;
}

let jsyamlModule: typeof import('js-yaml') | undefined;
export function jsyaml(): typeof import('js-yaml') {
  jsyamlModule ??= load<typeof import('js-yaml')>('./js-yaml.cjs', 'js-yaml');
  return jsyamlModule;
}
