import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubWorkflow, gitlabCi, JUNIT_FILE, SARIF_FILE } from '../../src/core/init/files.js';
import { VERSION } from '../../src/version.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; name?: string }

const pinned = { kind: 'pinned', version: VERSION } as const;

/** The shell a CI step runs, with `npx --no-install draft` standing for this checkout's draft. */
function runScript(script: string, cwd: string): { code: number | null; out: string } {
  const local = script.replaceAll('npx --no-install draft', `"${process.execPath}" "${BIN}"`);
  const r = spawnSync('bash', ['-e', '-c', local], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** A repository of drafts: two ready and valid (one with an attachment), one ready with an error. */
function draftsRepo(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'drafts'));
  cpSync(join(ROOT, 'examples/valid'), join(dir, 'drafts'), { recursive: true });
  cpSync(join(ROOT, 'examples/invalid/arabic-letters.yaml'), join(dir, 'drafts/arabic-letters.yaml'));
  return dir;
}

describe('the GitHub workflow', () => {
  const wf = parse(githubWorkflow(pinned)) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; permissions: Record<string, string>; 'runs-on': string }> };
  const job = Object.values(wf.jobs)[0]!;
  const steps = job.steps;
  const uses = (name: string): Step | undefined => steps.find((s) => s.uses?.startsWith(`${name}@`));

  it('runs on push and pull request, with the rights upload-sarif needs and no more', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
  });

  it('installs the same pishnevis version, then validates with annotations, SARIF and JUnit', () => {
    expect(uses('actions/checkout')).toBeDefined();
    expect(Number(String(uses('actions/setup-node')!.with!['node-version']))).toBeGreaterThanOrEqual(20);
    const install = steps.findIndex((s) => s.run?.includes(`pishnevis@${VERSION}`));
    const validate = steps.findIndex((s) => s.run?.includes('draft validate'));
    expect(install).toBeGreaterThan(-1);
    expect(validate).toBeGreaterThan(install);
    const cmd = steps[validate]!.run!;
    expect(cmd).toContain('--format github');
    expect(cmd).toContain(`--format sarif=${SARIF_FILE}`);
    expect(cmd).toContain(`--format junit=${JUNIT_FILE}`);
  });

  it('uploads the SARIF to code scanning and keeps the JUnit report and the packages as artifacts, even after errors', () => {
    const sarif = uses('github/codeql-action/upload-sarif')!;
    expect(sarif.with!.sarif_file).toBe(SARIF_FILE);
    expect(sarif.if).toContain('!cancelled()');
    const artifacts = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(artifacts.map((s) => s.with!.path)).toEqual([JUNIT_FILE, 'packages/']);
    for (const s of artifacts) expect(s.if).toContain('!cancelled()');
  });

  it('packages exactly the ready drafts without errors (the step run for real on example drafts)', () => {
    const dir = draftsRepo();
    const step = steps.find((s) => s.name === 'Package the ready drafts')!;
    const r = runScript(step.run!, dir);
    expect(r.code, r.out).toBe(0);
    const zips = readdirSync(join(dir, 'packages')).sort();
    // Every example that is valid and ready, by the id its package is named after; not the ready one with an error.
    const ready = readdirSync(join(ROOT, 'examples/valid')).filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(join(ROOT, 'examples/valid', f), 'utf8'))
      .filter((t) => /^status: ready$/m.test(t))
      .map((t) => `${/^id: (\S+)$/m.exec(t)![1]}.zip`).sort();
    expect(ready.length).toBeGreaterThan(1);
    expect(zips).toEqual(ready);
    expect(zips).not.toContain('invalid-arabic-letters.zip');
  });

  it('the validation step writes the reports the upload steps read', () => {
    const dir = draftsRepo();
    const step = steps.find((s) => s.run?.includes('draft validate'))!;
    const r = runScript(step.run!, dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error file=drafts\/arabic-letters\.yaml,line=\d+/m);
    expect((JSON.parse(readFileSync(join(dir, SARIF_FILE), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(dir, JUNIT_FILE), 'utf8')).toContain('<testsuites');
  });
});

describe('the GitLab pipeline', () => {
  const ci = parse(gitlabCi(pinned)) as Record<string, { script: string[]; image: string; artifacts: { when: string; reports: { junit: string }; paths: string[] } }>;
  const job = ci.drafts!;

  it('installs the same version, validates, and shows the JUnit report in merge requests', () => {
    expect(job.image).toMatch(/^node:(2\d)/);
    expect(job.script[0]).toContain(`pishnevis@${VERSION}`);
    expect(job.script.some((l) => l.includes('draft validate') && l.includes(`--format junit=${JUNIT_FILE}`))).toBe(true);
    expect(job.artifacts.reports.junit).toBe(JUNIT_FILE);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.paths).toContain('packages/');
    expect(Object.keys(ci)).toContain('workflow');
  });

  it('its script, run for real: packages the ready drafts and still fails the job for the one with errors', () => {
    const dir = draftsRepo();
    // The lines after the install, in one shell as the runner runs them.
    const r = runScript(job.script.slice(1).join('\n'), dir);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'packages/qom-social-security-obligations.zip'))).toBe(true);
    expect(readFileSync(join(dir, JUNIT_FILE), 'utf8')).toContain('arabic-letters');
  });

  it('a repository that lists pishnevis in its package.json installs with npm ci', () => {
    expect(gitlabCi({ kind: 'lockfile' })).toContain('npm ci');
    expect(githubWorkflow({ kind: 'lockfile' })).not.toContain('pishnevis@');
  });
});
