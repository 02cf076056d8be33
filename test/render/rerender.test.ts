import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { DIRECTIVE, visibleText } from './helpers.js';

let dir: string;
let _out: string;
let _err: string;
const stdout = { write: (s: string) => { _out += s; } };
const stderr = { write: (s: string) => { _err += s; } };
const run = (file: string, extra: Partial<Parameters<typeof renderCommand>[0]> = {}) =>
  renderCommand({ file, cwd: dir, stdout, stderr, lang: 'fa', env: {}, ...extra });
const TARGET = () => join(dir, 'qom-social-security-obligations.html');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'draft-rerender-'));
  _out = '';
  _err = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture draft with some lines changed: a clerk's edit between two renders. */
function edited(replace: (text: string) => string): string {
  const file = join(dir, 'draft.yaml');
  writeFileSync(file, replace(readFileSync(DIRECTIVE, 'utf8')));
  return file;
}

describe('draft render, the edit → render → look loop', () => {
  it('replaces a page it wrote itself without --force', async () => {
    expect(await run(DIRECTIVE)).toBe(0);
    const file = edited((t) => t.replace(/^title: .*$/m, 'title: دستورالعمل ویرایش‌شده تسویه تعهدات شهرداری قم'));
    expect(await run(file)).toBe(0);
    expect(readFileSync(TARGET(), 'utf8')).toContain('ویرایش‌شده');
  });

  it('still protects any other file of that name, even an HTML page by another generator', async () => {
    writeFileSync(TARGET(), '<!DOCTYPE html><html><head><meta name="generator" content="LibreOffice"></head><body>mine</body></html>');
    await expect(run(DIRECTIVE)).rejects.toMatchObject({ name: 'UsageError', messages: { fa: expect.stringContaining('--force') } });
    expect(readFileSync(TARGET(), 'utf8')).toContain('mine');
    // A page that only mentions the mark in its body is not one draft render wrote.
    writeFileSync(TARGET(), '<html><body>&lt;meta name="generator" content="pishnevis 0.1.0"&gt; mine</body></html>');
    await expect(run(DIRECTIVE)).rejects.toMatchObject({ name: 'UsageError' });
    expect(readFileSync(TARGET(), 'utf8')).toContain('mine');
  });
});

describe('the rendered page of a draft with errors', () => {
  it('carries a banner naming how many errors, even when the draft says status: ready', async () => {
    // Two errors: an emptied title placeholder and an Arabic yeh in the preamble.
    const file = edited((t) => t
      .replace(/^status: .*$/m, 'status: ready')
      .replace(/^title: .*$/m, 'title: «…»')
      .replace(/^date: .*$/m, 'date: 1405/13/01'));
    expect(await run(file)).toBe(0);
    const text = visibleText(readFileSync(TARGET(), 'utf8'));
    expect(text).toMatch(/این پیش‌نویس [۰-۹]+ خطا دارد/);
    expect(text).not.toMatch(/در دست تهیه است/); // it is ready, just wrong
  });

  it('a ready draft without errors has no banner at all', async () => {
    expect(await run(DIRECTIVE)).toBe(0); // status: ready, no findings
    const html = readFileSync(TARGET(), 'utf8');
    expect(html).not.toContain('class="status-banner"');
  });
});

describe('the browser tab title', () => {
  it('does not say the kind twice when the title begins with it', async () => {
    expect(await run(DIRECTIVE)).toBe(0);
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(TARGET(), 'utf8'))![1]!;
    expect(title.match(/دستورالعمل/g)).toHaveLength(1);
    expect(title.startsWith('پیش‌نویس دستورالعمل')).toBe(true);
  });
});
