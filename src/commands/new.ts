import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic, TargetExistsError } from '../core/fs/atomic.js';
import { readRegularFileSync } from '../core/parse/read-file.js';
import { loadConfig } from '../core/config/config.js';
import { ciIsSet, flagAnswers, outputFile, shellArg, type AnswerFlags } from './shared.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { displayPath } from '../core/batch/files.js';
import { toPersianDigits } from '../persian/digits.js';
import {
  AnswersFileError, KIND_LABELS, TemplateError, completeAnswers, fillDefaults, loadTemplates, missingQuestions, readAnswersFile,
  readGiven, renderScaffold, schemaReferenceFor, type Answers, type PartialAnswers, type Problem, type Question, type RawAnswers,
} from '../core/scaffold/index.js';
import type { Bilingual, Lang } from '../core/engine/types.js';
import { validateText } from '../core/engine/validate.js';
import { plain, type Palette } from '../reporters/types.js';
import type { PromptSession } from '../ui/prompts.js';
import { UsageError } from '../core/errors.js';

/** The options of `draft new`: one flag per answer (AnswerFlags), and how to run. */
export interface NewCommandOptions extends AnswerFlags {
  cwd: string;
  stdout: { write(text: string): unknown };
  /** Where notes go when stdout carries the draft (`--dry-run`). */
  stderr?: { write(text: string): unknown };
  env?: NodeJS.ProcessEnv;
  /** Whether stdin is a terminal; `process.stdin.isTTY` by default. */
  stdinIsTTY?: boolean;
  lang?: Lang;
  config?: string;
  /** A YAML file of answers (flags win over it). */
  answers?: string;
  /** Accept every default without asking. */
  yes?: boolean;
  /** `-o`: the file to write, or a folder to write `<id>.yaml` in. */
  output?: string;
  force?: boolean;
  dryRun?: boolean;
  palette?: Palette;
  /** "Today", for the default date. */
  now?: Date;
  /** The interactive questions; src/ui/prompts.ts, loaded only when a terminal is there to ask. */
  ask?: (session: PromptSession) => Promise<PartialAnswers>;
}



const ANSWERS_LIMIT = 1024 * 1024;

function readAnswersOption(path: string, cwd: string): RawAnswers {
  const file = resolve(cwd, path);
  // A FIFO or a device (`--answers /dev/zero`) would hang or fill memory: only a regular file is read.
  const read = readRegularFileSync(file, ANSWERS_LIMIT);
  if (!read.ok) {
    const code = read.reason === 'error' ? read.error.code ?? 'EIO' : '';
    const why: Bilingual = read.reason === 'not-a-file' || read.reason === 'directory' ? { fa: 'فایل معمولی نیست', en: 'it is not a regular file' }
      : read.reason === 'too-big' ? { fa: 'بزرگ‌تر از یک مگابایت است', en: 'it is larger than 1 MB' }
      : code === 'ENOENT' ? { fa: 'وجود ندارد', en: 'it does not exist' } : { fa: code, en: code };
    throw new UsageError({ fa: `فایل پاسخ‌ها خوانده نشد (${why.fa}): ${path}`, en: `Could not read the answers file (${why.en}): ${path}` });
  }
  const text = read.bytes.toString('utf8');
  try {
    return readAnswersFile(text);
  } catch (e) {
    if (e instanceof AnswersFileError) throw new UsageError({ fa: `${path}: ${e.messages.fa}`, en: `${path}: ${e.messages.en}` });
    throw e;
  }
}

const COLUMN = 22;
const pad = (s: string): string => (s.length >= COLUMN ? `${s} ` : s.padEnd(COLUMN));

function problemLines(problems: Problem[], fromFile: ReadonlySet<string>): Bilingual {
  const where = (p: Problem): Bilingual =>
    p.source === 'default'
      ? { fa: `${p.question.flag} (پیش‌فرض draft.config.yaml)`, en: `${p.question.flag} (default from draft.config.yaml)` }
      : fromFile.has(p.question.key)
        ? { fa: `${p.question.flag} (یا ${p.question.key} در فایل پاسخ‌ها)`, en: `${p.question.flag} (or ${p.question.key} in the answers file)` }
        : { fa: p.question.flag, en: p.question.flag };
  return {
    fa: ['این پاسخ‌ها پذیرفته نشدند:', ...problems.map((p) => `  ${where(p).fa}: ${p.messages.map((m) => m.fa).join(' ')}`)].join('\n'),
    en: ['These answers were not accepted:', ...problems.map((p) => `  ${where(p).en}: ${p.messages.map((m) => m.en).join(' ')}`)].join('\n'),
  };
}

function missingLines(missing: Question[], kindKnown: boolean, why: Bilingual): Bilingual {
  const kindNote = kindKnown
    ? { fa: '', en: '' }
    : { fa: '\n(پیش‌نویس بخشنامه --subject، --addressee، --signatory-name و --signatory-position را هم لازم دارد.)', en: '\n(A circular also needs --subject, --addressee, --signatory-name and --signatory-position.)' };
  return {
    fa: [why.fa, 'این پاسخ‌ها داده نشده‌اند:', ...missing.map((q) => `  ${pad(q.flag)}${q.label.fa}`)].join('\n') + kindNote.fa +
      '\nآنها را با همین گزینه‌ها بدهید، یا در فایلی با --answers.',
    en: [why.en, 'These answers are missing:', ...missing.map((q) => `  ${pad(q.flag)}${q.label.en}`)].join('\n') + kindNote.en +
      '\nGive them with these flags, or in a file with --answers.',
  };
}

/** Everything wrong with the answers at once: the rejected ones, then the missing ones. */
function answersError(problems: Problem[], missing: Question[], kindKnown: boolean, fromFile: ReadonlySet<string>, why: Bilingual): UsageError {
  const parts: Bilingual[] = [];
  if (problems.length > 0) parts.push(problemLines(problems, fromFile));
  if (missing.length > 0) parts.push(missingLines(missing, kindKnown, why));
  return new UsageError({ fa: parts.map((p) => p.fa).join('\n\n'), en: parts.map((p) => p.en).join('\n\n') });
}

/** Where the draft goes: `-o` (a file, or a folder for `<id>.yaml`), else `<draftsDir>/<id>.yaml`. */
function targetPath(id: string, output: string | undefined, config: ResolvedConfig, cwd: string): string {
  const dir = config.draftsDir ? resolve(config.root, config.draftsDir) : cwd;
  return outputFile(output, cwd, dir, `${id}.yaml`);
}

/**
 * What the editor offers for the new file: completion and Persian help from its first line when the
 * schema modeline was written; without one (no schema within the file's tree, see modeline.ts), the
 * editor knows nothing of the file, and `draft init` is what sets a folder up for it.
 */
function editorNote(withModeline: boolean, lang: Lang): string {
  if (withModeline) {
    return lang === 'fa'
      ? '(VS Code با افزونه YAML از روی سطر نخست فایل تکمیل خودکار و راهنمای فارسی نشان می‌دهد.)'
      : "(VS Code's YAML extension reads the file's first line and offers completion and Persian help.)";
  }
  return lang === 'fa'
    ? '(این فایل سطر $schema ندارد و ویرایشگر راهنمایی برایش نشان نمی‌دهد؛ «draft init» پوشه را برای VS Code آماده می‌کند.)'
    : '(This file has no $schema line, so editors offer no help for it; `draft init` sets the folder up for VS Code.)';
}

function nextSteps(answers: Answers, shown: string, placeholders: number, withModeline: boolean, lang: Lang, palette: Palette): string {
  const arg = shellArg(shown);
  const n = (k: number): string => (lang === 'fa' ? toPersianDigits(k) : String(k));
  if (lang === 'fa') {
    return [
      `${palette.green('✔')} ${KIND_LABELS[answers.kind].fa} در ${palette.bold(shown)} نوشته شد${placeholders ? `؛ ${n(placeholders)} جای خالی («…») دارد` : ''}.`,
      '',
      'گام‌های بعد:',
      `  ${n(1)}. فایل را در ویرایشگر باز کنید و جاهای «…» را پر کنید.`,
      `     ${palette.dim(editorNote(withModeline, lang))}`,
      `  ${n(2)}. بررسی کنید:  ${palette.bold(`draft validate ${arg}`)}`,
      `  ${n(3)}. status را ready کنید و بسته ارسالی را بسازید:  ${palette.bold(`draft package ${arg}`)}`,
      '',
    ].join('\n');
  }
  return [
    `${palette.green('✔')} Wrote the ${KIND_LABELS[answers.kind].en} to ${palette.bold(shown)}${placeholders ? `; it has ${placeholders} place${placeholders === 1 ? '' : 's'} to fill in («…»)` : ''}.`,
    '',
    'Next steps:',
    '  1. Open the file in your editor and fill in every «…».',
    `     ${palette.dim(editorNote(withModeline, lang))}`,
    `  2. Check it:  ${palette.bold(`draft validate ${arg}`)}`,
    `  3. Set status to ready and build the submission:  ${palette.bold(`draft package ${arg}`)}`,
    '',
  ].join('\n');
}

/**
 * `draft new`: asks (or reads from flags and an answers file) what the format needs, renders a draft
 * from the templates and writes it. 0 when written (or printed with --dry-run); 1 when written but a
 * repository template made a draft with errors; 2 for usage problems (missing or rejected answers, an
 * existing file without --force); 130 when the questions are abandoned with Ctrl+C.
 */
export async function newCommand(options: NewCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env });
  const lang = config.lang;
  const palette = options.palette ?? plain;
  const notes = options.stderr ?? options.stdout;
  const now = options.now ?? new Date();

  const fromFile = options.answers ? readAnswersOption(options.answers, options.cwd) : {};
  const fileKeys = new Set(Object.keys(fromFile));
  const given = readGiven({ ...fromFile, ...flagAnswers(options) }, config);
  const interactive = (options.stdinIsTTY ?? Boolean(process.stdin.isTTY)) && !ciIsSet(env);
  const why: Bilingual = interactive
    ? { fa: 'پرسش‌ها کامل نشد.', en: 'The questions were not all answered.' }
    : ciIsSet(env)
      ? { fa: 'CI تنظیم شده است، پس چیزی پرسیده نمی‌شود.', en: 'CI is set, so nothing is asked.' }
      : { fa: 'ورودی (stdin) پایانه نیست، پس چیزی پرسیده نمی‌شود.', en: 'stdin is not a terminal, so nothing is asked.' };
  if (given.problems.length > 0) {
    // A rejected answer is reported with whatever else is missing, so one run shows everything to fix.
    const failed = new Set(given.problems.map((p) => p.question.key));
    const missing = interactive ? [] : missingQuestions(given.answers, failed);
    throw answersError(given.problems, missing, given.answers.kind !== undefined, fileKeys, why);
  }

  // `-o file` does not depend on the answers: refuse an existing one before asking anything.
  const fixedTarget = options.output !== undefined && targetPath('x', options.output, config, options.cwd) === targetPath('y', options.output, config, options.cwd);
  if (fixedTarget && !options.force && !options.dryRun) {
    const path = targetPath('', options.output, config, options.cwd);
    if (existsSync(path)) throw existsError(displayPath(path, options.cwd));
  }

  let known = given.answers;
  if (interactive) {
    const ask = options.ask ?? (await import('../ui/prompts.js')).askNewDraft;
    try {
      known = await ask({
        lang, config, given: known, yes: Boolean(options.yes), now, force: Boolean(options.force),
        target: (id) => {
          const path = targetPath(id, options.output, config, options.cwd);
          return { display: displayPath(path, options.cwd), exists: !fixedTarget && !options.dryRun && existsSync(path) };
        },
      });
    } catch (e) {
      if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') {
        notes.write(lang === 'fa' ? '\nرها شد؛ چیزی نوشته نشد.\n' : '\nCancelled; nothing was written.\n');
        return 130;
      }
      throw e;
    }
  }
  // Read everything once more in question order: an answer given by flag before the one it depends on
  // was asked (a --city, then the province typed) is checked here against the final answers.
  const final = interactive ? readGiven(known as RawAnswers, config) : { answers: known, problems: [], warnings: [] };
  if (final.problems.length > 0) throw answersError(final.problems, [], true, fileKeys, why);
  const filled = fillDefaults(final, config, now);
  const missing = missingQuestions(filled.answers, new Set(filled.problems.map((p) => p.question.key)));
  if (filled.problems.length > 0 || missing.length > 0) {
    throw answersError(filled.problems, missing, filled.answers.kind !== undefined, fileKeys, why);
  }
  const answers = completeAnswers(filled.answers, config);

  const target = targetPath(answers.id, options.output, config, options.cwd);
  const shown = displayPath(target, options.cwd);
  const templatesDir = config.templatesDir ? resolve(config.root, config.templatesDir) : undefined;
  let text: string;
  try {
    const templates = loadTemplates({ overrideDir: templatesDir });
    text = renderScaffold(answers, templates, { schemaRef: schemaReferenceFor(target, config.file ? config.root : undefined) });
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new UsageError({
        fa: `الگوی ${displayPath(e.template.path, options.cwd)} به کار نمی‌آید: ${e.detail}`,
        en: `The template ${displayPath(e.template.path, options.cwd)} cannot be used: ${e.detail}`,
      });
    }
    throw e;
  }

  if (options.dryRun) {
    options.stdout.write(text);
    return 0;
  }
  if (!options.force && existsSync(target)) throw existsError(shown);
  try {
    writeFileAtomic(target, text, { force: Boolean(options.force) });
  } catch (e) {
    if (e instanceof TargetExistsError) throw existsError(shown);
    throw e;
  }

  const result = validateText(text, { file: shown, config, lang, dir: dirname(target) });
  const placeholders = result.findings.filter((f) => f.ruleId === 'placeholders').length;
  if (result.errorCount > 0) {
    notes.write(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} ${palette.red(f.ruleId)} ${f.message}`).join('\n') + '\n');
    notes.write(lang === 'fa'
      ? `پیش‌نویس در ${shown} نوشته شد، اما الگوهای مخزن پیش‌نویسی ساخته‌اند که خطا دارد (بالا).\n`
      : `The draft was written to ${shown}, but the repository's templates made a draft with errors (above).\n`);
    return 1;
  }
  // What the file really starts with: a repository's template may have its own first line.
  const withModeline = /^# yaml-language-server: \$schema=\S/.test(text);
  options.stdout.write(nextSteps(answers, shown, placeholders, withModeline, lang, palette));
  const others = result.findings.filter((f) => f.ruleId !== 'placeholders');
  if (others.length > 0) {
    notes.write(others.map((f) => `${palette.yellow(lang === 'fa' ? 'هشدار' : 'warning')} ${f.file}:${f.line}:${f.column} ${f.message}`).join('\n') + '\n');
  }
  return 0;
}

function existsError(shown: string): UsageError {
  return new UsageError({
    fa: `فایل ${shown} از پیش هست و بازنویسی نمی‌شود. شناسه دیگری (--id) یا مسیر دیگری (-o) بدهید، یا برای جایگزینی --force را بیفزایید.`,
    en: `${shown} already exists and is not overwritten. Give another --id or -o path, or add --force to replace it.`,
  });
}
