import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/directive', import.meta.url));
export const ID = 'qom-social-security-obligations';
/** The Library of Congress conformance suite, beside the repository (../shared) here and in CI. */
export const SUITE = process.env['BAGIT_CONFORMANCE_DIR'] ?? join(ROOT, '..', 'shared', 'bagit-conformance');

export function tempDir(prefix = 'draft-pkg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh copy of the fixture draft and its attachments; returns the folder. */
export function copyFixture(): string {
  const dir = tempDir('draft-src-');
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return dir;
}

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
export const sha256File = (path: string): string => sha256(readFileSync(path));

export interface Capture {
  out: string;
  err: string;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
}

export function capture(): Capture {
  const c: Capture = {
    out: '',
    err: '',
    stdout: { write: (s: string) => { c.out += s; } },
    stderr: { write: (s: string) => { c.err += s; } },
  };
  return c;
}

/** Info-ZIP's own integrity test. */
export function unzipTest(zip: string): { ok: boolean; output: string } {
  const r = spawnSync('unzip', ['-t', zip], { encoding: 'utf8' });
  return { ok: r.status === 0 && /No errors detected/.test(r.stdout), output: `${r.stdout}${r.stderr}` };
}

export function unzipTo(zip: string, dir: string): void {
  const r = spawnSync('unzip', ['-q', zip, '-d', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip failed: ${r.stderr}`);
}

/** Every file under a folder, relative, sorted. */
export function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, base))) {
    const rel = base ? `${base}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}
