/**
 * Test helpers: temporary folders, a fixed sample bag input, and ways to make zips that the writer
 * under test would refuse to make.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import type { BagZipInput } from '../../src/core/bagit/types.js';

const made: string[] = [];

export function tempDir(prefix = 'pishnevis-bagit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path → content) under a fresh temp folder and returns the folder. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function writeTemp(name: string, data: Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return path;
}

export const PERSIAN_NAME = 'پیوست‌ها/نقشهٔ شهری ۱.txt';

/** A realistic package: the draft, its rendering, metadata and a Persian-named attachment. */
export function sampleInput(): BagZipInput {
  return {
    root: 'qom-1405-parking',
    mtime: new Date('2026-03-08T02:30:00Z'),
    info: [
      ['Source-Organization', 'شهرداری قم'],
      ['Contact-Name', 'مریم احمدی'],
      ['Bagging-Date', '2026-03-08'],
      ['External-Identifier', 'qom-1405-parking'],
      [
        'External-Description',
        'پیش‌نویس دستورالعمل ساماندهی توقف خودروها در معابر پرتردد شهر قم به‌منظور کاهش ترافیک و افزایش ایمنی عابران پیاده در محدودهٔ مرکزی شهر',
      ],
    ],
    payload: [
      { path: 'draft.yaml', content: Buffer.from('schemaVersion: 1\r\nkind: directive\r\nid: qom-1405-parking\r\n') },
      { path: 'document.html', content: Buffer.from('<!doctype html><html lang="fa" dir="rtl"><body>دستورالعمل</body></html>\n') },
      { path: 'submission.json', content: Buffer.from('{"schemaVersion":1,"marker":"PAYLOAD-MARKER-7f3a"}\n') },
      { path: PERSIAN_NAME, content: Buffer.from('نقشه\n') },
      { path: 'attachments/100% report.txt', content: Buffer.from([0x00, 0xff, 0x0d, 0x0a, 0x0d]) },
    ],
  };
}

/** A zip made with yazl, which (unlike our writer) can deflate and can store arbitrary modes. */
export function yazlZip(entries: Array<{ name: string; data: Buffer; mode?: number; compress?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    zip.addBuffer(e.data, e.name, {
      compress: e.compress ?? false,
      mtime: new Date('2026-01-01T00:00:00Z'),
      ...(e.mode === undefined ? {} : { mode: e.mode }),
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
