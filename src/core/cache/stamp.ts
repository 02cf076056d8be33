/**
 * What the cache records of a file, to tell later whether it is still the file it checked: as git's
 * index does, the full stat (size, mtime, ctime, inode) decides which files are read again, and any
 * change to it means the content hash decides. `touch -r` can give a changed file its old mtime, but
 * not its old ctime. A file written within the same clock tick as it was read could change again
 * without its stat showing it, so such an entry is "racy" and never trusted on its stat alone.
 */
export type Stamp = [size: number, mtimeMs: number, hash: string, ctimeMs: number, ino: number, racy: 0 | 1];

/**
 * How close to its reading a change may be for timestamps not to show it: the coarsest common
 * timestamp (FAT's two seconds); ext4 and APFS are far finer.
 */
const RACY_WINDOW_MS = 2_000;

/** Whether a file last changed at `changedMs` could change again, unseen, after being read at `readMs`. */
export function isRacy(changedMs: number, readMs: number): 0 | 1 {
  return readMs - changedMs < RACY_WINDOW_MS ? 1 : 0;
}

export function stampOf(stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number }, hash: string, readMs = Date.now()): Stamp {
  return [stat.size, stat.mtimeMs, hash, stat.ctimeMs, stat.ino, isRacy(Math.max(stat.mtimeMs, stat.ctimeMs), readMs)];
}
