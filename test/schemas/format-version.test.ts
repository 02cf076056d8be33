/**
 * Format 1.1 end to end through the built `draft`: a 1.1 draft is packaged with `schemaVersion: 1.1` in its
 * submission record and the package verifies; the same draft declaring version 1 is refused with the
 * schema-version finding, whose fix is the one edit that makes it packageable.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, draft } from '../helpers/cli.js';

// The Shiraz example with a table in article 4: a format 1.1 shape.
const shiraz = readFileSync(join(ROOT, 'examples/valid/shiraz-building-permits.yaml'), 'utf8').replace(
  /(  - number: 4\n[\s\S]*?)(    notes:\n)/,
  '$1    tables:\n      - header: [مرحله, مهلت (روز کاری)]\n        rows:\n          - [صدور دستور نقشه, "۵"]\n          - [کنترل نقشه‌ها, "۱۰"]\n$2',
);

describe('a format 1.1 draft, packaged and verified', () => {
  it('is refused under schemaVersion 1 with the finding on schemaVersion, and packaged once it says 1.1', () => {
    expect(shiraz).toContain('    tables:\n');
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-v11-'));
    writeFileSync(join(dir, 'draft.yaml'), shiraz);
    const refused = draft(['package', 'draft.yaml', '--lang', 'en'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/2:16 +error +"articles\[2\]\.tables" in article 4 is a format 1\.1 addition, but the draft declares version 1; set schemaVersion to 1\.1\. +schema-version/);

    writeFileSync(join(dir, 'draft.yaml'), shiraz.replace(/^schemaVersion: 1$/m, 'schemaVersion: 1.1'));
    const packaged = draft(['package', 'draft.yaml', '--lang', 'en'], { cwd: dir });
    expect(packaged.stderr).toBe('');
    expect(packaged.code).toBe(0);
    const zip = readdirSync(dir).find((f) => f.endsWith('.zip'))!;
    const verified = draft(['verify', zip, '--lang', 'en'], { cwd: dir });
    expect(verified.stdout).toContain('is sound');
    expect(verified.code).toBe(0);
  });
});
