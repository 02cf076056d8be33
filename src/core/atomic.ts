import { mkdirSync, renameSync, rmSync, writeFileSync, linkSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export class TargetExistsError extends Error {
  readonly code = 'EEXIST_TARGET';
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'TargetExistsError';
  }
}

/**
 * Writes a whole file or nothing: the data goes to a temporary file beside the target, which then
 * takes the target's name in one rename. Without `force` an existing target is never replaced,
 * and that check is made by link(2), which fails if the name is taken, so no race can clobber it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { force?: boolean; mode?: number } = {}): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  if (!opts.force && existsSync(path)) throw new TargetExistsError(path);
  // pid + time + counter is unique enough for a temp name, and spares loading node:crypto at start-up.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${(++counter).toString(36)}.tmp`);
  try {
    writeFileSync(temp, data, { mode: opts.mode ?? 0o644, flag: 'wx' });
    if (opts.force) {
      renameSync(temp, path);
    } else {
      linkSync(temp, path);
      rmSync(temp, { force: true });
    }
  } catch (e) {
    rmSync(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(path);
    throw e;
  }
}
