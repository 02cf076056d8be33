import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { ok: true; bytes: Buffer; size: number; mtimeMs: number; ctimeMs: number; ino: number }
  | { ok: false; reason: 'directory' | 'not-a-file' | 'too-big'; size: number }
  | { ok: false; reason: 'error'; error: NodeJS.ErrnoException };

/**
 * Reads a regular file of at most `maxBytes` (into a shared buffer with `scratch`, see readAll), with one open and one fstat: the type and size are
 * checked on the file that is then read. Non-blocking, so a FIFO named like a draft is refused
 * rather than waited on forever; a folder or device is refused without reading.
 */
export function readRegularFileSync(path: string, maxBytes: number, opts: { scratch?: boolean } = {}): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: info.isDirectory() ? 'directory' : 'not-a-file', size: info.size };
    if (info.size > maxBytes) return { ok: false, reason: 'too-big', size: info.size };
    return { ok: true, bytes: readAll(fd, info.size, opts.scratch === true), size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
  } catch (e) {
    // Opening a folder fails on some systems (EISDIR) instead of succeeding.
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return { ok: false, reason: 'directory', size: 0 };
    return { ok: false, reason: 'error', error: e as NodeJS.ErrnoException };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One buffer for every read of a batch: a fresh 34 KB buffer per draft is memory outside the heap that
 * V8 counts towards its next collection, and over 10,000 drafts that is a collection every few files.
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * Reads the `size` bytes fstat promised, or fewer if the file was cut meanwhile (as readFileSync does).
 * With `reuse`, the bytes live in a shared buffer, valid until the next read: the caller decodes them
 * at once and keeps nothing.
 */
function readAll(fd: number, size: number, reuse: boolean): Buffer {
  if (reuse && size > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(size, scratch.length * 2));
  const bytes = reuse ? scratch : Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, bytes, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return length === bytes.length ? bytes : bytes.subarray(0, length);
}
