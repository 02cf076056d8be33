import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as makeTemp } from '../helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { TargetExistsError, writeFileAtomic } from '../../src/core/fs/atomic.js';

const tempDir = (): string => makeTemp('pishnevis-atomic-');

describe('writeFileAtomic', () => {
  it('creates the file and leaves no temp file behind', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'out.zip'), Buffer.from('zip'));
    expect(readFileSync(join(dir, 'out.zip'), 'utf8')).toBe('zip');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('refuses an existing target without force and leaves it untouched', () => {
    const dir = tempDir();
    const target = join(dir, 'out.zip');
    writeFileSync(target, 'old');
    let error: unknown;
    try {
      writeFileAtomic(target, 'new');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TargetExistsError);
    expect((error as TargetExistsError).code).toBe('EEXIST_TARGET');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('replaces an existing target with force', () => {
    const dir = tempDir();
    const target = join(dir, 'out.zip');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('removes the temp file when the final step fails', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true });
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x', { force: true })).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('creates a missing folder (reports written to reports/drafts.xml)', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'reports', 'drafts.xml'), '<x/>');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['drafts.xml']);
  });
});
