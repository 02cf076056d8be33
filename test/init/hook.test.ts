import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { INIT_FLAGS, git, run, tempDir } from './helpers.js';

const GOOD = readFileSync(join(ROOT, 'examples/valid/qom-social-security.yaml'), 'utf8');
// The same draft with an Arabic yeh in its title: an error of the arabic-letters rule.
const BAD = GOOD.replace(/^title: (.*)ی(.*)$/m, 'title: $1ي$2');
const FILE = 'drafts/qom-social-security.yaml';

/** A repository set up by draft init, with the example's attachment committed beside it. */
function repo(): string {
  const dir = tempDir();
  expect(run(['init', ...INIT_FLAGS], dir).code).toBe(0);
  cpSync(join(ROOT, 'examples/valid/attachments'), join(dir, 'drafts/attachments'), { recursive: true });
  expect(git(['add', '-A'], dir).code).toBe(0);
  expect(git(['commit', '-qm', 'init'], dir).code).toBe(0);
  return dir;
}

const commit = (dir: string, message: string) => git(['commit', '-qm', message], dir);

describe('the pre-commit hook, in a real git repository', () => {
  it('blocks a draft with errors, naming the file, line and rule; lets a clean one through', () => {
    expect(BAD).not.toBe(GOOD);
    const dir = repo();
    writeFileSync(join(dir, FILE), BAD);
    git(['add', FILE], dir);
    const blocked = commit(dir, 'bad');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr + blocked.stdout).toMatch(/drafts\/qom-social-security\.yaml[\s\S]*\b6:\d+[\s\S]*arabic-letters/);
    expect(blocked.stderr + blocked.stdout).toContain('commit متوقف شد');
    expect(git(['rev-list', '--count', 'HEAD'], dir).stdout.trim()).toBe('1');

    writeFileSync(join(dir, FILE), GOOD);
    git(['add', FILE], dir);
    const passed = commit(dir, 'good');
    expect(passed.code, passed.stderr).toBe(0);
    expect(git(['rev-list', '--count', 'HEAD'], dir).stdout.trim()).toBe('2');
  });

  it('judges the staged content only: an unstaged fix does not help, an unstaged mistake does not hurt', () => {
    const dir = repo();
    writeFileSync(join(dir, FILE), BAD);
    git(['add', FILE], dir);
    writeFileSync(join(dir, FILE), GOOD); // fixed in the working tree, not staged
    expect(commit(dir, 'bad staged').code).not.toBe(0);

    git(['add', FILE], dir);
    writeFileSync(join(dir, FILE), BAD); // broken in the working tree, not staged
    const r = commit(dir, 'good staged');
    expect(r.code, r.stderr).toBe(0);
    expect(git(['show', `HEAD:${FILE}`], dir).stdout).toBe(GOOD);
  });

  it('git commit -a and git commit <path> are judged by what they commit', () => {
    const dir = repo();
    writeFileSync(join(dir, FILE), GOOD);
    git(['add', FILE], dir);
    expect(commit(dir, 'good').code).toBe(0);
    writeFileSync(join(dir, FILE), BAD);
    const all = git(['commit', '-a', '-qm', 'all'], dir);
    expect(all.code).not.toBe(0);
    expect(all.stdout + all.stderr).toContain('arabic-letters');
    // A partial commit takes the working tree's file: git hands the hook a temporary index (GIT_INDEX_FILE).
    git(['add', FILE], dir);
    const edited = `${GOOD}# ویرایش دوم\n`;
    writeFileSync(join(dir, FILE), edited);
    const partial = git(['commit', '-qm', 'partial', '--', FILE], dir);
    expect(partial.code, partial.stderr).toBe(0);
    expect(git(['show', `HEAD:${FILE}`], dir).stdout).toBe(edited);
  });

  it('compares a staged draft with the committed ones: a repeated id stops the commit', () => {
    const dir = repo();
    writeFileSync(join(dir, FILE), GOOD);
    git(['add', FILE], dir);
    expect(commit(dir, 'first').code).toBe(0);
    writeFileSync(join(dir, 'drafts/copy.yaml'), GOOD);
    git(['add', 'drafts/copy.yaml'], dir);
    const r = commit(dir, 'copy');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('unique-id');
    // Findings are reported for the staged draft only, not for the committed one it clashes with.
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/^drafts\/copy\.yaml$/m);
    expect(out).not.toMatch(/^drafts\/qom-social-security\.yaml$/m);
  });

  it('checks the staged draft against the staged configuration and attachments', () => {
    const dir = repo();
    writeFileSync(join(dir, FILE), GOOD);
    git(['add', FILE], dir);
    // The attachment the draft names is removed from the index: the commit would lack it.
    git(['rm', '-q', '--cached', 'drafts/attachments/qom-social-security-table.csv'], dir);
    const r = commit(dir, 'without the attachment');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('attachments');
  });

  it('passes over commits without drafts, and files outside draftsDir', () => {
    const dir = repo();
    writeFileSync(join(dir, 'notes.yaml'), 'not: [a draft\n');
    writeFileSync(join(dir, 'README.md'), '# drafts\n');
    git(['add', '-A'], dir);
    expect(commit(dir, 'other files').code).toBe(0);
  });

  it('uninstall removes it; install puts it back; someone else’s hook is left alone', () => {
    const dir = repo();
    const hook = join(dir, '.git/hooks/pre-commit');
    const u = run(['hook', 'uninstall', '--lang', 'en'], dir);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain('pre-commit hook removed');
    expect(existsSync(hook)).toBe(false);
    writeFileSync(join(dir, FILE), BAD);
    git(['add', FILE], dir);
    expect(commit(dir, 'unchecked').code).toBe(0);

    writeFileSync(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const i = run(['hook', 'install', '--lang', 'en'], dir);
    expect(i.code).toBe(1);
    expect(i.stdout).toContain('npx --no-install draft hook run pre-commit');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(run(['hook', 'uninstall', '--lang', 'en'], dir).stdout).toContain('not pishnevis');
    expect(run(['hook', 'install', '--force', '--lang', 'en'], dir).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('hook run pre-commit');
  });

  it('outside a git repository: a usage error (exit 2)', () => {
    const r = run(['hook', 'install', '--lang', 'en'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a git repository');
  });
});

describe('beside a hook manager', () => {
  it('husky: prints the line for .husky/pre-commit instead of writing the hook', () => {
    const dir = tempDir();
    git(['init', '-q'], dir);
    mkdirSync(join(dir, '.husky'));
    git(['config', 'core.hooksPath', '.husky/_'], dir);
    const r = run(['hook', 'install', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('husky runs this repository');
    expect(r.stdout).toContain('.husky/pre-commit');
    expect(existsSync(join(dir, '.husky/_/pre-commit'))).toBe(false);
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(false);
    // Once the line is there, install says so and succeeds.
    writeFileSync(join(dir, '.husky/pre-commit'), 'npx --no-install draft hook run pre-commit\n');
    expect(run(['hook', 'install', '--lang', 'en'], dir).code).toBe(0);
  });

  it('lefthook and pre-commit: the snippet for their configuration', () => {
    const lh = tempDir();
    git(['init', '-q'], lh);
    writeFileSync(join(lh, 'lefthook.yml'), 'pre-push:\n  commands: {}\n');
    const a = run(['hook', 'install', '--lang', 'en'], lh);
    expect(a.stdout).toContain('lefthook.yml');
    expect(a.stdout).toContain('run: npx --no-install draft hook run pre-commit');
    const pc = tempDir();
    git(['init', '-q'], pc);
    writeFileSync(join(pc, '.pre-commit-config.yaml'), 'repos: []\n');
    const b = run(['hook', 'install', '--lang', 'en'], pc);
    expect(b.stdout).toContain('- repo: local');
    expect(b.stdout).toContain('pass_filenames: false');
    for (const d of [lh, pc]) expect(existsSync(join(d, '.git/hooks/pre-commit'))).toBe(false);
  });
});
