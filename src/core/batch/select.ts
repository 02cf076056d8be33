import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

const IGNORE_FILE = '.draftignore';

/** Drops files matched by `.draftignore` (gitignore syntax) in the repository root. */
export async function applyIgnore(files: string[], root: string): Promise<string[]> {
  const file = join(root, IGNORE_FILE);
  if (!existsSync(file)) return files;
  const { default: ignore } = await import('ignore');
  const ig = ignore().add(readFileSync(file, 'utf8'));
  return files.filter((f) => {
    const rel = relative(root, f).split('\\').join('/');
    return rel.startsWith('..') || rel === '' || !ig.ignores(rel);
  });
}

/** Files changed since `ref` (committed, staged, unstaged or new), as absolute paths. */
export async function changedSince(ref: string, cwd: string): Promise<Set<string>> {
  // Loaded here, not at start-up: child_process brings net and dgram with it, some 5 ms.
  const { execFileSync } = await import('node:child_process');
  const git = (args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UsageError({ fa: 'گزینه --changed-since به git نیاز دارد، اما git پیدا نشد.', en: '--changed-since needs git, and git was not found.' });
      }
      const stderr = String((e as { stderr?: string }).stderr ?? '').trim().split('\n')[0] ?? '';
      throw new UsageError({
        fa: `git نتوانست تغییرات از «${ref}» را بدهد: ${stderr}`,
        en: `git could not list the changes since "${ref}": ${stderr}`,
      });
    }
  };
  // A ref that starts with "-" would be read by git as an option (`--output=file` writes a file).
  if (ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) {
    throw new UsageError({
      fa: `«${ref.replace(/[\u0000-\u001f\u007f]/g, '?')}» نام یک commit، شاخه یا برچسب git نیست؛ برای --changed-since نامی بدهید که با «-» شروع نشود.`,
      en: `"${ref.replace(/[\u0000-\u001f\u007f]/g, '?')}" is not a git commit, branch or tag; --changed-since takes a name that does not start with "-".`,
    });
  }
  const top = git(['rev-parse', '--show-toplevel']).trim();
  // The ref must name a commit; asked with --end-of-options so nothing in it is taken for an option.
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
  } catch {
    throw new UsageError({
      fa: `در این مخزن git هیچ commit، شاخه یا برچسبی به نام «${ref}» نیست (--changed-since).`,
      en: `This git repository has no commit, branch or tag named "${ref}" (--changed-since).`,
    });
  }
  // Both lists name files from the top of the repository, wherever in it the command runs: new files
  // outside the current folder count too.
  const names = [
    ...git(['diff', '--name-only', '--no-renames', '--diff-filter=ACMRT', '--end-of-options', ref, '--']).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard', '--full-name', '--', ':/']).split('\n'),
  ];
  return new Set(names.filter(Boolean).map((n) => resolve(top, n)));
}

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError({
      fa: `«--shard ${text}» نادرست است؛ به شکل i/n بنویسید که ۱ ≤ i ≤ n، مانند 2/4.`,
      en: `"--shard ${text}" is not valid; write i/n with 1 ≤ i ≤ n, e.g. 2/4.`,
    });
  }
  return { index, count };
}

/** FNV-1a: a stable hash, so a file stays in its shard however many other files come and go. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(relPath: string, shard: Shard): boolean {
  return fnv1a(relPath) % shard.count === shard.index - 1;
}
