/**
 * Opening a file a bag names, without trusting what it is (parse/read-file.ts reads the files a user
 * names, which may be links). A FIFO would block `open` or
 * `read` for ever, a device such as /dev/zero never ends, and a symbolic link inside a bag may point
 * anywhere on the machine. So a file is opened without following a final link (O_NOFOLLOW) and without
 * blocking (O_NONBLOCK: a FIFO with no writer opens at once instead of hanging), checked to be a
 * regular file on the open handle (no race between a check and the open), and read no further than a
 * bound, counted on the bytes actually read since a file may grow while it is read.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export type RegularFileProblem =
  /** Nothing there. */
  | { reason: 'missing' }
  /** A symbolic link, FIFO, socket, device or directory: never followed or read. */
  | { reason: 'not-regular' }
  /** Larger than the bound; `size` is what fstat said (or at least the bound plus one). */
  | { reason: 'too-large'; size: number; limit: number }
  /** Any other failure to open or read (permissions, I/O). */
  | { reason: 'unreadable'; detail: string };

export type RegularFileRead = { ok: true; bytes: Buffer; size: number; mtimeMs: number } | ({ ok: false } & RegularFileProblem);

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function problemOf(err: unknown): { ok: false } & RegularFileProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
  // ELOOP is how O_NOFOLLOW refuses a final symbolic link; ENXIO is a socket or a FIFO without a reader.
  if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR' || code === 'EMLINK' || code === 'EFTYPE') return { ok: false, reason: 'not-regular' };
  return { ok: false, reason: 'unreadable', detail: code ?? (err as Error).message };
}

/** Reads a regular file of at most `limit` bytes, never through a final link; anything else is a problem, never a hang or a throw. */
export async function readRegularFile(path: string, limit: number): Promise<RegularFileRead> {
  const opened = await openRegularFile(path);
  if (!opened.ok) return opened;
  const { handle, size, mtimeMs } = opened;
  try {
    if (size > limit) return { ok: false, reason: 'too-large', size, limit };
    const buffer = Buffer.allocUnsafe(Math.min(limit, size) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) return { ok: false, reason: 'too-large', size: length, limit };
      if (length === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, length), size: length, mtimeMs };
  } catch (err) {
    return problemOf(err);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a regular file for streaming (hashing a large attachment): the caller reads the handle and
 * closes it. Refuses what {@link readRegularFile} refuses, except size, which the caller bounds.
 */
export async function openRegularFile(path: string): Promise<({ ok: true; handle: FileHandle; size: number; mtimeMs: number }) | ({ ok: false } & RegularFileProblem)> {
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS);
  } catch (err) {
    return problemOf(err);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return { ok: false, reason: 'not-regular' };
    }
    return { ok: true, handle, size: info.size, mtimeMs: info.mtimeMs };
  } catch (err) {
    await handle.close();
    return problemOf(err);
  }
}
