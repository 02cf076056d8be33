import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/attachments.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const MB = 1024 * 1024;

// A draft's folder with real files, built once (the cases need its path when they are defined).
const tmp = mkdtempSync(join(tmpdir(), 'pishnevis-attachments-'));
const dir = join(tmp, 'draft');
mkdirSync(join(dir, 'attachments', 'folder'), { recursive: true });
writeFileSync(join(tmp, 'secret.txt'), 'outside the draft’s folder\n');
writeFileSync(join(dir, 'attachments', 'table.csv'), 'a,b\n1,2\n');
writeFileSync(join(dir, 'نامه.pdf'), '%PDF-1.4\n');
symlinkSync(join(tmp, 'secret.txt'), join(dir, 'link-out.txt'));
symlinkSync(join('attachments', 'table.csv'), join(dir, 'link-in.csv'));
symlinkSync(tmp, join(dir, 'outside-folder'));
symlinkSync(join(dir, 'nothing-here'), join(dir, 'dangling.pdf'));
// Sparse files: truncate extends an empty file instantly without writing its blocks.
const sparse = (name: string, bytes: number): void => {
  writeFileSync(join(dir, name), '');
  truncateSync(join(dir, name), bytes);
};
sparse('big.pdf', 26 * MB);
sparse('exact.pdf', 25 * MB);
sparse('over.pdf', 25 * MB + 1);
for (const n of [1, 2, 3, 4, 5]) sparse(`part${n}.pdf`, 24 * MB);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const att = (...paths: string[]): string =>
  `title: x\nattachments:\n${paths.map((p) => `  - path: ${p}\n    title: پیوست\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'a file in a subfolder', code: att('attachments/table.csv'), dir },
    { name: 'a Persian file name beside the draft, with ./', code: att('./نامه.pdf'), dir },
    { name: 'a symlink that stays inside the folder', code: att('link-in.csv'), dir },
    { name: 'exactly 25 MB', code: att('exact.pdf'), dir },
    { name: 'four files of 24 MB: 96 MB in all', code: att('part1.pdf', 'part2.pdf', 'part3.pdf', 'part4.pdf'), dir },
    { name: 'the same file twice counts once in the total', code: att('part1.pdf', 'part2.pdf', 'part3.pdf', 'part4.pdf', 'part4.pdf', './part1.pdf'), dir },
    { name: 'in memory only the shape is checked', code: att('attachments/missing.pdf', 'folder/') },
    { name: 'no attachments', code: 'title: x\n', dir },
    { name: 'attachments of the wrong type', code: 'attachments: big.pdf\n', dir },
    { name: 'items of the wrong type', code: 'attachments:\n  - big.pdf\n  - path: 12\n  - path: ""\n  - title: x\n', dir },
  ],
  invalid: [
    {
      name: 'a missing file',
      code: att('attachments/missing.pdf'),
      dir,
      errors: [{ line: 3, column: 11, severity: 'error', message: 'The attachment "attachments/missing.pdf" was not found' }],
    },
    {
      name: 'a Windows path that is not found says to use /',
      code: att('attachments\\table.csv'),
      dir,
      errors: [{ line: 3, column: 11, message: 'separate folders with "/"' }],
    },
    {
      name: 'an absolute POSIX path, even when it exists',
      code: att(join(dir, 'attachments', 'table.csv')),
      dir,
      errors: [{ line: 3, column: 11, message: 'is absolute' }],
    },
    {
      name: 'Windows drive, UNC, backslash-rooted and home paths, also in memory',
      code: att('"C:\\\\Users\\\\a.pdf"', 'c:a.pdf', '\\\\server\\share\\a.pdf', '\\a.pdf', '~/a.pdf'),
      errors: [
        { line: 3, column: 11, message: 'is absolute' },
        { line: 5, column: 11, message: 'is absolute' },
        { line: 7, column: 11, message: 'is absolute' },
        { line: 9, column: 11, message: 'is absolute' },
        { line: 11, column: 11, message: 'is absolute' },
      ],
    },
    {
      name: '.. that leaves the folder, even to a file that exists',
      code: att('../secret.txt', 'attachments/../../secret.txt', 'a\\..\\..\\secret.txt'),
      dir,
      errors: [
        { line: 3, column: 11, message: 'leaves the draft’s folder through ".."' },
        { line: 5, column: 11, message: 'leaves the draft’s folder' },
        { line: 7, column: 11, message: 'leaves the draft’s folder' },
      ],
    },
    {
      name: '.. that leaves the folder, in memory',
      code: att('../secret.txt'),
      errors: [{ line: 3, column: 11, message: 'leaves the draft’s folder' }],
    },
    {
      name: '.. that stays inside is still not written that way',
      code: att('attachments/../نامه.pdf'),
      dir,
      errors: [{ line: 3, column: 11, message: 'contains ".."' }],
    },
    {
      name: 'a folder',
      code: att('attachments/folder'),
      dir,
      errors: [{ line: 3, column: 11, message: 'is a folder, not a file' }],
    },
    {
      name: 'a symlink pointing out of the folder',
      code: att('link-out.txt'),
      dir,
      errors: [{ line: 3, column: 11, message: /is a symbolic link to .*secret\.txt, outside the draft’s folder/ }],
    },
    {
      name: 'a file reached through a symlinked folder that points out',
      code: att('outside-folder/secret.txt'),
      dir,
      errors: [{ line: 3, column: 11, message: 'outside the draft’s folder' }],
    },
    {
      name: 'a dangling symlink',
      code: att('dangling.pdf'),
      dir,
      errors: [{ line: 3, column: 11, message: 'a symbolic link that leads to no existing file' }],
    },
    {
      name: 'a file over 25 MB',
      code: att('attachments/table.csv', 'big.pdf'),
      dir,
      errors: [{ line: 5, column: 11, message: 'The attachment "big.pdf" is 26 MB; an attachment may be at most 25 MB.' }],
    },
    {
      name: 'over 100 MB in all, reported at the list',
      code: att('part1.pdf', 'part2.pdf', 'part3.pdf', 'part4.pdf', 'part5.pdf'),
      dir,
      errors: [{ line: 3, column: 3, message: 'The attachments come to 120 MB in all; a package may hold at most 100 MB' }],
    },
    {
      name: 'every problem in one list',
      code: att('big.pdf', 'missing.pdf', '/etc/passwd', 'part1.pdf', 'part2.pdf', 'part3.pdf', 'part4.pdf'),
      dir,
      errors: [
        { line: 3, column: 3, message: '122 MB in all' },
        { line: 3, column: 11, message: '26 MB' },
        { line: 5, column: 11, message: 'not found' },
        { line: 7, column: 11, message: 'absolute' },
      ],
    },
  ],
});

describe('attachments in Persian', () => {
  it('gives the size in Persian digits', () => {
    const [f] = runRule(rule, att('big.pdf'), { dir, lang: 'fa' });
    expect(f?.message).toBe('پیوست «big.pdf» ۲۶ مگابایت است؛ هر پیوست حداکثر ۲۵ مگابایت می‌تواند باشد.');
  });
  it('rounds a size just over the limit up, with the Persian decimal separator', () => {
    const [f] = runRule(rule, att('over.pdf'), { dir, lang: 'fa' });
    expect(f?.message).toContain('«over.pdf» ۲۵٫۱ مگابایت است');
  });
  it('never throws when the folder itself is missing', () => {
    const found = runRule(rule, att('a.pdf'), { dir: join(tmp, 'no-such-folder') });
    expect(found.map((f) => f.message)).toEqual(['The attachment "a.pdf" was not found in the draft’s folder.']);
  });
});
