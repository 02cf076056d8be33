/**
 * `--changed-since` hands its value to git (issue 17, item 11): a value git would read as an option
 * (`--output=victim.txt` made git write a file) is refused, and a ref that names no commit is a usage
 * error that says so.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, draft } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-changed-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'examples', 'valid'), join(dir, 'drafts'), { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'drafts']]) execFileSync('git', args, { cwd: dir, env });
  return dir;
}

describe('--changed-since and git', () => {
  it('refuses a value that git would take for an option, and git writes nothing', () => {
    const dir = repo();
    for (const value of ['--output=victim.txt', '-ovictim.txt']) {
      const r = draft(['validate', 'drafts', `--changed-since=${value}`, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/does not start with "-"/);
      expect(existsSync(join(dir, 'victim.txt'))).toBe(false);
      expect(existsSync(join(dir, 'drafts', 'victim.txt'))).toBe(false);
    }
  });

  it('a ref that names no commit is a usage error naming it, in the language asked for', () => {
    const dir = repo();
    const en = draft(['validate', 'drafts', '--changed-since', 'no-such-branch', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/no commit, branch or tag named "no-such-branch"/);
    const fa = draft(['validate', 'drafts', '--changed-since', 'no-such-branch', '--lang', 'fa'], { cwd: dir });
    expect(fa.code).toBe(2);
    expect(fa.stderr).toMatch(/«no-such-branch»/);
  });

  it('a real ref still works', () => {
    const dir = repo();
    expect(draft(['validate', 'drafts', '--changed-since', 'HEAD'], { cwd: dir }).code).toBe(0);
  });
});
