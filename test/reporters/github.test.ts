import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { fileResult, finding, reportContext } from '../helpers/reporters.js';
import type { FileResult } from '../../src/core/engine/types.js';


const ctx = (lang: 'fa' | 'en' = 'en') => reportContext(lang);

/** What the Actions runner does with a command line: split it, then undo the escapes. */
function readCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

const NASTY_FILE = 'پیش‌نویس‌ها/قم: نسخه ۱, نهایی 100%.yaml';
const NASTY_MESSAGE = 'عنوان 100% تکراری است, در: «قم»\nسطر دوم\r\n%0A یعنی خط نو';

const results: FileResult[] = [
  fileResult(NASTY_FILE, [
    finding({ ruleId: 'unique-title', file: NASTY_FILE, line: 4, column: 8, endLine: 4, endColumn: 30, message: NASTY_MESSAGE }),
    finding({ ruleId: 'zwnj', severity: 'warning', file: NASTY_FILE, line: 9, column: 12, message: '«می شود» با فاصله نوشته شده است.' }),
  ]),
  fileResult('drafts/clean.yaml', []),
  fileResult('drafts/b.yaml', [
    finding({
      ruleId: 'unique-id', file: 'drafts/b.yaml', line: 2, column: 5, message: 'The id "x" is used by 2 drafts.',
      related: [{ file: 'drafts/c.yaml', line: 3, column: 5, message: 'the same id is used here' }],
    }),
  ]),
];

describe('github reporter', () => {
  it('escapes messages and properties as the runner requires', () => {
    expect(escapeData('100%, a: b\r\nc')).toBe('100%25, a: b%0D%0Ac');
    expect(escapeProperty('100%, a: b\r\nc')).toBe('100%25%2C a%3A b%0D%0Ac');
    // % first, so an escape already in the text is not read back as one.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one ::error or ::warning line per finding, then one summary line', () => {
    const lines = github(results, ctx()).split('\n');
    expect(lines.at(-1)).toBe('');
    lines.pop();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::error file=پیش‌نویس‌ها/قم%3A نسخه ۱%2C نهایی 100%25.yaml,line=4,col=8,endLine=4,endColumn=30,title=unique-title::' +
        'عنوان 100%25 تکراری است, در: «قم»%0Aسطر دوم%0D%0A%250A یعنی خط نو',
    );
    expect(lines[1]).toBe('::warning file=پیش‌نویس‌ها/قم%3A نسخه ۱%2C نهایی 100%25.yaml,line=9,col=12,title=zwnj::«می شود» با فاصله نوشته شده است.');
    expect(lines[2]).toBe('::error file=drafts/b.yaml,line=2,col=5,title=unique-id::The id "x" is used by 2 drafts.%0A↳ drafts/c.yaml:3:5 the same id is used here');
    expect(lines[3]).toBe('✖ 3 problems (2 errors, 1 warning) in 2 of 3 drafts');
  });

  it('round-trips through the runner\'s parsing: the file, position and message come back unchanged', () => {
    const [first] = github(results, ctx()).split('\n');
    expect(readCommand(first!)).toEqual({
      command: 'error',
      props: { file: NASTY_FILE, line: '4', col: '8', endLine: '4', endColumn: '30', title: 'unique-title' },
      message: NASTY_MESSAGE,
    });
  });

  it('keeps every command on one line whatever the message holds', () => {
    const out = github(results, ctx());
    const commands = out.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(3);
    for (const c of commands) expect(c).not.toMatch(/\r/);
  });

  it('summarises in Persian with Persian digits, and says when nothing was found', () => {
    expect(github(results, ctx('fa')).trimEnd().split('\n').at(-1)).toBe('✖ ۳ مورد (۲ خطا، ۱ هشدار) در ۲ از ۳ پیش‌نویس');
    expect(github([fileResult('a.yaml', [])], ctx('en'))).toBe('✔ 1 draft checked, no problems found.\n');
    expect(github([fileResult('a.yaml', []), fileResult('b.yaml', [])], ctx('en'))).toBe('✔ 2 drafts checked, no problems found.\n');
    expect(github([fileResult('a.yaml', []), fileResult('b.yaml', [])], ctx('fa'))).toBe('✔ ۲ پیش‌نویس بررسی شد؛ ایرادی پیدا نشد.\n');
  });

  it('leaves out a position the finding does not have', () => {
    const out = github([fileResult('a.yaml', [finding({ ruleId: 'unreadable', file: 'a.yaml', line: 0, column: 0, message: 'm' })])], ctx());
    expect(out.split('\n')[0]).toBe('::error file=a.yaml,title=unreadable::m');
  });
});
