import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/draft.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `draft` binary as a user would, without a terminal. */
export function draft(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const base: NodeJS.ProcessEnv = { ...process.env };
  // The caller's environment (a CI runner, a coloured terminal) must not leak into what is tested.
  for (const name of ['FORCE_COLOR', 'GITHUB_ACTIONS', 'CI', 'LC_ALL', 'LC_MESSAGES', 'SOURCE_DATE_EPOCH']) delete base[name];
  const env: NodeJS.ProcessEnv = { ...base, NO_COLOR: '1', LANG: 'C.UTF-8', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
