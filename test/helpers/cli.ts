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
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', ...opts.env };
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
