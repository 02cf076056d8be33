/**
 * The same inputs give a byte-identical zip on any machine and in any time zone. These tests run the
 * built binary (npm run build first) as a separate process, so TZ really is the process's zone.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draft } from '../helpers/cli.js';
import { ID, copyFixture, sha256File, tempDir, unzipTest } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function packageIn(env: NodeJS.ProcessEnv, src = copyFixture()): { zip: string; code: number | null; out: string } {
  const cwd = tempDir('draft-det-');
  made.push(cwd, src);
  const env2 = { ...env };
  if (!('SOURCE_DATE_EPOCH' in env2)) env2.SOURCE_DATE_EPOCH = '';
  const r = draft(['package', join(src, 'draft.yaml')], { cwd, env: env2 });
  return { zip: join(cwd, `${ID}.zip`), code: r.code, out: r.stdout + r.stderr };
}

describe('determinism of draft package (built binary)', () => {
  it('gives the same bytes under TZ=UTC and TZ=Asia/Tehran, from different folders', () => {
    const a = packageIn({ TZ: 'UTC' });
    const b = packageIn({ TZ: 'Asia/Tehran' });
    const c = packageIn({ TZ: 'America/St_Johns', LANG: 'fa_IR.UTF-8' });
    expect(a.code, a.out).toBe(0);
    expect(b.code, b.out).toBe(0);
    expect(c.code, c.out).toBe(0);
    expect(sha256File(b.zip)).toBe(sha256File(a.zip));
    expect(sha256File(c.zip)).toBe(sha256File(a.zip));
    expect(unzipTest(a.zip).ok).toBe(true);
  });

  it('stamps every entry with the draft date at midnight UTC', () => {
    const a = packageIn({ TZ: 'Asia/Tehran' });
    const zip = readFileSync(a.zip);
    // Local file headers: DOS time at +10, date at +12. 2026-11-30 00:00:00.
    const date = ((2026 - 1980) << 9) | (11 << 5) | 30;
    let entries = 0;
    for (let at = zip.indexOf('PK\u0003\u0004'); at !== -1; at = zip.indexOf('PK\u0003\u0004', at + 4)) {
      expect(zip.readUInt16LE(at + 10)).toBe(0);
      expect(zip.readUInt16LE(at + 12)).toBe(date);
      entries++;
    }
    expect(entries).toBeGreaterThanOrEqual(8);
  });

  it('uses SOURCE_DATE_EPOCH when set, still the same bytes in every zone', () => {
    const a = packageIn({ TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600' });
    const b = packageIn({ TZ: 'Asia/Tehran', SOURCE_DATE_EPOCH: '1767225600' });
    const plain = packageIn({ TZ: 'UTC' });
    expect(sha256File(a.zip)).toBe(sha256File(b.zip));
    expect(sha256File(a.zip)).not.toBe(sha256File(plain.zip));
    expect(draft(['verify', a.zip]).code).toBe(0);
  });

  it('refuses a malformed SOURCE_DATE_EPOCH (exit 2) and writes nothing', () => {
    const r = packageIn({ SOURCE_DATE_EPOCH: 'now' });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/SOURCE_DATE_EPOCH/);
    expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(r.zip)).toBe(false);
  });
});
