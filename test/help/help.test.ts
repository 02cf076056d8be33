import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { COMMAND_HELP, commandsOf, optionHelp } from '../../src/cli-help.js';
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

  it('validate --help lists every report format', () => {
    for (const lang of ['fa', 'en']) {
      const out = draft(['validate', '--help', '--lang', lang], { cwd: folder() }).stdout;
      expect(out.replace(/\s+/g, ' ')).toContain('stylish | json | junit | sarif | github');
    }
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
    expect(draft(['render'], { cwd }).stderr).toContain('ورودی <file> داده نشده است.');
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
