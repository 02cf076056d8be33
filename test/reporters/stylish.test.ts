import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/engine/types.js';
import { fileResult, finding, reportContext } from '../helpers/reporters.js';
import { stylish } from '../../src/reporters/stylish.js';
import { linesOf, type Palette, type ReportContext } from '../../src/reporters/types.js';

const SOURCES: Record<string, string> = {
  'drafts/qom.yaml': [
    'schemaVersion: 1',
    'kind: directive',
    'title: این کار می شود',
    'city: قم',
    'category: other',
  ].join('\n') + '\n',
  'drafts/tab.yaml': 'a:\tb\r\nid: x\r\n',
};

const sourceLine = (file: string, line: number): string | undefined => {
  const text = SOURCES[file];
  return text === undefined ? undefined : linesOf(text)(line);
};
const ctx = (lang: 'fa' | 'en', extra: Partial<ReportContext> = {}): ReportContext => reportContext(lang, { sourceLine, ...extra });

const results: FileResult[] = [
  fileResult('drafts/qom.yaml', [
    finding({ ruleId: 'zwnj', severity: 'warning', file: 'drafts/qom.yaml', line: 3, column: 18, endLine: 3, endColumn: 19, message: '«می شود» با فاصله نوشته شده است.', fix: { range: [50, 51], text: '\u200C' } }),
    finding({ ruleId: 'municipality', file: 'drafts/qom.yaml', line: 4, column: 7, endLine: 4, endColumn: 9, message: 'The city is not in the province.' }),
  ]),
  fileResult('drafts/clean.yaml', []),
  fileResult('drafts/b.yaml', [
    finding({
      ruleId: 'unique-id', file: 'drafts/b.yaml', line: 2, column: 5, message: 'The id "x" is used by 2 drafts.',
      related: [{ file: 'drafts/c.yaml', line: 3, column: 5, message: 'the same id is used here' }],
    }),
  ]),
];

/** The column at which a caret line's '^' starts, and the frame line above it. */
function caretUnder(out: string, lineNo: number): { line: string; caret: string; at: number } {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^    > +${lineNo} \\| `).test(l));
  expect(i).toBeGreaterThan(-1);
  const caret = lines[i + 1]!;
  return { line: lines[i]!, caret, at: caret.indexOf('^') };
}

describe('stylish reporter', () => {
  it('writes the whole report in English as expected', () => {
    expect(stylish(results, ctx('en'))).toBe([
      '',
      'drafts/qom.yaml',
      '  3:18    warning  «می شود» با فاصله نوشته شده است.  zwnj',
      '      2 | kind: directive',
      '    > 3 | title: این کار می شود',
      '        |                  ^',
      '      4 | city: قم',
      '  4:7     error    The city is not in the province.  municipality',
      '      3 | title: این کار می شود',
      '    > 4 | city: قم',
      '        |       ^^',
      '      5 | category: other',
      '',
      'drafts/b.yaml',
      '  2:5     error    The id "x" is used by 2 drafts.  unique-id',
      '      ↳ drafts/c.yaml:3:5 the same id is used here',
      '',
      '✖ 3 problems (2 errors, 1 warning) in 2 of 3 drafts',
      '  1 of them can be fixed automatically with `draft validate --fix` (`--fix-dry-run` only shows the changes).',
      '',
    ].join('\n'));
  });

  it('groups findings under their file and leaves clean files out', () => {
    const out = stylish(results, ctx('en'));
    const lines = out.split('\n');
    expect(lines.filter((l) => /^\S/.test(l) && l.endsWith('.yaml'))).toEqual(['drafts/qom.yaml', 'drafts/b.yaml']);
    expect(out).not.toContain('clean.yaml');
    const qom = lines.indexOf('drafts/qom.yaml');
    const b = lines.indexOf('drafts/b.yaml');
    const zwnj = lines.findIndex((l) => l.includes('zwnj'));
    const unique = lines.findIndex((l) => l.includes('unique-id'));
    expect(qom < zwnj && zwnj < b && b < unique).toBe(true);
  });

  it('puts the caret under the offending UTF-16 column, as wide as the span', () => {
    const out = stylish(results, ctx('en'));
    const space = caretUnder(out, 3);
    expect(space.line[space.at]).toBe(' ');
    expect(space.line.slice(space.at - 2, space.at + 4)).toBe('می شود');
    expect(space.caret.trimEnd().endsWith(' ^')).toBe(true);
    const city = caretUnder(out, 4);
    expect(city.line.slice(city.at, city.at + 2)).toBe('قم');
    expect(city.caret.slice(city.at)).toBe('^^');
  });

  it('shows tabs as spaces, handles CRLF sources, and shows no frame without a source', () => {
    const r = [fileResult('drafts/tab.yaml', [finding({ ruleId: 'schema', file: 'drafts/tab.yaml', line: 1, column: 4 })])];
    const out = stylish(r, ctx('en'));
    const frame = caretUnder(out, 1);
    expect(frame.line).toBe('    > 1 | a: b');
    expect(frame.line[frame.at]).toBe('b');
    expect(out).not.toContain('\r');
    const bare = stylish(r, ctx('en', { sourceLine: undefined }));
    expect(bare).not.toContain(' | ');
    expect(bare).toContain('  1:4     error    message of schema  schema');
  });

  it('summarises in Persian with Persian digits', () => {
    const out = stylish(results, ctx('fa'));
    expect(out).toContain('  3:18    هشدار  «می شود» با فاصله نوشته شده است.  zwnj');
    expect(out).toContain('  4:7     خطا   The city is not in the province.  municipality');
    expect(out.endsWith('\n✖ ۳ مورد (۲ خطا، ۱ هشدار) در ۲ از ۳ پیش‌نویس\n  ۱ مورد با «draft validate --fix» به‌طور خودکار اصلاح می‌شود («--fix-dry-run» اصلاح‌ها را فقط نشان می‌دهد).\n')).toBe(true);
  });

  it('says so when there is nothing to report, in both languages and numbers', () => {
    const one = [fileResult('a.yaml', [])];
    const two = [fileResult('a.yaml', []), fileResult('b.yaml', [])];
    expect(stylish(one, ctx('en'))).toBe('✔ 1 draft checked, no problems found.\n');
    expect(stylish(two, ctx('en'))).toBe('✔ 2 drafts checked, no problems found.\n');
    expect(stylish(two, ctx('fa'))).toBe('✔ ۲ پیش‌نویس بررسی شد؛ ایرادی پیدا نشد.\n');
  });

  it('uses singular words for one problem and says nothing of fixes when none can be made', () => {
    const r = [fileResult('a.yaml', [finding({ ruleId: 'schema', file: 'a.yaml', line: 1, column: 1 })])];
    const out = stylish(r, ctx('en', { sourceLine: undefined }));
    expect(out.endsWith('\n✖ 1 problem (1 error, 0 warnings) in 1 of 1 draft\n')).toBe(true);
    expect(out).not.toContain('fixed automatically');
  });

  it('writes no escape sequence with the plain palette, and styles only through the palette', () => {
    for (const lang of ['fa', 'en'] as const) {
      expect(stylish(results, ctx(lang))).not.toContain('\u001B');
      expect(stylish([fileResult('a.yaml', [])], ctx(lang))).not.toContain('\u001B');
    }
    const tag = (name: string) => (s: string): string => `<${name}>${s}</${name}>`;
    const marked: Palette = { red: tag('r'), yellow: tag('y'), green: tag('g'), dim: tag('d'), bold: tag('b'), underline: tag('u') };
    const out = stylish(results, ctx('en', { palette: marked }));
    expect(out).toContain('<u>drafts/qom.yaml</u>');
    expect(out).toContain('<r>error  </r>');
    expect(out).toContain('<y>warning</y>');
    expect(out).toContain('<r><b>✖ 3 problems (2 errors, 1 warning) in 2 of 3 drafts</b></r>');
    expect(stylish([fileResult('a.yaml', [])], ctx('en', { palette: marked }))).toBe('<g>✔ 1 draft checked, no problems found.</g>\n');
  });
});
