import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { LIMITS } from '../core/limits.js';
import { isWithin, parentReach, rootedKind } from '../core/fs/safe-path.js';
import { asArray, defineRule, isRecord, type RuleContext } from '../core/engine/rule.js';
import { toPersianDigits } from '../persian/digits.js';

const MB = 1024 * 1024;
const MAX_ATTACHMENT_BYTES = LIMITS.maxAttachmentBytes;
const MAX_TOTAL_BYTES = LIMITS.maxAttachmentsBytes;

/** Megabytes with one decimal, rounded up so that 25 MB and one byte never reads as «25»; «26», not «26.0». */
const mb = (bytes: number): string => String(Math.ceil((bytes / MB) * 10) / 10);
/** The same in Persian digits with the Persian decimal separator «٫». */
const mbFa = (size: string): string => toPersianDigits(size).replace('.', '\u066B');

const errno = (e: unknown): string => (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';

interface FileCheck {
  /** The real path and size of a regular file inside the folder, to add to the total. */
  real?: string;
  size?: number;
}

function checkOnDisk(context: RuleContext, dir: string, path: string, at: Array<string | number>): FileCheck {
  const root = resolve(dir);
  const full = resolve(root, path);
  const shown = { path };
  let link: Stats;
  try {
    link = lstatSync(full);
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      context.report({ messageId: path.includes('\\') ? 'missing-backslash' : 'missing', data: shown, path: at });
    } else {
      context.report({ messageId: 'unreadable', data: { ...shown, code }, path: at });
    }
    return {};
  }
  // Resolve every link on the way (the file itself or a folder above it) and compare real paths.
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(full);
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') {
      context.report({ messageId: 'broken-link', data: shown, path: at });
    } else {
      context.report({ messageId: 'unreadable', data: { ...shown, code }, path: at });
    }
    return {};
  }
  if (!isWithin(realRoot, real)) {
    context.report({ messageId: 'symlink-outside', data: { ...shown, target: real }, path: at });
    return {};
  }
  let info: Stats = link;
  if (link.isSymbolicLink()) {
    try {
      info = statSync(full);
    } catch (e) {
      context.report({ messageId: 'unreadable', data: { ...shown, code: errno(e) }, path: at });
      return {};
    }
  }
  if (info.isDirectory()) {
    context.report({ messageId: 'folder', data: shown, path: at });
    return {};
  }
  if (!info.isFile()) {
    context.report({ messageId: 'not-file', data: shown, path: at });
    return {};
  }
  if (info.size > MAX_ATTACHMENT_BYTES) {
    const size = mb(info.size);
    context.report({ messageId: 'too-large', data: { ...shown, sizeFa: mbFa(size), sizeEn: size }, path: at });
  }
  return { real, size: info.size };
}

export default defineRule({
  meta: {
    id: 'attachments',
    severity: 'error',
    fixable: false,
    description: {
      fa: 'هر پیوست باید فایلی عادی درون پوشه پیش‌نویس و حداکثر ۲۵ مگابایت باشد (همه با هم حداکثر ۱۰۰ مگابایت)',
      en: 'Each attachment must be a regular file inside the draft’s folder, at most 25 MB (100 MB in all)',
    },
    messages: {
      absolute: {
        fa: 'مسیر پیوست «{path}» مطلق است؛ مسیر را نسبت به پوشه پیش‌نویس بنویسید، مانند attachments/table.csv.',
        en: 'The attachment path "{path}" is absolute; write it relative to the draft’s folder, e.g. attachments/table.csv.',
      },
      outside: {
        fa: 'مسیر پیوست «{path}» با «..» از پوشه پیش‌نویس بیرون می‌رود؛ فایل را در همان پوشه (یا زیرپوشه‌های آن) بگذارید.',
        en: 'The attachment path "{path}" leaves the draft’s folder through ".."; put the file in that folder or below it.',
      },
      parent: {
        fa: 'مسیر پیوست «{path}» بخش «..» دارد؛ مسیر را بدون «..» و مستقیم از پوشه پیش‌نویس بنویسید.',
        en: 'The attachment path "{path}" contains ".."; write it directly from the draft’s folder, without "..".',
      },
      missing: {
        fa: 'فایل پیوست «{path}» در پوشه پیش‌نویس پیدا نشد.',
        en: 'The attachment "{path}" was not found in the draft’s folder.',
      },
      'missing-backslash': {
        fa: 'فایل پیوست «{path}» پیدا نشد؛ در مسیر به جای «\\» از «/» استفاده کنید.',
        en: 'The attachment "{path}" was not found; separate folders with "/", not "\\".',
      },
      'broken-link': {
        fa: 'پیوست «{path}» پیوند نمادینی (symlink) است که به فایلی موجود نمی‌رسد.',
        en: 'The attachment "{path}" is a symbolic link that leads to no existing file.',
      },
      'symlink-outside': {
        fa: 'پیوست «{path}» پیوند نمادینی (symlink) است که به بیرون از پوشه پیش‌نویس ({target}) می‌رسد؛ خود فایل را در پوشه پیش‌نویس بگذارید.',
        en: 'The attachment "{path}" is a symbolic link to {target}, outside the draft’s folder; put the file itself in the folder.',
      },
      folder: {
        fa: 'پیوست «{path}» پوشه است، نه فایل؛ هر فایل را جداگانه پیوست کنید.',
        en: 'The attachment "{path}" is a folder, not a file; list each file on its own.',
      },
      'not-file': {
        fa: 'پیوست «{path}» فایل عادی نیست.',
        en: 'The attachment "{path}" is not a regular file.',
      },
      unreadable: {
        fa: 'پیوست «{path}» خوانده نشد ({code}).',
        en: 'The attachment "{path}" could not be read ({code}).',
      },
      'too-large': {
        fa: 'پیوست «{path}» {sizeFa} مگابایت است؛ هر پیوست حداکثر ۲۵ مگابایت می‌تواند باشد.',
        en: 'The attachment "{path}" is {sizeEn} MB; an attachment may be at most 25 MB.',
      },
      total: {
        fa: 'پیوست‌ها روی هم {sizeFa} مگابایت است؛ مجموع پیوست‌های یک بسته حداکثر ۱۰۰ مگابایت می‌تواند باشد.',
        en: 'The attachments come to {sizeEn} MB in all; a package may hold at most 100 MB of attachments.',
      },
    },
  },
  check(context) {
    const list = asArray(context.draft.attachments);
    const sizes = new Map<string, number>();
    list.forEach((item, i) => {
      if (!isRecord(item) || typeof item.path !== 'string' || item.path.trim() === '') return;
      const path = item.path;
      const at = ['attachments', i, 'path'];
      if (rootedKind(path)) {
        context.report({ messageId: 'absolute', data: { path }, path: at });
        return;
      }
      const parent = parentReach(path);
      if (parent !== undefined) {
        context.report({ messageId: parent === 'escapes' ? 'outside' : 'parent', data: { path }, path: at });
        if (parent === 'escapes') return;
      }
      if (context.dir === undefined) return;
      const found = checkOnDisk(context, context.dir, path, at);
      if (found.real !== undefined && found.size !== undefined) sizes.set(found.real, found.size);
    });
    let total = 0;
    for (const size of sizes.values()) total += size;
    if (total > MAX_TOTAL_BYTES) {
      const size = mb(total);
      context.report({ messageId: 'total', data: { sizeFa: mbFa(size), sizeEn: size }, path: ['attachments'] });
    }
  },
});
