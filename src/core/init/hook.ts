/**
 * The pre-commit hook: a few lines of sh that hand over to `draft hook run pre-commit`, which checks
 * the staged drafts (staged.ts). Git for Windows runs hooks with its own sh, so one script serves all.
 *
 * Which `draft` runs it, in order:
 *  1. the repository's own (`node_modules/pishnevis`), when it has one: the version package.json pins,
 *     the same one CI installs, so a commit is judged as CI will judge it;
 *  2. the `draft` that installed the hook, by the absolute paths of its node and its script. A hook is
 *     never committed or cloned (.git/hooks is per clone), so a path of this machine is right here,
 *     and it keeps working from GUI clients (VS Code, GitHub Desktop) that start hooks without the
 *     shell's PATH, where an nvm-installed `node` or `draft` is not found (husky's FAQ #1);
 *  3. a `draft` on PATH.
 * With none of them the commit is stopped with a message that says what to do: a hook that quietly
 * lets everything through would look like a check and be none. `git commit --no-verify` remains the
 * user's way past it, as for every hook.
 *
 * A hook manager (husky, lefthook, pre-commit, simple-git-hooks) or core.hooksPath owns the hooks: the
 * hook file is theirs to write, so install prints the line to add to their configuration instead.
 */

import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { packagePath } from '../../paths.js';
import { gitConfig, hookPath } from './git.js';

/** The line that marks a hook as pishnevis's own; uninstall removes only such a file. */
export const HOOK_MARKER = '# pishnevis pre-commit hook';
/** What a hook manager's configuration runs. */
export const HOOK_COMMAND = 'npx --no-install draft hook run pre-commit';
export const LOCAL_CLI = 'node_modules/pishnevis/bin/draft.js';

/** This install: the node running now and this package's bin script. */
export interface Runner {
  node: string;
  cli: string;
}

export const currentRunner = (): Runner => ({ node: process.execPath, cli: packagePath('bin', 'draft.js') });

/** A path as sh on every platform reads it: forward slashes, single-quoted. */
const shPath = (p: string): string => `'${p.replace(/\\/g, '/').replace(/'/g, `'\\''`)}'`;

export function hookScript(runner: Runner): string {
  return `#!/bin/sh
${HOOK_MARKER} (draft hook install; draft hook uninstall removes it).
# Checks the staged drafts and stops the commit when one has errors; git commit --no-verify skips it.
node=${shPath(runner.node)}
[ -x "$node" ] || node=node
installed=${shPath(runner.cli)}
if [ -f ${LOCAL_CLI} ]; then
  exec "$node" ${LOCAL_CLI} hook run pre-commit
elif [ -f "$installed" ]; then
  exec "$node" "$installed" hook run pre-commit
elif command -v draft >/dev/null 2>&1; then
  exec draft hook run pre-commit
fi
echo "pishnevis: «draft» پیدا نشد؛ pishnevis را نصب کنید (npm install -D pishnevis) یا «draft hook install» را دوباره اجرا کنید." >&2
echo "pishnevis: draft was not found; install pishnevis (npm install -D pishnevis) or run draft hook install again." >&2
exit 1
`;
}

/** The installer's paths recorded in a hook written by hookScript. */
export function recordedRunner(script: string): Runner | undefined {
  const read = (name: string): string | undefined => {
    const m = new RegExp(`^${name}='((?:[^']|'\\\\'')*)'$`, 'm').exec(script);
    return m ? m[1]!.replace(/'\\''/g, "'") : undefined;
  };
  const node = read('node');
  const cli = read('installed');
  return node && cli ? { node, cli } : undefined;
}

export type ManagerId = 'husky' | 'lefthook' | 'pre-commit' | 'simple-git-hooks' | 'hooksPath';

export interface Manager {
  id: ManagerId;
  /** What told us (a file, a setting), for the message. */
  evidence: string;
  /** Where to add the check, and what to add. */
  file: string;
  snippet: string;
}

const LEFTHOOK_FILES = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml', 'lefthook.json', 'lefthook.toml', '.config/lefthook.yml'];

function managerFor(id: ManagerId, evidence: string, hooksPath?: string): Manager {
  switch (id) {
    case 'husky':
      return { id, evidence, file: '.husky/pre-commit', snippet: HOOK_COMMAND };
    case 'lefthook':
      return {
        id, evidence, file: evidence,
        snippet: ['pre-commit:', '  commands:', '    pishnevis:', `      run: ${HOOK_COMMAND}`].join('\n'),
      };
    case 'pre-commit':
      return {
        id, evidence, file: '.pre-commit-config.yaml',
        snippet: [
          '- repo: local',
          '  hooks:',
          '    - id: pishnevis',
          '      name: pishnevis (draft validate, staged drafts)',
          `      entry: ${HOOK_COMMAND}`,
          '      language: system',
          '      pass_filenames: false',
          '      always_run: true',
        ].join('\n'),
      };
    case 'simple-git-hooks':
      return { id, evidence, file: 'package.json', snippet: `"simple-git-hooks": { "pre-commit": "${HOOK_COMMAND}" }` };
    case 'hooksPath':
      return { id, evidence, file: `${hooksPath}/pre-commit`, snippet: HOOK_COMMAND };
  }
}

/** A hook manager in charge of `root`'s hooks, if any. */
export function detectManager(root: string, existingHook?: string): Manager | undefined {
  const hooksPath = gitConfig('core.hooksPath', root);
  if (hooksPath && /(^|[\\/])\.husky([\\/]|$)/.test(hooksPath)) return managerFor('husky', `core.hooksPath=${hooksPath}`);
  if (existsSync(join(root, '.husky'))) return managerFor('husky', '.husky/');
  const lefthook = LEFTHOOK_FILES.find((f) => existsSync(join(root, f)));
  if (lefthook) return managerFor('lefthook', lefthook);
  if (existsSync(join(root, '.pre-commit-config.yaml'))) return managerFor('pre-commit', '.pre-commit-config.yaml');
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    if (pkg['simple-git-hooks']) return managerFor('simple-git-hooks', 'package.json');
    const husky = pkg.husky as { hooks?: unknown } | undefined;
    if (husky?.hooks) return managerFor('husky', 'package.json (husky.hooks)');
  } catch {
    // No package.json, or not JSON: no manager there.
  }
  if (existingHook !== undefined) {
    if (/lefthook/.test(existingHook)) return managerFor('lefthook', 'lefthook.yml');
    if (/File generated by pre-commit|pre_commit/.test(existingHook)) return managerFor('pre-commit', '.pre-commit-config.yaml');
    if (/husky/.test(existingHook)) return managerFor('husky', '.husky/');
  }
  if (hooksPath) return managerFor('hooksPath', `core.hooksPath=${hooksPath}`, hooksPath);
  return undefined;
}

/** Whether a manager's configuration (or a custom hook) already runs the check. */
export function managerRunsCheck(root: string, m: Manager): boolean {
  const candidates = m.id === 'lefthook' ? LEFTHOOK_FILES : [m.file];
  return candidates.some((f) => {
    try {
      return /draft(\.js)?["']?\s+hook\s+run\s+pre-commit|draft\s+validate/.test(readFileSync(resolve(root, f), 'utf8'));
    } catch {
      return false;
    }
  });
}

export type InstallResult =
  | { kind: 'installed'; path: string; replaced: boolean }
  | { kind: 'unchanged'; path: string }
  | { kind: 'manager'; manager: Manager; configured: boolean }
  | { kind: 'foreign'; path: string };

/**
 * Installs the hook in the work tree `root`. Our own hook is rewritten (it records this install's
 * paths); someone else's hook file is left alone unless `force`; a manager gets the line to add.
 */
export function installHook(root: string, opts: { force?: boolean; runner?: Runner } = {}): InstallResult {
  const path = hookPath('pre-commit', root);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const ours = existing?.includes(HOOK_MARKER) ?? false;
  if (!ours) {
    const manager = detectManager(root, existing);
    if (manager) return { kind: 'manager', manager, configured: managerRunsCheck(root, manager) };
    if (existing !== undefined && !opts.force) return { kind: 'foreign', path };
  }
  const text = hookScript(opts.runner ?? currentRunner());
  if (existing === text) return { kind: 'unchanged', path };
  writeFileAtomic(path, text, { force: true, mode: 0o755 });
  chmodSync(path, 0o755);
  return { kind: 'installed', path, replaced: existing !== undefined };
}

export type UninstallResult = { kind: 'removed'; path: string } | { kind: 'absent' } | { kind: 'foreign'; path: string } | { kind: 'manager'; manager: Manager };

export function uninstallHook(root: string): UninstallResult {
  const path = hookPath('pre-commit', root);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (existing?.includes(HOOK_MARKER)) {
    rmSync(path);
    return { kind: 'removed', path };
  }
  const manager = detectManager(root, existing);
  if (manager && managerRunsCheck(root, manager)) return { kind: 'manager', manager };
  return existing === undefined ? { kind: 'absent' } : { kind: 'foreign', path };
}
