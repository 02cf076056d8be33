import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { displayPath } from '../core/batch/files.js';
import { writeFileAtomic, TargetExistsError } from '../core/fs/atomic.js';
import { toPersianDigits } from '../persian/digits.js';
import { plain } from '../reporters/types.js';
import { VERSION } from '../version.js';
import { loadDraft, outputFile, printFindings, say, targetExists, writeError, type CommandIO } from './shared.js';
import type { Lang } from '../core/engine/types.js';

export interface RenderCommandOptions extends CommandIO {
  file: string;
  /** The file to write, or a folder to write `<id>.html` (or `<id>.docx`) in. */
  output?: string;
  /** `html` (default) or `docx`, a Word document. */
  format?: 'html' | 'docx';
  force?: boolean;
  lang?: Lang;
  config?: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GENERATOR = 'pishnevis';

/**
 * Whether `path` is a page `draft render` wrote: it opens as templates/render/document.hbs does, and its
 * <head> carries `<meta name="generator" content="pishnevis …">`. Only the first few kilobytes are read
 * (the head comes before the embedded font); a missing or unreadable file is not one.
 */
export function renderedHere(path: string): boolean {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  if (!head.startsWith('<!DOCTYPE html>')) return false;
  const end = head.indexOf('</head>');
  const section = head.slice(0, end === -1 ? head.length : end);
  const start = section.indexOf('<head>');
  return start !== -1 && new RegExp(`<meta name="generator" content="${GENERATOR} [^"<>]*">`).test(section.slice(start));
}

/**
 * `draft render <file> [-o out.html] [--force]`: the document on its own, for previewing. A draft with
 * validation errors still renders (that is what a preview is for) and the errors are mentioned; one
 * that cannot be read as a draft at all is refused with its findings (exit 1).
 */
export async function renderCommand(options: RenderCommandOptions): Promise<number> {
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env: options.env ?? process.env });
  const lang = config.lang;
  const palette = options.palette ?? plain;
  const stderr = options.stderr ?? options.stdout;
  const draft = await loadDraft(options.file, options.cwd, config, lang);
  const data = draft.data;
  if (!data || (data.kind !== 'directive' && data.kind !== 'circular')) {
    await printFindings(options.stdout, draft.result, draft, lang, palette);
    stderr.write(`${palette.red(say(lang, '✖ سندی ساخته نشد: این فایل را نمی‌توان به‌عنوان پیش‌نویس خواند.', '✖ Nothing was rendered: this file cannot be read as a draft.'))}\n`);
    return 1;
  }

  const name = typeof data.id === 'string' && ID.test(data.id) ? data.id : basename(draft.path, extname(draft.path));
  let bytes: string | Buffer;
  if (options.format === 'docx') {
    // The docx library loads only here, never on other commands' start-up path.
    const { renderDocx } = await import('../core/render/docx.js');
    bytes = await renderDocx(data, { generator: `${GENERATOR} ${VERSION}` });
  } else {
    const { renderDraft } = await import('../core/render/index.js');
    bytes = renderDraft(data, { generator: `${GENERATOR} ${VERSION}`, errorCount: draft.result.errorCount });
  }
  const target = outputFile(options.output, options.cwd, options.cwd, `${name}.${options.format === 'docx' ? 'docx' : 'html'}`);
  try {
    // Edit → render → look: a page this command wrote itself is replaced without --force; any other file
    // (a Word file included: one may have been edited in Word) is not.
    writeFileAtomic(target, bytes, { force: options.force === true || (options.format !== 'docx' && renderedHere(target)) });
  } catch (e) {
    if (e instanceof TargetExistsError) throw targetExists(target, options.cwd);
    throw writeError(target, options.cwd, e);
  }
  const shown = displayPath(target, options.cwd);
  options.stdout.write(`${palette.green(say(lang, `✔ سند نوشته شد: ${shown}`, `✔ Document written: ${shown}`))}\n`);
  const errors = draft.result.errorCount;
  if (errors > 0) {
    stderr.write(`${palette.yellow(say(lang,
      `⚠ پیش‌نویس ${toPersianDigits(errors)} خطا دارد؛ سند این را بالای صفحه می‌گوید و فقط برای پیش‌نمایش است. «draft validate ${draft.result.file}» خطاها را نشان می‌دهد.`,
      `⚠ The draft has ${errors} error${errors === 1 ? '' : 's'}; the page says so, and is a preview only. "draft validate ${draft.result.file}" lists them.`))}\n`);
  }
  return 0;
}

