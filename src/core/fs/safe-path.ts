import { isAbsolute, relative, sep } from 'node:path';

/**
 * One answer to "is this a plain relative path below its folder?" for every path the tool reads from
 * a file someone else wrote: a draft's attachment (the attachments rule and `draft package`), a zip
 * entry's name, a line of a bag's manifest or fetch.txt, a payload path the bag writer is given. The
 * answer does not depend on the OS: a draft or a bag made on Windows is checked on Linux and the other
 * way round, so `C:\…`, `\\server\…` and `%VAR%` are refused like `/…`, `~/…` and `..`.
 *
 * Each caller says the problem in its own words (a finding, a bag problem, an error), but the
 * problems, and their order, are these. test/core/safe-path.test.ts holds them in one table.
 */
export type PathProblem =
  /** Nothing but blanks. */
  | 'empty'
  /** A C0 control character or DEL (CR/LF break manifests, terminals and unzip tools). */
  | 'control'
  /** `/…`. */
  | 'absolute'
  /** `C:…`, absolute or relative to that drive's working folder. */
  | 'drive'
  /** `\…` or `\\server\share\…`. */
  | 'unc'
  /** `~`, `~/…`, `~user/…`: a shell's home folder. */
  | 'home'
  /** `$VAR/…`, `${VAR}…`, `%VAR%\…`: expanded by some tools. */
  | 'env'
  /** A `..` segment (by `/` or `\`). */
  | 'parent'
  /** A backslash elsewhere: a separator on Windows, a character in a name on Linux and macOS. */
  | 'backslash'
  /** An empty or `.` segment (`a//b`, `./a`, `a/`). */
  | 'empty-segment';

const CONTROL = /[\u0000-\u001f\u007f]/;

/** The first problem of `path`, in the order of PathProblem, or undefined for a plain relative path. */
export function pathProblem(path: string): PathProblem | undefined {
  if (path.trim() === '') return 'empty';
  if (CONTROL.test(path)) return 'control';
  const rooted = rootedKind(path);
  if (rooted) return rooted;
  const segments = path.split(/[/\\]/);
  if (segments.includes('..')) return 'parent';
  if (path.includes('\\')) return 'backslash';
  if (segments.some((s) => s === '' || s === '.')) return 'empty-segment';
  return undefined;
}

/** Where a path is rooted when it is not relative to its folder (an absolute path of some OS, a home folder or a variable). */
export function rootedKind(path: string): 'absolute' | 'drive' | 'unc' | 'home' | 'env' | undefined {
  if (path.startsWith('/')) return 'absolute';
  if (/^[A-Za-z]:/.test(path)) return 'drive';
  if (path.startsWith('\\')) return 'unc';
  if (path.startsWith('~')) return 'home';
  if (/^\$[A-Za-z_{]/.test(path) || /^%[^%/\\]+%/.test(path)) return 'env';
  // What Node calls absolute on this OS and none of the above did (none today; kept as a backstop).
  if (isAbsolute(path)) return 'absolute';
  return undefined;
}

/** The segments of a relative path by `/`, without empty and `.` ones: `./a//b` → `a/b`. */
export function normalizeSegments(path: string): string {
  return path.split('/').filter((s) => s !== '' && s !== '.').join('/');
}

/**
 * Whether the `..` segments of a relative path climb above its folder ('escapes'), or stay inside it
 * ('inside': `a/../b`); undefined when it has none.
 */
export function parentReach(path: string): 'escapes' | 'inside' | undefined {
  let depth = 0;
  let seen = false;
  for (const segment of path.split(/[/\\]/)) {
    if (segment === '..') {
      seen = true;
      if (--depth < 0) return 'escapes';
    } else if (segment !== '' && segment !== '.') {
      depth++;
    }
  }
  return seen ? 'inside' : undefined;
}

/** Whether `target` (an absolute path, links resolved) is `root` itself or below it. */
export function isWithin(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}
