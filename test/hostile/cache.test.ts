/**
 * The cache never changes a result (issue 17, items 8 and 9): a file changed behind an unchanged
 * size and mtime is read again, an entry written in the same clock tick as its file is never
 * trusted on its stat alone, and a damaged cache (even one that is still valid JSON) is a miss.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateBatch } from '../../src/core/batch/batch.js';
import { ResultCache, contentHash } from '../../src/core/cache/cache.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-cache-hostile-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'examples', 'valid', 'qom-social-security.yaml'), join(dir, 'qom.yaml'));
  cpSync(join(ROOT, 'examples', 'valid', 'shiraz-building-permits.yaml'), join(dir, 'shiraz.yaml'));
  cpSync(join(ROOT, 'examples', 'invalid', 'jalali-date.yaml'), join(dir, 'bad.yaml'));
  return dir;
}
const run = (dir: string) => validateBatch({ paths: [dir], cwd: dir, config: defaultConfig(dir, 'en'), lang: 'en', cacheFile: join(dir, '.draftcache'), threads: 1 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Same size, one letter made Arabic: an arabic-letters error appears. */
function changeKeepingSize(path: string): void {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf('ی', text.indexOf('title:'));
  writeFileSync(path, text.slice(0, at) + 'ي' + text.slice(at + 1));
}

describe('a stale stat never serves an old result', () => {
  it('content changed, size and mtime put back (touch -r): the change is found', async () => {
    const dir = repo();
    // Files older than the racy window, so only the ctime and the hash can tell.
    await sleep(2_100);
    const cold = await run(dir);
    const file = join(dir, 'shiraz.yaml');
    const before = statSync(file);
    execFileSync('touch', ['-r', file, join(dir, 'reference')]);
    changeKeepingSize(file);
    execFileSync('touch', ['-r', join(dir, 'reference'), file]);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const warm = await run(dir);
    const errors = (r: typeof cold) => r.results.find((x) => x.file === 'shiraz.yaml')!.errorCount;
    expect(errors(cold)).toBe(0);
    expect(errors(warm)).toBeGreaterThan(0);
  }, 20_000);

  it('an entry recorded as racy is checked by its content even when its whole stat is the same', async () => {
    const dir = repo();
    const file = join(dir, 'qom.yaml');
    const oldHash = contentHash(readFileSync(file));
    changeKeepingSize(file);
    const st = statSync(file);
    const result = { file: 'qom.yaml', findings: [], errorCount: 0, warningCount: 0, fixableCount: 0 };
    for (const racy of [1, 0] as const) {
      const cache = ResultCache.open(join(dir, `.c${racy}`), dir, 'k', 'en');
      // The stat as it is now, with the hash of the content before the change.
      cache.set(file, result, [st.size, st.mtimeMs, oldHash, st.ctimeMs, st.ino, racy]);
      cache.save();
      const again = ResultCache.open(join(dir, `.c${racy}`), dir, 'k', 'en');
      // Racy: read and found changed. Not racy: trusted on its stat, which is what the racy mark prevents.
      expect(again.get(file, 'qom.yaml') === undefined).toBe(racy === 1);
    }
  });

  it('files checked right after they were written are racy, and still hit by their content', async () => {
    const dir = repo();
    await run(dir);
    const warm = await run(dir);
    expect(warm.cached).toBe(3);
  });
});

describe('a damaged cache is a miss, never a wrong result', () => {
  it('every corruption that keeps the file valid JSON, in every section and the header, gives a fresh run\'s results', async () => {
    const dir = repo();
    const cold = await run(dir);
    const expected = JSON.stringify(cold.results);
    // Warm once so every section (hashes, metas, frames, repository) is written.
    await run(dir);
    const good = readFileSync(join(dir, '.draftcache'));
    const text = good.toString('latin1');
    // Positions of digits and ASCII letters across the file: each is changed to another of its kind.
    const positions: number[] = [];
    for (let i = 0; i < text.length; i++) if (/[0-9a-zA-Z]/.test(text[i]!)) positions.push(i);
    const step = Math.max(1, Math.floor(positions.length / 80));
    let cases = 0;
    for (let k = 0; k < positions.length; k += step) {
      const at = positions[k]!;
      const c = text[at]!;
      const bytes = Buffer.from(good);
      bytes[at] = /[0-9]/.test(c) ? (c === '9' ? 0x30 : c.charCodeAt(0) + 1) : (c === 'z' ? 0x61 : c === 'Z' ? 0x41 : c.charCodeAt(0) + 1);
      writeFileSync(join(dir, '.draftcache'), bytes);
      const again = await run(dir);
      expect(JSON.stringify(again.results), `byte ${at} ('${c}')`).toBe(expected);
      cases++;
    }
    // Whole sections replaced by other valid JSON of the same length ("findings" emptied is the classic).
    for (const [from, to] of [['"ruleId"', '"rul_Id"'], ['[[', '[ '], ['{"', '{ ']] as const) {
      const at = text.indexOf(from, text.indexOf('\n'));
      if (at === -1) continue;
      writeFileSync(join(dir, '.draftcache'), Buffer.concat([good.subarray(0, at), Buffer.from(to), good.subarray(at + from.length)]));
      expect(JSON.stringify((await run(dir)).results)).toBe(expected);
      cases++;
    }
    expect(cases).toBeGreaterThanOrEqual(70);
  }, 120_000);
});
