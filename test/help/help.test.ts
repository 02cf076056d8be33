import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { COMMAND_HELP, PLACEHOLDERS, commandsOf, localize, optionHelp } from '../../src/cli-help.js';
import { draft } from '../helpers/cli.js';

const COMMANDS = ['new', 'validate', 'status', 'render', 'package', 'verify'];

/** A folder outside the repository (whose own draft.config.yaml would decide the language). */
function folder(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-help-'));
  if (config !== undefined) writeFileSync(join(dir, 'draft.config.yaml'), config);
  return dir;
}

/**
 * English words in a help page, beyond what is typed as it is: flags, placeholders, file names,
 * format and value names. What is left over is a description that was not translated.
 */
function englishWords(text: string): string[] {
  return text
    .replace(/--?[\w-]+/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
    .replace(/[\w.-]*\.(yaml|html|zip|json|docx)\b|\.draftcache/g, ' ')
    .match(/[A-Za-z]{2,}/g)?.filter((w) => !/^(draft|pishnevis|stylish|json|junit|sarif|github|table|csv|fa|en|YAML|HTML|BagIt|CI|git|commit|draftsDir|deadline|id|ready|status|directive|circular|social|security|qom|YYYY|MM|DD|i|n|alphabetical|abjad|orthography|numbering|counts|format|new|validate|render|package|verify|help|paths|file|path|init|doctor|hook|completion|digest|import|Node|action|shell|folder|bash|zsh|fish|powershell|install|uninstall|run|pre|docx|Word|html)$/.test(w)) ?? [];
}

describe('help, in one language whole', () => {
  it('has the table’s text for every command, argument and option, in both languages', () => {
    const program = buildProgram({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: {} }, () => {}, 'fa');
    for (const command of commandsOf(program)) {
      const name = command.parent ? command.name() : 'draft';
      expect(COMMAND_HELP[name], `help for ${name}`).toBeDefined();
      for (const option of command.options) {
        const text = optionHelp(name, option);
        expect(text, `help for ${name} ${option.flags}`).toBeDefined();
        expect(text!.fa).toMatch(/[آ-ی]/);
        expect(text!.en).not.toMatch(/[آ-ی]{3}/);
      }
      for (const argument of command.registeredArguments) {
        if (name === 'help') continue;
        expect(COMMAND_HELP[name]!.arguments?.[argument.name()], `help for ${name} <${argument.name()}>`).toBeDefined();
      }
    }
  });

  for (const command of ['', ...COMMANDS]) {
    it(`draft ${command || ''} --help is Persian by default and English with LANG=en_US`, () => {
      const args = command ? [command, '--help'] : ['--help'];
      const fa = draft(args, { cwd: folder(), env: { LANG: 'C.UTF-8' } });
      expect(fa.code).toBe(0);
      expect(fa.stdout).toMatch(/^کاربرد: draft/);
      expect(englishWords(fa.stdout)).toEqual([]);
      const en = draft(args, { cwd: folder(), env: { LANG: 'en_US.UTF-8' } });
      expect(en.stdout).toMatch(/^Usage: draft/);
      expect(en.stdout).not.toMatch(/[آ-ی]{2}/);
    });
  }

  it('follows --lang over lang: in the configuration, and that over LANG', () => {
    const en = folder('lang: en\n');
    expect(draft(['validate', '--help'], { cwd: en, env: { LANG: 'fa_IR.UTF-8' } }).stdout).toMatch(/^Usage:/);
    expect(draft(['validate', '--help', '--lang', 'fa'], { cwd: en }).stdout).toMatch(/^کاربرد:/);
    expect(draft(['validate', '--lang=fa', '--help'], { cwd: en }).stdout).toMatch(/^کاربرد:/);
    const elsewhere = folder();
    const config = join(en, 'draft.config.yaml');
    expect(draft(['status', '-c', config, '--help'], { cwd: elsewhere, env: { LANG: 'fa_IR.UTF-8' } }).stdout).toMatch(/^Usage:/);
  });

  it('names arguments and option values in Persian in Persian help, and in English in English help', () => {
    const cwd = folder();
    const fa = draft(['validate', '--help'], { cwd }).stdout;
    expect(fa).toMatch(/^کاربرد: draft validate \[گزینه‌ها\] \[مسیرها\.\.\.\]$/m);
    expect(fa).toMatch(/^ {2}مسیرها {2,}فایل‌ها، پوشه‌ها/m);
    expect(fa).toMatch(/^ {2}-f, --format <قالب> /m);
    expect(fa).toMatch(/^ {2}--lang <زبان> /m);
    expect(draft(['render', '--help'], { cwd }).stdout).toMatch(/^کاربرد: draft render \[گزینه‌ها\] <فایل>$/m);
    const top = draft(['--help'], { cwd }).stdout;
    expect(top).toMatch(/^ {2}hook \[گزینه‌ها\] <کار> \[قلاب\] /m);
    expect(top).toMatch(/^ {2}help \[فرمان\] /m);
    const en = draft(['validate', '--help', '--lang', 'en'], { cwd }).stdout;
    expect(en).toMatch(/^Usage: draft validate \[options\] \[paths\.\.\.\]$/m);
    expect(en).toMatch(/^ {2}-f, --format <format> /m);
  });

  it('has a Persian name for every argument and option value of every command', () => {
    const program = buildProgram({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: {} }, () => {}, 'fa');
    localize(program, 'fa');
    for (const command of commandsOf(program)) {
      const names = [
        ...command.registeredArguments.map((a) => a.name()),
        ...command.options.flatMap((o) => [...o.flags.matchAll(/[<[]([^>\]]+?)(?:\.\.\.)?[>\]]/g)].map((m) => m[1]!)),
      ];
      for (const name of names) {
        const fa = PLACEHOLDERS[name]?.fa;
        expect(fa, `${command.name()}: <${name}>`).toBeDefined();
        // A single letter is a variable the description speaks of (n, i/n); anything else is a word.
        if (!/^[a-z](\/[a-z])?$/.test(name)) expect(fa, `${command.name()}: <${name}>`).toMatch(/^[آ-ی‌|]+$/);
      }
      // What the help page shows: the usage line and the terms of the argument and option lists.
      const page = command.helpInformation();
      const terms = page.split('\n').filter((line) => /^(کاربرد:| {2}\S)/.test(line)).map((line) => line.split(/ {2,}/).slice(0, 2).join(' '));
      for (const term of terms) {
        const latin = [...term.matchAll(/[<[]([^>\]]*)[>\]]/g)].map((m) => m[1]!).filter((name) => /[A-Za-z]{2,}/.test(name));
        expect(latin, `${command.name()}: ${term}`).toEqual([]);
      }
    }
  });

  it('validate --help lists every report format', () => {
    for (const lang of ['fa', 'en']) {
      const out = draft(['validate', '--help', '--lang', lang], { cwd: folder() }).stdout;
      expect(out.replace(/\s+/g, ' ')).toContain('stylish | json | junit | sarif | github');
    }
  });
});

describe('the shared options, before or after the command', () => {
  it('--lang and --config before the command mean what they mean after it', () => {
    const cwd = folder();
    const qom = join(process.cwd(), 'examples', 'valid', 'qom-social-security.yaml');
    const before = draft(['--lang', 'en', 'validate', qom], { cwd });
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('1 draft checked, no problems found.');
    expect(draft(['--lang=en', 'validate', qom], { cwd }).stdout).toContain('1 draft checked');
    // After the command's name wins, as the later of two does.
    expect(draft(['--lang', 'en', 'validate', qom, '--lang', 'fa'], { cwd }).stdout).toContain('۱ پیش‌نویس بررسی شد');
    const en = folder('lang: en\n');
    const viaConfig = draft(['-c', join(en, 'draft.config.yaml'), 'validate', qom], { cwd, env: { LANG: 'fa_IR.UTF-8' } });
    expect(viaConfig.code).toBe(0);
    expect(viaConfig.stdout).toContain('1 draft checked');
  });

  it("--help after the command prints that command's help, in the language given before it", () => {
    const cwd = folder();
    const help = draft(['--lang', 'en', 'new', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: draft new \[options\]/);
    expect(help.stdout).toContain('--articles <n>');
    expect(draft(['--lang', 'fa', 'render', '--help'], { cwd, env: { LANG: 'en_US.UTF-8' } }).stdout).toMatch(/^کاربرد: draft render /);
    expect(draft(['--lang', 'en', 'help', 'status'], { cwd }).stdout).toMatch(/^Usage: draft status /);
    expect(draft(['--lang', 'en', '--help'], { cwd }).stdout).toMatch(/^Usage: draft \[options\] \[command\]/);
  });

  it('one the command does not take is a usage error, said in the run\'s language', () => {
    const cwd = folder();
    const r = draft(['--config', 'x.yaml', 'init', '--yes'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('فرمان «init» گزینه --config را نمی‌گیرد.');
    expect(draft(['--lang', 'en', '-c', 'x.yaml', 'hook', 'install'], { cwd }).stderr).toContain('The command hook does not take the option --config.');
  });
});

describe("commander's messages, in the run's language", () => {
  it('an unknown command: one language, with the suggestion', () => {
    const fa = draft(['valdate'], { cwd: folder() });
    expect(fa.code).toBe(2);
    expect(fa.stderr).toContain('فرمان «valdate» نیست. منظورتان «validate» بود؟');
    expect(fa.stderr).not.toMatch(/unknown|Did you mean|error:/);
    const en = draft(['valdate'], { cwd: folder(), env: { LANG: 'en_GB.UTF-8' } });
    expect(en.stderr).toContain('Unknown command "valdate". Did you mean validate?');
    expect(en.stderr).not.toMatch(/[آ-ی]{2}/);
  });

  it('a bad option value, a missing argument and too many: Persian words and digits', () => {
    const cwd = folder();
    expect(draft(['validate', '--threads', '0'], { cwd }).stderr).toContain('مقدار «0» برای --threads درست نیست: --threads عددی صحیح و دست‌کم ۱ می‌گیرد.');
    expect(draft(['validate', '--lang', 'xx'], { cwd }).stderr).toContain('یکی از این‌ها را بدهید: fa، en.');
    expect(draft(['render'], { cwd }).stderr).toContain('ورودی <فایل> داده نشده است.');
    expect(draft(['render', '--lang', 'en'], { cwd }).stderr).toContain('The argument <file> is missing.');
    expect(draft(['hook', 'instal'], { cwd }).stderr).toContain('مقدار «instal» برای <کار> درست نیست');
    expect(draft(['render', 'a', 'b'], { cwd }).stderr).toContain('۱ ورودی پذیرفته می‌شود و ۲ داده شد.');
    const unknown = draft(['validate', '--form'], { cwd });
    expect(unknown.stderr).toContain('گزینه --form نیست. منظورتان --format بود؟');
    expect(unknown.stderr).not.toMatch(/error:|unknown option/);
  });

  it('draft new without a terminal says what is missing in one language, as LANG says', () => {
    const fa = draft(['new'], { cwd: folder(), env: { LANG: 'fa_IR.UTF-8' } });
    expect(fa.code).toBe(2);
    expect(fa.stderr).toContain('ورودی (stdin) پایانه نیست');
    expect(fa.stderr).not.toContain('stdin is not a terminal');
    const en = draft(['new'], { cwd: folder(), env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toContain('stdin is not a terminal');
    expect(en.stderr).not.toMatch(/[آ-ی]{3}/);
  });
});
