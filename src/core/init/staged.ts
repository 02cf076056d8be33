/**
 * What the pre-commit hook checks: the drafts as they are staged, not as they are in the working
 * tree. A half-fixed file whose fix is not `git add`ed must still stop the commit, and an unstaged
 * mistake must not stop a clean one. So the index is written out whole (`git checkout-index -a`, the
 * same bytes the commit will hold: the staged draft.config.yaml and .draftignore, and the attachments
 * drafts refer to) into a temporary folder, and the staged drafts are validated there. Their paths in
 * it are their paths in the repository, so messages name the files the user knows.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { git } from './git.js';

const DRAFT_FILE = /\.ya?ml$/i;
/** YAML files that sit among drafts but are not drafts (as src/core/batch/files.ts passes them over). */
const NOT_DRAFTS = new Set(['draft.config.yaml', 'draft.config.yml', 'pnpm-lock.yaml', '.gitlab-ci.yml', '.pre-commit-config.yaml']);

/** Staged files (added, copied, modified, renamed: what the commit will contain), repository-relative. */
export function stagedFiles(top: string): string[] {
  return git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], top).split('\0').filter(Boolean);
}

/**
 * The staged files that are drafts: YAML, not in a hidden folder or node_modules (as a folder walk of
 * `draft validate` would skip them), inside draftsDir when one is set and outside templatesDir.
 */
export function stagedDraftCandidates(names: readonly string[], opts: { draftsDir?: string; templatesDir?: string }): string[] {
  const under = (name: string, dir: string | undefined): boolean => {
    if (!dir) return false;
    const d = dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    return d === '' || d === '.' || name.startsWith(`${d}/`);
  };
  return names.filter((name) => {
    const parts = name.split('/');
    const base = parts[parts.length - 1]!;
    if (!DRAFT_FILE.test(base) || NOT_DRAFTS.has(base)) return false;
    if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return false;
    if (opts.draftsDir !== undefined && !under(name, opts.draftsDir)) return false;
    return !under(name, opts.templatesDir);
  });
}

export interface Snapshot {
  /** The folder holding the index's files. */
  dir: string;
  dispose(): void;
}

/** Writes the whole index of the work tree `top` to a new temporary folder. */
export function indexSnapshot(top: string): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'pishnevis-staged-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    // --prefix is a string prefix, not a folder: it needs its trailing separator.
    git(['checkout-index', '--all', '--force', `--prefix=${resolve(dir).split(sep).join('/')}/`], top);
  } catch (e) {
    dispose();
    throw e;
  }
  return { dir, dispose };
}
