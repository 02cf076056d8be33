/**
 * `draft init`'s work, without printing: the files a drafts repository starts with, each written only
 * when absent (or with `force`), and the repository's copy of the schemas under `.draft/schemas/`,
 * which every clone has, so the editor settings and the modelines point at something everywhere.
 * `draft init --update` brings that copy (and the CI files' pishnevis version) to the running version.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { packagePath } from '../../paths.js';
import { REPOSITORY_SCHEMAS_DIR } from '../scaffold/modeline.js';
import {
  configFile, draftignore, draftsReadme, githubWorkflow, gitignore, gitlabCi, vscodeExtensions, vscodeSettings, PIN_MARKER,
  type InitAnswers, type InstallMode, type RuleSummary,
} from './files.js';

export type WriteOutcome = 'written' | 'replaced' | 'skipped' | 'unchanged' | 'updated';

export interface FileResult {
  /** Relative to the repository root, forward slashes. */
  path: string;
  outcome: WriteOutcome;
}

export interface InitPlanFile {
  path: string;
  text: string;
}

/** The files of a new repository, in the order they are reported. */
export function initFiles(a: InitAnswers, rules: readonly RuleSummary[], mode: InstallMode): InitPlanFile[] {
  return [
    { path: 'draft.config.yaml', text: configFile(a, rules) },
    { path: `${a.draftsDir}/README.md`, text: draftsReadme(a) },
    { path: '.gitignore', text: gitignore() },
    { path: '.draftignore', text: draftignore() },
    { path: '.github/workflows/drafts.yml', text: githubWorkflow(mode) },
    { path: '.gitlab-ci.yml', text: gitlabCi(mode) },
    { path: '.vscode/settings.json', text: vscodeSettings(a) },
    { path: '.vscode/extensions.json', text: vscodeExtensions() },
  ];
}

/** Writes each file that is absent; with `force`, replaces those that differ. Never touches others. */
export function writeFiles(root: string, files: readonly InitPlanFile[], force: boolean): FileResult[] {
  return files.map(({ path, text }) => {
    const full = join(root, path);
    if (existsSync(full)) {
      if (!force) return { path, outcome: 'skipped' };
      if (readFileSync(full, 'utf8') === text) return { path, outcome: 'unchanged' };
      writeFileAtomic(full, text, { force: true });
      return { path, outcome: 'replaced' };
    }
    writeFileAtomic(full, text);
    return { path, outcome: 'written' };
  });
}

/** The installed package's schema files (every *.json of schemas/). */
export function installedSchemas(): string[] {
  return readdirSync(packagePath('schemas')).filter((n) => n.endsWith('.json')).sort();
}

/**
 * Brings `.draft/schemas/` to the installed schemas: absent ones written, changed ones replaced when
 * `refresh` (`draft init --update` or `--force`; they are generated, never edited by hand) and
 * otherwise reported as skipped, equal ones left alone.
 */
export function syncSchemas(root: string, refresh = true): FileResult[] {
  return installedSchemas().map((name) => {
    const path = `${REPOSITORY_SCHEMAS_DIR}/${name}`;
    const full = join(root, path);
    const text = readFileSync(packagePath('schemas', name), 'utf8');
    if (!existsSync(full)) {
      writeFileAtomic(full, text);
      return { path, outcome: 'written' };
    }
    if (readFileSync(full, 'utf8') === text) return { path, outcome: 'unchanged' };
    if (!refresh) return { path, outcome: 'skipped' };
    writeFileAtomic(full, text, { force: true });
    return { path, outcome: 'updated' };
  });
}

/** The schemas of `.draft/schemas/` that are missing or differ from the installed ones. */
export function staleSchemas(root: string): string[] {
  return installedSchemas().filter((name) => {
    const full = join(root, REPOSITORY_SCHEMAS_DIR, name);
    return !existsSync(full) || readFileSync(full, 'utf8') !== readFileSync(packagePath('schemas', name), 'utf8');
  });
}

const PIN = /pishnevis@(\d+\.\d+\.\d+(?:-[\w.]+)?)/g;

/** The pishnevis versions a CI file installs (`pishnevis@x.y.z`). */
export function pinnedVersions(text: string): string[] {
  return [...text.matchAll(PIN)].map((m) => m[1]!);
}

/** `draft init --update` on a CI file: every `pishnevis@x.y.z` pin moved to `version`. */
export function repin(root: string, path: string, version: string): FileResult | undefined {
  const full = join(root, path);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, 'utf8');
  if (pinnedVersions(text).length === 0) return undefined;
  const next = text.replace(PIN, `${PIN_MARKER}${version}`);
  if (next === text) return { path, outcome: 'unchanged' };
  writeFileAtomic(full, next, { force: true });
  return { path, outcome: 'updated' };
}

/**
 * How CI should install pishnevis: with the repository's package.json when it lists pishnevis and has a
 * lockfile (the version the team pinned), else pinned to the running version.
 */
export function installMode(root: string, version: string): InstallMode {
  const manifest = join(root, 'package.json');
  if (existsSync(manifest) && existsSync(join(root, 'package-lock.json'))) {
    try {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: object; devDependencies?: object };
      if ((pkg.dependencies && 'pishnevis' in pkg.dependencies) || (pkg.devDependencies && 'pishnevis' in pkg.devDependencies)) return { kind: 'lockfile' };
    } catch {
      // An unreadable package.json: pin instead.
    }
  }
  return { kind: 'pinned', version };
}
