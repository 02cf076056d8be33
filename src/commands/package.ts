import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { displayPath } from '../core/batch/files.js';
import { writeFileAtomic, TargetExistsError } from '../core/fs/atomic.js';
import { buildBagZip } from '../core/bagit/write.js';
import { BagWriteError } from '../core/bagit/errors.js';
import { assembleSubmission } from '../core/package/assemble.js';
import { readAttachments, type AttachmentEntry } from '../core/package/attachments.js';
import { findingAt, withFindings } from '../core/package/read-draft.js';
import { packageTimestamp } from '../core/package/timestamp.js';
import { portableDraftBytes } from '../core/package/portable.js';
import { packageComment, packagedHere } from '../core/package/own-package.js';
import { toPersianDigits } from '../persian/digits.js';
import { plain } from '../reporters/types.js';
import { VERSION } from '../version.js';
import { UsageError } from '../core/errors.js';
import { loadDraft, printFindings, say, targetExists, writeError, type CommandIO } from './shared.js';
import type { FileResult, Finding, Lang } from '../core/engine/types.js';

export interface PackageCommandOptions extends CommandIO {
  file: string;
  /** The folder to write `<id>.zip` in, or a path ending in `.zip`. */
  output?: string;
  force?: boolean;
  /** Add `<id>.docx`, the document as a Word file, to the package. */
  withDocx?: boolean;
  lang?: Lang;
  config?: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function sizeText(bytes: number, lang: Lang): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  return lang === 'en' ? `${kb} KB` : `${toPersianDigits(kb)} کیلوبایت`;
}

/**
 * `draft package <file> [-o folder] [--force]`: a ready, valid draft becomes `<id>.zip`, a BagIt bag
 * with the draft, its rendered document, submission.json and its attachments. 0 written; 1 refused
 * (validation errors, not ready, attachments refused); 2 usage, configuration or I/O problems.
 */
export async function packageCommand(options: PackageCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env });
  const lang = config.lang;
  const palette = options.palette ?? plain;
  const stderr = options.stderr ?? options.stdout;
  const draft = await loadDraft(options.file, options.cwd, config, lang);
  const file = draft.result.file;
  const data = draft.data;

  const refuse = async (result: FileResult): Promise<number> => {
    await printFindings(options.stdout, result, draft, lang, palette);
    stderr.write(`${palette.red(say(lang, '✖ بسته ساخته نشد: خطاهای بالا را درست کنید و دوباره بسته‌بندی کنید.', '✖ No package was written: fix the errors above and package again.'))}\n`);
    return 1;
  };

  // Not ready is a refusal of its own, shown with the other findings.
  const extra: Finding[] = [];
  if (data && data.status !== 'ready') {
    extra.push(findingAt(draft.text, file, ['status'], {
      ruleId: 'package-status',
      severity: 'error',
      messages: {
        fa: `فقط پیش‌نویس آماده بسته‌بندی می‌شود؛ وضعیت این پیش‌نویس «${String(data.status ?? '')}» است. وقتی کار تمام شد آن را status: ready کنید.`,
        en: `Only a ready draft is packaged; this one has status "${String(data.status ?? '')}". Set status: ready when it is finished.`,
      },
    }, lang));
  }
  const checked = withFindings(draft.result, extra);
  if (checked.errorCount > 0 || !data || !draft.bytes) return refuse(checked);
  const id = String(data.id);
  if (!ID.test(id)) return refuse(checked); // the schema rule reports a bad id; never build a file name from one

  // Attachments: read now, every safety check made again on the files actually opened.
  const entries: AttachmentEntry[] = [];
  (Array.isArray(data.attachments) ? data.attachments : []).forEach((a: unknown, index: number) => {
    const item = a as Record<string, unknown>;
    entries.push({ index, path: String(item?.path ?? ''), title: String(item?.title ?? '') });
  });
  const read = await readAttachments(dirname(draft.path), entries);
  if (read.problems.length > 0) {
    return refuse(withFindings(checked, read.problems.map((p) =>
      findingAt(draft.text, file, ['attachments', p.index, 'path'], { ruleId: 'attachments', severity: 'error', messages: p.message }, lang))));
  }

  const timestamp = packageTimestamp(data.date, env);
  if (!timestamp.ok) throw new UsageError(timestamp.message);

  const { renderDraft } = await import('../core/render/index.js');
  const html = renderDraft(data, { generator: `pishnevis ${VERSION}` });
  // The Word file carries the package's one timestamp, so the zip stays byte-identical run to run.
  const docx = options.withDocx
    ? await (await import('../core/render/docx.js')).renderDocx(data, { generator: `pishnevis ${VERSION}`, timestamp: timestamp.date })
    : undefined;
  const assembled = assembleSubmission({
    draftBytes: portableDraftBytes(draft.bytes),
    draftFileName: basename(draft.path),
    data,
    validation: checked,
    html,
    docx,
    attachments: read.files,
    timestamp: timestamp.date,
    toolVersion: VERSION,
  });
  let zip: Buffer;
  try {
    zip = await buildBagZip({ root: assembled.root, payload: assembled.payload, info: assembled.info, mtime: assembled.mtime, comment: packageComment(VERSION) });
  } catch (e) {
    if (e instanceof BagWriteError) {
      const messages = e.code === 'PAYLOAD_PATH_COLLISION'
        ? { fa: `دو پیوست نام‌هایی دارند که در ویندوز و macOS یکی می‌شوند (${e.subject ?? ''})؛ نام یکی را تغییر دهید.`, en: `Two attachments have names that are the same on Windows and macOS (${e.subject ?? ''}); rename one.` }
        : { fa: `بسته ساخته نشد: ${e.message}`, en: `The package could not be built: ${e.message}` };
      return refuse(withFindings(checked, [findingAt(draft.text, file, ['attachments'], { ruleId: 'attachments', severity: 'error', messages }, lang)]));
    }
    throw e;
  }

  const target = outputPath(options.output, options.cwd, id);
  try {
    // Edit → package → edit → package: a package this command wrote is replaced without --force (its
    // zip comment says so); any other file at that path is not.
    writeFileAtomic(target, zip, { force: options.force === true || packagedHere(target) });
  } catch (e) {
    if (e instanceof TargetExistsError) throw targetExists(target, options.cwd);
    throw writeError(target, options.cwd, e);
  }

  if (checked.findings.length > 0) await printFindings(options.stdout, checked, draft, lang, palette);
  const shown = displayPath(target, options.cwd);
  const files = assembled.payload.length;
  options.stdout.write(`${palette.green(say(lang,
    `✔ بسته ساخته شد: ${shown} (${toPersianDigits(files)} فایل، ${sizeText(zip.length, lang)})`,
    `✔ Package written: ${shown} (${files} files, ${sizeText(zip.length, lang)})`))}\n`);
  return 0;
}

/** `-o` is a folder (made if missing) or, ending in `.zip`, the package's own path. */
function outputPath(output: string | undefined, cwd: string, id: string): string {
  if (output === undefined || output === '') return join(cwd, `${id}.zip`);
  const full = resolve(cwd, output);
  if (/\.zip$/i.test(output) && !(existsSync(full) && statSync(full).isDirectory())) return full;
  return join(full, `${id}.zip`);
}
