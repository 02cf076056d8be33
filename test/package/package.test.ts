import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { checkSubmissionSchema } from '../../src/core/schema/submission-check.js';
import { packageComment } from '../../src/core/package/own-package.js';
import { writeStoredZip } from '../../src/core/bagit/zip-writer.js';
import { VERSION } from '../../src/version.js';
import { ID, ROOT, capture, copyFixture, listFiles, tempDir, unzipTest, unzipTo } from './helpers.js';

let src: string;
let cwd: string;
beforeEach(() => {
  src = copyFixture();
  cwd = tempDir('draft-cwd-');
});
afterEach(() => {
  rmSync(src, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

async function pkg(file: string, extra: Record<string, unknown> = {}) {
  const c = capture();
  const code = await packageCommand({ file, cwd, stdout: c.stdout, stderr: c.stderr, lang: 'en', env: {}, ...extra });
  return { code, ...c };
}

const edit = (replace: [RegExp | string, string]) => {
  const path = join(src, 'draft.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace(replace[0], replace[1]));
};

describe('draft package', () => {
  it('writes <id>.zip, a BagIt bag that unzip -t accepts, with the expected layout', async () => {
    const r = await pkg(join(src, 'draft.yaml'));
    expect(r.code, r.out + r.err).toBe(0);
    const zip = join(cwd, `${ID}.zip`);
    expect(unzipTest(zip)).toMatchObject({ ok: true });
    const out = tempDir('draft-unzipped-');
    unzipTo(zip, out);
    expect(listFiles(out)).toEqual([
      `${ID}/bag-info.txt`,
      `${ID}/bagit.txt`,
      `${ID}/data/attachments/attachments/table.csv`,
      `${ID}/data/${ID}.html`,
      `${ID}/data/${ID}.yaml`,
      `${ID}/data/submission.json`,
      `${ID}/manifest-sha256.txt`,
      `${ID}/tagmanifest-sha256.txt`,
    ]);
    const bag = join(out, ID);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    for (const line of ['Source-Organization: شهرداری قم', 'Contact-Name: محمدرضا احمدی', 'Bagging-Date: 2026-11-30', `External-Identifier: ${ID}`]) {
      expect(info).toContain(`${line}\n`);
    }
    expect(info).toMatch(/^Payload-Oxum: \d+\.4$/m);
    // The draft byte for byte, and the attachment.
    expect(readFileSync(join(bag, 'data', `${ID}.yaml`)).equals(readFileSync(join(src, 'draft.yaml')))).toBe(true);
    expect(readFileSync(join(bag, 'data/attachments/attachments/table.csv')).equals(readFileSync(join(src, 'attachments/table.csv')))).toBe(true);
    expect(readFileSync(join(bag, 'data', `${ID}.html`), 'utf8')).toContain('<html lang="fa" dir="rtl">');
    const submission = JSON.parse(readFileSync(join(bag, 'data', 'submission.json'), 'utf8'));
    expect(checkSubmissionSchema(submission)).toEqual([]);
    expect(submission.tool.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    rmSync(out, { recursive: true, force: true });
  });

  it('keeps Persian, spaced and percent-signed attachment names intact through zip, unzip and verify', async () => {
    const name = 'پیوست‌ها/جدول ۱ (100%).csv';
    mkdirSync(join(src, 'پیوست‌ها'));
    writeFileSync(join(src, name), 'ردیف,مبلغ\n1,2\n');
    edit(['  - path: attachments/table.csv', `  - path: attachments/table.csv\n    title: جدول اصلی\n  - path: "${name}"`]);
    const r = await pkg(join(src, 'draft.yaml'));
    expect(r.code, r.out + r.err).toBe(0);
    const zip = join(cwd, `${ID}.zip`);
    expect(unzipTest(zip).ok).toBe(true);
    const out = tempDir('draft-unzipped-');
    unzipTo(zip, out);
    expect(readFileSync(join(out, ID, 'data', 'attachments', name), 'utf8')).toBe('ردیف,مبلغ\n1,2\n');
    const { verifyCommand } = await import('../../src/commands/verify.js');
    const c = capture();
    expect(await verifyCommand({ target: join(out, ID), cwd, stdout: c.stdout, lang: 'en', env: {} }), c.out).toBe(0);
    expect(await verifyCommand({ target: zip, cwd, stdout: c.stdout, lang: 'en', env: {} }), c.out).toBe(0);
    rmSync(out, { recursive: true, force: true });
  });

  it('refuses a draft with status: draft (exit 1), the finding printed by the stylish reporter, nothing written', async () => {
    edit(['status: ready', 'status: draft']);
    const r = await pkg(join(src, 'draft.yaml'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/draft\.yaml/);
    expect(r.out).toMatch(/\d+:\d+\s+error\s+Only a ready draft is packaged.*package-status/);
    expect(r.out).toMatch(/> +\d+ \| status: draft/); // the code frame
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses a draft with a validation error (exit 1) and names it', async () => {
    edit(['province: قم', 'province: قمم']);
    const r = await pkg(join(src, 'draft.yaml'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error/);
    expect(r.out).toMatch(/schema|municipality/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses attachments that are missing or lead out of the folder, at read time', async () => {
    unlinkSync(join(src, 'attachments', 'table.csv'));
    const missing = await pkg(join(src, 'draft.yaml'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/attachments/);
    const secret = join(cwd, '..', `secret-${process.pid}.csv`);
    writeFileSync(secret, 'secret');
    try {
      symlinkSync(secret, join(src, 'attachments', 'table.csv'));
      const out = await pkg(join(src, 'draft.yaml'));
      expect(out.code).toBe(1);
      expect(out.out).toMatch(/symbolic link|outside/);
    } finally {
      rmSync(secret, { force: true });
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('never replaces an existing package without --force, and leaves no temporary file', async () => {
    const zip = join(cwd, `${ID}.zip`);
    writeFileSync(zip, 'older package');
    await expect(pkg(join(src, 'draft.yaml'))).rejects.toMatchObject({ name: 'UsageError', messages: { en: expect.stringMatching(/already exists.*--force/) } });
    expect(readFileSync(zip, 'utf8')).toBe('older package');
    expect(readdirSync(cwd)).toEqual([`${ID}.zip`]);
    expect((await pkg(join(src, 'draft.yaml'), { force: true })).code).toBe(0);
    expect(unzipTest(zip).ok).toBe(true);
    expect(readdirSync(cwd)).toEqual([`${ID}.zip`]);
  });

  it('replaces a package it wrote itself without --force (package → edit → package), and nothing else', async () => {
    const draft = join(src, 'draft.yaml');
    const zip = join(cwd, `${ID}.zip`);
    expect((await pkg(draft)).code).toBe(0);
    const first = readFileSync(zip);
    // The mark: the zip's comment, the file's last bytes.
    expect(first.subarray(-64).toString('latin1')).toMatch(new RegExp(`pishnevis ${VERSION.replace(/\./g, '\\.')} draft package$`));
    edit(['محمدرضا احمدی', 'محمدرضا احمدی‌نیا']);
    const again = await pkg(draft);
    expect(again.code, again.out + again.err).toBe(0);
    const second = readFileSync(zip);
    expect(second.equals(first)).toBe(false);
    expect(unzipTest(zip).ok).toBe(true);
    expect(readdirSync(cwd)).toEqual([`${ID}.zip`]);

    // The same package without the mark (as one written before it existed) is not known as ours.
    const mark = packageComment(VERSION).length;
    const unmarked = Buffer.from(second.subarray(0, second.length - mark));
    unmarked.writeUInt16LE(0, unmarked.length - 2);
    writeFileSync(zip, unmarked);
    expect(unzipTest(zip).ok).toBe(true);
    await expect(pkg(draft)).rejects.toMatchObject({ name: 'UsageError', messages: { en: expect.stringMatching(/already exists.*--force/) } });
    expect(readFileSync(zip).equals(unmarked)).toBe(true);
    // Another zip whose comment only looks like it, and a folder's worth of other bytes, neither.
    const other = writeStoredZip([{ name: 'notes.txt', data: Buffer.from('not a package') }], new Date('2025-01-01T00:00:00Z'), 'pishnevis notes');
    writeFileSync(zip, other);
    await expect(pkg(draft)).rejects.toMatchObject({ name: 'UsageError' });
    expect(readFileSync(zip).equals(other)).toBe(true);
    writeFileSync(zip, Buffer.concat([Buffer.from('not a zip at all\n'), Buffer.from(packageComment(VERSION))]));
    await expect(pkg(draft)).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('writes into the folder -o names (creating it), or to the .zip path it names', async () => {
    expect((await pkg(join(src, 'draft.yaml'), { output: 'out/packages' })).code).toBe(0);
    expect(existsSync(join(cwd, 'out', 'packages', `${ID}.zip`))).toBe(true);
    expect((await pkg(join(src, 'draft.yaml'), { output: 'named.zip' })).code).toBe(0);
    expect(existsSync(join(cwd, 'named.zip'))).toBe(true);
  });

  it('is a usage error (exit 2) for a missing file or an unwritable target', async () => {
    await expect(pkg(join(src, 'nope.yaml'))).rejects.toMatchObject({ name: 'UsageError' });
    mkdirSync(join(cwd, 'blocked'));
    writeFileSync(join(cwd, 'blocked', 'file'), 'x');
    await expect(pkg(join(src, 'draft.yaml'), { output: 'blocked/file/inner' })).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('refuses an invalid SOURCE_DATE_EPOCH as a usage error', async () => {
    await expect(pkg(join(src, 'draft.yaml'), { env: { SOURCE_DATE_EPOCH: 'yesterday' } })).rejects.toMatchObject({ name: 'UsageError' });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('packages every ready example in examples/valid into a zip unzip -t accepts', async () => {
    const dir = join(ROOT, 'examples', 'valid');
    const drafts = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const f of drafts) {
      if (!/^status: ready$/m.test(readFileSync(join(dir, f), 'utf8'))) continue;
      const r = await pkg(join(dir, f), { force: true });
      expect(r.code, `${f}: ${r.out}${r.err}`).toBe(0);
    }
    for (const zip of readdirSync(cwd).filter((f) => f.endsWith('.zip'))) expect(unzipTest(join(cwd, zip)), zip).toMatchObject({ ok: true });
  });
});
