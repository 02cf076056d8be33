import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAttachments } from '../../src/core/package/attachments.js';
import { tempDir } from './helpers.js';

let outside: string;
let dir: string;
beforeEach(() => {
  outside = tempDir('draft-outside-');
  dir = join(outside, 'drafts');
  mkdirSync(join(dir, 'attachments', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'attachments', 'a.csv'), 'a,b\n');
  writeFileSync(join(dir, 'attachments', 'sub', 'b.txt'), 'بی\n');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
});
afterEach(() => rmSync(outside, { recursive: true, force: true }));

const entry = (path: string, index = 0) => ({ index, path, title: 'عنوان' });

describe('readAttachments', () => {
  it('reads regular files inside the folder, keeping their relative paths under attachments/', async () => {
    const r = await readAttachments(dir, [entry('attachments/a.csv', 0), entry('./attachments/sub/b.txt', 1)]);
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.payloadPath, f.content.toString()])).toEqual([
      ['attachments/attachments/a.csv', 'a,b\n'],
      ['attachments/attachments/sub/b.txt', 'بی\n'],
    ]);
  });

  it('reads a file listed twice once', async () => {
    const r = await readAttachments(dir, [entry('attachments/a.csv', 0), entry('attachments//a.csv', 1)]);
    expect(r.problems).toEqual([]);
    expect(r.files).toHaveLength(2);
    expect(new Set(r.files.map((f) => f.payloadPath)).size).toBe(1);
  });

  it('accepts a symlink that stays inside the folder', async () => {
    symlinkSync(join(dir, 'attachments', 'a.csv'), join(dir, 'link.csv'));
    const r = await readAttachments(dir, [entry('link.csv')]);
    expect(r.problems).toEqual([]);
    expect(r.files[0]!.content.toString()).toBe('a,b\n');
  });

  it.each([
    ['../secret.txt', 'parent'],
    [join('/', 'etc', 'passwd'), 'absolute'],
    ['attachments\\a.csv', 'backslash'],
    ['attachments/none.csv', 'missing'],
    ['attachments', 'not-file'],
  ])('refuses %s (%s) with a message in both languages', async (path, code) => {
    const r = await readAttachments(dir, [entry(path)]);
    expect(r.files).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ index: 0, path, code });
    expect(r.problems[0]!.message.fa).toMatch(/[\u0600-\u06FF]/);
    expect(r.problems[0]!.message.en).toContain(path);
  });

  it('refuses a symlink out of the folder, and a folder symlinked out', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'attachments', 'evil.txt'));
    symlinkSync(outside, join(dir, 'attachments', 'up'));
    const r = await readAttachments(dir, [entry('attachments/evil.txt', 0), entry('attachments/up/secret.txt', 1)]);
    expect(r.files).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['outside', 'outside']);
  });

  it('refuses a file over the per-file limit and a set over the total, counting bytes read', async () => {
    writeFileSync(join(dir, 'big.bin'), Buffer.alloc(101));
    writeFileSync(join(dir, 'mid1.bin'), Buffer.alloc(60));
    writeFileSync(join(dir, 'mid2.bin'), Buffer.alloc(60));
    const limits = { perFile: 100, total: 100 };
    expect((await readAttachments(dir, [entry('big.bin')], limits)).problems.map((p) => p.code)).toEqual(['too-large']);
    const total = await readAttachments(dir, [entry('mid1.bin', 0), entry('mid2.bin', 1)], limits);
    expect(total.problems.map((p) => [p.index, p.code])).toEqual([[1, 'total']]);
  });

  it('uses 25 MB per file and 100 MB in all by default', async () => {
    const { ATTACHMENT_LIMITS } = await import('../../src/core/package/attachments.js');
    expect(ATTACHMENT_LIMITS).toEqual({ perFile: 25 * 1024 * 1024, total: 100 * 1024 * 1024 });
  });
});
