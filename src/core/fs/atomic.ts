import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export class TargetExistsError extends Error {
  readonly code = 'EEXIST_TARGET';
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'TargetExistsError';
  }
}

/** link(2) is missing on some file systems (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK']);

/**
 * Writes a whole file or nothing: the data goes to a temporary file beside the target, flushed to
 * disk, which then takes the target's name in one step. Without `force` an existing target is never
 * replaced: the last step is link(2), which fails if the name is taken, so no race can clobber it
 * (where a file system has no hard links, a check and a rename stand in for it).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { force?: boolean; mode?: number } = {}): void {
  if (!opts.force && existsSync(path)) throw new TargetExistsError(path);
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // pid + time + counter is unique enough for a temp name, and spares loading node:crypto at start-up.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${(++counter).toString(36)}.tmp`);
  try {
    const fd = openSync(temp, 'wx', opts.mode ?? 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.force) {
      renameSync(temp, path);
      return;
    }
    try {
      linkSync(temp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!NO_HARD_LINKS.has(code)) throw e;
      if (existsSync(path)) throw new TargetExistsError(path);
      renameSync(temp, path);
      return;
    }
    rmSync(temp, { force: true });
  } catch (e) {
    rmSync(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(path);
    throw e;
  }
}
