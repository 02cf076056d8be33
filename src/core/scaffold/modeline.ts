/**
 * Which path the scaffold's `# yaml-language-server: $schema=…` line gives.
 *
 * The schema is the installed one (`schemas/draft.schema.json` of this package, the same file
 * `draft validate` is built from). When it lies inside the tree the draft belongs to (the repository,
 * which is the topmost of: the folder of draft.config.yaml and the enclosing git work tree; without
 * either, the nearest folder with a package.json), the path is relative to the written file: the usual
 * case of pishnevis installed in the repository's node_modules, or of the pishnevis repository itself.
 * Such a path stays right for every clone, on every machine and OS. Otherwise (a global install, an npx
 * cache) a relative path would climb out of the repository into one machine's layout, so the path is
 * absolute (also when the way from the tree to the schema goes through a hidden folder such as ~/.nvm, as
 * in a home folder kept in git): written as it is on POSIX, as a file:// URL on Windows (where `C:\…` is not a URI).
 */

import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../../paths.js';

export const INSTALLED_SCHEMA = packagePath('schemas', 'draft.schema.json');

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
  const parts = rel.split(sep);
  return parts.some((part, i) => part.startsWith('.') && part !== '..' && !parts.slice(0, i).includes('node_modules'));
}

// Spaces and the like would end the modeline's value; they are written as a URI would write them.
const encodeRef = (ref: string): string => ref.replace(/[\s%#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * The `$schema` value for a draft written at `target`. Pure given its inputs (paths already real);
 * `platform` decides how an absolute path is written.
 */
export function schemaReference(target: string, schema: string, root: string, platform: NodeJS.Platform = process.platform): string {
  if (inside(schema, root) && inside(dirname(target), root) && !throughToolFolder(relative(root, schema))) {
    return encodeRef(relative(dirname(target), schema).split(sep).join('/'));
  }
  return platform === 'win32' ? pathToFileURL(schema).href : encodeRef(schema);
}

/** The reference for `target` against the installed schema, looking at the file system for the tree. */
export function schemaReferenceFor(target: string, configRoot?: string, schema: string = INSTALLED_SCHEMA): string {
  const real = realPathOf(target);
  return schemaReference(real, realPathOf(schema), treeRoot(dirname(real), configRoot));
}
