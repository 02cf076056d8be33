import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { loadConfig } from '../core/config/config.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { displayPath } from '../core/batch/files.js';
import { writeFileAtomic, TargetExistsError } from '../core/fs/atomic.js';
import {
  completeAnswers, fillDefaults, missingQuestions, readGiven, schemaReferenceFor, modeline,
  type PartialAnswers, type Problem, type Question, type RawAnswers,
} from '../core/scaffold/index.js';
import type { Bilingual, FileResult, Lang } from '../core/engine/types.js';
import { toPersianDigits } from '../persian/digits.js';
import { toPersianLetters } from '../persian/text.js';
import { plain } from '../reporters/types.js';
import type { PromptSession } from '../ui/prompts.js';
import { ciIsSet, flagAnswers, outputFile, say, shellArg, type AnswerFlags, type CommandIO } from './shared.js';
import { UsageError } from '../core/errors.js';

/** The metadata Word does not hold comes from the same flags as `draft new`'s. */
export interface ImportCommandOptions
  extends CommandIO, Pick<AnswerFlags, 'kind' | 'province' | 'city' | 'title' | 'category' | 'authorName' | 'authorPosition' | 'date' | 'id' | 'legalBasis'> {
  file: string;
  stdinIsTTY?: boolean;
  lang?: Lang;
  config?: string;
  yes?: boolean;
  output?: string;
  force?: boolean;
  /** Print the draft on stdout instead of writing it (the report goes to stderr). */
  dryRun?: boolean;
  now?: Date;
  ask?: (session: PromptSession) => Promise<PartialAnswers>;
}


const n = (lang: Lang, k: number): string => (lang === 'fa' ? toPersianDigits(k) : String(k));


/** The questions import asks or lists as missing: the metadata; the document gives the rest. */
const ASKED = new Set(['kind', 'province', 'city', 'title', 'category', 'authorName', 'authorPosition', 'date', 'id', 'legalBasis']);

function missingError(problems: Problem[], missing: Question[], why: Bilingual): UsageError {
  const fa: string[] = [];
  const en: string[] = [];
  if (problems.length > 0) {
    fa.push('این پاسخ‌ها پذیرفته نشدند:', ...problems.map((p) => `  ${p.question.flag}: ${p.messages.map((m) => m.fa).join(' ')}`));
    en.push('These answers were not accepted:', ...problems.map((p) => `  ${p.question.flag}: ${p.messages.map((m) => m.en).join(' ')}`));
  }
  if (missing.length > 0) {
    fa.push(why.fa, 'این داده‌ها در سند Word نیست و داده نشده است:', ...missing.map((q) => `  ${q.flag.padEnd(20)}${q.label.fa}`), 'آنها را با همین گزینه‌ها بدهید، یا زیر defaults در draft.config.yaml بنویسید.');
    en.push(why.en, 'The Word document does not hold these and they were not given:', ...missing.map((q) => `  ${q.flag.padEnd(20)}${q.label.en}`), 'Give them with these flags, or under defaults in draft.config.yaml.');
  }
  return new UsageError({ fa: fa.join('\n'), en: en.join('\n') });
}

function targetPath(id: string, output: string | undefined, config: ResolvedConfig, cwd: string): string {
  const dir = config.draftsDir ? resolve(config.root, config.draftsDir) : cwd;
  return outputFile(output, cwd, dir, `${id}.yaml`);
}

/**
 * `draft import <file.docx> [-o draft.yaml]`: reads a Word document into a format 1.1 draft. The text is
 * kept as written; the metadata Word does not hold comes from flags, the configuration's defaults or
 * the prompts. 0 when written; 2 for a file that is not a .docx, missing metadata without a terminal,
 * or an existing target without --force; 130 when the questions are abandoned.
 */
export async function importCommand(options: ImportCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const config = await loadConfig(options.cwd, { lang: options.lang, configFile: options.config, env });
  const lang = config.lang;
  const palette = options.palette ?? plain;
  const notes = options.stderr ?? options.stdout;
  const now = options.now ?? new Date();
  const source = resolve(options.cwd, options.file);
  const shownSource = displayPath(source, options.cwd);

  if (!existsSync(source) || !statSync(source).isFile()) {
    throw new UsageError({ fa: `فایل ${shownSource} پیدا نشد.`, en: `${shownSource} was not found.` });
  }
  const bytes = readFileSync(source);
  const { sniffKind, MAX_DOCX_BYTES } = await import('../core/word/docx-file.js');
  const kind = sniffKind(bytes);
  if (kind === 'doc' || (kind !== 'docx' && extname(source).toLowerCase() === '.doc')) {
    throw new UsageError({
      fa: `${shownSource} سند Word قدیمی (.doc) است که خوانده نمی‌شود. آن را در Word یا LibreOffice باز کنید و با «ذخیره به نام» به‌صورت .docx (سند Word) ذخیره کنید، سپس همان را بدهید.`,
      en: `${shownSource} is an old binary Word document (.doc), which cannot be read. Open it in Word or LibreOffice, "Save As" a .docx (Word Document), and import that.`,
    });
  }
  if (kind !== 'docx') {
    throw new UsageError({ fa: `${shownSource} سند Word (.docx) نیست.`, en: `${shownSource} is not a Word document (.docx).` });
  }
  if (bytes.length > MAX_DOCX_BYTES) {
    throw new UsageError({ fa: `${shownSource} بزرگ‌تر از ۵۰ مگابایت است.`, en: `${shownSource} is larger than 50 MB.` });
  }

  const { importWord, WordImportError } = await import('../core/word/index.js');
  let imported;
  try {
    imported = await importWord(bytes);
  } catch (e) {
    if (e instanceof WordImportError) throw new UsageError({ fa: `${shownSource}: ${e.messages.fa}`, en: `${shownSource}: ${e.messages.en}` });
    throw e;
  }
  const doc = imported.structure;

  // What the document says, then what the flags say (flags win).
  const fromDoc: RawAnswers = {};
  // The title as written: its spelling (Arabic ي/ك, a right-to-left mark for a half-space) is what
  // `--fix` repairs, so it is checked in Persian letters but kept as the document has it.
  const docTitle = doc.title ? doc.title.replace(/\u200F/g, '\u200C') : undefined;
  if (docTitle) fromDoc.title = toPersianLetters(docTitle);
  if (doc.kindHint) fromDoc.kind = doc.kindHint;
  const flags = flagAnswers(options);
  let given = readGiven({ ...fromDoc, ...flags }, config);
  if (!('title' in flags) && doc.title && given.answers.title !== undefined) given.answers.title = doc.title;
  // A value read from the document that the format rejects (a title too long) is asked for instead.
  const docOnly = given.problems.filter((p) => !(p.question.key in flags));
  if (docOnly.length > 0) {
    const raw: RawAnswers = { ...fromDoc, ...flags };
    for (const p of docOnly) delete raw[p.question.key];
    given = readGiven(raw, config);
  }
  const interactive = (options.stdinIsTTY ?? Boolean(process.stdin.isTTY)) && !ciIsSet(env);
  const why: Bilingual = interactive
    ? { fa: 'پرسش‌ها کامل نشد.', en: 'The questions were not all answered.' }
    : ciIsSet(env)
      ? { fa: 'CI تنظیم شده است، پس چیزی پرسیده نمی‌شود.', en: 'CI is set, so nothing is asked.' }
      : { fa: 'ورودی (stdin) پایانه نیست، پس چیزی پرسیده نمی‌شود.', en: 'stdin is not a terminal, so nothing is asked.' };
  if (given.problems.length > 0) throw missingError(given.problems, [], why);

  // Answers `draft new` would ask that the document itself supplies: never asked here.
  // The skeleton questions of `draft new` (how many articles and chapters, the label order) do not
  // apply: the document has its own.
  const supplied: PartialAnswers = { articles: 1, chapters: 0, labelOrder: 'alphabetical' };
  if (doc.subject) supplied.subject = doc.subject;
  if (doc.addressees.length > 0) supplied.addressees = doc.addressees;
  const placeholder = '…';
  supplied.subject ??= placeholder;
  supplied.addressees ??= [placeholder];
  supplied.signatoryName = doc.signatory?.name ?? placeholder;
  supplied.signatoryPosition = doc.signatory?.position || placeholder;

  let known: PartialAnswers = { ...supplied, ...given.answers };
  if (interactive) {
    const ask = options.ask ?? (await import('../ui/prompts.js')).askNewDraft;
    try {
      known = await ask({
        lang, config, given: known, yes: Boolean(options.yes), now, force: Boolean(options.force),
        target: (id) => {
          const path = targetPath(id, options.output, config, options.cwd);
          return { display: displayPath(path, options.cwd), exists: !options.force && existsSync(path) };
        },
      });
    } catch (e) {
      if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') {
        notes.write(say(lang, '\nرها شد؛ چیزی نوشته نشد.\n', '\nCancelled; nothing was written.\n'));
        return 130;
      }
      throw e;
    }
  }
  const filled = fillDefaults({ answers: known, problems: [], warnings: [] }, config, now);
  const missing = missingQuestions(filled.answers, new Set(filled.problems.map((p) => p.question.key))).filter((q) => ASKED.has(q.key));
  if (filled.problems.length > 0 || missing.length > 0) throw missingError(filled.problems, missing, why);
  const answers = completeAnswers(filled.answers, config);

  const target = targetPath(answers.id, options.output, config, options.cwd);
  const shown = displayPath(target, options.cwd);
  if (!options.force && !options.dryRun && existsSync(target)) throw existsError(shown);
  const { emitDraft } = await import('../core/word/emit.js');
  // The same first line `draft new` writes, when there is a schema to point at.
  const schemaRef = schemaReferenceFor(target, config.file ? config.root : undefined);
  const text = emitDraft(answers, doc, { source: basename(source), ...(schemaRef ? { modeline: modeline(schemaRef) } : {}) });
  // With --dry-run the draft is the output and everything said about it goes to stderr.
  const report = options.dryRun ? notes : options.stdout;
  if (options.dryRun) options.stdout.write(text);
  else {
    try {
      writeFileAtomic(target, text, { force: Boolean(options.force) });
    } catch (e) {
      if (e instanceof TargetExistsError) throw existsError(shown);
      throw e;
    }
  }

  const { validateText } = await import('../core/engine/validate.js');
  const result = validateText(text, { file: shown, config, lang, dir: dirname(target) });
  const c = imported.counts;
  report.write(`${palette.green('✔')} ${say(lang,
    `${shownSource} ${options.dryRun ? 'خوانده شد (--dry-run: چیزی نوشته نشد)' : `در ${palette.bold(shown)} نوشته شد`}: ${n(lang, c.articles)} ماده، ${n(lang, c.clauses)} بند، ${n(lang, c.items)} جزء، ${n(lang, c.notes)} تبصره، ${n(lang, c.tables)} جدول.`,
    `${options.dryRun ? `Read ${shownSource} (--dry-run: nothing written)` : `Imported ${shownSource} into ${palette.bold(shown)}`}: ${c.articles} article(s), ${c.clauses} clause(s), ${c.items} item(s), ${c.notes} note(s), ${c.tables} table(s).`)}\n`);
  for (const w of doc.warnings) notes.write(`${palette.yellow(say(lang, 'هشدار', 'warning'))} ${w.message[lang]}\n`);
  if (doc.dropped.length > 0) {
    report.write(`${palette.dim(say(lang, `کنار گذاشته شد (سرنامه، خطاب): ${doc.dropped.map((d) => `«${d}»`).join('، ')}`, `Left out (letterhead, salutation): ${doc.dropped.map((d) => `«${d}»`).join(', ')}`))}\n`);
  }
  report.write(findingsSummary(result, shown, Boolean(options.dryRun), lang));
  return 0;
}

/**
 * What `draft validate` will say of the written draft, in its words and counts (errors and warnings,
 * the places «…» among them), and the command to run next: `--fix` only when a finding is fixable.
 */
function findingsSummary(result: FileResult, shown: string, dryRun: boolean, lang: Lang): string {
  const errors = result.errorCount;
  const warnings = result.warningCount;
  const total = errors + warnings;
  const fixable = result.fixableCount;
  const placeholders = result.findings.filter((f) => f.ruleId === 'placeholders').length;
  const arg = shellArg(shown);
  if (total === 0) return say(lang, '«draft validate» ایرادی در آن پیدا نمی‌کند.\n', '"draft validate" finds no problems in it.\n');
  const fa = [`«draft validate» در آن ${n(lang, total)} مورد (${n(lang, errors)} خطا، ${n(lang, warnings)} هشدار) پیدا می‌کند`];
  const en = [`"draft validate" finds ${total} problem${total === 1 ? '' : 's'} in it (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`];
  if (placeholders > 0) {
    fa.push(`${n(lang, placeholders)} مورد جای «…» است که باید خودتان پر کنید`);
    en.push(`${placeholders} ${placeholders === 1 ? 'is a place' : 'are places'} marked «…» for you to fill in`);
  }
  if (fixable > 0) {
    fa.push(`«draft validate --fix» ${n(lang, fixable)} مورد را درست می‌کند`);
    en.push(`"draft validate --fix" repairs ${fixable} of them`);
  }
  const next = dryRun ? '' : `  draft validate${fixable > 0 ? ' --fix' : ''} ${arg}\n`;
  return `${say(lang, `${fa.join('؛ ')}${next ? ':' : '.'}`, `${en.join('; ')}${next ? ':' : '.'}`)}\n${next}`;
}

function existsError(shown: string): UsageError {
  return new UsageError({
    fa: `فایل ${shown} از پیش هست و بازنویسی نمی‌شود. مسیر دیگری (-o) یا شناسه دیگری (--id) بدهید، یا برای جایگزینی --force را بیفزایید.`,
    en: `${shown} already exists and is not overwritten. Give another -o path or --id, or add --force to replace it.`,
  });
}

