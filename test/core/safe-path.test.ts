import { describe, expect, it } from 'vitest';
import { parentReach, pathProblem, rootedKind, type PathProblem } from '../../src/core/fs/safe-path.js';
import { checkAttachmentPath } from '../../src/core/package/attachments.js';
import { unsafeName } from '../../src/core/bagit/zip-reader.js';
import { outOfScopeReason } from '../../src/core/bagit/paths.js';
import { buildBagZip } from '../../src/core/bagit/write.js';

/*
 * One table for every path the tool reads from a file someone else wrote. Each row: the path, the
 * shared answer (core/fs/safe-path.ts), and what each of the five places that check paths makes of
 * it — the attachments rule (refused as rooted, or a `..`), `draft package` (its problem code), the
 * zip reader, a manifest line, the bag writer. They used to give subtly different answers.
 */
type Row = [path: string, problem: PathProblem | undefined, pkg: string, zip: string | null, manifest: string | null];
const TABLE: Row[] = [
  ['attachments/a.pdf', undefined, 'ok', null, null],
  ['پیوست‌ها/جدول ۱.csv', undefined, 'ok', null, null],
  ['a/./b.pdf', 'empty-segment', 'ok', 'empty-segment', null],
  ['a//b.pdf', 'empty-segment', 'ok', 'empty-segment', null],
  ['./a.pdf', 'empty-segment', 'ok', 'empty-segment', null],
  ['', 'empty', 'empty', 'empty-segment', null],
  ['   ', 'empty', 'empty', 'empty-segment', null],
  ['a\nb.pdf', 'control', 'control', 'control-character', null],
  ['a\u0007.pdf', 'control', 'control', 'control-character', null],
  ['/etc/passwd', 'absolute', 'absolute', 'absolute', 'absolute'],
  ['C:\\x.pdf', 'drive', 'absolute', 'absolute', 'drive'],
  ['c:x.pdf', 'drive', 'absolute', 'absolute', 'drive'],
  ['\\\\server\\share\\x', 'unc', 'absolute', 'absolute', 'unc'],
  ['\\x.pdf', 'unc', 'absolute', 'absolute', 'unc'],
  ['~/x.pdf', 'home', 'absolute', 'absolute', 'home'],
  ['~', 'home', 'absolute', 'absolute', 'home'],
  ['~user/x.pdf', 'home', 'absolute', 'absolute', 'home'],
  ['$HOME/x.pdf', 'env', 'absolute', 'absolute', 'env'],
  ['%APPDATA%\\x.pdf', 'env', 'absolute', 'absolute', 'env'],
  ['../secret.pdf', 'parent', 'parent', 'traversal', 'parent'],
  ['a/../b.pdf', 'parent', 'parent', 'traversal', 'parent'],
  ['a\\..\\..\\b.pdf', 'parent', 'parent', 'traversal', 'parent'],
  ['a\\b.pdf', 'backslash', 'backslash', 'backslash', null],
  ['a..b/c.pdf', undefined, 'ok', null, null],
  ['.hidden/x.pdf', undefined, 'ok', null, null],
  ['a$b%c%.pdf', undefined, 'ok', null, null],
];

describe('one answer for every path a file names', () => {
  it.each(TABLE)('%j', async (path, problem, pkg, zip, manifest) => {
    expect(pathProblem(path)).toBe(problem);
    // draft package
    const checked = checkAttachmentPath(path);
    expect(checked.ok ? 'ok' : checked.code).toBe(pkg);
    // the zip reader (a directory entry's trailing slash is not an empty segment)
    expect(unsafeName(path)).toBe(zip);
    if (path !== '' && zip === null) expect(unsafeName(`${path}/`)).toBe(null);
    // a manifest or fetch.txt line
    expect(outOfScopeReason(path)).toBe(manifest);
    // the attachments rule refuses what is rooted elsewhere, and reports every `..`
    expect(rootedKind(path) !== undefined).toBe(manifest !== null && manifest !== 'parent');
    expect(parentReach(path) !== undefined).toBe(problem === 'parent');
    // the bag writer takes only what has no problem at all
    const written = buildBagZip({ root: 'bag', payload: [{ path, content: Buffer.from('x') }], info: [], mtime: new Date(Date.UTC(2026, 0, 1)) });
    if (problem === undefined) await expect(written).resolves.toBeInstanceOf(Buffer);
    else await expect(written).rejects.toThrow(/invalid payload path/);
  });

  it('tells a `..` that stays inside the folder from one that climbs out', () => {
    expect(parentReach('a/../b.pdf')).toBe('inside');
    expect(parentReach('a/../../b.pdf')).toBe('escapes');
    expect(parentReach('../b.pdf')).toBe('escapes');
    expect(parentReach('a/b.pdf')).toBeUndefined();
  });
});
