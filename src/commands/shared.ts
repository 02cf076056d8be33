import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from '../core/batch/files.js';
import { UsageError } from '../core/errors.js';
import { readDraft, type DraftInput } from '../core/package/read-draft.js';
import { linesOf, type Palette } from '../reporters/types.js';
import { VERSION } from '../version.js';
import type { FileResult, Lang } from '../core/engine/types.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { RawAnswers } from '../core/scaffold/index.js';

/**
 * What the commands share: the streams and folder they run with, and the steps several of them take
 * (find the draft they were given, print its findings, say where a file could not be written).
 */

export interface Output {
  write(text: string): unknown;
  /** Resolves once what was written has left; rejects (a DraftError) if it could not be written (ui/output.ts). */
  settled?(): Promise<void>;
}

/**
 * What every command receives besides its own options. The CLI passes the process's; a test or a
 * program embedding a command passes its own. Commands are `async (options) => exitCode`.
 */
export interface CommandIO {
  cwd: string;
  stdout: Output;
  stderr?: Output;
  palette?: Palette;
  env?: NodeJS.ProcessEnv;
}

/** One language's text, for the messages a command writes itself. */
export function say(lang: Lang, fa: string, en: string): string {
  return lang === 'en' ? en : fa;
}

/** A path as a command line to copy takes it: as it is when it is plain, else in single quotes. */
export const shellArg = (p: string): string => (/^[\w./@+-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

/** The draft a command was given: it must exist and be a file (a usage error otherwise, exit 2). */
function draftPathOf(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError({ fa: `فایل پیش‌نویس «${file}» پیدا نشد.`, en: `The draft file "${file}" was not found.` });
  }
  if (!isFile) throw new UsageError({ fa: `«${file}» فایل نیست؛ یک فایل پیش‌نویس (*.yaml) بدهید.`, en: `"${file}" is not a file; give one draft file (*.yaml).` });
  return path;
}

/** Reads and validates the draft the way every command that builds something from it does. */
export async function loadDraft(file: string, cwd: string, config: ResolvedConfig, lang: Lang): Promise<DraftInput> {
  const path = draftPathOf(file, cwd);
  return readDraft(path, { file: displayPath(path, cwd), config, lang });
}

/** The findings through the stylish reporter, with code frames from the draft's text. */
export async function printFindings(out: Output, result: FileResult, draft: DraftInput, lang: Lang, palette: Palette): Promise<void> {
  const { stylish } = await import('../reporters/stylish.js');
  const lineOf = draft.text === undefined ? (): undefined => undefined : linesOf(draft.text);
  out.write(stylish([result], { lang, palette, sourceLine: (_file, line) => lineOf(line), version: VERSION, cwd: '.' }));
}

/**
 * Where a command writes the file it makes: `-o` names the file, or a folder (an existing one, or
 * any path ending in a slash) to hold `fileName`; without `-o`, `fileName` in `defaultDir`.
 */
export function outputFile(output: string | undefined, cwd: string, defaultDir: string, fileName: string): string {
  if (output === undefined || output === '') return join(defaultDir, fileName);
  const full = resolve(cwd, output);
  const isDir = /[\\/]$/.test(output) || (existsSync(full) && statSync(full).isDirectory());
  return isDir ? join(full, fileName) : full;
}

/** The refusal to replace a file without --force. */
export function targetExists(path: string, cwd: string): UsageError {
  const shown = displayPath(path, cwd);
  return new UsageError({
    fa: `«${shown}» از پیش هست و جایگزین نشد؛ برای جایگزینی --force بدهید.`,
    en: `${shown} already exists and was not replaced; use --force to replace it.`,
  });
}

/** A file that could not be written, as the user's problem to fix (exit 2). */
export function writeError(path: string, cwd: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  const shown = displayPath(path, cwd);
  return new UsageError({ fa: `«${shown}» نوشته نشد (${code}).`, en: `Could not write ${shown} (${code}).` });
}

/** `CI=true`, `CI=1` or any other value but empty, `0` and `false`: a run that must never prompt. */
export function ciIsSet(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** The answer flags `draft new` takes; `draft import` takes the metadata ones. */
export interface AnswerFlags {
  kind?: string;
  province?: string;
  city?: string;
  title?: string;
  category?: string;
  authorName?: string;
  authorPosition?: string;
  date?: string;
  id?: string;
  articles?: string;
  chapters?: string;
  labels?: string;
  legalBasis?: string[];
  subject?: string;
  addressee?: string[];
  signatoryName?: string;
  signatoryPosition?: string;
}

/** The flags given, as raw answers; a flag not given is left out, so an answers file or a default fills it. */
export function flagAnswers(o: AnswerFlags): RawAnswers {
  const raw: RawAnswers = {
    kind: o.kind, province: o.province, city: o.city, title: o.title, category: o.category,
    authorName: o.authorName, authorPosition: o.authorPosition, date: o.date, id: o.id, articles: o.articles,
    chapters: o.chapters, labelOrder: o.labels,
    subject: o.subject, signatoryName: o.signatoryName, signatoryPosition: o.signatoryPosition,
    legalBasis: o.legalBasis && o.legalBasis.length > 0 ? o.legalBasis : undefined,
    addressees: o.addressee && o.addressee.length > 0 ? o.addressee : undefined,
  };
  for (const key of Object.keys(raw) as Array<keyof RawAnswers>) if (raw[key] === undefined) delete raw[key];
  return raw;
}
