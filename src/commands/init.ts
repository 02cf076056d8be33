import { existsSync, mkdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Bilingual, Lang } from '../core/engine/types.js';
import { CONFIG_FILE, ConfigError, langFromEnv, loadConfig } from '../core/config/config.js';
import { defaultConfig, type ResolvedConfig } from '../core/config/types.js';
import { displayPath } from '../core/batch/files.js';
import { readProvince, readText, type Reading } from '../core/scaffold/index.js';
import { capitalOf } from '../persian/provinces.js';
import { plain, type Palette } from '../reporters/types.js';
import { ciIsSet, type CommandIO } from './shared.js';
import { VERSION } from '../version.js';
import { GitError, git, workTreeTop } from '../core/init/git.js';
import { installHook } from '../core/init/hook.js';
import { initFiles, installMode, repin, syncSchemas, writeFiles, type FileResult } from '../core/init/init.js';
import type { InitAnswers, RuleSummary } from '../core/init/files.js';
import type { InitPromptAnswers, InitPromptSession } from '../ui/init-prompts.js';
import { describeInstall } from './hook.js';
import { UsageError } from '../core/errors.js';

export interface InitCommandOptions extends CommandIO {
  folder?: string;
  stdinIsTTY?: boolean;
  lang?: Lang;
  province?: string;
  city?: string;
  authorName?: string;
  authorPosition?: string;
  yes?: boolean;
  force?: boolean;
  /** Refresh .draft/schemas/ and the CI files' pishnevis version; write nothing else. */
  update?: boolean;
  /** `--no-git`: neither `git init` nor the hook. */
  git?: boolean;
  ask?: (session: InitPromptSession) => Promise<InitPromptAnswers>;
}

const say = (m: Bilingual, lang: Lang): string => m[lang];


const CI_FILES = ['.github/workflows/drafts.yml', '.gitlab-ci.yml'];

function outcomeLine(r: FileResult, lang: Lang, palette: Palette): string {
  const words: Record<FileResult['outcome'], [string, Bilingual]> = {
    written: [palette.green('+'), { fa: 'نوشته شد', en: 'written' }],
    replaced: [palette.yellow('~'), { fa: 'جایگزین شد (--force)', en: 'replaced (--force)' }],
    updated: [palette.green('~'), { fa: 'به‌روز شد', en: 'updated' }],
    unchanged: [palette.dim('='), { fa: 'بی‌تغییر', en: 'unchanged' }],
    skipped: [palette.dim('-'), { fa: 'از پیش هست؛ دست نخورد (--force برای جایگزینی)', en: 'exists; left alone (--force replaces it)' }],
  };
  const [mark, word] = words[r.outcome];
  return `  ${mark} ${r.path.padEnd(40)} ${palette.dim(say(word, lang))}`;
}

/** Flags read as draft new reads them: a province by any of its names, a city checked against it. */
function readFlags(o: InitCommandOptions, config: ResolvedConfig): InitPromptAnswers {
  const problems: Bilingual[] = [];
  const take = (flag: string, r: Reading<string>): string | undefined => {
    if (r.ok) return r.value;
    problems.push(...r.errors.map((e) => ({ fa: `${flag}: ${e.fa}`, en: `${flag}: ${e.en}` })));
    return undefined;
  };
  const out: InitPromptAnswers = {};
  if (o.province !== undefined) out.province = take('--province', readProvince(o.province, { config }));
  if (o.city !== undefined) out.city = take('--city', readText('city', o.city, { config, province: out.province }));
  if (o.authorName !== undefined) out.authorName = take('--author-name', readText('authorName', o.authorName, { config }));
  if (o.authorPosition !== undefined) out.authorPosition = take('--author-position', readText('authorPosition', o.authorPosition, { config }));
  if (problems.length > 0) {
    throw new UsageError({
      fa: ['این پاسخ‌ها پذیرفته نشدند:', ...problems.map((p) => `  ${p.fa}`)].join('\n'),
      en: ['These answers were not accepted:', ...problems.map((p) => `  ${p.en}`)].join('\n'),
    });
  }
  return out;
}

async function ruleSummaries(lang: Lang): Promise<RuleSummary[]> {
  const { rules } = await import('../rules/index.js');
  return rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description[lang] }));
}

/**
 * `draft init [folder]`: sets up a drafts repository (configuration, drafts folder, ignore files, CI for
 * GitHub and GitLab, editor settings, the schemas, git and the pre-commit hook). Nothing that exists is
 * replaced without --force. 0 when done; 2 for usage problems; 130 when the questions are abandoned.
 */
export async function initCommand(options: InitCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const palette = options.palette ?? plain;
  const root = resolve(options.cwd, options.folder ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new UsageError({ fa: `${options.folder} پوشه نیست.`, en: `${options.folder} is not a folder.` });
  }
  const configPath = resolve(root, CONFIG_FILE);
  let existing: ResolvedConfig | undefined;
  try {
    existing = existsSync(configPath) ? await loadConfig(root, { lang: options.lang, configFile: configPath, env }) : undefined;
  } catch (e) {
    // A broken configuration is replaced with --force (and kept, with its error, otherwise).
    if (!(e instanceof ConfigError) || !options.force || options.update) throw e;
  }
  const lang = options.lang ?? existing?.lang ?? langFromEnv(env) ?? 'fa';
  const out = options.stdout;
  const shownRoot = displayPath(root, options.cwd) || '.';

  if (options.update) {
    if (!existing) {
      throw new UsageError({
        fa: `در ${shownRoot} فایل ${CONFIG_FILE} نیست؛ نخست «draft init» را اجرا کنید.`,
        en: `There is no ${CONFIG_FILE} in ${shownRoot}; run draft init first.`,
      });
    }
    const results = [...syncSchemas(root), ...CI_FILES.map((f) => repin(root, f, VERSION)).filter((r): r is FileResult => r !== undefined)];
    out.write(`${say({ fa: `به‌روزرسانی با pishnevis ${VERSION}:`, en: `Updated to pishnevis ${VERSION}:` }, lang)}\n${results.map((r) => outcomeLine(r, lang, palette)).join('\n')}\n`);
    return 0;
  }

  const config = existing ?? defaultConfig(root, lang);
  let answers = readFlags(options, config);
  const interactive = (options.stdinIsTTY ?? Boolean(process.stdin.isTTY)) && !ciIsSet(env) && !options.yes;
  // The questions fill the configuration; with one already there (and no --force) they would change nothing.
  if (interactive && (!existing || options.force)) {
    const ask = options.ask ?? (await import('../ui/init-prompts.js')).askInit;
    try {
      answers = await ask({ lang, config, given: answers });
    } catch (e) {
      if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') {
        (options.stderr ?? out).write(lang === 'fa' ? '\nرها شد؛ چیزی نوشته نشد.\n' : '\nCancelled; nothing was written.\n');
        return 130;
      }
      throw e;
    }
  }
  if (answers.province && answers.city === undefined) answers.city = capitalOf(answers.province);

  const init: InitAnswers = {
    lang,
    ...answers,
    draftsDir: (existing?.draftsDir ?? 'drafts').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.',
  };
  mkdirSync(root, { recursive: true });
  const files = initFiles(init, await ruleSummaries(lang), installMode(root, VERSION));
  const results = [...writeFiles(root, files, Boolean(options.force)), ...syncSchemas(root, Boolean(options.force))];

  const lines: string[] = ['', say({ fa: `مخزن پیش‌نویس‌ها در ${shownRoot}:`, en: `Drafts repository in ${shownRoot}:` }, lang)];
  lines.push(...results.map((r) => outcomeLine(r, lang, palette)));

  // git: a repository of its own unless the folder is already in one (as cargo new does).
  if (options.git !== false) {
    let top = workTreeTop(root);
    if (!top) {
      try {
        git(['init', '--quiet'], root);
        top = workTreeTop(root);
        lines.push(`  ${palette.green('+')} ${'.git/'.padEnd(40)} ${palette.dim(say({ fa: 'مخزن git ساخته شد', en: 'git repository created' }, lang))}`);
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        lines.push(say({
          fa: `  ${palette.yellow('!')} git پیدا نشد؛ پس از نصب آن «git init» و «draft hook install» را اجرا کنید.`,
          en: `  ${palette.yellow('!')} git was not found; once it is installed, run git init and draft hook install.`,
        }, lang));
      }
    }
    if (top && top !== root) {
      // GitHub and GitLab read their files at the top of the repository, VS Code at the folder it opened.
      const rel = relative(top, root).split('\\').join('/');
      lines.push(say({
        fa: `  ${palette.yellow('!')} ریشه مخزن git ‏${displayPath(top, options.cwd) || '.'} است: فایل‌های CI فقط آنجا خوانده می‌شوند؛ آنها را به ریشه ببرید و در آنها «cd ${rel}» (یا working-directory: ${rel}) بیفزایید، و VS Code را در ${rel} باز کنید.`,
        en: `  ${palette.yellow('!')} The git repository's top is ${displayPath(top, options.cwd) || '.'}: CI reads its files only there. Move them to the top and add "cd ${rel}" (or working-directory: ${rel}) to them, and open ${rel} in VS Code.`,
      }, lang));
    }
    if (top) {
      try {
        lines.push(`  ${say(describeInstall(installHook(top, { force: options.force }), options.cwd, palette), lang).replace(/\n/g, '\n  ')}`);
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        lines.push(`  ${palette.yellow('!')} ${e.stderr}`);
      }
    }
  }

  const skipped = results.filter((r) => r.outcome === 'skipped').length;
  const steps: Array<[string, Bilingual]> = [
    ...(relative(options.cwd, root) ? [[`cd ${shownRoot}`, { fa: '', en: '' }] as [string, Bilingual]] : []),
    ['draft new', { fa: 'پیش‌نویس تازه (پرسش‌ها به فارسی)', en: 'a new draft (questions in Persian)' }],
    ['git add -A && git commit', { fa: 'هر commit پیش‌نویس‌های staged را بررسی می‌کند', en: 'every commit checks the staged drafts' }],
    ['draft doctor', { fa: 'بررسی همه این‌ها، هر وقت خواستید', en: 'checks all of this, whenever you like' }],
  ];
  const number = (i: number): string => (lang === 'fa' ? (i + 1).toLocaleString('fa-IR') : String(i + 1));
  lines.push('', say({ fa: 'گام‌های بعد:', en: 'Next steps:' }, lang));
  steps.forEach(([cmd, why], i) => lines.push(`  ${number(i)}. ${palette.bold(cmd.padEnd(26))} ${palette.dim(say(why, lang))}`));
  if (skipped) {
    lines.push(palette.dim(say({
      fa: `${skipped.toLocaleString('fa-IR')} فایل از پیش بود و دست نخورد.`,
      en: `${skipped} file${skipped === 1 ? '' : 's'} existed and were left alone.`,
    }, lang)));
  }
  out.write(`${lines.join('\n')}\n`);
  return 0;
}
