/**
 * Old Mac files end their lines with a lone CR. YAML counts CR, LF and CRLF each as a line break; the
 * `yaml` package does not count a lone CR, which put every finding of such a file at 1:1 and printed the
 * whole file as one code-frame line (issue 17, item 13). A finding's line and column, and the lines its
 * frame shows, must be the same whatever the file's line endings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framesOf, validateText } from '../../src/core/engine/validate.js';
import { lineIndex, linePosition } from '../../src/core/parse/fast-locate.js';
import { buildSourceMap, locatePath, position } from '../../src/core/parse/locate.js';
import { ROOT } from '../helpers/cli.js';

const INVALID = join(ROOT, 'examples', 'invalid');
const drafts = readdirSync(INVALID).filter((f) => f.endsWith('.yaml'));
const where = (r: ReturnType<typeof validateText>) => r.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]);

describe('CR-only line endings', () => {
  it.each(drafts)('%s: the same findings at the same lines and columns as with LF', (name) => {
    const lf = readFileSync(join(INVALID, name), 'utf8');
    const cr = lf.replace(/\r?\n/g, '\r');
    const expected = validateText(lf, { lang: 'en' });
    expect(expected.findings.length).toBeGreaterThan(0);
    const got = validateText(cr, { lang: 'en' });
    expect(where(got)).toEqual(where(expected));
    // The code frame shows the file's real lines, not the whole file as its first one.
    expect(framesOf(cr, got.findings)).toEqual(framesOf(lf, expected.findings));
  });

  it('a mix of CR, LF and CRLF: each ends one line', () => {
    const text = 'a\rb\nc\r\nd\r\re';
    const index = lineIndex(text);
    expect(['a', 'b', 'c', 'd', '', 'e'].map((ch) => (ch ? linePosition(index, text.indexOf(ch)) : undefined))).toEqual([
      { line: 1, column: 1 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, undefined, { line: 6, column: 1 },
    ]);
    // The CR of a CRLF is the end of its line, not a line of its own.
    expect(linePosition(index, text.indexOf('\r\n') + 1)).toEqual({ line: 3, column: 3 });
    expect(Object.values(framesOf(text, [{ line: 5 } as never]))).toEqual(['d', '', 'e']);
  });

  it('a syntax error in a CR-only file is reported on its line', () => {
    const got = validateText('title: x\rbody: [unclosed\rother: 1\r', { lang: 'en' });
    expect(got.findings[0]).toMatchObject({ ruleId: 'yaml-syntax' });
    expect(got.findings[0]!.line).toBeGreaterThan(1);
  });

  it('yaml\'s document of a CR-only file (repository rules, config) has its real lines too', () => {
    const text = 'id: a\rtitle: b\rlist:\r  - x\r';
    const map = buildSourceMap(text);
    expect(map.doc.errors).toEqual([]);
    expect(position(map, locatePath(map, ['list', 0]).start)).toEqual({ line: 4, column: 5 });
  });
});

describe('positions of a damaged file stay inside it', () => {
  it('a NUL before the first comment (found by the fuzz step): the syntax error is within its line', () => {
    const text = ` \u0000${readFileSync(join(ROOT, 'examples', 'valid', 'isfahan-outdoor-advertising.yaml'), 'utf8')}`;
    const lines = text.split('\n');
    const { findings } = validateText(text, { lang: 'en' });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.column, `${f.ruleId} at ${f.line}:${f.column}`).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
  });
});

/*
 * A double-quoted value holds escapes («\n», «\"», «\u0643»): one character of the value, several of the
 * file. A finding after one was placed at the start of the whole value, with no fix (found with a real
 * regulation whose multi-line texts a transcription wrote as "…\n…").
 */
describe('positions after an escape in a double-quoted value', () => {
  const arabic = (text: string) => validateText(text, { lang: 'en' }).findings.filter((f) => f.ruleId === 'arabic-letters');

  it.each([
    ['a line break', 'title: "سطر اول:\\nپايه عضو"\n'],
    ['a quote', 'title: "گفت \\"تست\\" و پايه عضو"\n'],
    ['a code point', 'title: "\\u0627ول پايه عضو"\n'],
  ])('%s: the word after it is found where it is written, with its fix', (_name, text) => {
    const [found] = arabic(text);
    expect(found).toBeDefined();
    const at = text.indexOf('پايه');
    expect([found!.line, found!.column, found!.endColumn]).toEqual([1, at + 1, at + 5]);
    expect(found!.fix).toEqual({ range: [at, at + 4], text: 'پایه' });
  });

  it('an Arabic letter written as an escape is placed on the escape, and not fixed blindly', () => {
    const text = 'title: "\\u0643تاب"\n';
    const [found] = arabic(text);
    expect([found!.column, found!.endColumn]).toEqual([text.indexOf('\\u0643') + 1, text.indexOf('"\n') + 1]);
    expect(found!.fix).toBeUndefined();
  });
});
