import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { ok: true; bytes: Buffer; size: number; mtimeMs: number }
  | { ok: false; reason: 'directory' | 'not-a-file' | 'too-big'; size: number }
  | { ok: false; reason: 'error'; error: NodeJS.ErrnoException };

/**
 * Reads a regular file of at most `maxBytes`, with one open and one fstat: the type and size are
 * checked on the file that is then read. Non-blocking, so a FIFO named like a draft is refused
 * rather than waited on forever; a folder or device is refused without reading.
 */
export function readRegularFileSync(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: info.isDirectory() ? 'directory' : 'not-a-file', size: info.size };
    if (info.size > maxBytes) return { ok: false, reason: 'too-big', size: info.size };
    return { ok: true, bytes: readAll(fd, info.size), size: info.size, mtimeMs: info.mtimeMs };
  } catch (e) {
    // Opening a folder fails on some systems (EISDIR) instead of succeeding.
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return { ok: false, reason: 'directory', size: 0 };
    return { ok: false, reason: 'error', error: e as NodeJS.ErrnoException };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads the `size` bytes fstat promised, or fewer if the file was cut meanwhile (as readFileSync does). */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, bytes, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return length === size ? bytes : bytes.subarray(0, length);
}
