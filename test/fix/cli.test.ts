import { chmodSync, cpSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draft, ROOT } from '../helpers/cli.js';
import { toPersianDigits } from '../../src/persian/digits.js';

const INVALID = join(ROOT, 'examples/invalid');
const dirs: string[] = [];
function workspace(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-fix-'));
  dirs.push(dir);
  for (const f of files) cpSync(join(INVALID, f), join(dir, f));
  // The drafts name attachments beside them.
  cpSync(join(INVALID, 'attachments'), join(dir, 'attachments'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('draft validate --fix', () => {
  it('writes the fixes and exits on what remains', () => {
    const dir = workspace(['arabic-letters.yaml', 'zwnj.yaml', 'cross-references.yaml']);
    expect(draft(['validate', '--lang', 'en', 'arabic-letters.yaml'], { cwd: dir }).code).toBe(1);
    const run = draft(['validate', '--fix', '--lang', 'en', '.'], { cwd: dir });
    expect(run.stdout).toContain('✔ 3 fixes written to 2 drafts.');
    // The cross-reference error has no fix: it remains, so the exit code is 1.
    expect(run.stdout).toContain('cross-references');
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'arabic-letters.yaml'), 'utf8')).toContain('subject: ساماندهی درآمدهای پایدار و کاهش اتکا');
    expect(draft(['validate', 'arabic-letters.yaml', 'zwnj.yaml'], { cwd: dir }).code).toBe(0);
    // A second run has nothing to do.
    const again = draft(['validate', '--fix', '--lang', 'en', 'arabic-letters.yaml', 'zwnj.yaml'], { cwd: dir });
    expect(again.stdout).toContain('Nothing to fix automatically.');
    expect(again.code).toBe(0);
  });

  it('keeps a symbolic link a link, and the file’s mode', () => {
    const dir = workspace(['arabic-digits.yaml']);
    chmodSync(join(dir, 'arabic-digits.yaml'), 0o640);
    symlinkSync('arabic-digits.yaml', join(dir, 'link.yaml'));
    expect(draft(['validate', '--fix', 'link.yaml'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('arabic-digits.yaml');
    expect(readFileSync(join(dir, 'arabic-digits.yaml'), 'utf8')).toContain('حداکثر در ۳۶ قسط');
    expect(statSync(join(dir, 'arabic-digits.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--fix-type applies only the kinds asked for', () => {
    const dir = workspace(['closing-counts.yaml', 'arabic-letters.yaml']);
    const run = draft(['validate', '--fix', '--fix-type', 'numbering,counts', '--lang', 'en', '.'], { cwd: dir });
    expect(run.stdout).toContain('✔ 2 fixes written to 1 draft.');
    expect(readFileSync(join(dir, 'closing-counts.yaml'), 'utf8')).toContain('در نه ماده و هفت تبصره');
    expect(readFileSync(join(dir, 'arabic-letters.yaml'), 'utf8')).toBe(readFileSync(join(INVALID, 'arabic-letters.yaml'), 'utf8'));
    expect(run.code).toBe(1);
  });

  it('refuses conflicting or unknown options with exit code 2, in Persian and English', () => {
    const dir = workspace(['zwnj.yaml']);
    const both = draft(['validate', '--fix', '--fix-dry-run', '.'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('«--fix» و «--fix-dry-run» را با هم نمی‌توان داد');
    expect(draft(['validate', '--lang', 'en', '--fix', '--fix-dry-run', '.'], { cwd: dir }).stderr).toContain('cannot be used together');
    const unknown = draft(['validate', '--lang', 'en', '--fix', '--fix-type', 'spelling', '.'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown fix type "spelling"');
    expect(draft(['validate', '--fix-type', 'counts', '.'], { cwd: dir }).code).toBe(2);
  });

  it('the stylish summary says how many findings --fix repairs, and how', () => {
    const dir = workspace(['arabic-letters.yaml', 'zwnj.yaml']);
    expect(draft(['validate', '--lang', 'en', '.'], { cwd: dir }).stdout).toContain('3 of them can be fixed automatically with `draft validate --fix`');
    expect(draft(['validate', '--lang', 'fa', '.'], { cwd: dir }).stdout).toContain('۳ مورد با «draft validate --fix» به‌طور خودکار اصلاح می‌شود');
  });
});

describe('draft validate --fix-dry-run', () => {
  it('prints a unified diff per file, and leaves each file’s bytes and mtime as they were', () => {
    const dir = workspace(['arabic-letters.yaml', 'rlm-half-space.yaml']);
    const files = ['arabic-letters.yaml', 'rlm-half-space.yaml'].map((f) => join(dir, f));
    const past = new Date('2020-01-02T03:04:05Z');
    for (const f of files) utimesSync(f, past, past);
    const before = files.map((f) => [readFileSync(f), statSync(f).mtimeMs] as const);
    const run = draft(['validate', '--fix-dry-run', '--lang', 'en', '.'], { cwd: dir });
    expect(run.stdout).toContain('--- a/arabic-letters.yaml\n+++ b/arabic-letters.yaml\n@@ -31,7 +31,7 @@');
    expect(run.stdout).toContain('-subject: ساماندهی درآمدهای پايدار و كاهش');
    expect(run.stdout).toContain('+subject: ساماندهی درآمدهای پایدار و کاهش');
    expect(run.stdout).toContain('--- a/rlm-half-space.yaml');
    expect(run.stdout).toContain('--fix would write 3 fixes to 2 drafts; nothing was written.');
    // As eslint's dry run: what remains once fixed decides the exit code.
    expect(run.code).toBe(0);
    files.forEach((f, i) => {
      expect(readFileSync(f).equals(before[i]![0])).toBe(true);
      expect(statSync(f).mtimeMs).toBe(before[i]![1]);
    });
    expect(readdirSync(dir).sort()).toEqual(['arabic-letters.yaml', 'attachments', 'rlm-half-space.yaml']);
  });

  it('keeps stdout to a machine format: the diffs go to stderr then', () => {
    const dir = workspace(['arabic-letters.yaml']);
    const run = draft(['validate', '--fix-dry-run', '--format', 'json', '.'], { cwd: dir });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain('+++ b/arabic-letters.yaml');
  });
});

describe('--fix on a folder, on worker threads and with the cache', () => {
  it('fixes every draft of a large folder on worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-fix-many-'));
    dirs.push(dir);
    const source = readFileSync(join(INVALID, 'arabic-letters.yaml'), 'utf8');
    for (let i = 0; i < 160; i++) {
      const text = source.replace('id: invalid-arabic-letters', `id: invalid-arabic-letters-${i}`).replace(/^title: (.*)$/m, (_, t: string) => `title: ${t} ${toPersianDigits(i)}`);
      writeFileSync(join(dir, `d${i}.yaml`), text);
    }
    const run = draft(['validate', '--fix', '--threads', '2', '--lang', 'en', '.'], { cwd: dir });
    expect(run.stdout).toContain('✔ 320 fixes written to 160 drafts.');
    expect(run.code).toBe(0);
    for (let i = 0; i < 160; i += 37) expect(readFileSync(join(dir, `d${i}.yaml`), 'utf8')).not.toMatch(/[يك]/);
  });

  it('the cache never answers for a fixed draft with its result from before', () => {
    const dir = workspace(['arabic-letters.yaml', 'zwnj.yaml']);
    const before = draft(['validate', '--cache', '--lang', 'en', '.'], { cwd: dir });
    expect(before.code).toBe(1);
    // A dry run fixes nothing on disk, so the cache must still say what is on disk.
    draft(['validate', '--cache', '--fix-dry-run', '.'], { cwd: dir });
    expect(draft(['validate', '--cache', '--lang', 'en', '.'], { cwd: dir }).stdout).toContain('3 problems');
    // ي → ی keeps the file's size: the cache must know the file by what was written, not by its size.
    const size = statSync(join(dir, 'arabic-letters.yaml')).size;
    expect(draft(['validate', '--cache', '--fix', '.'], { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, 'arabic-letters.yaml')).size).toBe(size);
    const after = draft(['validate', '--cache', '--lang', 'en', '.'], { cwd: dir });
    expect(after.stdout).toContain('2 drafts checked, no problems found.');
    expect(after.code).toBe(0);
  });
});
