import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/core/engine/types.js';
import { validateText } from '../../src/core/engine/validate.js';
import { stylish } from '../../src/reporters/stylish.js';
import { cellWidth } from '../../src/reporters/width.js';
import { linesOf, plain } from '../../src/reporters/types.js';

const ZWNJ = '\u200C';
const RLM = '\u200F';
const LRM = '\u200E';

function report(source: string, f: Omit<Finding, 'severity' | 'messages' | 'file'>): string {
  const finding: Finding = { severity: 'warning', file: 'd.yaml', messages: { fa: f.message, en: f.message }, ...f };
  const result: FileResult = { file: 'd.yaml', findings: [finding], errorCount: 0, warningCount: 1, fixableCount: 0 };
  return stylish([result], { lang: 'en', palette: plain, sourceLine: (_file, n) => linesOf(source)(n), version: '0', cwd: '/' });
}

/** The frame line of `line` and the caret line under it. */
function frame(out: string, line: number): { text: string; caret: string } {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^    > +${line} \\| `).test(l));
  return { text: lines[i]!, caret: lines[i + 1]! };
}

describe('the caret under a finding counts screen cells', () => {
  it('ZWNJ, RLM and LRM before the finding take no cell', () => {
    // Four zero-width characters before «می شود»: the caret was four cells to the right of the space.
    const line = `title: نیم${ZWNJ}فاصله ${LRM}x${LRM} و${RLM} می شود`;
    const column = line.indexOf('می شود') + 3; // the space, 1-based
    const out = report(`${line}\n`, { ruleId: 'zwnj', line: 1, column, endLine: 1, endColumn: column + 1, message: '«می شود»' });
    const { text, caret } = frame(out, 1);
    const at = caret.indexOf('^');
    // On screen, the cell under the caret is the space of «می شود»: count the cells of the frame line up to it.
    const gutter = text.indexOf('title');
    expect(at - gutter).toBe(cellWidth(line.slice(0, column - 1)));
    expect(cellWidth(line.slice(0, column - 1))).toBe(column - 1 - 4);
    expect(caret.slice(at)).toBe('^');
  });

  it('a span over a word with a ZWNJ is as wide as the word on screen', () => {
    const line = `title: این نیم${ZWNJ}فاصله است`;
    const start = line.indexOf('نیم') + 1;
    const out = report(`${line}\n`, { ruleId: 'x', line: 1, column: start, endLine: 1, endColumn: start + `نیم${ZWNJ}فاصله`.length, message: 'm' });
    const { text, caret } = frame(out, 1);
    expect(caret.slice(caret.indexOf('^'))).toBe('^'.repeat('نیمفاصله'.length));
    expect(caret.indexOf('^') - text.indexOf('title')).toBe(cellWidth('title: این '));
  });

  it('counts a wide character as two cells and an astral one as one code point', () => {
    expect(cellWidth('漢字')).toBe(4);
    expect(cellWidth('𝐀b')).toBe(2);
    expect(cellWidth(`می${ZWNJ}شود`)).toBe(5);
    expect(cellWidth('مُدیر')).toBe(4); // a damma is a combining mark
  });
});

describe('a finding about a word at the end of a line', () => {
  it('prints on one line when the word (with an RLM in it) ends a line of a literal block', () => {
    const source = [
      'schemaVersion: 1',
      'kind: directive',
      'preamble: |-',
      `  بدهی شهرداری به سازمان بابت حق بیمه نیرو${RLM}ها`,
      '  پیمانکاران افزایش یافته است.',
      '',
    ].join('\n');
    const result = validateText(source, { file: 'd.yaml', lang: 'en' });
    const rlm = result.findings.find((f) => f.ruleId === 'rlm-half-space');
    expect(rlm, JSON.stringify(result.findings.map((f) => f.ruleId))).toBeDefined();
    expect(rlm!.message).toContain(`"نیرو${ZWNJ}ها"`);
    const out = stylish([result], { lang: 'en', palette: plain, sourceLine: (_f, n) => linesOf(source)(n), version: '0', cwd: '/' });
    const line = out.split('\n').find((l) => l.includes('rlm-half-space'))!;
    expect(line).toContain(`"نیرو${ZWNJ}ها"; use a zero-width non-joiner`);
  });

  it('never lets a message break the one-line-per-finding layout', () => {
    const out = report('a: b\n', { ruleId: 'x', line: 1, column: 4, message: 'first\nsecond' });
    expect(out).toContain('first second  x');
  });
});
