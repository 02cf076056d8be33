/**
 * Hostile packages (issue 17, items 4–7 and 15): nothing in a bag is followed or read unless it is a
 * regular file, large files are streamed, every local zip header must agree with the central
 * directory, and a draft inside a package is held to the same limits as `draft validate`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { packageCommand } from '../../src/commands/package.js';
import { verifyPackage } from '../../src/core/package/verify.js';
import { VERSION } from '../../src/version.js';
import { ID, capture, copyFixture, tempDir, unzipTo } from '../package/helpers.js';

let src: string;
let work: string;
let zip: string;
const cleanup: string[] = [];

beforeAll(async () => {
  src = copyFixture();
  work = tempDir('draft-hostile-');
  const c = capture();
  const code = await packageCommand({ file: join(src, 'draft.yaml'), cwd: work, stdout: c.stdout, stderr: c.stderr, lang: 'en', env: {} });
  if (code !== 0) throw new Error(c.out + c.err);
  zip = join(work, `${ID}.zip`);
});
afterAll(() => {
  for (const dir of [src, work, ...cleanup]) rmSync(dir, { recursive: true, force: true });
});

const verify = (target: string, toolVersion = VERSION) => verifyPackage(target, { toolVersion, lang: 'en' });
const codes = (r: Awaited<ReturnType<typeof verify>>): string[] => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);
const messages = (r: Awaited<ReturnType<typeof verify>>): string => JSON.stringify(r.problems);

function bag(): string {
  const dir = tempDir('draft-hostile-bag-');
  cleanup.push(dir);
  unzipTo(zip, dir);
  return join(dir, ID);
}

describe('a bag folder never follows or reads anything but a regular file', () => {
  it('a data/submission.json that links to /etc/passwd is refused without being read', async () => {
    const dir = bag();
    unlinkSync(join(dir, 'data', 'submission.json'));
    symlinkSync('/etc/passwd', join(dir, 'data', 'submission.json'));
    const report = await verify(dir);
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain('submission_unreadable');
    expect(messages(report)).not.toMatch(/root:|nologin/);
  });

  it('a link to /dev/zero is refused at once, with bounded memory', async () => {
    const dir = bag();
    unlinkSync(join(dir, 'data', 'submission.json'));
    symlinkSync('/dev/zero', join(dir, 'data', 'submission.json'));
    const before = process.memoryUsage().rss;
    const report = await verify(dir);
    expect(report.valid).toBe(false);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a FIFO as data/submission.json does not hang', async () => {
    const dir = bag();
    unlinkSync(join(dir, 'data', 'submission.json'));
    execFileSync('mkfifo', [join(dir, 'data', 'submission.json')]);
    const report = await verify(dir);
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain('submission_unreadable');
  }, 10_000);

  it('a FIFO named in a manifest is reported, not read', async () => {
    const dir = bag();
    const html = readFileSync(join(dir, 'manifest-sha256.txt'), 'utf8').split('\n').find((l) => l.endsWith('.html'))!.split('  ')[1]!;
    unlinkSync(join(dir, html));
    execFileSync('mkfifo', [join(dir, html)]);
    const report = await verify(dir);
    expect(report.valid).toBe(false);
  }, 10_000);
});

describe('large files are streamed and held to the limits', () => {
  it('a sparse attachment over 2 GiB is reported as too large, not an internal error', async () => {
    const dir = bag();
    const submission = JSON.parse(readFileSync(join(dir, 'data', 'submission.json'), 'utf8')) as { attachments: Array<{ path: string }> };
    const attachment = submission.attachments[0]!.path;
    // Sparse: 2.1 GiB on paper, nothing on disk; over Node's 2 GiB buffer limit that readFile hits.
    const fd = openSync(join(dir, attachment), 'r+');
    ftruncateSync(fd, Math.floor(2.1 * 1024 ** 3));
    closeSync(fd);
    const report = await verify(dir);
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain('attachment_too_large');
    expect(codes(report)).not.toContain('read_failed');
  }, 60_000);

  it('a 150 MB draft inside a small zip is refused before it is inflated', async () => {
    const out = join(tempDir('draft-hostile-zip-'), 'bomb.zip');
    cleanup.push(join(out, '..'));
    const z = new yazl.ZipFile();
    z.addBuffer(Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'), `${ID}/bagit.txt`);
    z.addBuffer(Buffer.alloc(150 * 1024 * 1024, 0x61), `${ID}/data/draft.yaml`, { compress: true });
    z.end();
    const chunks: Buffer[] = [];
    for await (const c of z.outputStream) chunks.push(c as Buffer);
    writeFileSync(out, Buffer.concat(chunks));
    expect(readFileSync(out).length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const report = await verify(out);
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain('zip_entry_too_large');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  }, 30_000);
});

describe('a zip whose local headers disagree with its central directory', () => {
  /** Rewrites the name in the first local header that holds `from` (same length), leaving the central directory alone. */
  function tamperLocalName(bytes: Buffer, from: string, to: string): Buffer {
    expect(Buffer.byteLength(to)).toBe(Buffer.byteLength(from));
    const out = Buffer.from(bytes);
    let at = 0;
    while (out.readUInt32LE(at) === 0x04034b50) {
      const nameLength = out.readUInt16LE(at + 26);
      const name = out.toString('utf8', at + 30, at + 30 + nameLength);
      if (name === from) {
        out.write(to, at + 30, 'utf8');
        return out;
      }
      at += 30 + nameLength + out.readUInt16LE(at + 28) + out.readUInt32LE(at + 18);
    }
    throw new Error(`no local header named ${from}`);
  }

  for (const [label, version] of [['made by this version', VERSION], ['made by another version', '0.0.1']] as const) {
    it(`is refused when a local name climbs out of the folder (${label})`, async () => {
      const bytes = readFileSync(zip);
      const target = `${ID}/bagit.txt`;
      const evil = `../../../../tmp/${'x'.repeat(target.length - '../../../../tmp/'.length)}`;
      const path = join(work, `tampered-${version}.zip`);
      writeFileSync(path, tamperLocalName(bytes, target, evil));
      const report = await verify(path, version);
      expect(report.valid).toBe(false);
      expect(codes(report)).toContain('zip_local_header_mismatch');
      // Python's zipfile refuses it too: the reference behaviour, when python3 is here.
      const py = spawnSync('python3', ['-c', 'import sys,zipfile; sys.exit(0 if zipfile.ZipFile(sys.argv[1]).testzip() is None else 1)', path], { encoding: 'utf8' });
      if (py.error === undefined) expect(py.status).not.toBe(0);
    });
  }
});

describe('FIFOs and devices given as the package', () => {
  it('a FIFO named as the zip is refused at once', async () => {
    const dir = tempDir('draft-hostile-fifo-');
    cleanup.push(dir);
    const fifo = join(dir, 'x.zip');
    execFileSync('mkfifo', [fifo]);
    const report = await verify(fifo);
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain('zip_not_regular');
  }, 10_000);

  it('/dev/zero as the zip is refused at once', async () => {
    const report = await verify('/dev/zero');
    expect(codes(report)).toContain('zip_not_regular');
  }, 10_000);

  it('a link the user names to a real package is followed, as any command follows it', async () => {
    const dir = tempDir('draft-hostile-link-');
    cleanup.push(dir);
    mkdirSync(join(dir, 'in'));
    symlinkSync(zip, join(dir, 'in', 'linked.zip'));
    const report = await verify(join(dir, 'in', 'linked.zip'));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
