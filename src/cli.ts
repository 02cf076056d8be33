import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from './version.js';
import type { Bilingual, Lang } from './core/engine/types.js';

/**
 * The command line: declares the commands and their options, imports each command's code only when
 * it runs, and maps what comes back to an exit code (0 clean, 1 findings, 2 usage/config/internal).
 */

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function say(messages: Bilingual, lang: Lang | undefined): string {
  return lang === 'en' ? messages.en : lang === 'fa' ? messages.fa : `${messages.fa}\n${messages.en}`;
}

const FS_ERRORS: Record<string, Bilingual> = {
  EACCES: { fa: 'اجازه دسترسی نیست', en: 'permission denied' },
  EPERM: { fa: 'این کار مجاز نیست', en: 'operation not permitted' },
  EISDIR: { fa: 'این مسیر یک پوشه است', en: 'it is a folder' },
  ENOTDIR: { fa: 'بخشی از مسیر پوشه نیست', en: 'part of the path is not a folder' },
  ENOENT: { fa: 'پیدا نشد', en: 'not found' },
  EROFS: { fa: 'فقط‌خواندنی است', en: 'the file system is read-only' },
  ENOSPC: { fa: 'جا روی دیسک نمانده است', en: 'no space left on the device' },
  EEXIST_TARGET: { fa: 'از پیش وجود دارد (برای جایگزینی --force بدهید)', en: 'it already exists (use --force to replace it)' },
};

async function fail(error: unknown, lang: Lang | undefined): Promise<number> {
  const err = error as { name?: string; messages?: Bilingual; file?: string; line?: number; column?: number; code?: string; path?: string; dest?: string };
  // A file that cannot be written or read is the user's to fix, not a bug to report.
  const fsError = err?.code ? FS_ERRORS[err.code] : undefined;
  if (fsError) {
    // For a rename the target is `dest`; `path` is then the temporary file.
    const where = err.dest ?? err.path ?? '';
    process.stderr.write(`${say({ fa: `«${where}» نوشته یا خوانده نشد: ${fsError.fa}.`, en: `Could not write or read ${where}: ${fsError.en}.` }, lang)}\n`);
    return 2;
  }
  if (err?.name === 'ConfigError' && err.messages) {
    process.stderr.write(`${err.file}:${err.line}:${err.column}\n${say(err.messages, lang)}\n`);
    return 2;
  }
  if (err?.name === 'UsageError' && err.messages) {
    process.stderr.write(`${say(err.messages, lang)}\n`);
    return 2;
  }
  process.stderr.write(
    say({ fa: `خطای داخلی pishnevis: ${String((error as Error)?.message ?? error)}`, en: `pishnevis internal error: ${String((error as Error)?.message ?? error)}` }, lang) +
      '\n' +
      (process.env.DRAFT_DEBUG ? `${(error as Error)?.stack ?? ''}\n` : 'DRAFT_DEBUG=1 shows the stack trace; please report it.\n'),
  );
  return 2;
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages / زبان پیام‌ها').choices(['fa', 'en']);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('draft')
    .description('pishnevis (پیش‌نویس): write, check and package municipal directives and draft circulars in the Ministry of Interior format')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    // Commander speaks English; every usage mistake also gets a line in Persian.
    .configureOutput({
      outputError: (text, write) => write(`${text}خطای کاربرد: فرمان یا گزینه نادرست است؛ «draft --help» یا «draft <فرمان> --help» را ببینید.\n`),
    })
    .exitOverride();

  program
    .command('new')
    .description('scaffold a directive or circular, interactively or from flags / ساخت پیش‌نویس تازه')
    .option('--kind <kind>', 'directive | circular')
    .option('--province <name>', 'province, Persian or Latin name (قم, qom)')
    .option('--city <name>', 'city (default: the provincial capital)')
    .option('--title <text>', 'title, in Persian')
    .option('--category <id>', 'category id or Persian label (social-security, …)')
    .option('--author-name <name>', "author's full name")
    .option('--author-position <text>', "author's position")
    .option('--date <date>', 'Jalali date YYYY/MM/DD (default: today)')
    .option('--articles <n>', 'article skeletons to write (directive default 3; circular default 0 = paragraphs)')
    .option('--legal-basis <law|article>', 'a legal basis entry, "law|article" or "law"; repeatable', collect)
    .option('--subject <text>', 'circular: subject')
    .option('--addressee <text>', 'circular: an addressee; repeatable', collect)
    .option('--signatory-name <name>', 'circular: proposed signatory')
    .option('--signatory-position <text>', "circular: proposed signatory's position")
    .option('--id <id>', 'id (default: <province>-<year>-<title slug>)')
    .option('--answers <file>', 'read answers from a YAML file (flags win)')
    .option('-y, --yes', 'accept every default without asking')
    .option('-o, --output <path>', 'file to write, or a folder (default: <draftsDir>/<id>.yaml)')
    .option('--force', 'replace an existing file')
    .option('--dry-run', 'print the draft instead of writing it')
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .action(async (opts) => {
      const [{ newCommand }, { paletteFor }] = await Promise.all([import('./commands/new.js'), import('./ui/palette.js')]);
      try {
        setExit(await newCommand({ ...opts, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, palette: await paletteFor(process.stdout) }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('validate')
    .description('check drafts against the ministry format / بررسی پیش‌نویس‌ها با قالب وزارت کشور')
    .argument('[paths...]', 'files, folders or globs (default: draftsDir from draft.config.yaml, or .)')
    .option('-f, --format <format>', 'stylish | json, or name=path to write a file; repeatable', collect)
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('--max-warnings takes a whole number ≥ 0');
      return n;
    })
    .option('--cache', 'reuse results for drafts whose content has not changed (kept in .draftcache)')
    .option('--cache-location <file>', 'where to keep the cache (implies --cache)')
    .option('--changed-since <ref>', 'only drafts changed since this git commit, branch or tag (repository rules still see all)')
    .option('--shard <i/n>', 'only the i-th of n stable parts of the drafts, for a CI matrix')
    .option('--threads <n>', 'worker threads for large batches (default: the number of cores)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('--threads takes a whole number ≥ 1');
      return n;
    })
    .action(async (paths: string[], opts) => {
      const [{ validateCommand }, { paletteFor }] = await Promise.all([import('./commands/validate.js'), import('./ui/palette.js')]);
      try {
        setExit(await validateCommand({
          paths, cwd: process.cwd(), format: opts.format, lang: opts.lang, config: opts.config,
          quiet: opts.quiet, maxWarnings: opts.maxWarnings, stdout: process.stdout, palette: await paletteFor(process.stdout),
          cache: opts.cache, cacheLocation: opts.cacheLocation, changedSince: opts.changedSince, shard: opts.shard, threads: opts.threads,
        }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('status')
    .description('deadline report: which drafts are ready and valid / گزارش آمادگی پیش‌نویس‌ها پیش از مهلت')
    .argument('[paths...]', 'files, folders or globs (default: draftsDir from draft.config.yaml, or .)')
    .option('--deadline <date>', 'the ministry deadline as a Jalali date, e.g. 1405/12/15 (default: deadline in draft.config.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .option('--cache', 'reuse results for drafts whose content has not changed')
    .action(async (paths: string[], opts) => {
      const [{ statusCommand }, { paletteFor }] = await Promise.all([import('./commands/status.js'), import('./ui/palette.js')]);
      try {
        setExit(await statusCommand({
          paths, cwd: process.cwd(), deadline: opts.deadline, format: opts.format, lang: opts.lang, config: opts.config,
          cache: opts.cache, stdout: process.stdout, palette: await paletteFor(process.stdout),
        }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('render')
    .description('write the draft as an HTML document to preview / ساخت سند HTML پیش‌نویس برای پیش‌نمایش')
    .argument('<file>', 'the draft (*.yaml)')
    .option('-o, --output <path>', 'the file to write, or a folder (default: <id>.html or <id>.docx in the current folder)')
    .addOption(new Option('--format <format>', 'html, or docx for a Word document / قالب خروجی').choices(['html', 'docx']).default('html'))
    .option('--force', 'replace an existing file')
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .action(async (file: string, opts) => {
      const [{ renderCommand }, { paletteFor }] = await Promise.all([import('./commands/render.js'), import('./ui/palette.js')]);
      try {
        setExit(await renderCommand({
          file, cwd: process.cwd(), output: opts.output, force: opts.force, lang: opts.lang, config: opts.config, format: opts.format,
          stdout: process.stdout, stderr: process.stderr, palette: await paletteFor(process.stdout),
        }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('package')
    .description('build <id>.zip, the BagIt submission package of a ready draft / ساخت بسته ارسالی BagIt')
    .argument('<file>', 'the draft (*.yaml), status: ready and without errors')
    .option('-o, --output <folder>', 'the folder to write <id>.zip in (default: the current folder), or a path ending in .zip')
    .option('--force', 'replace an existing package')
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .action(async (file: string, opts) => {
      const [{ packageCommand }, { paletteFor }] = await Promise.all([import('./commands/package.js'), import('./ui/palette.js')]);
      try {
        setExit(await packageCommand({
          file, cwd: process.cwd(), output: opts.output, force: opts.force, lang: opts.lang, config: opts.config,
          stdout: process.stdout, stderr: process.stderr, palette: await paletteFor(process.stdout),
        }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('import')
    .description('read a Word document (.docx) into a draft / آوردن سند Word (.docx) به پیش‌نویس')
    .argument('<file>', 'the Word document (*.docx)')
    .option('--kind <kind>', 'directive | circular (default: what the document says)')
    .option('--province <name>', 'province, Persian or Latin name (قم, qom)')
    .option('--city <name>', 'city (default: the provincial capital)')
    .option('--title <text>', "title, in Persian (default: the document's title)")
    .option('--category <id>', 'category id or Persian label (social-security, …)')
    .option('--author-name <name>', "author's full name")
    .option('--author-position <text>', "author's position")
    .option('--date <date>', 'Jalali date YYYY/MM/DD (default: today)')
    .option('--id <id>', 'id (default: <province>-<year>-<title slug>)')
    .option('--legal-basis <law|article>', 'a legal basis entry, "law|article" or "law"; repeatable', collect)
    .option('-y, --yes', 'accept every default without asking')
    .option('-o, --output <path>', 'file to write, or a folder (default: <draftsDir>/<id>.yaml)')
    .option('--force', 'replace an existing file')
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .action(async (file: string, opts) => {
      const [{ importCommand }, { paletteFor }] = await Promise.all([import('./commands/import.js'), import('./ui/palette.js')]);
      try {
        setExit(await importCommand({ ...opts, file, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, palette: await paletteFor(process.stdout) }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  program
    .command('verify')
    .description('check a package zip or any unpacked BagIt bag / بررسی درستی بسته ارسالی یا هر بسته BagIt')
    .argument('<path>', 'the package (<id>.zip) or an unpacked bag folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addOption(langOption())
    .option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one')
    .action(async (target: string, opts) => {
      const [{ verifyCommand }, { paletteFor }] = await Promise.all([import('./commands/verify.js'), import('./ui/palette.js')]);
      try {
        setExit(await verifyCommand({
          target, cwd: process.cwd(), format: opts.format, lang: opts.lang, config: opts.config,
          stdout: process.stdout, palette: await paletteFor(process.stdout),
        }));
      } catch (e) {
        setExit(await fail(e, opts.lang));
      }
    });

  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; real usage mistakes with 2.
      code = e.exitCode === 0 ? 0 : 2;
    } else {
      code = await fail(e, undefined);
    }
  }
  process.exitCode = code;
}
