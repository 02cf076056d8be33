import * as realFs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * An interrupted --fix (a full disk, a crash between writing and renaming) leaves the original file
 * as it was: the fixed text goes to a temporary file first, and only a complete one takes the name.
 */
const failures = vi.hoisted(() => ({ write: false, rename: false, touched: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof realFs>();
  return {
    ...fs,
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      if (failures.write) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return fs.writeSync(...args);
    },
    // Someone saves the file between the fixer's read and its write: the stat it checks then differs.
    statSync: (...args: Parameters<typeof fs.statSync>) => {
      const stat = fs.statSync(...args) as realFs.Stats;
      return failures.touched ? Object.assign(Object.create(Object.getPrototypeOf(stat)), stat, { mtimeMs: stat.mtimeMs + 5000 }) : stat;
    },
    renameSync: (...args: Parameters<typeof fs.renameSync>) => {
      if (failures.rename) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      return fs.renameSync(...args);
    },
  };
});

const { fixFileSync } = await import('../../src/core/engine/fix-file.js');

const SOURCE = join(import.meta.dirname, '../../examples/invalid/arabic-letters.yaml');
let dir = '';
afterEach(() => {
  failures.write = false;
  failures.rename = false;
  failures.touched = false;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an interrupted --fix', () => {
  for (const where of ['write', 'rename'] as const) {
    it(`leaves the original intact when the ${where} fails`, () => {
      dir = mkdtempSync(join(tmpdir(), 'draft-fix-int-'));
      const file = join(dir, 'draft.yaml');
      const original = readFileSync(SOURCE);
      writeFileSync(file, original);
      failures[where] = true;
      expect(() => fixFileSync(file, {}, { write: true })).toThrow(where === 'write' ? /ENOSPC/ : /EIO/);
      expect(readFileSync(file).equals(original)).toBe(true);
      // No temporary file is left behind.
      expect(readdirSync(dir)).toEqual(['draft.yaml']);
      // And once the disk is fine again, the same run fixes it.
      failures[where] = false;
      expect(fixFileSync(file, {}, { write: true }).fix?.written).toBe(true);
      expect(readFileSync(file, 'utf8')).not.toMatch(/[يك]/);
    });
  }

  it('leaves a file that changed on disk while it was being fixed as its author saved it', () => {
    dir = mkdtempSync(join(tmpdir(), 'draft-fix-int-'));
    const file = join(dir, 'draft.yaml');
    const original = readFileSync(SOURCE);
    writeFileSync(file, original);
    failures.touched = true;
    const out = fixFileSync(file, {}, { write: true });
    expect(out.fix?.conflict).toBe(true);
    expect(out.fix?.written).toBe(false);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(dir)).toEqual(['draft.yaml']);
  });
});
