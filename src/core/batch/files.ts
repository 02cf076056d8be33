import { lstatSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

export interface Expanded {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that matched nothing: the caller reports them as a usage error. */
  unmatched: string[];
}

const DRAFT_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);
/** Files that live among drafts but are not drafts. */
const NOT_DRAFTS = new Set(['draft.config.yaml', 'draft.config.yml', 'pnpm-lock.yaml', '.gitlab-ci.yml']);
const GLOB_CHARS = /[*?[\]{}!]/;

function isDraftName(name: string): boolean {
  // DRAFT_FILE without a regex: this runs once for every entry of every folder walked.
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  const ext = name.length - dot;
  return (ext === 5 || ext === 4) && DRAFT_FILE.test(name.slice(dot));
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    // Names only: a folder of drafts is mostly drafts, which need no type; only the rest is stat'ed.
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const name of names) {
    if (name.charCodeAt(0) === 0x2e || SKIP_DIRS.has(name)) continue;
    // A folder named like a draft is reported, not descended into: it is a mistake worth seeing.
    if (isDraftName(name)) {
      if (!NOT_DRAFTS.has(name)) out.push(prefix + name);
    } else if (lstatSync(prefix + name, { throwIfNoEntry: false })?.isDirectory()) {
      walk(prefix + name, out);
    }
  }
}

/** Turns the command line's paths (files, folders, globs) into the list of draft files. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of paths) {
    const full = resolve(cwd, arg);
    let isDir = false;
    let exists = false;
    try {
      const st = statSync(full);
      exists = true;
      isDir = st.isDirectory();
    } catch {
      exists = false;
    }
    if (exists && isDir && !DRAFT_FILE.test(arg)) {
      const found: string[] = [];
      walk(full, found);
      for (const f of found) files.add(f);
    } else if (exists) {
      files.add(full);
    } else if (GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(arg, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const drafts = found.filter((f) => DRAFT_FILE.test(f));
      if (drafts.length === 0) unmatched.push(arg);
      drafts.forEach((f) => files.add(resolve(f)));
    } else {
      unmatched.push(arg);
    }
  }
  // Sorted by code unit, as Array.prototype.sort does, with a comparator V8 runs without converting.
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), unmatched };
}

/** How a path is shown to the user: relative to where they stand, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  // The common case, a file below the working folder, without path.relative's normalising.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (file.startsWith(prefix) && !file.includes(`${sep}..`)) {
    const rel = file.slice(prefix.length);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
  const rel = relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split('\\').join('/');
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
