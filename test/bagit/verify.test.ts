import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BagReport } from '../../src/core/bagit/types.js';
import { verifyBagFolder, verifyBagZip } from '../../src/core/bagit/verify.js';
import { buildBagZip } from '../../src/core/bagit/write.js';
import { writeStoredZip } from '../../src/core/bagit/zip-writer.js';
import { removeTempDirs, sampleInput, writeTemp, writeTree, yazlZip } from './helpers.js';

afterAll(removeTempDirs);

const errors = (r: BagReport): string[] => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);
const warnings = (r: BagReport): string[] => r.problems.filter((p) => p.severity === 'warning').map((p) => p.code);
const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

const BAGIT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** A minimal 1.0 bag as a file map; `data` maps payload paths to content. */
function bagFiles(data: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  const manifest = Object.entries(data)
    .map(([p, c]) => `${sha256(c)}  ${p.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D')}\n`)
    .join('');
  const files: Record<string, string> = { 'bagit.txt': BAGIT, 'manifest-sha256.txt': manifest, ...extra };
  for (const [p, c] of Object.entries(data)) files[p] = c;
  return files;
}

describe('verifyBagZip on damaged and hostile zips', () => {
  it('names the payload file whose byte was flipped', async () => {
    const zip = await buildBagZip(sampleInput());
    const at = zip.indexOf('PAYLOAD-MARKER-7f3a');
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(zip);
    damaged[at] = (damaged[at] ?? 0) ^ 0x01;
    const report = await verifyBagZip(writeTemp('damaged.zip', damaged));
    expect(report.valid).toBe(false);
    const mismatch = report.problems.find((p) => p.code === 'checksum_mismatch');
    expect(mismatch).toMatchObject({ severity: 'error', file: 'data/submission.json' });
    expect(mismatch?.message.en).toContain('data/submission.json');
    expect(mismatch?.message.fa).toContain('data/submission.json');
    expect(report.problems.find((p) => p.code === 'zip_crc_mismatch')?.file).toBe('qom-1405-parking/data/submission.json');
  });

  it.each([
    ['../evil', 'climbs out'],
    ['bag/../../evil', 'climbs out'],
    ['/etc/evil', 'absolute path'],
    ['C:/evil', 'absolute path'],
    // A `..` between backslashes climbs out on Windows: said as such (core/fs/safe-path.ts), not as a mere backslash.
    ['bag\\..\\evil', 'climbs out'],
    ['bag\\evil', 'contains "\\"'],
  ])('rejects the entry %s', async (name, reason) => {
    const zip = writeStoredZip(
      [
        { name: 'bag/bagit.txt', data: Buffer.from(BAGIT) },
        { name, data: Buffer.from('pwned') },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    const report = await verifyBagZip(writeTemp('evil.zip', zip));
    expect(report.valid).toBe(false);
    const problem = report.problems.find((p) => p.code === 'zip_path_unsafe');
    expect(problem?.file).toBe(name);
    expect(problem?.message.en).toContain(reason);
    expect(problem?.message.fa).toContain(name);
  });

  it('rejects duplicate entry names', async () => {
    const zip = writeStoredZip(
      [
        { name: 'bag/bagit.txt', data: Buffer.from(BAGIT) },
        { name: 'bag/data/a.txt', data: Buffer.from('1') },
        { name: 'bag/data/a.txt', data: Buffer.from('2') },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    const report = await verifyBagZip(writeTemp('dup.zip', zip));
    expect(errors(report)).toContain('zip_duplicate_entry');
  });

  it('rejects symbolic link entries', async () => {
    const zip = await yazlZip([
      { name: 'bag/bagit.txt', data: Buffer.from(BAGIT) },
      { name: 'bag/data/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 },
    ]);
    const report = await verifyBagZip(writeTemp('link.zip', zip));
    expect(report.problems.find((p) => p.code === 'zip_symlink')?.file).toBe('bag/data/link');
  });

  it('stops at the size cap counting inflated bytes', async () => {
    const zip = await yazlZip([
      { name: 'bag/bagit.txt', data: Buffer.from(BAGIT) },
      { name: 'bag/data/zeros', data: Buffer.alloc(4 * 1024 * 1024), compress: true },
    ]);
    expect(zip.length).toBeLessThan(64 * 1024);
    const report = await verifyBagZip(writeTemp('bomb.zip', zip), { maxTotalBytes: 1024 * 1024 });
    expect(errors(report)).toEqual(['zip_too_large']);
  });

  it('does not trust a declared size smaller than the real one', async () => {
    // One deflated entry whose headers claim 10 bytes while it inflates to 4 MiB.
    const zip = await yazlZip([{ name: 'bag/data/zeros', data: Buffer.alloc(4 * 1024 * 1024), compress: true }]);
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt32LE(cd + 24)).toBe(4 * 1024 * 1024);
    zip.writeUInt32LE(10, cd + 24);
    expect(zip.length).toBeLessThan(64 * 1024);
    const report = await verifyBagZip(writeTemp('liar.zip', zip), { maxTotalBytes: 1024 * 1024 });
    expect(report.valid).toBe(false);
    // yauzl stops the stream as soon as it yields more than declared; our own count would stop it at the cap.
    expect(report.problems.find((p) => p.code === 'zip_entry_corrupt')?.message.en).toContain('too many bytes');
  });

  it('caps the number of entries', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => ({ name: `bag/data/${i}.txt`, data: Buffer.from(String(i)) }));
    const zip = writeStoredZip(entries, new Date('2026-01-01T00:00:00Z'));
    const report = await verifyBagZip(writeTemp('many.zip', zip), { maxEntries: 10 });
    expect(errors(report)).toEqual(['zip_too_many_entries']);
  });

  it('reports a file that is not a zip', async () => {
    const report = await verifyBagZip(writeTemp('not.zip', Buffer.from('hello')));
    expect(errors(report)).toEqual(['zip_unreadable']);
  });

  it('accepts a bag at the zip root and rejects a zip with no bag', async () => {
    const files = bagFiles({ 'data/a.txt': 'a' });
    const at = (prefix: string): Buffer =>
      writeStoredZip(
        Object.entries(files).map(([n, c]) => ({ name: prefix + n, data: Buffer.from(c) })),
        new Date('2026-01-01T00:00:00Z'),
      );
    expect((await verifyBagZip(writeTemp('root.zip', at('')))).problems).toEqual([]);
    const mixed = writeStoredZip(
      [
        ...Object.entries(files).map(([n, c]) => ({ name: `one/${n}`, data: Buffer.from(c) })),
        { name: 'two/x.txt', data: Buffer.from('x') },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(errors(await verifyBagZip(writeTemp('mixed.zip', mixed)))).toEqual(['zip_no_bag']);
  });

  it('names an extra file added to the zip', async () => {
    const input = sampleInput();
    const files = bagFiles({ 'data/a.txt': 'a' });
    const zip = writeStoredZip(
      [...Object.entries(files), ['data/sneaky.js', 'x'] as const].map(([n, c]) => ({ name: `${input.root}/${n}`, data: Buffer.from(c) })),
      input.mtime,
    );
    const report = await verifyBagZip(writeTemp('extra.zip', zip));
    expect(report.problems.find((p) => p.code === 'payload_unlisted')?.file).toBe('data/sneaky.js');
  });
});

describe('verifyBagFolder rules beyond the conformance suite', () => {
  it('reports a folder that does not exist', async () => {
    const report = await verifyBagFolder('/nonexistent/pishnevis/bag');
    expect(errors(report)).toEqual(['bag_not_found']);
  });

  it('decodes %0A, %0D and %25 in 1.0 manifests', async () => {
    const dir = writeTree(bagFiles({ 'data/line\nbreak.txt': 'a', 'data/cr\rhere.txt': 'b', 'data/100%.txt': 'c' }));
    const report = await verifyBagFolder(dir);
    expect(report.problems).toEqual([]);
  });

  it('accepts CRLF manifests and keeps CRLF data files as they are', async () => {
    const files = bagFiles({ 'data/crlf.txt': 'one\r\ntwo\r\n' });
    files['manifest-sha256.txt'] = (files['manifest-sha256.txt'] ?? '').replace(/\n/g, '\r\n');
    expect((await verifyBagFolder(writeTree(files))).problems).toEqual([]);
  });

  it('reports a symbolic link in the payload without following it', async () => {
    const dir = writeTree(bagFiles({ 'data/a.txt': 'a' }));
    symlinkSync('/etc/hostname', join(dir, 'data', 'link'));
    const report = await verifyBagFolder(dir);
    expect(report.problems.find((p) => p.code === 'not_regular_file')?.file).toBe('data/link');
  });

  it('requires every payload file in every manifest', async () => {
    const files = bagFiles({ 'data/a.txt': 'a', 'data/b.txt': 'b' });
    files['manifest-md5.txt'] = `${createHash('md5').update('a').digest('hex')}  data/a.txt\n`;
    const report = await verifyBagFolder(writeTree(files));
    const p = report.problems.find((x) => x.code === 'payload_not_in_manifest');
    expect(p).toMatchObject({ severity: 'error', file: 'data/b.txt' });
    expect(p?.message.en).toContain('manifest-md5.txt');
  });

  it('reports a Payload-Oxum mismatch with both counts', async () => {
    const dir = writeTree(bagFiles({ 'data/a.txt': 'abc' }, { 'bag-info.txt': 'Payload-Oxum: 4.1\n' }));
    const report = await verifyBagFolder(dir);
    const p = report.problems.find((x) => x.code === 'oxum_mismatch');
    expect(p?.message.en).toContain('4 bytes');
    expect(p?.message.en).toContain('3 bytes');
  });

  it('reports a checksum mismatch with expected and actual values', async () => {
    const files = bagFiles({ 'data/a.txt': 'a' });
    const dir = writeTree({ ...files, 'data/a.txt': 'b' });
    const report = await verifyBagFolder(dir);
    const p = report.problems.find((x) => x.code === 'checksum_mismatch');
    expect(p?.file).toBe('data/a.txt');
    expect(p?.message.en).toContain(sha256('a'));
    expect(p?.message.en).toContain(sha256('b'));
  });

  it('is strict about bag-info label whitespace in 1.0 only', async () => {
    const info = { 'bag-info.txt': 'Contact-Name : someone\n' };
    expect(errors(await verifyBagFolder(writeTree(bagFiles({ 'data/a': 'a' }, info))))).toEqual(['bag_info_label_whitespace']);
    const old = bagFiles({ 'data/a': 'a' }, info);
    old['bagit.txt'] = 'BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n';
    const report = await verifyBagFolder(writeTree(old));
    expect(report.valid).toBe(true);
    expect(warnings(report)).toEqual(['bag_info_label_whitespace']);
  });

  it('warns about a UTF-8 BOM in a manifest', async () => {
    const files = bagFiles({ 'data/a': 'a' });
    files['manifest-sha256.txt'] = `\ufeff${files['manifest-sha256.txt'] ?? ''}`;
    const report = await verifyBagFolder(writeTree(files));
    expect(report.valid).toBe(true);
    expect(warnings(report)).toEqual(['tag_file_bom']);
  });

  it('rejects a fetch.txt entry missing from the manifest and a file not yet fetched', async () => {
    const files = bagFiles({ 'data/a': 'a' });
    files['manifest-sha256.txt'] += `${sha256('later')}  data/later\n`;
    files['fetch.txt'] = 'https://example.org/b - data/b\nhttps://example.org/later 5 data/later\n';
    const report = await verifyBagFolder(writeTree(files));
    expect(errors(report).sort()).toEqual(['fetch_entry_not_in_manifest', 'fetch_not_retrieved']);
  });

  it('warns about unsupported algorithms and fails when none can be checked', async () => {
    const files = bagFiles({ 'data/a': 'a' });
    files['manifest-blake3.txt'] = `${'0'.repeat(64)}  data/a\n`;
    expect(warnings(await verifyBagFolder(writeTree(files)))).toEqual(['manifest_algorithm_unsupported']);
    const only = { ...files };
    delete only['manifest-sha256.txt'];
    expect(errors(await verifyBagFolder(writeTree(only)))).toContain('manifest_no_supported_algorithm');
  });
});
