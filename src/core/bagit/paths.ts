import { parentReach, rootedKind } from '../fs/safe-path.js';

/**
 * The bag's own path rules: how listed paths are normalised and compared, and which files are the
 * operating system's. Whether a path is safe at all is core/fs/safe-path.ts's, shared with the
 * attachments rule and `draft package`.
 */

export type OutOfScopeReason = 'absolute' | 'drive' | 'unc' | 'home' | 'env' | 'parent';

/**
 * Why a path written in a manifest or fetch.txt would reach outside the bag, or null. The rules do not
 * depend on the host OS: a bag made on Windows is read on Linux and the other way round, so `C:\…`,
 * `\\server\…` and `%VAR%` are refused here exactly like `/…`, `~/…` and `..`.
 */
export function outOfScopeReason(path: string): OutOfScopeReason | null {
  return rootedKind(path) ?? (parentReach(path) !== undefined ? 'parent' : null);
}

export interface NormalizedPath {
  path: string;
  hadDotSlash: boolean;
  /** Had `//` or `/./` inside. */
  hadRedundantSegments: boolean;
}

/** Removes a leading `./` and empty or `.` segments, reporting which of them were there. */
export function normalizeListedPath(path: string): NormalizedPath {
  let rest = path;
  let hadDotSlash = false;
  while (rest.startsWith('./')) {
    rest = rest.slice(2);
    hadDotSlash = true;
  }
  const segments = rest.split('/');
  const kept = segments.filter((s) => s !== '' && s !== '.');
  return { path: kept.join('/'), hadDotSlash, hadRedundantSegments: kept.length !== segments.length };
}

/**
 * The key under which two names are "the same file" on a case-insensitive or normalising file system
 * (macOS, Windows) and after a tool trimmed trailing blanks.
 */
export function nameKey(path: string): string {
  return path.normalize('NFC').trimEnd().toLowerCase();
}

const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', '.localized', 'icon\r']);
const SYSTEM_DIRS = new Set(['__macosx', '.spotlight-v100', '.trashes', '.fseventsd', '.temporaryitems']);

/** Files operating systems create and copy tools drop at will; their presence or loss is not content. */
export function isSystemFile(path: string): boolean {
  const segments = path.split('/');
  const base = (segments[segments.length - 1] ?? '').toLowerCase();
  if (SYSTEM_FILES.has(base) || base.startsWith('._')) return true;
  return segments.slice(0, -1).some((s) => SYSTEM_DIRS.has(s.toLowerCase()));
}

/** Compares as UTF-8 bytes, so sort order never depends on UTF-16 quirks or the locale. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
