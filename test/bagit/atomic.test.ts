import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/bagit/atomic.js';
import { TargetExistsError } from '../../src/core/bagit/errors.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

describe('writeFileAtomic', () => {
  it('creates the file and leaves no temp file behind', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'out.zip'), Buffer.from('zip'));
    expect(readFileSync(join(dir, 'out.zip'), 'utf8')).toBe('zip');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('refuses an existing target without force and leaves it untouched', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.zip');
    writeFileSync(target, 'old');
    const error = await writeFileAtomic(target, 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetExistsError);
    expect((error as TargetExistsError).code).toBe('EEXIST_TARGET');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('replaces an existing target with force', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.zip');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('removes the temp file when the final step fails', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    mkdirSync(join(dir, 'taken', 'inside'));
    await expect(writeFileAtomic(join(dir, 'taken'), 'x', { force: true })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'out.zip'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
