/**
 * Writing a file so that readers see either the old state or the complete new file, never a torn one.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TargetExistsError } from './errors.js';

export interface WriteAtomicOptions {
  /** Replace an existing target. Without it an existing target is an error. */
  force?: boolean;
}

function isErrno(err: unknown, ...codes: string[]): boolean {
  return typeof err === 'object' && err !== null && codes.includes((err as NodeJS.ErrnoException).code ?? '');
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return false;
    throw err;
  }
}

/**
 * The temp file sits in the target's folder because rename is only atomic within one file system.
 * Without `force`, the final step is link(2), which fails if the target appeared meanwhile, so there is
 * no window between "checked it is absent" and "put ours there"; file systems without hard links fall
 * back to check-then-rename.
 */
export async function writeFileAtomic(
  target: string,
  data: Buffer | Uint8Array | string,
  options: WriteAtomicOptions = {},
): Promise<void> {
  const force = options.force === true;
  if (!force && (await exists(target))) throw new TargetExistsError(target);

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let tempExists = false;
  try {
    const handle = await open(temp, 'wx');
    tempExists = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }

    if (force) {
      await rename(temp, target);
      tempExists = false;
    } else {
      try {
        await link(temp, target);
      } catch (err) {
        if (isErrno(err, 'EEXIST')) throw new TargetExistsError(target);
        if (!isErrno(err, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK')) throw err;
        if (await exists(target)) throw new TargetExistsError(target);
        await rename(temp, target);
        tempExists = false;
      }
    }
  } finally {
    if (tempExists) await unlink(temp).catch(() => undefined);
  }
}
