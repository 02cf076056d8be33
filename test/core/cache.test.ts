import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { tempDir } from '../helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { validateBatch, type BatchOptions } from '../../src/core/batch/batch.js';
import { defaultConfig } from '../../src/core/config/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const QOM = join(ROOT, 'examples', 'valid', 'qom-social-security.yaml');
const SHIRAZ = join(ROOT, 'examples', 'valid', 'shiraz-building-permits.yaml');
const BAD_DATE = join(ROOT, 'examples', 'invalid', 'jalali-date.yaml');

function repo(): string {
  const dir = tempDir('pishnevis-cache-');
  cpSync(QOM, join(dir, 'qom.yaml'));
  cpSync(SHIRAZ, join(dir, 'shiraz.yaml'));
  cpSync(BAD_DATE, join(dir, 'bad.yaml'));
  return dir;
}

function run(dir: string, extra: Partial<BatchOptions> = {}) {
  return validateBatch({ paths: [dir], cwd: dir, config: defaultConfig(dir, 'en'), lang: 'en', cacheFile: join(dir, '.draftcache'), threads: 1, ...extra });
}

const summary = (r: Awaited<ReturnType<typeof run>>) =>
  r.results.map((x) => ({ file: x.file, errors: x.errorCount, warnings: x.warningCount, rules: x.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`) }));

describe('the result cache', () => {
  it('answers an unchanged repository entirely, with the same findings, messages and order', async () => {
    const dir = repo();
    const cold = await run(dir);
    expect(cold.cached).toBe(0);
    const warm = await run(dir);
    expect(warm.cached).toBe(3);
    expect(warm.results).toEqual(cold.results);
    expect(JSON.stringify(warm.results)).toBe(JSON.stringify(cold.results));
  });

  it('files asked for in another order than stored (one added in front, one taken away) are still answered, each from its own entry', async () => {
    const dir = repo();
    await run(dir);
    // a-first.yaml sorts before every stored file; shiraz.yaml, in the middle, is gone.
    cpSync(QOM, join(dir, 'a-first.yaml'));
    rmSync(join(dir, 'shiraz.yaml'));
    const warm = await run(dir);
    expect(warm.cached).toBe(2);
    rmSync(join(dir, '.draftcache'));
    const cold = await run(dir);
    expect(JSON.stringify(warm.results)).toBe(JSON.stringify(cold.results));
    // And in the stored order again, with the added file now last of the entries: all answered.
    const again = await run(dir);
    expect(again.cached).toBe(3);
    expect(JSON.stringify(again.results)).toBe(JSON.stringify(cold.results));
  });

  it('keeps the lines code frames show, so a warm run need not read the drafts', async () => {
    const dir = repo();
    const cold = await run(dir);
    const finding = cold.results.find((r) => r.file === 'bad.yaml')!.findings[0]!;
    const lines = readFileSync(join(dir, 'bad.yaml'), 'utf8').split('\n');
    const warm = await run(dir);
    for (const n of [finding.line - 1, finding.line, finding.line + 1]) expect(warm.sourceLine!('bad.yaml', n)).toBe(lines[n - 1]);
    // Lines it did not keep are left to the reader of the file.
    expect(warm.sourceLine!('bad.yaml', finding.line + 5)).toBeUndefined();
  });

  it('a file touched but not changed (a fresh checkout) still hits; a changed one of the same size does not', async () => {
    const dir = repo();
    await run(dir);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'qom.yaml'), later, later);
    const touched = await run(dir);
    expect(touched.cached).toBe(3);
    // Same size, different content: a finding appears.
    const text = readFileSync(join(dir, 'shiraz.yaml'), 'utf8');
    writeFileSync(join(dir, 'shiraz.yaml'), text.replace('ی', 'ي'));
    const changed = await run(dir);
    expect(changed.cached).toBe(2);
    expect(changed.results.find((r) => r.file === 'shiraz.yaml')!.findings.map((f) => f.ruleId)).toContain('arabic-letters');
  });

  it('repository rules follow the files: a clash appears, is answered from the cache, and goes', async () => {
    const dir = repo();
    await run(dir);
    // A copy of a draft under another name clashes on id and title with the original.
    cpSync(QOM, join(dir, 'qom-copy.yaml'));
    const clash = await run(dir);
    expect(clash.cached).toBe(3);
    const rules = (file: string, r: typeof clash) => r.results.find((x) => x.file === file)!.findings.map((f) => f.ruleId);
    expect(rules('qom.yaml', clash)).toEqual(expect.arrayContaining(['unique-id', 'unique-title']));
    const again = await run(dir);
    expect(again.cached).toBe(4);
    expect(summary(again)).toEqual(summary(clash));
    expect(again.results.find((x) => x.file === 'qom.yaml')!.findings.find((f) => f.ruleId === 'unique-id')!.related![0]!.file).toBe('qom-copy.yaml');
    // The copy gets its own id and title: no clash any more, though qom.yaml itself did not change.
    const copy = readFileSync(join(dir, 'qom-copy.yaml'), 'utf8').replace(/^id: .*$/m, 'id: qom-1405-other-draft').replace(/^title: .*$/m, 'title: عنوانی دیگر برای یک پیش‌نویس آزمایشی');
    writeFileSync(join(dir, 'qom-copy.yaml'), copy);
    const fixed = await run(dir);
    expect(rules('qom.yaml', fixed)).not.toContain('unique-id');
    expect(rules('qom.yaml', fixed)).not.toContain('unique-title');
  });

  it('a shard sees a clash with a draft outside it through the cached metadata', async () => {
    const dir = repo();
    cpSync(QOM, join(dir, 'qom-copy.yaml'));
    await run(dir);
    const shards = [await run(dir, { shard: { index: 1, count: 2 } }), await run(dir, { shard: { index: 2, count: 2 } })];
    const withClash = shards.flatMap((s) => s.results).filter((r) => r.findings.some((f) => f.ruleId === 'unique-id')).map((r) => r.file).sort();
    expect(withClash).toEqual(['qom-copy.yaml', 'qom.yaml']);
  });

  it('gives every result its metadata when asked (draft status), also from the cache', async () => {
    const dir = repo();
    await run(dir);
    const warm = await run(dir, { meta: true });
    expect(warm.cached).toBe(3);
    expect(warm.results.find((r) => r.file === 'qom.yaml')!.meta).toMatchObject({ kind: 'directive', city: 'قم' });
  });

  it.each([
    ['garbage', 'not a cache at all'],
    ['a header with wrong lengths', '{"v":3,"key":"x","lengths":[1,2,3]}\n[]\n'],
    ['an empty file', ''],
  ])('a damaged cache (%s) is an empty one, and is rewritten', async (_label, content) => {
    const dir = repo();
    const cold = await run(dir);
    writeFileSync(join(dir, '.draftcache'), content);
    const again = await run(dir);
    expect(again.cached).toBe(0);
    expect(summary(again)).toEqual(summary(cold));
    expect((await run(dir)).cached).toBe(3);
  });

  it('a cache whose sections were cut short does not hand out results', async () => {
    const dir = repo();
    const cold = await run(dir);
    const bytes = readFileSync(join(dir, '.draftcache'));
    writeFileSync(join(dir, '.draftcache'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const again = await run(dir);
    expect(again.cached).toBe(0);
    expect(summary(again)).toEqual(summary(cold));
  });

  it('an entry edited into nonsense (still valid JSON) is a miss, not a crash', async () => {
    const dir = repo();
    const cold = await run(dir);
    const file = join(dir, '.draftcache');
    const bytes = readFileSync(file);
    const nl = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, nl)) as { lengths: number[]; sums: number[] };
    // Sections by their lengths (the stamps are binary), edited, and given checksums that match.
    let at = nl + 1;
    const sections = header.lengths.map((length) => {
      const section = bytes.subarray(at, at + length);
      at += length + 1;
      return section;
    });
    sections[3] = Buffer.from(JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(sections[3]!.toString()) as object).map((k) => [k, [{ ruleId: 'x', severity: 'error' }]]))));
    const ids = JSON.parse(sections[0]!.toString()) as string[];
    const withFindings = new Set(Object.keys(JSON.parse(sections[3]!.toString()) as object).map(Number));
    // Nonsense dependencies too for the entries with findings; the entries without are left alone.
    const clean = ids.map((_, i) => i).filter((i) => !withFindings.has(i));
    expect(clean.length).toBeGreaterThan(0);
    const nonsense = ['not a list', [[1, 'x']], [['a', 1]]];
    sections[4] = Buffer.from(JSON.stringify(Object.fromEntries([...withFindings].map((i, k) => [i, nonsense[k % 3]]))));
    const edited = { ...header, lengths: sections.map((x) => x.length), sums: sections.map((x) => crc32(x) >>> 0) };
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(edited) + '\n'), ...sections.flatMap((x) => [x, Buffer.from('\n')])]));
    const again = await run(dir);
    expect(summary(again)).toEqual(summary(cold));
    // The entries left alone are still answered from the cache; the edited ones are checked again.
    expect(again.cached).toBe(clean.length);
  });

  it('another language is another cache key', async () => {
    const dir = repo();
    await run(dir);
    const fa = await validateBatch({ paths: [dir], cwd: dir, config: defaultConfig(dir, 'fa'), lang: 'fa', cacheFile: join(dir, '.draftcache'), threads: 1 });
    expect(fa.cached).toBe(0);
    expect(fa.results.find((r) => r.file === 'bad.yaml')!.findings[0]!.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('code frame lines', () => {
  it('come with a batch without a cache too, so a reporter need not read a draft again', async () => {
    const dir = repo();
    const r = await validateBatch({ paths: [dir], cwd: dir, config: defaultConfig(dir, 'en'), lang: 'en', threads: 1 });
    const finding = r.results.find((x) => x.file === 'bad.yaml')!.findings[0]!;
    const lines = readFileSync(join(dir, 'bad.yaml'), 'utf8').split('\n');
    for (const n of [finding.line - 1, finding.line, finding.line + 1]) expect(r.sourceLine!('bad.yaml', n)).toBe(lines[n - 1]);
    expect(r.sourceLine!('qom.yaml', 1)).toBeUndefined();
  });
});

describe('repository findings from the cache (review cases)', () => {
  it('a draft outside a shard that changes and changes back does not bring back a clash it had meanwhile', async () => {
    const dir = repo();
    cpSync(SHIRAZ, join(dir, 'other.yaml'));
    const original = readFileSync(join(dir, 'other.yaml'), 'utf8');
    const otherId = (text: string) => /^id: (.*)$/m.exec(text)![1]!;
    const qomId = otherId(readFileSync(join(dir, 'qom.yaml'), 'utf8'));
    // Which shard holds qom.yaml and which holds other.yaml depends on their names; find a split.
    const { inShard } = await import('../../src/core/batch/select.js');
    const shard = [1, 2].map((index) => ({ index, count: 2 })).find((s) => inShard('qom.yaml', s) && !inShard('other.yaml', s));
    expect(shard).toBeDefined();
    await run(dir);
    const clash = original.replace(/^id: .*$/m, `id: ${qomId}`).replace(/^title: .*$/m, 'title: عنوانی دیگر برای یک پیش‌نویس آزمایشی');
    writeFileSync(join(dir, 'other.yaml'), clash);
    const during = await run(dir, { shard });
    expect(during.results.find((r) => r.file === 'qom.yaml')!.findings.map((f) => f.ruleId)).toContain('unique-id');
    writeFileSync(join(dir, 'other.yaml'), original);
    const after = await run(dir, { shard });
    expect(after.results.find((r) => r.file === 'qom.yaml')!.findings.map((f) => f.ruleId)).not.toContain('unique-id');
    // And the other way: the clash is back, and is reported.
    writeFileSync(join(dir, 'other.yaml'), clash);
    const again = await run(dir, { shard });
    expect(again.results.find((r) => r.file === 'qom.yaml')!.findings.map((f) => f.ruleId)).toContain('unique-id');
  });

  it('a draft that cannot be read is not given the metadata it had when it could', async () => {
    const dir = repo();
    cpSync(QOM, join(dir, 'twin.yaml'));
    await run(dir);
    // twin.yaml becomes a folder: no longer a draft with qom.yaml's id.
    const { rmSync, mkdirSync } = await import('node:fs');
    rmSync(join(dir, 'twin.yaml'));
    mkdirSync(join(dir, 'twin.yaml'));
    const r = await run(dir);
    expect(r.results.find((x) => x.file === 'qom.yaml')!.findings.map((f) => f.ruleId)).not.toContain('unique-id');
  });
});
