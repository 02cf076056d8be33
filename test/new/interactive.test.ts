// @inquirer/testing must be imported before anything that imports @inquirer/prompts.
import { screen } from '@inquirer/testing/vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { validateText } from '../../src/core/engine/validate.js';
import { deriveId } from '../../src/core/scaffold/index.js';
import { tempDir } from './helpers.js';

const NOW = new Date(2026, 10, 30); // 1405/09/09

function run(cwd: string, extra: Partial<NewCommandOptions> = {}) {
  let out = '';
  const done = newCommand({
    cwd, stdinIsTTY: true, env: {}, now: NOW, lang: 'fa',
    stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) },
    ...extra,
  });
  return { done, output: () => out };
}

/** Waits until the screen shows `text` (renders can come in several steps: a search list loads late). */
async function waitFor(text: string | RegExp): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const shown = screen.getScreen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the screen never showed ${String(text)}; it shows:\n${screen.getScreen()}`);
}

function enter(): void {
  screen.keypress('enter');
}

describe('draft new, interactively (keystroke by keystroke with @inquirer/testing)', () => {
  it('asks in Persian, rejects a wrong answer under the prompt, and writes a draft that validates', async () => {
    const cwd = tempDir();
    const { done, output } = run(cwd);

    await waitFor('نوع سند');
    expect(screen.getScreen()).toContain('دستورالعمل');
    expect(screen.getScreen()).toContain('پیش‌نویس بخشنامه');
    expect(screen.getScreen()).toContain('جابه‌جایی'); // the key help is Persian too
    enter(); // directive, the first choice

    await waitFor('آذربایجان شرقی'); // the searchable list of the 31 provinces
    expect(screen.getScreen()).toContain('? استان');
    screen.type('قم');
    await waitFor('مرکز: قم');
    expect(screen.getScreen()).not.toContain('آذربایجان شرقی');
    enter();

    await waitFor('مرکز استان'); // the city list, the capital first and chosen
    expect(screen.getScreen()).toMatch(/❯ قم/);
    enter();

    await waitFor('عنوان سند');
    screen.type('کوتاه');
    enter();
    // The title's schema fragment refuses it, and the message shows under the prompt.
    const refused = await waitFor('«عنوان» (title) باید دست‌کم ۱۰ نویسه باشد.');
    expect(refused.split('\n')[0]).toContain('کوتاه'); // what was typed is kept, to be corrected
    screen.type(' نیست؛ دستورالعمل ساماندهی پسماند شهری');
    enter();

    await waitFor('دسته موضوعی');
    expect(screen.getScreen()).toContain('تعهدات و همکاری با تأمین اجتماعی');
    for (let i = 0; i < 6; i++) screen.keypress('down');
    await waitFor('❯ محیط زیست');
    // Under the choice, the id the file will hold, said as that in Persian.
    expect(screen.getScreen()).toContain('در فایل: environment');
    enter();

    await waitFor('نام و نام خانوادگی تهیه‌کننده');
    screen.type('علي احمدی'); // an Arabic ي, which the orthography rule refuses
    enter();
    await waitFor('«علي» حرف عربی دارد؛ «علی» درست است.');
    for (let i = 0; i < 'علي احمدی'.length; i++) screen.keypress('backspace');
    screen.type('علی احمدی');
    enter();

    await waitFor('سمت تهیه‌کننده');
    screen.type('معاون حقوقی شهرداری قم');
    enter();

    await waitFor('(۱۴۰۵/۰۹/۰۹)'); // today in the Jalali calendar is the default
    screen.type('1405/12/30');
    enter();
    await waitFor('اسفند');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    enter(); // back to the default

    await waitFor(/شناسه \(نام فایل\): qom-1405-[a-z0-9-]+/); // derived, and already in the line to edit
    enter();

    await waitFor('چند ماده');
    screen.type('۲');
    enter();

    await waitFor('چند فصل (۰: بی‌فصل)؟');
    screen.type('۳'); // more chapters than articles: refused under the prompt
    enter();
    await waitFor('هر فصل دست‌کم یک ماده دارد و پیش‌نویس ۲ ماده دارد');
    screen.keypress('backspace');
    screen.type('۲');
    enter();

    await waitFor('ترتیب حرف بندها');
    expect(screen.getScreen()).toContain('ابجد: الف، ب، ج، د');
    screen.keypress('down');
    enter();

    await waitFor('مستند قانونی ۱');
    screen.type('قانون شهرداری');
    enter();
    await waitFor('شماره ماده «قانون شهرداری»');
    screen.type('۵۵');
    enter();
    await waitFor('مستند قانونی ۲');
    enter();

    expect(await done).toBe(0);
    const files = readdirSync(cwd);
    expect(files).toHaveLength(1);
    expect(output()).toContain(`در ${files[0]} نوشته شد`);
    const text = readFileSync(join(cwd, files[0]!), 'utf8');
    expect(text).toContain('title: کوتاه نیست؛ دستورالعمل ساماندهی پسماند شهری');
    expect(text).toContain('  city: قم');
    expect(text).toContain('name: علی احمدی');
    expect(text).toContain('date: ۱۴۰۵/۰۹/۰۹');
    expect(text).toContain('category: environment');
    expect(text).toContain('  - law: قانون شهرداری\n    article: ۵۵\n');
    expect(text).toContain('schemaVersion: 1.1\n');
    expect(text).toMatch(/chapters:\n  # فصل اول\n  - title: …\n    articles:\n      # ماده ۲\n      - number: 2\n/);
    expect(text).toContain('  # فصل دوم\n');
    expect(text).toContain('      - number: 3');
    expect(text).not.toContain('  - number: 4');
    expect(text).toMatch(/- label: الف\n[^\n]*\n *- label: ب\n[^\n]*\n *- label: ج\n/);
    expect(validateText(text).errorCount).toBe(0);
  });

  it('asks only what flags and defaults leave open with --yes, in English, and refuses an existing file’s id', async () => {
    const cwd = tempDir();
    const title = 'پیش‌نویس بخشنامه یکسان‌سازی قراردادها';
    const taken = deriveId({ province: 'قم', date: '۱۴۰۵/۰۹/۰۹', title });
    writeFileSync(join(cwd, `${taken}.yaml`), 'mine\n');
    const { done } = run(cwd, {
      lang: 'en', yes: true, kind: 'circular', province: 'qom', category: 'legal', authorName: 'علی احمدی', authorPosition: 'معاون حقوقی',
    });

    await waitFor('Title (in Persian)');
    screen.type(title);
    enter();

    // --yes took the city, the date and the number of articles; the derived id names an existing file,
    // so it is asked after all, and refused until it names a new one.
    await waitFor('Id (the file name)');
    enter();
    await waitFor(`${taken}.yaml already exists`);
    screen.type('-2');
    enter();

    await waitFor('Subject of the circular');
    screen.type('یکسان‌سازی قراردادها');
    enter();
    await waitFor('Addressee 1');
    enter(); // an empty first addressee is refused
    await waitFor('must not be empty');
    screen.type('شهرداری‌های مراکز استان‌ها');
    enter();
    await waitFor('Addressee 2 (empty: done)');
    enter();
    await waitFor("Proposed signatory's name");
    screen.type('وزیر کشور');
    enter();
    await waitFor("Proposed signatory's position");
    screen.type('وزیر کشور');
    enter();

    expect(await done).toBe(0);
    const text = readFileSync(join(cwd, `${taken}-2.yaml`), 'utf8');
    expect(text).toContain('kind: circular');
    expect(text).toContain('  - شهرداری‌های مراکز استان‌ها');
    expect(text).toContain('body:');
    expect(validateText(text).errorCount).toBe(0);
    expect(readFileSync(join(cwd, `${taken}.yaml`), 'utf8')).toBe('mine\n');
  });

  it('checks a flag again against answers typed after it (a city given, then another province chosen)', async () => {
    const cwd = tempDir();
    const { done } = run(cwd, {
      kind: 'directive', city: 'کاشان', title: 'دستورالعمل ساماندهی پسماند شهری', category: 'environment',
      authorName: 'علی احمدی', authorPosition: 'کارشناس حقوقی', yes: true,
    });
    await waitFor('آذربایجان شرقی');
    screen.type('قم');
    await waitFor('مرکز: قم');
    enter();
    await expect(done).rejects.toMatchObject({ name: 'UsageError', messages: { fa: expect.stringContaining('شهر کاشان در استان اصفهان است، نه قم') } });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('writes nothing when the questions are abandoned with Ctrl+C', async () => {
    const cwd = tempDir();
    const { done, output } = run(cwd);
    await waitFor('نوع سند');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await done).toBe(130);
    expect(output()).toContain('چیزی نوشته نشد');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
