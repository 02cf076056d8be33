import { appendFileSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { ID, capture, copyFixture, tempDir, unzipTo } from '../package/helpers.js';

/** `draft verify` as a clerk reads it: Persian words, Persian digits, one word for «file». */
let src: string;
let work: string;
let zip: string;
const dirs: string[] = [];

beforeAll(async () => {
  src = copyFixture();
  work = tempDir('draft-verify-fa-');
  const c = capture();
  const code = await packageCommand({ file: join(src, 'draft.yaml'), cwd: work, stdout: c.stdout, stderr: c.stderr, lang: 'fa', env: {} });
  if (code !== 0) throw new Error(c.out + c.err);
  zip = join(work, `${ID}.zip`);
});
afterAll(() => {
  for (const dir of [src, work, ...dirs]) rmSync(dir, { recursive: true, force: true });
});

async function verify(target: string, lang: 'fa' | 'en' = 'fa') {
  const c = capture();
  const code = await verifyCommand({ target, cwd: work, stdout: c.stdout, lang, env: {} });
  return { code, out: c.out };
}

function unpacked(): string {
  const dir = tempDir('draft-bag-fa-');
  dirs.push(dir);
  unzipTo(zip, dir);
  return join(dir, ID);
}

/** Latin digits in the Persian words of the output (paths, codes and hashes aside). */
function latinDigitsInProse(out: string): string[] {
  return out
    .replace(/«[^»]*»/g, '')
    .replace(/\S*[/.][^\s]*|[a-z_]+[a-z0-9_]*|[0-9a-f]{16,}/g, '')
    .match(/[0-9]+/g) ?? [];
}

describe('draft verify, in Persian', () => {
  it('says a sound package in Persian digits and the word فایل', async () => {
    const r = await verify(zip);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/[۰-۹]+ فایل\)/);
    expect(r.out).not.toContain('پرونده');
  });

  it('counts an altered payload (Payload-Oxum) in Persian digits', async () => {
    const bag = unpacked();
    appendFileSync(join(bag, 'data', 'attachments', 'attachments', 'table.csv'), '5,extra,1,x\n');
    const r = await verify(bag);
    expect(r.code).toBe(1);
    const oxum = r.out.split('\n').find((l) => l.includes('oxum_mismatch'))!;
    expect(oxum).toMatch(/[۰-۹]+ فایل و [۰-۹]+ بایت/);
    expect(latinDigitsInProse(oxum)).toEqual([]);
  });

  it('names no empty id «» when submission.json is missing', async () => {
    const bag = unpacked();
    unlinkSync(join(bag, 'data', 'submission.json'));
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('«»');
    const en = await verify(bag, 'en');
    expect(en.out).not.toContain('""');
  });

  it('says why a file that is not a zip cannot be read, without yauzl’s English', async () => {
    const fake = join(work, 'not-a-package.zip');
    writeFileSync(fake, 'این یک متن است، نه zip\n');
    const r = await verify(fake);
    expect(r.code).toBe(1);
    expect(r.out).toContain('این فایل zip نیست یا ناقص است');
    expect(r.out).not.toMatch(/central directory|signature|Either not a zip/);
    const cut = join(work, 'cut.zip');
    writeFileSync(cut, readFileSync(zip).subarray(0, 2000));
    const c = await verify(cut);
    expect(c.code).toBe(1);
    expect(c.out).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence
  });
});

describe('the verifier’s messages, one by one', () => {
  it('puts Persian digits in every count and line number of the Persian text', async () => {
    const { messageFor } = await import('../../src/core/bagit/messages.js');
    const m = messageFor('oxum_mismatch', { declared: { files: 3, bytes: 160098 }, actual: { files: 4, bytes: 160120 } });
    expect(m.fa).toContain('۳ فایل و ۱۶۰۰۹۸ بایت');
    expect(m.en).toContain('3 files and 160098 bytes');
    expect(messageFor('bagit_txt_line_invalid', { line: 12, text: 'x' }).fa).toContain('سطر ۱۲');
    expect(messageFor('zip_too_many_entries', { count: 70000, limit: 65535 }).fa).toMatch(/۷۰۰۰۰ .* ۶۵۵۳۵/);
  });
});

