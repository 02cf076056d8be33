import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { draft, ROOT } from '../helpers/cli.js';
import { toLatinDigits } from '../../src/persian/digits.js';
import { FIXTURES, writeFixtures } from './fixtures.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'digest.schema.json'), 'utf8'));
const validateDigest = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

let work: string;
let drafts: string;
let clean: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pishnevis-digest-'));
  drafts = join(work, 'drafts');
  writeFixtures(drafts);
  // A set with nothing wrong: every draft but the one typed with Arabic letters.
  clean = join(work, 'clean');
  writeFixtures(clean, FIXTURES.filter((d) => d.id !== 'tabriz-social-security'));
});

describe('draft digest: the JSON contract', () => {
  it('--format json prints the digest, valid against schemas/digest.schema.json; exit 1 when a draft has errors', () => {
    const r = draft(['digest', 'drafts', '--format', 'json'], { cwd: work });
    expect(r.code, r.stderr).toBe(1);
    const digest = JSON.parse(r.stdout);
    expect(validateDigest(digest), JSON.stringify(validateDigest.errors)).toBe(true);
    expect(digest.totals).toMatchObject({ submissions: 13, municipalities: 13, provinces: 13, ready: 11, valid: 12 });
    expect(digest.totals.financialImpact.amount).toBe('5100000000000');
    expect(digest.byProvince).toHaveLength(31);
    expect(digest.groups).toHaveLength(3);
    expect(digest.invalid.map((x: { id: string }) => x.id)).toEqual(['tabriz-social-security']);
    expect(digest.invalid[0].errors[0]).toMatchObject({ code: 'arabic-letters', line: 5 });
    expect(r.stderr).toMatch(/۱ پیشنهاد خطا دارد/);
  });

  it('exit 0 when every submission is valid, even with some not ready', () => {
    const r = draft(['digest', 'clean', '--format', 'json'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest.totals).toMatchObject({ submissions: 12, valid: 12, ready: 10 });
    expect(digest.notReady).toHaveLength(2);
  });

  it('reads draftsDir from draft.config.yaml when no path is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-config-'));
    writeFixtures(join(dir, 'submissions'), FIXTURES.slice(4, 7));
    writeFileSync(join(dir, 'draft.config.yaml'), 'draftsDir: submissions\n');
    const r = draft(['digest', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).totals.submissions).toBe(3);
  });
});

describe('draft digest --cache', () => {
  it('gives the same digest from the validation cache, and sees a changed draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-cache-'));
    writeFixtures(join(dir, 'drafts'));
    const cold = draft(['digest', 'drafts', '--format', 'json', '--cache'], { cwd: dir });
    expect(readdirSync(dir)).toContain('.draftcache');
    const warm = draft(['digest', 'drafts', '--format', 'json', '--cache'], { cwd: dir });
    expect(warm.code).toBe(cold.code);
    expect(warm.stdout).toBe(cold.stdout);
    // Fixing Tabriz's Arabic letters makes every submission valid.
    const tabriz = join(dir, 'drafts', 'tabriz-social-security.yaml');
    writeFileSync(tabriz, readFileSync(tabriz, 'utf8').replace(/ي/g, 'ی').replace(/ك/g, 'ک'));
    const after = draft(['digest', 'drafts', '--format', 'json', '--cache'], { cwd: dir });
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).totals.valid).toBe(13);
  });
});

describe('draft digest: drafts that cannot be read', () => {
  it('counts a file that is not a draft, lists it with its error, and still writes the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-broken-'));
    writeFixtures(join(dir, 'drafts'), FIXTURES.slice(0, 2));
    writeFileSync(join(dir, 'drafts', 'broken.yaml'), 'title: [unclosed\n');
    const r = draft(['digest', 'drafts', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const digest = JSON.parse(r.stdout);
    expect(validateDigest(digest), JSON.stringify(validateDigest.errors)).toBe(true);
    expect(digest.totals).toMatchObject({ submissions: 3, unreadable: 1 });
    expect(digest.invalid.find((x: { file: string }) => x.file === 'drafts/broken.yaml')).toMatchObject({ id: '', errors: [expect.objectContaining({ code: 'yaml-syntax', line: 1 })] });
  });
});

describe('draft digest: every format, parsed back', () => {
  it('HTML by default: digest.html, right-to-left, offline, its totals readable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-html-'));
    const r = draft(['digest', join(work, 'drafts')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/گزارش نوشته شد: digest\.html/);
    const html = readFileSync(join(dir, 'digest.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fa" dir="rtl">/);
    const total = (key: string): string => toLatinDigits(new RegExp(`data-total="${key}">([^<]+)`).exec(html)![1]!.trim());
    expect(total('submissions')).toBe('13');
    expect(total('municipalities')).toBe('13');
    expect(total('provinces')).toBe('13');
    expect(total('ready')).toBe('11');
    expect(total('valid')).toBe('12');
    expect(/data-rials="(\d+)"/.exec(html)![1]).toBe('5100000000000');
    expect(html).toContain('پنج هزار و صد میلیارد ریال');
    // Three charts, inline; the 31 provinces on the tile map; the font embedded; nothing fetched.
    expect(html.match(/<svg /g)).toHaveLength(3);
    for (const p of ['ایلام', 'کهگیلویه و', 'سیستان و']) expect(html).toContain(p);
    expect(html).toContain("src: url('data:font/woff2;base64,");
    expect(html).not.toMatch(/<script|<link|src="http|url\(['"]?http|@import/i);
    // The groups read as the committee reads them.
    expect(html).toMatch(/۴ شهرداری \(۴ پیشنهاد\) درباره «دستورالعمل/);
    // Its members by province, each city once.
    expect(html).toContain('<b>خوزستان:</b> اهواز · <b>قم:</b> قم');
  });

  it('Markdown: the same sections, the totals in its table', () => {
    const r = draft(['digest', 'drafts', '-o', 'out/digest.md'], { cwd: work });
    expect(r.code).toBe(1);
    const md = readFileSync(join(work, 'out', 'digest.md'), 'utf8');
    expect(md.split('\n')[0]).toMatch(/^<!-- generator: pishnevis \S+ digest -->$/);
    expect(md).toMatch(/^\| پیشنهادهای رسیده \| ۱۳ \|$/m);
    expect(md).toMatch(/^\| ایلام \| — \(هنوز چیزی نفرستاده\) \| ۰ \| ۰ \|$/m);
    expect(md).toMatch(/^### ۱\. ۴ شهرداری \(۴ پیشنهاد\)/m);
    expect(md).toMatch(/^## دارای خطا$/m);
    // Every table row has as many cells as its header.
    const tables = md.split('\n\n').filter((b) => b.startsWith('| '));
    for (const t of tables) {
      const cells = t.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size, t.slice(0, 200)).toBe(1);
    }
  });

  it('CSV: one row per submission, RFC 4180, read back field for field', () => {
    const r = draft(['digest', 'drafts', '-o', 'out/digest.csv'], { cwd: work });
    expect(r.code).toBe(1);
    const text = readFileSync(join(work, 'out', 'digest.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header![0]).toBe('id');
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const col = (name: string): number => header!.indexOf(name);
    const qom = rows.find((row) => row[0] === 'qom-social-security')!;
    expect(qom[col('province')]).toBe('قم');
    expect(qom[col('financial_impact_rial')]).toBe('2400000000000');
    expect(qom[col('proposal')]).toBe(FIXTURES[0]!.proposal);
    const groupOf = (id: string): string => rows.find((row) => row[0] === id)![col('group')]!;
    expect(groupOf('qom-social-security')).not.toBe('');
    expect(groupOf('qom-social-security')).toBe(groupOf('ahvaz-social-security'));
    expect(groupOf('tehran-street-names')).toBe('');
    expect(rows.find((row) => row[0] === 'tabriz-social-security')![col('valid')]).toBe('false');
  });

  it('JSON to a file by its extension', () => {
    const r = draft(['digest', 'drafts', '-o', 'out/digest.json'], { cwd: work });
    expect(r.code).toBe(1);
    expect(validateDigest(JSON.parse(readFileSync(join(work, 'out', 'digest.json'), 'utf8')))).toBe(true);
  });
});

describe('draft digest: writing', () => {
  it('never replaces a file it did not write without --force; replaces its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-write-'));
    for (const name of ['digest.html', 'digest.md', 'digest.csv', 'digest.json']) {
      writeFileSync(join(dir, name), 'the committee\'s own notes');
      const r = draft(['digest', join(work, 'clean'), '-o', name], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/از پیش هست/);
      expect(r.stderr).toMatch(/--force/);
      expect(readFileSync(join(dir, name), 'utf8')).toBe('the committee\'s own notes');
      expect(draft(['digest', join(work, 'clean'), '-o', name, '--force'], { cwd: dir }).code, name).toBe(0);
      // Now it is a digest's: written again without --force.
      const again = draft(['digest', join(work, 'clean'), '-o', name], { cwd: dir });
      expect(again.code, `${name}: ${again.stderr}`).toBe(0);
    }
    // Only the report itself is ever written: no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['digest.csv', 'digest.html', 'digest.json', 'digest.md']);
  });

  it('usage mistakes exit 2 with a message in the run\'s language, Persian or English', () => {
    const cases: Array<[string[], RegExp]> = [
      [['digest', 'drafts', '--threshold', '1.5', '--lang', 'fa'], /آستانه/],
      [['digest', 'drafts', '--threshold', 'abc', '--lang', 'en'], /threshold/],
      [['digest', 'drafts', '-o', 'digest.pdf', '--lang', 'en'], /extension/],
      [['digest', 'no-such-folder', '--lang', 'en'], /No drafts or packages found/],
      [['digest', 'drafts', '--format', 'xml', '--lang', 'en'], /xml/],
    ];
    for (const [args, message] of cases) {
      const r = draft(args, { cwd: work });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
});

describe('draft digest: submission packages', () => {
  it('verifies each package first; a corrupted one is listed as such, never skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-packages-'));
    const packages = join(dir, 'packages');
    mkdirSync(packages);
    for (const id of ['qom-social-security', 'isfahan-waste']) {
      const made = draft(['package', join(work, 'drafts', `${id}.yaml`), '-o', packages], { cwd: dir });
      expect(made.code, made.stderr + made.stdout).toBe(0);
    }
    // A copy of Isfahan's package with one byte of its draft changed.
    const zip = readFileSync(join(packages, 'isfahan-waste.zip'));
    const at = zip.indexOf(Buffer.from('پسماند', 'utf8'));
    expect(at).toBeGreaterThan(0);
    const corrupted = Buffer.from(zip);
    corrupted[at + 1] = corrupted[at + 1]! ^ 0x01;
    mkdirSync(join(dir, 'received'));
    writeFileSync(join(dir, 'received', 'isfahan-waste.zip'), corrupted);
    copyFileSync(join(packages, 'qom-social-security.zip'), join(dir, 'received', 'qom-social-security.zip'));

    const r = draft(['digest', 'received', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/بسته ارسالی در بررسی درستی رد شد/);
    const digest = JSON.parse(r.stdout);
    expect(validateDigest(digest), JSON.stringify(validateDigest.errors)).toBe(true);
    expect(digest.totals).toMatchObject({ submissions: 2, packages: 2, valid: 1 });
    expect(digest.invalid).toHaveLength(1);
    expect(digest.invalid[0]).toMatchObject({ file: 'received/isfahan-waste.zip', source: 'package' });
    expect(digest.invalid[0].errors.length).toBeGreaterThan(0);
    // The sound one is read: its proposal and amount are in the digest.
    const qom = digest.categories.flatMap((c: { entries: unknown[] }) => c.entries).find((e: { id: string }) => e.id === 'qom-social-security');
    expect(qom).toMatchObject({ source: 'package', financialImpact: '2400000000000', proposal: FIXTURES[0]!.proposal });
  });

  it('a draft and its package given together count once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-digest-both-'));
    expect(draft(['package', join(work, 'clean', 'kerman-permits.yaml'), '-o', join(dir, 'sent') + '/'], { cwd: dir }).code).toBe(0);
    const r = draft(['digest', join(work, 'clean'), 'sent', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest.totals).toMatchObject({ submissions: 12, packages: 1 });
  });
});
