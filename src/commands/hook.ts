import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Bilingual, Lang } from '../core/engine/types.js';
import { langFromEnv } from '../core/config/config.js';
import { displayPath } from '../core/batch/files.js';
import { plain, type Palette } from '../reporters/types.js';
import type { CommandIO } from './shared.js';
import { GitError, workTreeTop } from '../core/init/git.js';
import { installHook, uninstallHook, type InstallResult, type Manager, type UninstallResult } from '../core/init/hook.js';
import { UsageError } from '../core/errors.js';

export interface HookCommandOptions extends CommandIO {
  action: string;
  lang?: Lang;
  force?: boolean;
}

const say = (m: Bilingual, lang: Lang): string => m[lang];

/** The top of the git work tree, or a usage error that says so. */
export function requireWorkTree(cwd: string): string {
  const top = workTreeTop(cwd);
  if (!top) {
    throw new UsageError({
      fa: 'اینجا مخزن git نیست؛ قلاب pre-commit فقط در مخزن git معنا دارد (نخست «git init»).',
      en: 'This is not a git repository; a pre-commit hook needs one (run git init first).',
    });
  }
  return top;
}

/** How to add the check to a hook manager's configuration, for install and doctor alike. */
export function managerAdvice(m: Manager, palette: Palette): Bilingual {
  const name = m.id === 'hooksPath' ? 'core.hooksPath' : m.id;
  const snippet = m.snippet.split('\n').map((l) => `    ${palette.bold(l)}`).join('\n');
  return {
    fa: `قلاب‌های این مخزن را ${name} می‌گرداند (${m.evidence})؛ فایل قلاب بازنویسی نشد. این را به ${m.file} بیفزایید:\n${snippet}`,
    en: `${name} runs this repository's hooks (${m.evidence}); the hook file was not overwritten. Add this to ${m.file}:\n${snippet}`,
  };
}

export function describeInstall(r: InstallResult, cwd: string, palette: Palette): Bilingual {
  switch (r.kind) {
    case 'installed':
      return {
        fa: `${palette.green('✔')} قلاب pre-commit ${r.replaced ? 'به‌روز شد' : 'نصب شد'}: ${displayPath(r.path, cwd)} (پیش‌نویس‌های staged را بررسی می‌کند و commit با خطا متوقف می‌شود).`,
        en: `${palette.green('✔')} pre-commit hook ${r.replaced ? 'updated' : 'installed'}: ${displayPath(r.path, cwd)} (checks the staged drafts; a commit with errors is stopped).`,
      };
    case 'unchanged':
      return { fa: `${palette.green('✔')} قلاب pre-commit از پیش نصب است: ${displayPath(r.path, cwd)}`, en: `${palette.green('✔')} The pre-commit hook is already installed: ${displayPath(r.path, cwd)}` };
    case 'manager':
      return r.configured
        ? { fa: `${palette.green('✔')} ${r.manager.file} از پیش «draft» را اجرا می‌کند.`, en: `${palette.green('✔')} ${r.manager.file} already runs draft.` }
        : managerAdvice(r.manager, palette);
    case 'foreign':
      return {
        fa: `${palette.yellow('!')} ${displayPath(r.path, cwd)} قلاب دیگری است و بازنویسی نشد. این سطر را به آن بیفزایید:\n    ${palette.bold('npx --no-install draft hook run pre-commit')}\nیا برای جایگزینی آن «draft hook install --force» را اجرا کنید.`,
        en: `${palette.yellow('!')} ${displayPath(r.path, cwd)} is another hook and was not overwritten. Add this line to it:\n    ${palette.bold('npx --no-install draft hook run pre-commit')}\nor run draft hook install --force to replace it.`,
      };
  }
}

function describeUninstall(r: UninstallResult, cwd: string, palette: Palette): Bilingual {
  switch (r.kind) {
    case 'removed':
      return { fa: `${palette.green('✔')} قلاب pre-commit برداشته شد: ${displayPath(r.path, cwd)}`, en: `${palette.green('✔')} pre-commit hook removed: ${displayPath(r.path, cwd)}` };
    case 'absent':
      return { fa: 'قلاب pre-commit نصب نیست؛ کاری نماند.', en: 'No pre-commit hook is installed; nothing to do.' };
    case 'foreign':
      return { fa: `${displayPath(r.path, cwd)} قلاب pishnevis نیست و دست نخورد.`, en: `${displayPath(r.path, cwd)} is not pishnevis's hook and was left alone.` };
    case 'manager':
      return {
        fa: `قلاب را ${r.manager.id} می‌گرداند؛ سطر «draft hook run pre-commit» را از ${r.manager.file} بردارید.`,
        en: `${r.manager.id} runs the hooks; remove the «draft hook run pre-commit» line from ${r.manager.file}.`,
      };
  }
}

/**
 * `draft hook install|uninstall|run`. install and uninstall: 0 done (or nothing to do), 1 when a hook
 * manager or another hook needs a line added by hand. run (what the hook calls): 0 when the staged
 * drafts have no errors, 1 when they do, 2 when they cannot be checked.
 */
export async function hookCommand(options: HookCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const lang = options.lang ?? langFromEnv(env) ?? 'fa';
  const palette = options.palette ?? plain;
  const out = options.stdout;
  try {
    if (options.action === 'run') return await runStaged(options, lang);
    const top = requireWorkTree(options.cwd);
    if (options.action === 'install') {
      const r = installHook(top, { force: options.force });
      out.write(`${say(describeInstall(r, options.cwd, palette), lang)}\n`);
      return r.kind === 'installed' || r.kind === 'unchanged' || (r.kind === 'manager' && r.configured) ? 0 : 1;
    }
    if (options.action === 'uninstall') {
      const r = uninstallHook(top);
      out.write(`${say(describeUninstall(r, options.cwd, palette), lang)}\n`);
      return r.kind === 'manager' ? 1 : 0;
    }
  } catch (e) {
    if (e instanceof GitError) throw gitUsage(e);
    throw e;
  }
  throw new UsageError({
    fa: `کار «${options.action}» شناخته نیست؛ install، uninstall یا run بدهید.`,
    en: `Unknown action "${options.action}"; use install, uninstall or run.`,
  });
}

export function gitUsage(e: GitError): UsageError {
  return e.missing
    ? new UsageError({ fa: 'git پیدا نشد؛ آن را نصب کنید.', en: 'git was not found; install it.' })
    : new UsageError({ fa: `git کار را انجام نداد: ${e.stderr}`, en: `git failed: ${e.stderr}` });
}

/** `draft hook run pre-commit`: validates the staged drafts as staged (see core/init/staged.ts). */
async function runStaged(options: HookCommandOptions, _lang: Lang): Promise<number> {
  const { stagedFiles, stagedDraftCandidates, indexSnapshot } = await import('../core/init/staged.js');
  const top = requireWorkTree(options.cwd);
  const staged = stagedFiles(top);
  if (!staged.some((n) => /\.ya?ml$/i.test(n))) return 0;
  const snapshot = indexSnapshot(top);
  try {
    const { loadConfig } = await import('../core/config/config.js');
    const { applyIgnore } = await import('../core/batch/select.js');
    const configFile = join(snapshot.dir, 'draft.config.yaml');
    const config = await loadConfig(snapshot.dir, { lang: options.lang, configFile: existsSync(configFile) ? configFile : undefined, env: options.env });
    const candidates = stagedDraftCandidates(staged, { draftsDir: config.file ? config.draftsDir : undefined, templatesDir: config.templatesDir });
    const drafts = await applyIgnore(candidates.map((n) => join(snapshot.dir, n)), snapshot.dir);
    if (drafts.length === 0) return 0;
    const { validateCommand } = await import('./validate.js');
    // All the drafts as they will be committed, so that repository rules (unique-id) compare a staged
    // draft with the others; findings only for the staged ones.
    const scope = config.file && config.draftsDir ? resolve(snapshot.dir, config.draftsDir) : snapshot.dir;
    const code = await validateCommand({
      paths: [displayPath(scope, snapshot.dir) || '.'], only: drafts, cwd: snapshot.dir, lang: options.lang, format: ['stylish'],
      stdout: options.stdout, stderr: options.stderr, palette: options.palette, env: options.env, quiet: true,
      config: config.file ? configFile : undefined,
    });
    if (code === 1) {
      (options.stderr ?? options.stdout).write(`${say({
        fa: 'commit متوقف شد: پیش‌نویس‌های staged خطا دارند (بالا). آنها را درست و دوباره git add کنید؛ «git commit --no-verify» بی‌بررسی commit می‌کند.',
        en: 'Commit stopped: the staged drafts have errors (above). Fix them and git add them again; git commit --no-verify commits without the check.',
      }, config.lang)}\n`);
    }
    return code;
  } finally {
    snapshot.dispose();
  }
}
