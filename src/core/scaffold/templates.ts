/**
 * Where the scaffold templates come from. The built-in set is `templates/new/` in the package: one main
 * template per kind (`directive.yaml.hbs`, `circular.yaml.hbs`) built from partials
 * (`partials/<name>.hbs`, used as `{{> name}}`). A repository's own templates folder (`templatesDir` in
 * draft.config.yaml) mirrors that layout under `new/`, and any file there replaces the built-in file of
 * the same name, one file at a time: override `new/partials/header.hbs` alone and every other piece is
 * still the built-in one. A repository may also add partials of its own.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Kind } from './types.js';
import { packagePath } from '../../paths.js';

export const BUILTIN_TEMPLATES_DIR = packagePath('templates') + sep;

/** The folder under a templates folder that holds the scaffold templates. */
export const SCAFFOLD_SUBDIR = 'new';

export const MAIN_TEMPLATES: Readonly<Record<Kind, string>> = { directive: 'directive.yaml.hbs', circular: 'circular.yaml.hbs' };

export interface TemplateSource {
  /** `directive.yaml.hbs`, or `partials/header.hbs`. */
  name: string;
  text: string;
  /** The file it was read from. */
  path: string;
  /** Whether it came from the repository's templates folder rather than the built-in set. */
  overridden: boolean;
}

export interface TemplateSet {
  main: Record<Kind, TemplateSource>;
  /** By partial name (`header` for `partials/header.hbs`). */
  partials: Record<string, TemplateSource>;
}

const PARTIAL_FILE = /^([a-z0-9][a-z0-9-]*)\.hbs$/;

function partialFiles(dir: string): string[] {
  const folder = join(dir, 'partials');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => PARTIAL_FILE.test(f)).sort();
}

/**
 * Reads the templates: each file from `overrideDir/new/` when it is there, else from the built-in
 * `templates/new/`. `overrideDir` is the repository's templates folder (absolute).
 */
export function loadTemplates(opts: { overrideDir?: string; builtinDir?: string } = {}): TemplateSet {
  const builtin = join(opts.builtinDir ?? BUILTIN_TEMPLATES_DIR, SCAFFOLD_SUBDIR);
  const override = opts.overrideDir ? join(opts.overrideDir, SCAFFOLD_SUBDIR) : undefined;
  const read = (name: string): TemplateSource => {
    const own = override ? join(override, name) : undefined;
    const path = own && existsSync(own) ? own : join(builtin, name);
    return { name, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), path, overridden: path === own };
  };
  const names = new Set([...partialFiles(builtin), ...(override ? partialFiles(override) : [])]);
  const partials: Record<string, TemplateSource> = {};
  for (const file of names) partials[PARTIAL_FILE.exec(file)![1]!] = read(`partials/${file}`);
  return { main: { directive: read(MAIN_TEMPLATES.directive), circular: read(MAIN_TEMPLATES.circular) }, partials };
}
