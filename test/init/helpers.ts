import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draft, type RunResult } from '../helpers/cli.js';

export function tempDir(prefix = 'pishnevis-init-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/**
 * git as a fresh user would have it: no global or system configuration of this machine (a global
 * core.hooksPath would change what is tested), an identity for commits.
 */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.ir',
  GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.ir',
};

export function git(args: string[], cwd: string): RunResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, LANG: 'C.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `draft` without a terminal, in a clean git environment; CI unset unless given. */
export function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  return draft(args, { cwd, env: { ...GIT_ENV, ...env } });
}

/** Answers that make `draft init` write the defaults of a real municipality. */
export const INIT_FLAGS = ['--province', 'qom', '--author-name', 'زهرا احمدی', '--author-position', 'معاون حقوقی شهرداری قم', '--yes'];
