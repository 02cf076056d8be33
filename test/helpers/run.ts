import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
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

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed when the test file's tests are done. */
export function tempDir(prefix = 'pishnevis-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
