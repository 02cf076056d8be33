/**
 * Folders are never left out silently (issue 17, item 10): an unreadable folder is reported, a linked
 * folder inside the tree is walked once (a link loop ends), and a link out of the tree is named and
 * not followed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateBatch } from '../../src/core/batch/batch.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { BIN, ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(join(d, 'locked'), 0o755);
    } catch {
      // not every test locks a folder
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-folders-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'a'));
  cpSync(join(ROOT, 'examples', 'valid', 'qom-social-security.yaml'), join(dir, 'a', 'qom.yaml'));
  return dir;
}
const run = (dir: string) => validateBatch({ paths: [dir], cwd: dir, config: defaultConfig(dir, 'en'), lang: 'en', threads: 1 });

describe('the walk of a tree of drafts', () => {
  it('reports a folder it cannot read, as an error naming it (exit 1, the rest still checked)', () => {
    const dir = tree();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    cpSync(join(ROOT, 'examples', 'valid', 'shiraz-building-permits.yaml'), join(dir, 'locked', 'shiraz.yaml'));
    chmodSync(join(dir, 'locked'), 0o000);
    // Root reads every folder whatever its mode, so the check runs as an ordinary user.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    const [cmd, ...args] = [...asUser, process.execPath, BIN, 'validate', '.', '--format', 'json', '--lang', 'en'];
    const r = spawnSync(cmd!, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{ file: string; errorCount: number; findings: Array<{ message: string }> }>;
    expect(results.map((x) => x.file)).toContain('a/qom.yaml');
    const locked = results.find((x) => x.file === 'locked')!;
    expect(locked.errorCount).toBe(1);
    expect(locked.findings[0]!.message).toMatch(/could not be read \(EACCES\)/);
  });

  it('walks a linked folder inside the tree once, and a link loop ends', async () => {
    const dir = tree();
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    symlinkSync(dir, join(dir, 'a', 'loop'));
    const r = await run(dir);
    const files = r.results.map((x) => x.file);
    expect(files.filter((f) => f.endsWith('qom.yaml'))).toHaveLength(1);
  });

  it('a linked folder whose drafts are reached only through the link is checked', async () => {
    const dir = tree();
    const inner = join(dir, '.store');
    mkdirSync(inner);
    cpSync(join(ROOT, 'examples', 'valid', 'shiraz-building-permits.yaml'), join(inner, 'shiraz.yaml'));
    symlinkSync(inner, join(dir, 'linked'));
    const r = await run(dir);
    expect(r.results.map((x) => x.file)).toContain('linked/shiraz.yaml');
  });

  it('names a link to a folder outside the tree, and does not follow it', async () => {
    const dir = tree();
    const outside = mkdtempSync(join(tmpdir(), 'draft-outside-'));
    dirs.push(outside);
    cpSync(join(ROOT, 'examples', 'valid', 'shiraz-building-permits.yaml'), join(outside, 'shiraz.yaml'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    const r = await run(dir);
    expect(r.results.map((x) => x.file)).not.toContain('elsewhere/shiraz.yaml');
    const link = r.results.find((x) => x.file === 'elsewhere')!;
    expect(link.warningCount).toBe(1);
    expect(link.findings[0]!.message).toMatch(/outside the tree/);
  });
});
