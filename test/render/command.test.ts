import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { DIRECTIVE, fixture } from './helpers.js';

let dir: string;
let out: string;
let err: string;
const stdout = { write: (s: string) => { out += s; } };
const stderr = { write: (s: string) => { err += s; } };
const run = (file: string, extra: Partial<Parameters<typeof renderCommand>[0]> = {}) =>
  renderCommand({ file, cwd: dir, stdout, stderr, lang: 'en', env: {}, ...extra });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'draft-render-'));
  out = '';
  err = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('draft render', () => {
  it('writes <id>.html in the current folder', async () => {
    expect(await run(DIRECTIVE)).toBe(0);
    const html = readFileSync(join(dir, 'qom-social-security-obligations.html'), 'utf8');
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(out).toContain('qom-social-security-obligations.html');
  });

  it('does not overwrite without --force, and replaces with it', async () => {
    const target = join(dir, 'qom-social-security-obligations.html');
    writeFileSync(target, 'mine');
    await expect(run(DIRECTIVE)).rejects.toMatchObject({ name: 'UsageError', messages: { en: expect.stringContaining('--force') } });
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(await run(DIRECTIVE, { force: true })).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('<!DOCTYPE html>');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes where -o says: a file, or <id>.html in a folder', async () => {
    expect(await run(DIRECTIVE, { output: 'preview/doc.html' })).toBe(0);
    expect(existsSync(join(dir, 'preview', 'doc.html'))).toBe(true);
    mkdirSync(join(dir, 'out'));
    expect(await run(fixture('circular.yaml'), { output: 'out' })).toBe(0);
    expect(existsSync(join(dir, 'out', 'tehran-waste-separation.html'))).toBe(true);
  });

  it('renders a draft with errors for preview, and says so', async () => {
    expect(await run(fixture('hostile.yaml'))).toBe(0);
    expect(existsSync(join(dir, 'hostile-markup.html'))).toBe(true);
    expect(err).toMatch(/error/);
  });

  it('refuses what cannot be read as a draft (exit 1), with the findings', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'a: [1, 2\n');
    expect(await run(bad)).toBe(1);
    expect(out).toMatch(/yaml-syntax/);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('is a usage error (exit 2) for a file that does not exist', async () => {
    await expect(run('nope.yaml')).rejects.toMatchObject({ name: 'UsageError' });
  });
});
