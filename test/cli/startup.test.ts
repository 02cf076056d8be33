import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { buildProgram } from '../../src/cli.js';

/*
 * What the built CLI loads as it starts. Loading code is most of a one-file `draft validate`'s time
 * (issue 16: 2.4× a bare `node -e 0`, where the target is 2×), so what a run does not need must not
 * load: these tests list the files Node really loads (it says so with NODE_DEBUG) and look at them.
 */

const QOM = join(ROOT, 'examples', 'valid', 'qom-social-security.yaml');

/** The files a run of `draft args` loads, ES modules and CommonJS, as Node reports them. */
function loadedFiles(args: string[]): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_DEBUG: 'esm,module', NO_COLOR: '1', LANG: 'C.UTF-8' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  const files = new Set<string>();
  for (const m of r.stderr.matchAll(/Translating \w+ (file:\/\/\S+)/g)) files.add(fileURLToPath(m[1]!));
  for (const m of r.stderr.matchAll(/load "([^"]+)" for module/g)) files.add(m[1]!);
  return [...files];
}

/** A line of the help table (src/cli-help.ts), wherever the bundle put it (ASCII: esbuild escapes the rest). */
const HELP_TABLE = 'show help for a command';
const holdsHelp = (file: string): boolean => file.startsWith(join(ROOT, 'dist')) && readFileSync(file, 'utf8').includes(HELP_TABLE);

describe('start-up of the built CLI', () => {
  it('draft validate one.yaml does not load the help table', () => {
    const loaded = loadedFiles(['validate', QOM]);
    expect(loaded.some((f) => f.endsWith(join('dist', 'cli.js')))).toBe(true);
    expect(loaded.filter(holdsHelp)).toEqual([]);
  });

  it('draft validate --help does load the help table, and shows it', () => {
    expect(loadedFiles(['validate', '--help']).filter(holdsHelp)).not.toEqual([]);
  });
});

describe('the command line a run builds', () => {
  const io = { cwd: ROOT, stdout: process.stdout, stderr: process.stderr, env: {} };
  const names = (only?: string): string[] => buildProgram(io, () => {}, 'fa', only).commands.map((c) => c.name());

  it('declares only the command it runs; an unknown one, help and completion get every command', () => {
    expect(names('validate')).toEqual(['validate']);
    expect(names('new')).toEqual(['new']);
    const all = names();
    expect(all).toEqual(expect.arrayContaining(['new', 'validate', 'status', 'render', 'package', 'import', 'verify', 'init', 'doctor', 'hook', 'completion', 'digest']));
    expect(names('valdate')).toEqual(all);
    expect(names('help')).toEqual(all);
    expect(names('completion')).toEqual(all);
  });
});
