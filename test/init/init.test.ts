import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/config.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers/cli.js';
import { INIT_FLAGS, git, run, tempDir } from './helpers.js';

const FILES = [
  'draft.config.yaml', 'drafts/README.md', '.gitignore', '.draftignore', '.github/workflows/drafts.yml', '.gitlab-ci.yml',
  '.vscode/settings.json', '.vscode/extensions.json', '.draft/schemas/draft.schema.json', '.draft/schemas/config.schema.json',
];

describe('draft init in an empty folder', () => {
  it('writes every file, a configuration its schema accepts, git and the hook; draft new then writes a relative modeline', async () => {
    const dir = tempDir();
    const r = run(['init', ...INIT_FLAGS], dir, { CI: 'true' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of FILES) {
      expect(existsSync(join(dir, f)), f).toBe(true);
      expect(r.stdout).toContain(f);
    }
    // The configuration is read through its schema (loadConfig throws ConfigError on any mismatch).
    const config = await loadConfig(dir, { configFile: join(dir, 'draft.config.yaml') });
    expect(config.draftsDir).toBe('drafts');
    expect(config.defaults?.municipality).toEqual({ province: 'قم', city: 'قم' });
    expect(config.defaults?.author).toEqual({ name: 'زهرا احمدی', position: 'معاون حقوقی شهرداری قم' });
    // The commented options are there for the user to turn on, every rule among them.
    const text = readFileSync(join(dir, 'draft.config.yaml'), 'utf8');
    for (const key of ['# deadline:', '# templatesDir:', '# municipalities:', '# rules:', '#   zwnj: warn', '#   arabic-letters: error']) expect(text).toContain(key);
    // The schemas are a copy of the installed ones, so every clone has them.
    expect(readFileSync(join(dir, '.draft/schemas/draft.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/draft.schema.json'), 'utf8'));
    // git and the hook.
    expect(existsSync(join(dir, '.git'))).toBe(true);
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toContain('hook run pre-commit');

    const n = run(['new', '--kind', 'circular', '--title', 'پیش‌نویس بخشنامه ساماندهی پسماند شهری', '--category', 'social-security',
      '--subject', 'ساماندهی پسماند', '--addressee', 'شهرداری‌های مراکز استان‌ها', '--signatory-name', 'وزیر کشور', '--signatory-position', 'وزیر کشور', '--yes'], dir, { CI: 'true' });
    expect(n.code).toBe(0);
    const [draftFile] = readdirSync(join(dir, 'drafts')).filter((f) => f.endsWith('.yaml'));
    const draftText = readFileSync(join(dir, 'drafts', draftFile!), 'utf8');
    // From the defaults of the configuration init wrote, and with a modeline every clone can follow.
    expect(draftText.split('\n')[0]).toBe('# yaml-language-server: $schema=../.draft/schemas/draft.schema.json');
    expect(draftText).toContain('name: زهرا احمدی');
    expect(draftText).not.toContain(ROOT);
  });

  it('in a named folder, with English messages; no questions without a terminal and without --yes', () => {
    const parent = tempDir();
    const r = run(['init', 'repo', '--lang', 'en', '--no-git'], parent);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Drafts repository in repo');
    expect(existsSync(join(parent, 'repo', 'draft.config.yaml'))).toBe(true);
    expect(existsSync(join(parent, 'repo', '.git'))).toBe(false);
    // Without a province the defaults stay as a commented example.
    expect(readFileSync(join(parent, 'repo', 'draft.config.yaml'), 'utf8')).toContain('# defaults:');
  });

  it('in a folder of a larger git repository: the hook goes to that repository, with a note that CI files belong at its top', () => {
    const top = tempDir();
    git(['init', '-q'], top);
    const r = run(['init', 'municipality/drafts-repo', '--lang', 'en', ...INIT_FLAGS], top);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("The git repository's top is");
    expect(r.stdout).toContain('working-directory: municipality/drafts-repo');
    expect(existsSync(join(top, '.git/hooks/pre-commit'))).toBe(true);
    expect(existsSync(join(top, 'municipality/drafts-repo/.git'))).toBe(false);
  });

  it('--update without a configuration: says to run draft init (exit 2)', () => {
    const r = run(['init', '--update', '--lang', 'en'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('run draft init first');
  });

  it('rejects a province that is not one, as draft new does (exit 2)', () => {
    const dir = tempDir();
    const r = run(['init', '--province', 'آتلانتیس', '--yes', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--province');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('draft init where files exist', () => {
  function existing(): string {
    const dir = tempDir();
    git(['init', '-q'], dir);
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode/settings.json'), '{ "editor.fontSize": 14 }\n');
    writeFileSync(join(dir, '.gitignore'), 'secret.txt\n');
    writeFileSync(join(dir, 'draft.config.yaml'), 'lang: en\ndraftsDir: docs/drafts\n');
    writeFileSync(join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho mine\n', { mode: 0o755 });
    return dir;
  }

  it('clobbers nothing: reports each existing file as skipped, and leaves another hook alone', () => {
    const dir = existing();
    const r = run(['init', ...INIT_FLAGS], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "editor.fontSize": 14 }\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('secret.txt\n');
    expect(readFileSync(join(dir, 'draft.config.yaml'), 'utf8')).toBe('lang: en\ndraftsDir: docs/drafts\n');
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    // The configuration's language and drafts folder are the repository's.
    expect(r.stdout).toMatch(/\.gitignore +exists; left alone/);
    expect(r.stdout).toMatch(/draft\.config\.yaml +exists; left alone/);
    expect(r.stdout).toContain('3 files existed and were left alone.');
    expect(r.stdout).toContain('is another hook and was not overwritten');
    expect(existsSync(join(dir, 'docs/drafts/README.md'))).toBe(true);
    expect(readFileSync(join(dir, '.github/workflows/drafts.yml'), 'utf8')).toContain(`pishnevis@${VERSION}`);
  });

  it('--force replaces them', () => {
    const dir = existing();
    const r = run(['init', ...INIT_FLAGS, '--force'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\.gitignore +replaced \(--force\)/);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.draftcache');
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toContain('hook run pre-commit');
  });

  it('a configuration that fails its schema: named with its line (exit 2); --force replaces it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.config.yaml'), 'draftsDir: drafts\nlang: de\n');
    const r = run(['init', ...INIT_FLAGS, '--no-git', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/draft\.config\.yaml:2:7/);
    const f = run(['init', ...INIT_FLAGS, '--no-git', '--force', '--lang', 'en'], dir);
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, 'draft.config.yaml'), 'utf8')).toContain('lang: en');
  });

  it('--update refreshes .draft/schemas and the CI files’ pishnevis version, and nothing else', () => {
    const dir = tempDir();
    expect(run(['init', ...INIT_FLAGS, '--no-git'], dir).code).toBe(0);
    writeFileSync(join(dir, '.draft/schemas/draft.schema.json'), '{}\n');
    // A plain init leaves even its own copy alone.
    expect(run(['init', ...INIT_FLAGS, '--no-git', '--lang', 'en'], dir).stdout).toMatch(/\.draft\/schemas\/draft\.schema\.json +exists; left alone/);
    expect(readFileSync(join(dir, '.draft/schemas/draft.schema.json'), 'utf8')).toBe('{}\n');
    const gl = join(dir, '.gitlab-ci.yml');
    writeFileSync(gl, readFileSync(gl, 'utf8').replace(`pishnevis@${VERSION}`, 'pishnevis@0.0.9'));
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    const r = run(['init', '--update', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\.draft\/schemas\/draft\.schema\.json +updated/);
    expect(r.stdout).toMatch(/\.gitlab-ci\.yml +updated/);
    expect(readFileSync(join(dir, '.draft/schemas/draft.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/draft.schema.json'), 'utf8'));
    expect(readFileSync(gl, 'utf8')).toContain(`pishnevis@${VERSION}`);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('mine\n');
  });
});

describe('draft init, asking', () => {
  it('asks on a terminal for what the flags did not give, and writes the answers; Ctrl+C writes nothing (130)', async () => {
    const { initCommand } = await import('../../src/commands/init.js');
    const dir = tempDir();
    let asked: unknown;
    const out: string[] = [];
    const code = await initCommand({
      cwd: dir, stdout: { write: (t: string) => out.push(t) }, stdinIsTTY: true, env: {}, git: false, province: 'esfahan',
      ask: async (session) => {
        asked = session.given;
        return { ...session.given, city: 'کاشان', authorName: 'علی رضایی' };
      },
    });
    expect(code).toBe(0);
    expect(asked).toEqual({ province: 'اصفهان' });
    const config = await loadConfig(dir, { configFile: join(dir, 'draft.config.yaml') });
    expect(config.defaults).toEqual({ municipality: { province: 'اصفهان', city: 'کاشان' }, author: { name: 'علی رضایی' } });

    const other = tempDir();
    const cancelled = await initCommand({
      cwd: other, stdout: { write: () => true }, stdinIsTTY: true, env: {}, git: false,
      ask: async () => { throw Object.assign(new Error('cancelled'), { name: 'ExitPromptError' }); },
    });
    expect(cancelled).toBe(130);
    expect(readdirSync(other)).toEqual([]);
  });

  it('never asks with CI set or --yes, even on a terminal', async () => {
    const { initCommand } = await import('../../src/commands/init.js');
    const ask = async (): Promise<never> => { throw new Error('asked'); };
    for (const extra of [{ env: { CI: 'true' } }, { env: {}, yes: true }]) {
      const code = await initCommand({ cwd: tempDir(), stdout: { write: () => true }, stdinIsTTY: true, git: false, ask, ...extra });
      expect(code).toBe(0);
    }
  });
});
