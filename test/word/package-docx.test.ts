import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { renderDocx } from '../../src/core/render/docx.js';
import { verifyPackage } from '../../src/core/package/verify.js';
import { parse } from 'yaml';
import { VERSION } from '../../src/version.js';
import { capture, copyFixture, ID, sha256, unzipTest } from '../package/helpers.js';

let dir: string;
beforeEach(() => {
  dir = copyFixture();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('draft package --with-docx', () => {
  it('adds <id>.docx to the bag, declared in submission.json, the zip still the same bytes every time', async () => {
    const c = capture();
    const io = { cwd: dir, stdout: c.stdout, stderr: c.stderr, env: {}, lang: 'en' as const };
    expect(await packageCommand({ ...io, file: 'draft.yaml', withDocx: true, output: 'a.zip' })).toBe(0);
    expect(await packageCommand({ ...io, file: 'draft.yaml', withDocx: true, output: 'b.zip' })).toBe(0);
    const a = readFileSync(join(dir, 'a.zip'));
    expect(a.equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
    expect(unzipTest(join(dir, 'a.zip')).ok).toBe(true);

    const docx = execFileSync('unzip', ['-p', join(dir, 'a.zip'), `${ID}/data/${ID}.docx`]);
    const submission = JSON.parse(execFileSync('unzip', ['-p', join(dir, 'a.zip'), `${ID}/data/submission.json`], { encoding: 'utf8' }));
    expect(submission.files.wordDocument).toEqual({
      path: `data/${ID}.docx`, bytes: docx.length, sha256: sha256(docx),
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    // The document inside is the draft's, stamped with the package's time (the draft's date).
    const data = parse(readFileSync(join(dir, 'draft.yaml'), 'utf8'));
    expect(docx.equals(await renderDocx(data, { generator: `pishnevis ${VERSION}`, timestamp: new Date(submission.packagedAt) }))).toBe(true);

    const v = capture();
    expect(await verifyCommand({ cwd: dir, stdout: v.stdout, stderr: v.stderr, env: {}, lang: 'en', target: 'a.zip' })).toBe(0);
  });

  it('verify re-renders the Word file and names it when it is not what the draft gives', async () => {
    const c = capture();
    expect(await packageCommand({ cwd: dir, stdout: c.stdout, stderr: c.stderr, env: {}, lang: 'en', file: 'draft.yaml', withDocx: true, output: 'w.zip' })).toBe(0);
    const ok = await verifyPackage(join(dir, 'w.zip'), { toolVersion: VERSION, lang: 'en', renderDocx: (data, generator, timestamp) => renderDocx(data, { generator, timestamp }) });
    expect(ok.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // A renderer that gives other bytes stands for a Word file edited after packaging.
    const edited = await verifyPackage(join(dir, 'w.zip'), { toolVersion: VERSION, lang: 'en', renderDocx: async () => Buffer.from('other') });
    expect(edited.problems.map((p) => [p.code, p.file])).toContainEqual(['document_mismatch', `data/${ID}.docx`]);
  });

  it('without the flag the bag has no Word file', async () => {
    const c = capture();
    expect(await packageCommand({ cwd: dir, stdout: c.stdout, stderr: c.stderr, env: {}, lang: 'en', file: 'draft.yaml', output: 'p.zip' })).toBe(0);
    expect(execFileSync('unzip', ['-l', join(dir, 'p.zip')], { encoding: 'utf8' })).not.toContain('.docx');
  });
});
