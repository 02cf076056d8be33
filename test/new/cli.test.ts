import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, draft } from '../helpers/cli.js';
import { scriptedArgs, tempDir } from './helpers.js';

const SCHEMA = join(ROOT, 'schemas', 'draft.schema.json');
const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function repo(config: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'draft.config.yaml'), config);
  return dir;
}

describe('draft new, scripted (spawning bin/draft.js)', () => {
  it('writes a directive that draft validate accepts, and says what to do next', () => {
    const cwd = tempDir();
    const r = draft(scriptedArgs('directive', ['--legal-basis', 'قانون شهرداری|۵۵']), { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [file] = yamlFiles(cwd);
    expect(file).toMatch(/^qom-1405-[a-z0-9-]+\.yaml$/);
    expect(r.stdout).toContain(`در ${file} نوشته شد`);
    expect(r.stdout).toContain(`draft validate ${file}`);
    expect(r.stdout).toContain(`draft package ${file}`);
    const text = readFileSync(join(cwd, file!), 'utf8');
    // Outside any tree that holds the package there is no modeline: an absolute path would exist on this machine only.
    expect(text).not.toContain('yaml-language-server');
    expect(text).not.toContain(SCHEMA);
    expect(text).toContain('status: draft');
    const v = draft(['validate', file!], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('۰ خطا');
  });

  it('promises editor help from the first line only when it wrote that line', () => {
    // No schema within the file's tree: no modeline, and no promise of one.
    const bare = tempDir();
    const without = draft(scriptedArgs('directive'), { cwd: bare });
    expect(without.code).toBe(0);
    expect(readFileSync(join(bare, yamlFiles(bare)[0]!), 'utf8')).not.toContain('yaml-language-server');
    expect(without.stdout).not.toContain('سطر نخست');
    expect(without.stdout).toContain('این فایل سطر $schema ندارد و ویرایشگر راهنمایی برایش نشان نمی‌دهد');
    expect(without.stdout).toContain('«draft init»');
    const en = draft([...scriptedArgs('directive'), '--id', 'qom-1405-en', '--lang', 'en'], { cwd: bare });
    expect(en.stdout).not.toContain('first line');
    expect(en.stdout).toContain('This file has no $schema line, so editors offer no help for it');
    // A repository set up by draft init has its copy of the schema: the line is written, and said.
    const repo = tempDir();
    mkdirSync(join(repo, '.draft', 'schemas'), { recursive: true });
    writeFileSync(join(repo, '.draft', 'schemas', 'draft.schema.json'), readFileSync(SCHEMA));
    writeFileSync(join(repo, 'draft.config.yaml'), 'draftsDir: drafts\n');
    const withLine = draft(scriptedArgs('directive'), { cwd: repo });
    expect(withLine.code).toBe(0);
    expect(readFileSync(join(repo, 'drafts', yamlFiles(join(repo, 'drafts'))[0]!), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.draft\/schemas\/draft\.schema\.json\n/);
    expect(withLine.stdout).toContain('از روی سطر نخست فایل تکمیل خودکار و راهنمای فارسی نشان می‌دهد');
    expect(withLine.stdout).not.toContain('draft init');
  });

  it('writes a circular into draftsDir of the configuration, from a subfolder, with its defaults', () => {
    const root = repo([
      'draftsDir: drafts',
      'municipalities:',
      '  قم: [کهک]',
      'defaults:',
      '  municipality: { province: قم, city: کهک, code: "0251" }',
      '  author: { name: محمدرضا احمدی, position: معاون حقوقی شهرداری قم, email: legal@qom.ir }',
      '',
    ].join('\n'));
    mkdirSync(join(root, 'work', 'deep'), { recursive: true });
    const r = draft([
      'new', '--kind', 'circular', '--title', 'پیش‌نویس بخشنامه ساماندهی پسماند شهری', '--category', 'environment',
      '--subject', 'ساماندهی پسماند', '--addressee', 'شهرداری‌های مراکز استان‌ها', '--signatory-name', 'وزیر کشور',
      '--signatory-position', 'وزیر کشور', '--date', '۱۴۰۵/۰۹/۰۹', '--articles', '۲', '--lang', 'en',
    ], { cwd: join(root, 'work', 'deep') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [file] = yamlFiles(join(root, 'drafts'));
    expect(r.stdout).toContain(`Wrote the draft circular to ${join(root, 'drafts', file!)}`);
    expect(r.stdout).toContain(`draft validate ${join(root, 'drafts', file!)}`);
    const text = readFileSync(join(root, 'drafts', file!), 'utf8');
    expect(text).toContain('city: کهک');
    expect(text).toContain('code: "0251"');
    expect(text).toContain('email: legal@qom.ir');
    expect(text).toContain('  - number: 2');
    expect(draft(['validate'], { cwd: root }).code).toBe(0);
  });

  it('takes --chapters and --labels (format 1.1) and refuses more chapters than articles, exit 2', () => {
    const cwd = tempDir();
    const r = draft(scriptedArgs('directive', ['--articles', '4', '--chapters', '2', '--labels', 'ابجد']), { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(cwd, yamlFiles(cwd)[0]!), 'utf8');
    expect(text).toContain('schemaVersion: 1.1\n');
    expect(text).toContain('  # فصل دوم\n');
    expect(text).toMatch(/- label: ج\n/);
    const bad = draft(scriptedArgs('directive', ['--articles', '2', '--chapters', '3', '--labels', 'greek', '--lang', 'en']), { cwd: tempDir() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--chapters: The number of chapters must be a whole number from 0 (none) to 2');
    expect(bad.stderr).toContain('--labels: The clause label order must be alphabetical');
    // Chapters outnumbering the default number of articles (3) are refused too, not quietly cut down.
    const defaulted = draft(scriptedArgs('directive', ['--chapters', '5', '--lang', 'en']), { cwd: tempDir() });
    expect(defaulted.code).toBe(2);
    expect(defaulted.stderr).toContain('--chapters: The number of chapters must be a whole number from 0 (none) to 3');
  });

  it('lists every missing answer with its flag, in the run\'s language, and exits 2 without asking', () => {
    const cwd = tempDir();
    const r = draft(['new', '--kind', 'circular'], { cwd });
    expect(r.code).toBe(2);
    for (const flag of ['--province', '--title', '--category', '--author-name', '--author-position', '--subject', '--addressee', '--signatory-name', '--signatory-position']) {
      expect(r.stderr).toContain(flag);
    }
    expect(r.stderr).toContain('این پاسخ‌ها داده نشده‌اند');
    expect(r.stderr).not.toContain('These answers are missing');
    const en = draft(['new', '--kind', 'circular', '--lang', 'en'], { cwd });
    expect(en.stderr).toContain('These answers are missing');
    expect(en.stderr).toContain('stdin is not a terminal');
    expect(r.stderr).not.toContain('--city'); // it has a default
    expect(r.stdout).toBe('');
    expect(yamlFiles(cwd)).toEqual([]);
  });

  it('checks scripted answers as typed ones, and reports them with what is missing', () => {
    const r = draft(['new', '--kind', 'directive', '--province', 'آتلانتیس', '--date', '1405/12/30', '--title', 'کوتاه', '--city', 'کاشان'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--province');
    expect(r.stderr).toContain('--date: ۱۴۰۵/۱۲/۳۰ تاریخ واقعی نیست');
    expect(r.stderr).toContain('--title: «عنوان» (title) باید دست‌کم ۱۰ نویسه باشد.');
    expect(r.stderr).toContain('--category');
    expect(r.stderr).toContain('این پاسخ‌ها پذیرفته نشدند');
  });

  it('never overwrites an existing file unless --force', () => {
    const cwd = tempDir();
    const args = scriptedArgs('directive', ['--id', 'qom-1405-test']);
    expect(draft(args, { cwd }).code).toBe(0);
    const path = join(cwd, 'qom-1405-test.yaml');
    writeFileSync(path, 'my edits\n');
    const again = draft(args, { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('qom-1405-test.yaml از پیش هست و بازنویسی نمی‌شود');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('my edits\n');
    expect(readdirSync(cwd)).toEqual(['qom-1405-test.yaml']); // no temporary file left behind
    const viaOutput = draft(['new', '-o', 'qom-1405-test.yaml'], { cwd }); // refused before any answer is needed
    expect(viaOutput.code).toBe(2);
    expect(viaOutput.stderr).toContain('qom-1405-test.yaml از پیش هست');
    expect(viaOutput.stderr).not.toContain('--title');
    const forced = draft([...args, '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('id: qom-1405-test');
  });

  it('--dry-run prints the draft and writes nothing', () => {
    const cwd = tempDir();
    const r = draft(scriptedArgs('circular', ['--dry-run']), { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind: circular');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('-o writes to a file, or into a folder, with the schema path relative to it inside the tree', () => {
    const cwd = tempDir();
    expect(draft(scriptedArgs('directive', ['-o', 'out/mine.yaml']), { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'out', 'mine.yaml'))).toBe(true);
    expect(draft(scriptedArgs('directive', ['-o', 'folder/', '--id', 'qom-1405-x']), { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'folder', 'qom-1405-x.yaml'))).toBe(true);
    // Inside the pishnevis tree the modeline is relative to the written file.
    const inTree = draft(scriptedArgs('directive', ['--dry-run', '-o', 'examples/valid/new.yaml']), { cwd: ROOT });
    expect(inTree.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/draft.schema.json');
  });

  it('reads an answers file, with flags winning over it', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'answers.yaml'), [
      'kind: circular',
      'province: Tehran',
      'title: پیش‌نویس بخشنامه یکسان‌سازی فرآیند صدور پروانه',
      'category: process-standardization',
      'authorName: "زهرا: محمدی #۱"',
      'author-position: "- کارشناس حقوقی"',
      'subject: یکسان‌سازی صدور پروانه',
      'addressees: [شهرداری‌های مراکز استان‌ها]',
      'signatoryName: وزیر کشور',
      'signatoryPosition: وزیر کشور',
      'legalBasis:',
      '  - { law: قانون شهرداری, article: 55 }',
      'id: tehran-answers',
      '',
    ].join('\n'));
    const r = draft(['new', '--answers', 'answers.yaml', '--signatory-name', 'معاون وزیر کشور'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(cwd, 'tehran-answers.yaml'), 'utf8');
    expect(text).toContain('city: تهران');
    expect(text).toContain('name: "زهرا: محمدی #۱"');
    expect(text).toContain('position: "- کارشناس حقوقی"');
    expect(text).toContain('name: معاون وزیر کشور');
    expect(text).toContain('article: "55"');
    const bad = draft(['new', '--answers', 'missing.yaml'], { cwd });
    expect(bad.code).toBe(2);
  });

  it('uses the repository’s template overrides, file by file', () => {
    const root = repo('templatesDir: my-templates\n');
    mkdirSync(join(root, 'my-templates', 'new', 'partials'), { recursive: true });
    writeFileSync(join(root, 'my-templates', 'new', 'partials', 'footer.hbs'), '\n# پانویس ویژه شهرداری قم\ntags:\n  - قم\n');
    const r = draft(scriptedArgs('directive'), { cwd: root });
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, yamlFiles(root).find((f) => f !== 'draft.config.yaml')!), 'utf8');
    expect(text).toContain('# پانویس ویژه شهرداری قم');
    expect(text).toContain('# ضمانت اجرا');
  });

  it('exits 1 and says why when an override makes a draft with errors; 2 when a template is unusable', () => {
    const root = repo('templatesDir: t\n');
    mkdirSync(join(root, 't', 'new', 'partials'), { recursive: true });
    writeFileSync(join(root, 't', 'new', 'partials', 'enforcement.hbs'), '\nenforcement:\n  supervisor: …\n');
    const r = draft(scriptedArgs('directive'), { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('enforcement');
    writeFileSync(join(root, 't', 'new', 'partials', 'enforcement.hbs'), 'x: {{a.title}}\n');
    const unusable = draft(scriptedArgs('directive', ['--force']), { cwd: root });
    expect(unusable.code).toBe(2);
    expect(unusable.stderr).toContain('enforcement.hbs');
  });

  it('never prompts when CI is set, even on a terminal', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.status !== 0) return; // util-linux script(1) is not available
    const cwd = tempDir();
    const r = spawnSync('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} new --lang en`, '/dev/null'], {
      cwd, encoding: 'utf8', timeout: 30_000, input: '', env: { ...process.env, CI: 'true', NO_COLOR: '1', LANG: 'C.UTF-8' },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('CI is set, so nothing is asked.');
    expect(r.stdout).toContain('--title');
  });
});

describe('loading', () => {
  it('draft validate never loads Handlebars, the prompts or the runtime schema compiler; draft new does', () => {
    const code = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const loaded = (re) => Object.keys(require.cache).some((k) => re.test(k));
      await import('./dist/cli.js');
      await import('./dist/commands/validate.js');
      const before = [loaded(/handlebars/), loaded(/@inquirer/), loaded(/ajv[\\\\/]dist[\\\\/]2020/)];
      await import('./dist/commands/new.js');
      console.log(JSON.stringify({ before, after: loaded(/handlebars/) }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: [false, false, false], after: true });
  });
});
