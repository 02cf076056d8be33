import { run } from '../../src/cli.js';

/** The outcome of one `draft …` run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `draft` in this process, through the program's entry (src/cli.ts `run`), as a user would call
 * it but without starting Node: what it writes is collected, the environment is a clean one (no
 * colour, no CI, no locale) unless `env` says otherwise. The built binary keeps a few spawned smoke
 * tests (helpers/cli.ts).
 */
export async function draftIn(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: opts.cwd ?? process.cwd(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: 'C.UTF-8', NO_COLOR: '1', ...opts.env },
  });
  return { code, stdout, stderr };
}

export { tempDir } from './temp.js';
