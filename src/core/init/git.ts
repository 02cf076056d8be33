/**
 * The few git questions `draft init`, `draft hook` and `draft doctor` ask, through the git command
 * (the one the user's commits go through, so its answers are the ones that matter: worktrees,
 * core.hooksPath and GIT_DIR are all taken into account by git itself).
 */

import { execFileSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';

export class GitError extends Error {
  constructor(readonly args: string[], readonly stderr: string, readonly missing: boolean) {
    super(missing ? 'git was not found' : `git ${args.join(' ')}: ${stderr}`);
    this.name = 'GitError';
  }
}

/** Runs git in `cwd`; throws GitError (git missing, or it failed). */
export function git(args: string[], cwd: string, opts: { env?: NodeJS.ProcessEnv } = {}): string {
  try {
    return execFileSync('git', args, {
      cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: opts.env ?? process.env,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    throw new GitError(args, String(err.stderr ?? '').trim(), err.code === 'ENOENT');
  }
}

/** The top of the work tree `cwd` is in, or undefined outside one (or without git). */
export function workTreeTop(cwd: string): string | undefined {
  try {
    return resolve(git(['rev-parse', '--show-toplevel'], cwd).trim());
  } catch {
    return undefined;
  }
}

/** `git config --get name`, or undefined when unset. */
export function gitConfig(name: string, cwd: string): string | undefined {
  try {
    const value = git(['config', '--get', name], cwd).trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/**
 * Where git looks for the `name` hook: `git rev-parse --git-path hooks/<name>` follows core.hooksPath,
 * linked worktrees and GIT_DIR. Absolute.
 */
export function hookPath(name: string, cwd: string): string {
  const p = git(['rev-parse', '--git-path', `hooks/${name}`], cwd).trim();
  return isAbsolute(p) ? p : resolve(cwd, p);
}
