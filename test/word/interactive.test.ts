// @inquirer/testing must be imported before anything that imports @inquirer/prompts.
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { FIXTURES } from './helpers.js';

async function waitFor(text: string): Promise<string> {
  for (let i = 0; i < 500; i++) {
    if (screen.getScreen().includes(text)) return screen.getScreen();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the screen never showed ${text}; it shows:\n${screen.getScreen()}`);
}

describe('draft import at a terminal', () => {
  it('asks in Persian only for what the document does not hold, and writes the draft', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'draft-import-tty-'));
    let out = '';
    const seen: string[] = [];
    const done = importCommand({
      cwd, file: `${FIXTURES}circular-seed.docx`, stdinIsTTY: true, env: {}, lang: 'fa', now: new Date(2026, 10, 30),
      stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) },
    });
    const step = async (label: string, typed?: string, then?: string): Promise<void> => {
      seen.push(await waitFor(label));
      if (typed) screen.type(typed);
      if (then) await waitFor(then);
      screen.keypress('enter');
    };
    await step('? استان', 'قم', 'مرکز: قم');
    await step('مرکز استان');
    await step('دسته موضوعی');
    await step('نام و نام خانوادگی تهیه‌کننده', 'زهرا موسوی');
    await step('سمت تهیه‌کننده', 'کارشناس حقوقی شهرداری قم');
    await step('تاریخ شمسی');
    await step('شناسه');
    await step('مستند قانونی');
    expect(await done).toBe(0);
    // The kind and the title came from the document: never asked.
    expect(seen.join('\n')).not.toContain('نوع سند');
    expect(seen.join('\n')).not.toContain('عنوان سند');
    const [file] = readdirSync(cwd).filter((f) => f.endsWith('.yaml'));
    const data = parse(readFileSync(join(cwd, file!), 'utf8'));
    expect(data).toMatchObject({
      kind: 'circular', title: 'پیش‌نویس بخشنامه ارسال نیازها و پیشنهادهای شهرداری‌ها به وزارت کشور', date: '۱۴۰۵/۰۹/۰۹',
      municipality: { province: 'قم', city: 'قم' }, author: { name: 'زهرا موسوی', position: 'کارشناس حقوقی شهرداری قم' },
      subject: 'تدوین نیازها، پیشنهادها و مسائل شهرداری‌ها در قالب دستورالعمل یا پیش‌نویس بخشنامه',
    });
    // Only the places to fill in are left, which --fix cannot fill: the next step is validate itself.
    expect(out).toContain('«draft validate» در آن ۲ مورد (۰ خطا، ۲ هشدار) پیدا می‌کند؛ ۲ مورد جای «…» است که باید خودتان پر کنید:');
    expect(out).toContain(`  draft validate ${file}\n`);
    expect(out).not.toContain('--fix');
    rmSync(cwd, { recursive: true, force: true });
  });
});
