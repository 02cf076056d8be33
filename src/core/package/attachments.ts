/**
 * Reading a draft's attachments for a package. The `attachments` validation rule already reports
 * bad paths, but validation and packaging are separate moments: a file can be swapped for a symlink,
 * grow, or vanish in between. So every check is made again here, on the file actually opened:
 *
 * - the path is relative, with `/` separators, no `..`, no empty segment and no control character;
 * - its real path (every symlink on the way resolved) lies inside the draft's real folder;
 * - it is opened without following a final symlink (O_NOFOLLOW), and the opened file is a regular file,
 *   the same inode the real path names;
 * - it is read with a hard cap (25 MB each, 100 MB in all), counting the bytes read, not what stat said.
 *
 * This module reads files but never prints; problems come back as data.
 */

import { LIMITS } from '../limits.js';
import { isWithin, normalizeSegments, pathProblem } from '../fs/safe-path.js';
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bilingual } from '../engine/types.js';
import { toPersianDigits } from '../../persian/digits.js';

const MB = 1024 * 1024;

export interface AttachmentLimits {
  /** Bytes per attachment. */
  perFile: number;
  /** Bytes for all attachments together. */
  total: number;
}

/** FORMAT.md: 25 MB each, 100 MB for a whole package. */
export const ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = { perFile: LIMITS.maxAttachmentBytes, total: LIMITS.maxAttachmentsBytes };

export interface AttachmentEntry {
  /** Position in the draft's `attachments` list. */
  index: number;
  /** The path as the draft writes it. */
  path: string;
  title: string;
}

export interface ReadAttachment extends AttachmentEntry {
  /** Relative to the bag's `data/`: `attachments/` followed by the normalised draft path. */
  payloadPath: string;
  content: Buffer;
}

export type AttachmentProblemCode =
  | 'empty' | 'control' | 'absolute' | 'backslash' | 'parent' | 'missing' | 'outside'
  | 'not-file' | 'too-large' | 'total' | 'unreadable' | 'changed';

export interface AttachmentProblem {
  index: number;
  path: string;
  code: AttachmentProblemCode;
  message: Bilingual;
}

const mb = (bytes: number): string => String(Math.ceil((bytes / MB) * 10) / 10);
const mbFa = (bytes: number): string => toPersianDigits(mb(bytes)).replace('.', '\u066B');

function message(code: AttachmentProblemCode, path: string, extra: { size?: number; limit?: number; target?: string; reason?: string } = {}): Bilingual {
  const p = path;
  switch (code) {
    case 'empty':
      return { fa: 'مسیر پیوست خالی است.', en: 'The attachment path is empty.' };
    case 'control':
      return { fa: `مسیر پیوست «${p}» نویسه کنترلی دارد.`, en: `The attachment path "${p}" contains a control character.` };
    case 'absolute':
      return { fa: `مسیر پیوست «${p}» مطلق است؛ بسته فقط فایل‌های درون پوشه پیش‌نویس را با مسیر نسبی می‌پذیرد.`, en: `The attachment path "${p}" is absolute; a package takes only files inside the draft’s folder, by relative path.` };
    case 'backslash':
      return { fa: `مسیر پیوست «${p}» «\\» دارد؛ پوشه‌ها را با «/» جدا کنید.`, en: `The attachment path "${p}" contains "\\"; separate folders with "/".` };
    case 'parent':
      return { fa: `مسیر پیوست «${p}» «..» دارد؛ بسته فقط فایل‌های درون پوشه پیش‌نویس را با مسیر مستقیم می‌پذیرد.`, en: `The attachment path "${p}" contains ".."; a package takes only files inside the draft’s folder, by a direct path.` };
    case 'missing':
      return { fa: `پیوست «${p}» پیدا نشد.`, en: `The attachment "${p}" was not found.` };
    case 'outside':
      return { fa: `پیوست «${p}» به بیرون از پوشه پیش‌نویس می‌رسد (${extra.target ?? ''})؛ پیوند نمادین به بیرون پذیرفته نیست.`, en: `The attachment "${p}" leads outside the draft’s folder (${extra.target ?? ''}); a symbolic link out is not accepted.` };
    case 'not-file':
      return { fa: `پیوست «${p}» فایل عادی نیست.`, en: `The attachment "${p}" is not a regular file.` };
    case 'too-large':
      return { fa: `پیوست «${p}» بیش از ${mbFa(extra.limit ?? 0)} مگابایت است.`, en: `The attachment "${p}" is larger than ${mb(extra.limit ?? 0)} MB.` };
    case 'total':
      return { fa: `پیوست‌ها روی هم بیش از ${mbFa(extra.limit ?? 0)} مگابایت است (تا «${p}»).`, en: `The attachments come to more than ${mb(extra.limit ?? 0)} MB in all (reached at "${p}").` };
    case 'changed':
      return { fa: `پیوست «${p}» هنگام خواندن تغییر کرد یا جابه‌جا شد؛ دوباره بسته‌بندی کنید.`, en: `The attachment "${p}" changed or moved while it was read; package again.` };
    case 'unreadable':
    default:
      return { fa: `پیوست «${p}» خوانده نشد (${extra.reason ?? 'EIO'}).`, en: `The attachment "${p}" could not be read (${extra.reason ?? 'EIO'}).` };
  }
}

/**
 * The normalised relative path (segments joined by `/`, `.` and empty segments dropped), or the
 * reason it is refused. Pure: no file system access.
 */
export function checkAttachmentPath(path: string): { ok: true; path: string } | { ok: false; code: AttachmentProblemCode } {
  const problem = pathProblem(path);
  switch (problem) {
    case undefined:
    case 'empty-segment': {
      const normal = normalizeSegments(path);
      return normal === '' ? { ok: false, code: 'empty' } : { ok: true, path: normal };
    }
    case 'empty':
    case 'control':
    case 'parent':
    case 'backslash':
      return { ok: false, code: problem };
    default:
      return { ok: false, code: 'absolute' };
  }
}

/** Below `root`, not `root` itself: an attachment is a file in the draft's folder. */
const inside = (root: string, target: string): boolean => target !== root && isWithin(root, target);

const errno = (e: unknown): string => (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';

/** Reads at most `limit + 1` bytes, so that a file that grew past the limit is caught by what was read. */
async function readCapped(handle: Awaited<ReturnType<typeof open>>, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const want = Math.min(1024 * 1024, limit + 1 - size);
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    size += bytesRead;
    if (size > limit) return 'too-large';
    chunks.push(buffer.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads every attachment the draft lists from `dir` (the draft's folder). An attachment listed twice
 * under the same path is read once. Returns what was read and every problem met; a caller packages
 * only when `problems` is empty.
 */
export async function readAttachments(
  dir: string,
  entries: readonly AttachmentEntry[],
  limits: AttachmentLimits = ATTACHMENT_LIMITS,
): Promise<{ files: ReadAttachment[]; problems: AttachmentProblem[] }> {
  const files: ReadAttachment[] = [];
  const problems: AttachmentProblem[] = [];
  const seen = new Map<string, ReadAttachment>();
  let total = 0;
  let root: string;
  try {
    root = await realpath(dir);
  } catch (e) {
    for (const entry of entries) problems.push({ index: entry.index, path: entry.path, code: 'unreadable', message: message('unreadable', entry.path, { reason: errno(e) }) });
    return { files, problems };
  }

  for (const entry of entries) {
    const problem = (code: AttachmentProblemCode, extra: Parameters<typeof message>[2] = {}): void => {
      problems.push({ index: entry.index, path: entry.path, code, message: message(code, entry.path, extra) });
    };
    const checked = checkAttachmentPath(entry.path);
    if (!checked.ok) {
      problem(checked.code);
      continue;
    }
    const again = seen.get(checked.path);
    if (again) {
      files.push({ ...entry, payloadPath: again.payloadPath, content: again.content });
      continue;
    }
    const full = join(root, ...checked.path.split('/'));
    let real: string;
    try {
      real = await realpath(full);
    } catch (e) {
      const code = errno(e);
      problem(code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' ? 'missing' : 'unreadable', { reason: code });
      continue;
    }
    if (!inside(root, real)) {
      problem('outside', { target: real });
      continue;
    }
    let handle;
    try {
      // O_NOFOLLOW: if the last component became a symlink after realpath, the open fails.
      handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch (e) {
      const code = errno(e);
      problem(code === 'ENOENT' ? 'changed' : code === 'ELOOP' ? 'changed' : 'unreadable', { reason: code });
      continue;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        problem('not-file');
        continue;
      }
      if (info.size > limits.perFile) {
        problem('too-large', { limit: limits.perFile });
        continue;
      }
      const content = await readCapped(handle, limits.perFile);
      if (content === 'too-large') {
        problem('too-large', { limit: limits.perFile });
        continue;
      }
      // The file read must still be the one the path names, and still inside the folder.
      let now;
      try {
        now = await stat(full);
      } catch {
        now = undefined;
      }
      const realNow = await realpath(full).catch(() => undefined);
      if (!now || now.ino !== info.ino || now.dev !== info.dev || realNow === undefined || !inside(root, realNow)) {
        problem('changed');
        continue;
      }
      total += content.length;
      if (total > limits.total) {
        if (!problems.some((p) => p.code === 'total')) problem('total', { limit: limits.total });
        continue;
      }
      const read: ReadAttachment = { ...entry, payloadPath: `attachments/${checked.path}`, content };
      seen.set(checked.path, read);
      files.push(read);
    } catch (e) {
      problem('unreadable', { reason: errno(e) });
    } finally {
      await handle.close();
    }
  }
  return { files, problems };
}
