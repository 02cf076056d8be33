/**
 * Which path the scaffold's `# yaml-language-server: $schema=…` line gives, if any.
 *
 * A draft travels: it is committed, cloned on other machines and packed into the submission zip. So the
 * modeline names the schema only by a path relative to the draft that stays inside the tree the draft
 * belongs to (the repository: the topmost of the folder of draft.config.yaml and the enclosing git work
 * tree; without either, the nearest folder with a package.json). Two schemas qualify, in this order:
 * the repository's own copy, `.draft/schemas/draft.schema.json`, written by `draft init` (and kept
 * current by `draft init --update`), and the installed package's schema when it lies in the tree (the
 * repository's node_modules, or the pishnevis repository itself). Otherwise (a global install, an npx
 * cache, a home folder kept in git with the package under ~/.nvm) there is no modeline at all: an
 * absolute path would exist on one machine only. The editor then finds the schema through
 * `.vscode/settings.json` (`yaml.schemas`), which `draft init` writes.
 */

import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { packagePath } from '../../paths.js';

export const INSTALLED_SCHEMA = packagePath('schemas', 'draft.schema.json');

/** Where `draft init` keeps the repository's copy of the schemas, relative to its root. */
export const REPOSITORY_SCHEMAS_DIR = '.draft/schemas';

/** The real path of `p`, resolving the part that exists (the file itself usually does not yet). */
export function realPathOf(p: string): string {
  let head = resolve(p);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = dirname(head);
    if (parent === head) break;
    tail.unshift(basename(head));
    head = parent;
  }
  try {
    head = realpathSync(head);
  } catch {
    // keep it as it is
  }
  return join(head, ...tail);
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (dirname(d) === d) return out;
  }
}

/** The folder the draft belongs to, as described above; `configRoot` is where draft.config.yaml is. */
export function treeRoot(targetDir: string, configRoot?: string): string {
  const dirs = ancestors(realPathOf(targetDir));
  const git = dirs.find((d) => existsSync(join(d, '.git')));
  const roots = [configRoot ? realPathOf(configRoot) : undefined, git].filter((d): d is string => d !== undefined);
  if (roots.length > 0) return roots.reduce((a, b) => (a.length <= b.length ? a : b));
  return dirs.find((d) => existsSync(join(d, 'package.json'))) ?? dirs[0]!;
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * A home folder kept in git would put a global install (~/.nvm/…, ~/.npm-global/…) "inside the tree";
 * a hidden folder on the way to the schema, other than within node_modules (`.pnpm`), marks that case.
 */
function throughToolFolder(rel: string): boolean {
  if (rel.split(sep).join('/').startsWith(`${REPOSITORY_SCHEMAS_DIR}/`)) return false;
  const parts = rel.split(sep);
  return parts.some((part, i) => part.startsWith('.') && part !== '..' && !parts.slice(0, i).includes('node_modules'));
}

// Spaces and the like would end the modeline's value; they are written as a URI would write them.
const encodeRef = (ref: string): string => ref.replace(/[\s%#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * The `$schema` value for a draft written at `target`, or undefined when the schema cannot be named
 * relative to it within the tree. Pure given its inputs (paths already real).
 */
export function schemaReference(target: string, schema: string, root: string): string | undefined {
  if (inside(schema, root) && inside(dirname(target), root) && !throughToolFolder(relative(root, schema))) {
    return encodeRef(relative(dirname(target), schema).split(sep).join('/'));
  }
  return undefined;
}

/**
 * The reference for `target`, looking at the file system for the tree: the repository's copy of the
 * schemas first, then `schema` (the installed one).
 */
export function schemaReferenceFor(target: string, configRoot?: string, schema: string = INSTALLED_SCHEMA): string | undefined {
  const real = realPathOf(target);
  const root = treeRoot(dirname(real), configRoot);
  const copy = join(root, REPOSITORY_SCHEMAS_DIR, 'draft.schema.json');
  if (existsSync(copy)) return schemaReference(real, copy, root);
  return schemaReference(real, realPathOf(schema), root);
}
