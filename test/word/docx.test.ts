import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/render/docx.js';
import { renderCommand } from '../../src/commands/render.js';
import { VERSION } from '../../src/version.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/valid/qom-social-security.yaml', import.meta.url));
const data = parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'draft-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unzipPart = (file: string, part: string): string => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });

describe('draft render --format docx', () => {
  it('gives the same bytes for the same draft, whatever the clock and time zone', async () => {
    const a = await renderDocx(data);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await renderDocx(data);
    expect(Buffer.compare(a, b)).toBe(0);
    const other = execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { renderDocx } from ${JSON.stringify(new URL('../../dist/core/render/docx.js', import.meta.url).href)};
      import { parse } from 'yaml';
      import { readFileSync } from 'node:fs';
      process.stdout.write((await renderDocx(parse(readFileSync(${JSON.stringify(EXAMPLE)}, 'utf8')))).toString('base64'));
    `], { env: { ...process.env, TZ: 'Asia/Tehran' }, encoding: 'utf8', cwd: fileURLToPath(new URL('../../', import.meta.url)) });
    expect(Buffer.from(other, 'base64').equals(a)).toBe(true);
  });

  it('is a sound zip (Info-ZIP unzip -t), right to left in every paragraph and in the section, with fixed timestamps', async () => {
    const file = join(dir, 'q.docx');
    writeFileSync(file, await renderDocx(data));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const doc = unzipPart(file, 'word/document.xml');
    const paragraphs = doc.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const bidi = doc.match(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(40);
    expect(bidi.length).toBe(paragraphs.length);
    expect(doc).toMatch(/<w:sectPr>(?:(?!<\/w:sectPr>).)*<w:bidi\/>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>/);
    // The draft's date (۱۴۰۵/۰۹/۰۹) at midnight UTC, never the clock.
    const core = unzipPart(file, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T00:00:00Z</dcterms:modified>');
    expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).not.toMatch(/19[0-9]{2}-|20(?!26-11-30)[0-9]{2}-[0-9]{2}-[0-9]{2}/);
    // Persian digits and the typed labels.
    expect(doc).toContain('ماده ۲ – ');
    expect(doc).toContain('تبصره ۱ – ');
    expect(doc).not.toMatch(/<w:t[^>]*>[^<]*[0-9][^<]*<\/w:t>/);
    expect(unzipPart(file, 'word/fontTable.xml')).toContain('<w:font w:name="B Nazanin"><w:altName w:val="Vazirmatn,Tahoma"/>');
    expect(unzipPart(file, 'word/styles.xml')).toContain('w:cs="B Nazanin"');
  });

  it('the command writes <id>.docx, refuses to overwrite without --force', async () => {
    const out: string[] = [];
    const io = { cwd: dir, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, env: {}, lang: 'en' as const };
    expect(await renderCommand({ ...io, file: EXAMPLE, format: 'docx' })).toBe(0);
    const written = readFileSync(join(dir, 'qom-social-security-obligations.docx'));
    expect(written.equals(await renderDocx(data, { generator: `pishnevis ${VERSION}` }))).toBe(true);
    await expect(renderCommand({ ...io, file: EXAMPLE, format: 'docx' })).rejects.toMatchObject({ messages: { en: expect.stringContaining('--force') } });
  });

  it('LibreOffice opens it and turns it into a PDF whose text holds the articles in order', async () => {
    const file = join(dir, 'pdf-check.docx');
    writeFileSync(file, await renderDocx(data));
    // A font configuration of its own: Vazirmatn (shipped in node_modules) stands in for B Nazanin.
    const fonts = fileURLToPath(new URL('../../node_modules/vazirmatn/fonts/ttf/', import.meta.url));
    writeFileSync(join(dir, 'fonts.conf'), `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${dir}/fc-cache</cachedir><alias binding="same"><family>B Nazanin</family><prefer><family>Vazirmatn</family></prefer></alias></fontconfig>`);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, file], {
      env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') }, stdio: 'pipe', timeout: 120_000,
    });
    const text = execFileSync('pdftotext', [join(dir, 'pdf-check.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext gives right-to-left lines in logical order, wraps runs in direction marks and may put a
    // number after the dash that follows it («ماده  – ۱تعاریف»): both orders count as the label.
    const plain = text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
    const positions = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => {
      const d = '۰۱۲۳۴۵۶۷۸۹'[n];
      return plain.search(new RegExp(`ماده\\s*(?:–\\s*${d}|${d}\\s*–)`));
    });
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(plain).toContain('بسمه تعالی');
    expect(execFileSync('pdffonts', [join(dir, 'pdf-check.pdf')], { encoding: 'utf8' })).toContain('Vazirmatn');
  }, 180_000);
});
