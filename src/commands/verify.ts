import { printable } from '../reporters/printable.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import { displayPath } from '../core/batch/files.js';
import { verifyPackage, type VerifyProblem, type VerifyReport } from '../core/package/verify.js';
import { toPersianDigits } from '../persian/digits.js';
import { plain, type Palette } from '../reporters/types.js';
import { VERSION } from '../version.js';
import { UsageError } from '../core/errors.js';
import { say, type CommandIO } from './shared.js';
import type { Lang } from '../core/engine/types.js';

export interface VerifyCommandOptions extends CommandIO {
  target: string;
  format?: 'stylish' | 'json';
  lang?: Lang;
  config?: string;
}

function where(p: VerifyProblem): string {
  if (p.file === undefined) return '';
  return p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function text(report: VerifyReport, shown: string, lang: Lang, palette: Palette): string {
  const n = (x: number): string => (lang === 'en' ? String(x) : toPersianDigits(x));
  const out: string[] = [];
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (report.problems.length > 0) {
    out.push('', palette.underline(shown));
    const width = Math.min(48, Math.max(0, ...report.problems.map((p) => where(p).length)));
    for (const p of report.problems) {
      const mark = p.severity === 'error' ? palette.red(say(lang, 'خطا ', 'error  ')) : palette.yellow(say(lang, 'هشدار', 'warning'));
      out.push(`  ${printable(where(p)).padEnd(width)}  ${mark}  ${printable(p.message[lang])}  ${palette.dim(p.code)}`);
    }
    out.push('');
  }
  // A package without a readable submission.json has no id to name.
  const id = report.submission?.id;
  const what = report.kind === 'submission'
    ? say(lang, id ? `بسته ارسالی «${id}»` : 'بسته ارسالی', id ? `submission "${id}"` : 'submission')
    : say(lang, `بسته BagIt ${report.bagVersion ?? ''}`.trim(), `BagIt ${report.bagVersion ?? ''} bag`.replace('  ', ' '));
  if (report.valid) {
    const files = report.payload ? say(lang, `، ${n(report.payload.files)} فایل`, `, ${plural(report.payload.files, 'payload file')}`) : '';
    const tail = warnings > 0 ? say(lang, ` با ${n(warnings)} هشدار`, ` with ${plural(warnings, 'warning')}`) : '';
    out.push(palette.green(say(lang, `✔ ${shown} سالم است (${what}${files})${tail}.`, `✔ ${shown} is sound (${what}${files})${tail}.`)));
  } else {
    out.push(palette.red(say(lang,
      `✖ ${shown} سالم نیست (${what}): ${n(errors)} خطا${warnings > 0 ? `، ${n(warnings)} هشدار` : ''}.`,
      `✖ ${shown} is not sound (${what}): ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}.`)));
  }
  return `${out.join('\n')}\n`;
}

/**
 * `draft verify <zip|folder>`: 0 when the package (or any BagIt bag) is complete and intact and the
 * draft inside validates; 1 naming each file that is missing, extra or altered; 2 for usage problems.
 */
export async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env: options.env ?? process.env });
  const lang = config.lang;
  const path = resolve(options.cwd, options.target);
  try {
    statSync(path);
  } catch {
    throw new UsageError({ fa: `«${options.target}» پیدا نشد؛ یک بسته zip یا پوشه بسته بدهید.`, en: `"${options.target}" was not found; give a package zip or an unpacked bag folder.` });
  }
  const report = await verifyPackage(path, {
    config,
    lang,
    toolVersion: VERSION,
    // Handlebars is loaded only when there is a document to compare.
    render: async (data, generator) => (await import('../core/render/index.js')).renderDraft(data, { generator }),
    // The docx library too, only for a package that holds a Word file.
    renderDocx: async (data, generator, timestamp) => (await import('../core/render/docx.js')).renderDocx(data, { generator, timestamp }),
  });
  const shown = displayPath(path, options.cwd);
  if (options.format === 'json') {
    const { submission, ...rest } = report;
    options.stdout.write(`${JSON.stringify({ path: shown, ...rest, ...(submission ? { id: submission.id, tool: submission.tool } : {}) }, null, 2)}\n`);
  } else {
    options.stdout.write(text(report, shown, lang, options.palette ?? plain));
  }
  return report.valid ? 0 : 1;
}
