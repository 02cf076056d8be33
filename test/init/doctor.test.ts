import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor, parseJsonc, versionAtLeast } from '../../src/core/init/doctor.js';
import { ROOT } from '../helpers/cli.js';
import { INIT_FLAGS, git, run, tempDir } from './helpers.js';

describe('draft doctor', () => {
  it('on a repository draft init set up: every check passes (exit 0)', () => {
    const dir = tempDir();
    expect(run(['init', ...INIT_FLAGS], dir).code).toBe(0);
    const r = run(['doctor', '--lang', 'en'], join(dir, 'drafts'));
    expect(r.stdout).toContain('Everything is in order.');
    expect(r.stdout).toContain('The pre-commit hook is installed and runs draft');
    expect(r.code).toBe(0);
  });

  it('on a broken repository: names each problem and what to do about it (exit 1)', () => {
    const dir = tempDir();
    expect(run(['init', ...INIT_FLAGS], dir).code).toBe(0);
    // Every way the set-up breaks in practice, at once.
    writeFileSync(join(dir, 'draft.config.yaml'), 'draftsDir: drafts\nrules:\n  zwnj: sometimes\n');
    rmSync(join(dir, '.draft'), { recursive: true });
    writeFileSync(join(dir, '.vscode/settings.json'), '{\n  // mine\n  "yaml.schemas": { "/home/someone/.nvm/lib/node_modules/pishnevis/schemas/draft.schema.json": ["drafts/*.yaml"] },\n}\n');
    rmSync(join(dir, '.git/hooks/pre-commit'));
    const gh = join(dir, '.github/workflows/drafts.yml');
    writeFileSync(gh, readFileSync(gh, 'utf8').replace(/pishnevis@[\d.]+/, 'pishnevis@0.0.1').replace('actions/checkout@v4', 'actions/checkout@v2').replace(/node-version: \d+/, 'node-version: 16'));
    rmSync(join(dir, '.gitlab-ci.yml'));
    writeFileSync(join(dir, 'drafts/old.yaml'), `# yaml-language-server: $schema=${join(ROOT, 'schemas/draft.schema.json')}\nkind: directive\n`);

    const r = run(['doctor', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/✖ draft\.config\.yaml:3:\d+ .*zwnj/);
    expect(out).toMatch(/✖ \.draft\/schemas\/ is missing[\s\S]*?→ Run draft init --update/);
    expect(out).toMatch(/✖ yaml\.schemas points at \/home\/someone\/.*outside the repository/);
    expect(out).toMatch(/✖ 1 draft name the schema by an absolute path.*drafts\/old\.yaml/);
    expect(out).toMatch(/✖ No pre-commit hook; commits are not checked\.\n +→ Run draft hook install\./);
    expect(out).toMatch(/✖ \.github\/workflows\/drafts\.yml: installs pishnevis 0\.0\.1.*actions\/checkout@v2 is retired.*Node 16/);
    expect(out).toMatch(/problems\.$/m);
  });

  it('a hook whose recorded draft is gone: every commit would be stopped, so it says so', () => {
    const dir = tempDir();
    expect(run(['init', ...INIT_FLAGS], dir).code).toBe(0);
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, readFileSync(hook, 'utf8').replace(/^installed='.*'$/m, "installed='/nowhere/bin/draft.js'"));
    const r = run(['doctor', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/nowhere/bin/draft.js) does not work');
  });

  it('no configuration and no git: says to run draft init and git init', () => {
    const dir = tempDir();
    const r = run(['doctor'], dir, { GIT_CEILING_DIRECTORIES: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draft.config.yaml پیدا نشد');
    expect(r.stdout).toContain('«draft init»');
    expect(r.stdout).toContain('مخزن git نیست');
  });

  it('reads a hook manager’s configuration: husky without the line is a problem', () => {
    const dir = tempDir();
    expect(run(['init', ...INIT_FLAGS, '--no-git'], dir).code).toBe(0);
    git(['init', '-q'], dir);
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky/pre-commit'), 'npm test\n');
    const checks = runDoctor({ root: dir, config: undefined, nodeVersion: '20.17.0', minNode: '20.17', version: '0.1.0' });
    const hook = checks.find((c) => c.id === 'hook')!;
    expect(hook.status).toBe('problem');
    expect(hook.fix!.en).toContain('.husky/pre-commit');
    const old = runDoctor({ root: dir, config: undefined, nodeVersion: '18.19.0', minNode: '20.17', version: '0.1.0' });
    expect(old.find((c) => c.id === 'node')!.status).toBe('problem');
  });

  it('reads VS Code settings with comments and trailing commas; compares versions by number', () => {
    expect(parseJsonc('{\n // a\n "a": "http://x//y", /* b */ "c": [1,],\n}')).toEqual({ a: 'http://x//y', c: [1] });
    expect(versionAtLeast('20.9.0', '20.17')).toBe(false);
    expect(versionAtLeast('22.1.0', '20.17')).toBe(true);
  });
});
