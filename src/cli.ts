import { Argument, Command, CommanderError, InvalidArgumentError, Option, type HelpContext } from 'commander';
import { VERSION } from './version.js';
import { runLang } from './cli-lang.js';
import type { Localized } from './cli-help.js';
import { paletteFor } from './ui/palette.js';
import { FdOutput } from './ui/output.js';
import { DraftError } from './core/errors.js';
import type { Bilingual, Lang } from './core/engine/types.js';
import type { CommandIO, Output } from './commands/shared.js';

/**
 * The command line: declares the commands and their options, imports each command's code only when
 * it runs, and maps what comes back to an exit code (0 clean, 1 findings, 2 usage/config/internal).
 *
 * A command is one block below: its options, then `action(() => import(…))`. The command's module
 * exports `async (options) => exitCode`; it receives the parsed options, each positional argument
 * under its declared name (`<file>` → `file`), and the streams (commands/shared.ts `CommandIO`).
 *
 * Start-up is most of a one-file `draft validate`, so this module loads only what every run needs.
 * The words of help and of commander's usage errors (cli-help.ts, as big as the rest) load when a run
 * shows them, and the run's language is looked up only then, or when a command fails: a command
 * that runs reads the configuration, and so its language, itself.
 */

function both(messages: Bilingual, lang: Lang | undefined): string {
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

/** What a command threw, said to the user; always exit code 2. */
function fail(error: unknown, lang: Lang | undefined, stderr: Output, env: NodeJS.ProcessEnv): number {
  if (error instanceof DraftError) {
    const { where } = error;
    const place = where ? (where.line !== undefined ? `${where.file}:${where.line}:${where.column ?? 1}\n` : `${where.file}\n`) : '';
    stderr.write(`${place}${both(error.messages, lang)}\n`);
    return 2;
  }
  // A file that cannot be written or read is the user's to fix, not a bug to report.
  const err = error as { code?: unknown; path?: string; dest?: string } | undefined;
  const fsError = typeof err?.code === 'string' ? FS_ERRORS[err.code] : undefined;
  if (fsError) {
    // For a rename the target is `dest`; `path` is then the temporary file.
    const where = err!.dest ?? err!.path ?? '';
    stderr.write(`${both({ fa: `«${where}» نوشته یا خوانده نشد: ${fsError.fa}.`, en: `Could not write or read ${where}: ${fsError.en}.` }, lang)}\n`);
    return 2;
  }
  const text = String((error as Error)?.message ?? error);
  stderr.write(
    both({ fa: `خطای داخلی pishnevis: ${text}`, en: `pishnevis internal error: ${text}` }, lang) +
      '\n' +
      (env.DRAFT_DEBUG
        ? `${(error as Error)?.stack ?? ''}\n`
        : `${both({ fa: 'DRAFT_DEBUG=1 مسیر خطا را نشان می‌دهد؛ لطفاً آن را گزارش کنید.', en: 'DRAFT_DEBUG=1 shows the stack trace; please report it.' }, lang)}\n`),
  );
  return 2;
}

/** Help was asked for (or is the answer to a missing command) before the help table was loaded. */
class HelpWanted extends Error {
  constructor(readonly command: Command, readonly error: boolean) {
    super('help');
  }
}

/**
 * The commands of `draft`. Their help pages come from cli-help.ts, which `run` loads only to show one:
 * until `localize` has put the run's words in, a command asked for its help page throws HelpWanted,
 * and `run` answers it by loading the table and showing the page. Commander's usage errors wait in
 * `usageErrors` for the same table, and are said by `run` in the run's language.
 */
export class DraftCommand extends Command {
  readonly usageErrors: string[] = [];

  override createCommand(name?: string): Command {
    return new DraftCommand(name);
  }

  override helpInformation(context?: HelpContext): string {
    if (!(this as Localized).localized) throw new HelpWanted(this, context?.error === true);
    return super.helpInformation(context);
  }
}

/** The options several commands take, declared once. */
const shared = {
  lang: () => new Option('--lang <lang>', 'language of messages / زبان پیام‌ها').choices(['fa', 'en']),
  config: () => new Option('-c, --config <file>', 'use this draft.config.yaml instead of searching for one'),
  force: (what = 'replace an existing file') => new Option('--force', what),
  paths: ['[paths...]', 'files, folders or globs (default: draftsDir from draft.config.yaml, or .)'] as const,
  cache: (what = 'reuse results for drafts whose content has not changed') => new Option('--cache', what),
  wholeNumber: (flag: string, min: number) => (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${flag} takes a whole number ≥ ${min}`);
    return n;
  },
};

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --lang and --config, which every command takes, after the command's own options. */
function withShared(command: Command): Command {
  return command.addOption(shared.lang()).addOption(shared.config());
}

/**
 * The shared options typed before the command's name (`draft --lang en validate`), for the command:
 * they mean what they mean after it. One the command does not take is a usage error.
 */
function sharedBefore(command: Command): Record<string, unknown> {
  const program = command.parent!;
  const given: Record<string, unknown> = {};
  for (const option of program.options) {
    const key = option.attributeName();
    if (program.getOptionValueSource(key) !== 'cli') continue;
    if (!command.options.some((o) => o.attributeName() === key)) {
      command.error(`error: the command '${command.name()}' does not take the option '${option.long}'`, { exitCode: 2, code: 'draft.sharedOption' });
    }
    given[key] = program.getOptionValue(key);
  }
  return given;
}

type Run = (options: never) => Promise<number>;

/** The process a command runs in; `run` below fills it from the real process. */
type Io = Required<Pick<CommandIO, 'cwd' | 'stdout' | 'stderr' | 'env'>>;

/**
 * The command line. `lang` is the run's language, or how to find it (`run` looks it up only when a
 * command fails); help and usage errors are said in it once `run` has loaded cli-help.ts. With
 * `only`, the name of the command to run, the others are not declared.
 */
export function buildProgram(io: Io, setExit: (code: number) => void, lang: Lang | (() => Lang) = 'fa', only?: string): DraftCommand {
  const langOf = typeof lang === 'function' ? lang : (): Lang => lang;
  /**
   * A command's action: loads its module when it runs, passes its options, positional arguments and
   * the streams, and turns what it throws into a message and exit code 2. `names` renames arguments
   * whose declared name is not the command's option name.
   */
  const action = (load: () => Promise<Run>, names: Record<string, string> = {}) =>
    async function (this: Command): Promise<void> {
      // Typed after the command's name wins over typed before it, as the last of two does.
      const opts: { lang?: Lang } = { ...sharedBefore(this), ...this.opts() };
      try {
        const args: Record<string, unknown> = {};
        this.registeredArguments.forEach((arg, i) => {
          args[names[arg.name()] ?? arg.name()] = this.processedArgs[i];
        });
        const [run, palette] = await Promise.all([load(), paletteFor(io.stdout as { isTTY?: boolean })]);
        setExit(await run({ ...opts, ...args, ...io, palette } as never));
      } catch (e) {
        setExit(fail(e, opts.lang ?? langOf(), io.stderr, io.env));
      }
    };

  const program = new DraftCommand('draft')
    .description('pishnevis (پیش‌نویس): write, check and package municipal directives and draft circulars in the Ministry of Interior format')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    // Commander's usage errors wait for `run`, which says them in the run's language (cli-help.ts).
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text) => program.usageErrors.push(text),
    })
    .exitOverride()
    // The shared options may come before the command's name too (`draft --lang en validate`); the
    // program reads them there, and the command after its name.
    .enablePositionalOptions();
  withShared(program);

  /**
   * Each command's declaration. A run declares only the command it runs (when `only` names one), so
   * it does not pay for building the others' options; help, `help`, an unknown command and
   * completion get them all.
   */
  const declarations: Record<string, () => unknown> = {
    new: () =>
      withShared(program
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
        .option('--chapters <n>', 'group the articles in n chapters (format 1.1; default 0 = none)')
        .option('--labels <order>', 'clause label order: alphabetical (الف، ب، پ) | abjad (الف، ب، ج); default alphabetical')
        .option('--legal-basis <law|article>', 'a legal basis entry, "law|article" or "law"; repeatable', collect)
        .option('--subject <text>', 'circular: subject')
        .option('--addressee <text>', 'circular: an addressee; repeatable', collect)
        .option('--signatory-name <name>', 'circular: proposed signatory')
        .option('--signatory-position <text>', "circular: proposed signatory's position")
        .option('--id <id>', 'id (default: <province>-<year>-<title slug>)')
        .option('--answers <file>', 'read answers from a YAML file (flags win)')
        .option('-y, --yes', 'accept every default without asking')
        .option('-o, --output <path>', 'file to write, or a folder (default: <draftsDir>/<id>.yaml)')
        .addOption(shared.force())
        .option('--dry-run', 'print the draft instead of writing it'))
        .action(action(async () => (await import('./commands/new.js')).newCommand)),

    validate: () =>
      withShared(program
        .command('validate')
        .description('check drafts against the ministry format / بررسی پیش‌نویس‌ها با قالب وزارت کشور')
        .argument(...shared.paths)
        .option('-f, --format <format>', 'stylish | json | junit | sarif | github, or name=path to write a file; repeatable', collect)
        .option('-q, --quiet', 'report errors only, not warnings')
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', shared.wholeNumber('--max-warnings', 0))
        .addOption(shared.cache('reuse results for drafts whose content has not changed (kept in .draftcache)'))
        .option('--cache-location <file>', 'where to keep the cache (implies --cache)')
        .option('--changed-since <ref>', 'only drafts changed since this git commit, branch or tag (repository rules still see all)')
        .option('--shard <i/n>', 'only the i-th of n stable parts of the drafts, for a CI matrix')
        .option('--threads <n>', 'worker threads for large batches (default: by the bytes to check and the CPUs free now)', shared.wholeNumber('--threads', 1))
        .option('--fix', 'repair what can be repaired safely (orthography, numbering, counts), then report what remains / اصلاح خودکار')
        .option('--fix-dry-run', 'show the repairs as a unified diff per file and write nothing / نمایش اصلاح‌ها بی‌نوشتن')
        .option('--fix-type <types>', 'only these kinds of repairs: orthography, numbering, counts, format (comma-separated; repeatable)', collect))
        .action(action(async () => (await import('./commands/validate.js')).validateCommand)),

    status: () =>
      withShared(program
        .command('status')
        .description('deadline report: which drafts are ready and valid / گزارش آمادگی پیش‌نویس‌ها پیش از مهلت')
        .argument(...shared.paths)
        .option('--deadline <date>', 'the ministry deadline as a Jalali date, e.g. 1405/12/15 (default: deadline in draft.config.yaml)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
        .addOption(shared.cache()))
        .action(action(async () => (await import('./commands/status.js')).statusCommand)),

    render: () =>
      withShared(program
        .command('render')
        .description('write the draft as an HTML (or Word) document / ساخت سند HTML یا Word پیش‌نویس')
        .argument('<file>', 'the draft (*.yaml)')
        .option('-o, --output <path>', 'the file to write, or a folder (default: <id>.html or <id>.docx in the current folder)')
        .addOption(new Option('--format <format>', 'html, or docx for a Word document / قالب خروجی').choices(['html', 'docx']).default('html'))
        .addOption(shared.force()))
        .action(action(async () => (await import('./commands/render.js')).renderCommand)),

    package: () =>
      withShared(program
        .command('package')
        .description('build <id>.zip, the BagIt submission package of a ready draft / ساخت بسته ارسالی BagIt')
        .argument('<file>', 'the draft (*.yaml), status: ready and without errors')
        .option('-o, --output <folder>', 'the folder to write <id>.zip in (default: the current folder), or a path ending in .zip')
        .option('--with-docx', 'also put the document in the package as a Word file (<id>.docx)')
        .addOption(shared.force('replace an existing package')))
        .action(action(async () => (await import('./commands/package.js')).packageCommand)),

    import: () =>
      withShared(program
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
        .addOption(shared.force())
        .option('--dry-run', 'print the draft instead of writing it'))
        .action(action(async () => (await import('./commands/import.js')).importCommand)),

    verify: () =>
      withShared(program
        .command('verify')
        .description('check a package zip or any unpacked BagIt bag / بررسی درستی بسته ارسالی یا هر بسته BagIt')
        .argument('<path>', 'the package (<id>.zip) or an unpacked bag folder')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish')))
        .action(action(async () => (await import('./commands/verify.js')).verifyCommand, { path: 'target' })),

    // Repository set-up (issue 15): init, doctor, hook, completion.
    init: () =>
      program
        .command('init')
        .description('set up a drafts repository: configuration, CI, editor, git hook / راه‌اندازی مخزن پیش‌نویس‌ها')
        .argument('[folder]', 'the repository folder (default: the current folder)')
        .option('--province <name>', 'default province, Persian or Latin name (قم, qom)')
        .option('--city <name>', 'default city (default: the provincial capital)')
        .option('--author-name <name>', "default author's full name")
        .option('--author-position <text>', "default author's position")
        .option('-y, --yes', 'ask nothing; take the flags as they are')
        .addOption(shared.force('replace files that exist (and another pre-commit hook)'))
        .option('--update', "refresh .draft/schemas/ and the CI files' pishnevis version, nothing else")
        .option('--no-git', 'neither git init nor the pre-commit hook')
        .addOption(shared.lang())
        .action(action(async () => (await import('./commands/init.js')).initCommand)),

    doctor: () =>
      withShared(program
        .command('doctor')
        .description('check the repository set-up: Node, configuration, schemas, hook, CI / بررسی راه‌اندازی مخزن'))
        .action(action(async () => (await import('./commands/doctor.js')).doctorCommand)),

    hook: () =>
      program
        .command('hook')
        .description('install or remove the pre-commit hook that checks staged drafts / نصب یا برداشتن قلاب pre-commit')
        .addArgument(new Argument('<action>', 'install | uninstall (run: what the hook calls)').choices(['install', 'uninstall', 'run']))
        .argument('[hook]', 'with run: the hook, pre-commit')
        .addOption(shared.force('replace another pre-commit hook'))
        .addOption(shared.lang())
        .action(action(async () => (await import('./commands/hook.js')).hookCommand)),

    completion: () =>
      program
        .command('completion')
        .description('print a shell completion script / اسکریپت تکمیل خودکار پوسته')
        .addArgument(new Argument('<shell>', 'bash | zsh | fish | powershell').choices(['bash', 'zsh', 'fish', 'powershell']))
        .addOption(shared.lang())
        .action(action(async () => {
          // The scripts are made from this program, so every command declared above is completed, with
          // its description in the run's language.
          const [{ completionCommand }, { localize }] = await Promise.all([import('./commands/completion.js'), import('./cli-help.js')]);
          return (o: Omit<Parameters<typeof completionCommand>[0], 'program'> & { lang?: Lang }) => {
            localize(program, o.lang ?? langOf());
            return completionCommand({ ...o, program });
          };
        })),

    digest: () =>
      withShared(program
        .command('digest')
        .description("the committee's consolidated report of every submission / گزارش یکپارچه همه پیشنهادها برای کمیته")
        .argument('[paths...]', 'drafts (files, folders, globs) and packages (*.zip) (default: draftsDir, or .)')
        .option('-o, --output <file>', 'the report: .html (default digest.html), .md, .csv or .json; - for standard output')
        .addOption(new Option('--format <format>', 'report format (default: from the -o extension, else html; json without -o prints)').choices(['html', 'md', 'markdown', 'csv', 'json']))
        .option('--threshold <t>', 'similarity (0–1) for grouping common concerns (default 0.3)')
        .addOption(shared.force('replace an existing file that digest did not write'))
        .addOption(shared.cache('reuse validation results of unchanged drafts (the cache of draft validate --cache)'))
        .option('--threads <n>', 'worker threads for validating large batches', shared.wholeNumber('--threads', 1)))
        .action(action(async () => (await import('./commands/digest.js')).digestCommand)),
  };
  const everything = only === undefined || only === 'completion' || !Object.hasOwn(declarations, only);
  for (const [name, declare] of Object.entries(declarations)) if (everything || name === only) declare();

  return program;
}

/**
 * The command `argv` runs: its first word, after the shared options only. Anything else before it
 * (`-h`, `-v`, a mistake) leaves it undefined, and every command is declared.
 */
function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '-c' || a === '--config') i++;
    else if (!a.startsWith('--lang=') && !a.startsWith('--config=')) return a.startsWith('-') ? undefined : a;
  }
  return undefined;
}

/**
 * Runs `draft` with `argv` (the arguments after `draft`) and returns the exit code. The process's
 * streams, folder and environment by default; tests pass their own and run the CLI in-process.
 */
export async function run(argv: readonly string[], io: Partial<Io> = {}): Promise<number> {
  // The process's streams only when the caller gives none (a getter makes each).
  const full: Io = { cwd: io.cwd ?? process.cwd(), stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, env: io.env ?? process.env };
  let lang: Lang | undefined;
  const langOf = (): Lang => (lang ??= runLang(argv, full.cwd, full.env));
  let code = 0;
  const program = buildProgram(full, (c) => {
    code = c;
  }, langOf, commandOf(argv));
  let help: HelpWanted | undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof HelpWanted) {
      help = e;
      // Help asked for ends with exit code 0; help as the answer to a missing command with 2.
      code = e.error ? 2 : 0;
    } else if (e instanceof CommanderError) {
      // --version ends here with exit code 0; real usage mistakes with 2.
      code = e.exitCode === 0 ? 0 : 2;
    } else {
      code = fail(e, langOf(), full.stderr, full.env);
    }
  }
  if (help || program.usageErrors.length > 0) {
    const { commanderMessage, localize } = await import('./cli-help.js');
    for (const text of program.usageErrors) full.stderr.write(commanderMessage(text, langOf()));
    if (help) {
      localize(program, langOf());
      help.command.outputHelp({ error: help.error });
    }
  }
  // What the outputs could not write is said, with exit code 2, not lost (a full disk; ui/output.ts).
  for (const out of [full.stdout, full.stderr]) {
    try {
      await out.settled?.();
    } catch (e) {
      code = fail(e, langOf(), full.stderr, full.env);
    }
  }
  return code;
}

/**
 * Commands after which the process ends as soon as its output has left, rather than after Node's
 * orderly teardown (after a batch of 10,000 drafts, some 5 ms of a 150 ms run). Not the ones that can
 * prompt: the prompts' own stream is not ours to wait for.
 */
const QUICK_EXIT = new Set(['validate', 'status']);

/** The `draft` binary's entry: bin/draft.js calls this. */
export async function main(argv: string[] = process.argv): Promise<void> {
  // Written straight to the descriptors; Node's streams only if needed (ui/output.ts).
  const stdout = new FdOutput(1, () => process.stdout);
  const stderr = new FdOutput(2, () => process.stderr);
  process.exitCode = await run(argv.slice(2), { stdout, stderr });
  if (QUICK_EXIT.has(commandOf(argv.slice(2)) ?? '')) process.exit();
}
