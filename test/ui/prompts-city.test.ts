// @inquirer/testing must be imported before anything that imports @inquirer/prompts.
import { screen } from '@inquirer/testing/vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { tempDir } from '../new/helpers.js';

const NOW = new Date(2026, 10, 30); // 1405/09/09

function run(cwd: string, extra: Partial<NewCommandOptions> = {}) {
  let out = '';
  const done = newCommand({
    cwd, stdinIsTTY: true, env: {}, now: NOW, lang: 'fa', yes: true,
    kind: 'directive', province: 'قم', title: 'دستورالعمل ساماندهی پسماند شهری قم', category: 'environment',
    authorName: 'علی احمدی', authorPosition: 'معاون حقوقی شهرداری قم', legalBasis: ['قانون شهرداری|۵۵'], chapters: '0', labels: 'alphabetical',
    stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) },
    ...extra,
  });
  return { done, output: () => out };
}

async function waitFor(text: string | RegExp): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const shown = screen.getScreen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the screen never showed ${String(text)}; it shows:\n${screen.getScreen()}`);
}

describe('draft new, the city question', () => {
  it('refuses a city of another province as the --city flag does, and never writes the list label into the draft', async () => {
    const cwd = tempDir();
    const { done } = run(cwd, { yes: false, id: 'qom-1405-pasmand', articles: '2', date: '1405/09/09' });
    await waitFor('مرکز استان');
    screen.type('تبریز');
    await waitFor('تبریز');
    screen.keypress('enter');
    const refused = await waitFor('شهر تبریز در استان آذربایجان شرقی است، نه قم');
    expect(refused).not.toContain('در فهرست نیست)');
    screen.keypress('enter'); // a second Enter does not accept it either
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getScreen()).toContain('شهر تبریز در استان آذربایجان شرقی است، نه قم');
    // Correct it: erase and take the capital.
    for (let i = 0; i < 'تبریز'.length; i++) screen.keypress('backspace');
    await waitFor(/❯ قم/);
    screen.keypress('enter');
    expect(await done).toBe(0);
    const text = readFileSync(join(cwd, readdirSync(cwd)[0]!), 'utf8');
    expect(text).toContain('  city: قم\n');
  });

  it('writes an unknown city (کهک) as typed', async () => {
    const cwd = tempDir();
    const { done } = run(cwd, { yes: false, id: 'qom-1405-pasmand', articles: '2', date: '1405/09/09' });
    await waitFor('مرکز استان');
    screen.type('کهک');
    await waitFor('در فهرست شهرهای قم نیست');
    screen.keypress('enter');
    expect(await done).toBe(0);
    const text = readFileSync(join(cwd, readdirSync(cwd)[0]!), 'utf8');
    expect(text).toContain('  city: کهک\n');
    expect(text).not.toContain('فهرست');
  });
});

describe('draft new, the article count', () => {
  it('echoes a count typed in Latin digits in Persian digits', async () => {
    const cwd = tempDir();
    const { done } = run(cwd, { yes: false, id: 'qom-1405-pasmand', city: 'قم', date: '1405/09/09' });
    await waitFor('چند ماده');
    screen.type('2');
    screen.keypress('enter');
    const shown = await waitFor('شمار ماده‌ها:');
    expect(shown).toMatch(/شمار ماده‌ها: ۲/);
    expect(shown).not.toMatch(/شمار ماده‌ها: 2/);
    expect(await done).toBe(0);
  });
});

describe('draft new, the date', () => {
  it('echoes a date typed 1405/9/5 as it is written, ۱۴۰۵/۰۹/۰۵', async () => {
    const cwd = tempDir();
    const { done } = run(cwd, { yes: false, id: 'qom-1405-pasmand', city: 'قم', articles: '2' });
    await waitFor('تاریخ شمسی');
    screen.type('1405/9/5');
    screen.keypress('enter');
    const shown = await waitFor('✔ تاریخ شمسی:');
    expect(shown).toMatch(/تاریخ شمسی: ۱۴۰۵\/۰۹\/۰۵/);
    expect(await done).toBe(0);
    expect(readFileSync(join(cwd, 'qom-1405-pasmand.yaml'), 'utf8')).toMatch(/^date: 1405\/09\/05$/m);
  });
});
