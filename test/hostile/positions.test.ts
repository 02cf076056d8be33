/**
 * Old Mac files end their lines with a lone CR. YAML counts CR, LF and CRLF each as a line break; the
 * `yaml` package does not count a lone CR, which put every finding of such a file at 1:1 and printed the
 * whole file as one code-frame line (issue 17, item 13). A finding's line and column, and the lines its
 * frame shows, must be the same whatever the file's line endings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';
import { framesOf, validateSubsetFileSync, validateText } from '../../src/core/engine/validate.js';
import { fixText } from '../../src/core/engine/fix.js';
import { toLineFeeds } from '../../src/core/parse/line-breaks.js';
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

/*
 * A Windows editor, and git's autocrlf, write CRLF. Such a draft is read as fast as any other (the fast
 * reader reads it with LFs alone: a batch of 10,000 CRLF drafts took twice as long as of LF ones), and
 * what it is told is the same: the findings at the same places, and fixes that edit the file on disk
 * (its offsets, one more per line break) and keep its CRLFs.
 */
describe('CRLF line endings', () => {
  const REAL = join(ROOT, 'test', 'fixtures', 'real');
  // The fixer's fixtures too: a renumbering is one fix shared by several findings, copying the lines between.
  const FIXES = join(ROOT, 'test', 'fix', 'fixtures');
  const texts = [
    ...drafts.map((name) => join(INVALID, name)),
    ...readdirSync(REAL).filter((f) => f.endsWith('.yaml')).map((f) => join(REAL, f)),
    ...readdirSync(FIXES).filter((f) => f.endsWith('.before.yaml')).map((f) => join(FIXES, f)),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'draft-crlf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(texts)('%s: the same findings, and fixes that give the LF file\'s output with CRLFs', (path) => {
    const lf = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const expected = validateText(lf, { lang: 'en', dir: REAL });
    if (!path.startsWith(REAL)) expect(expected.findings.length).toBeGreaterThan(0);
    const got = validateText(crlf, { lang: 'en', dir: REAL });
    expect(where(got)).toEqual(where(expected));
    for (const f of got.findings.filter((g) => g.fix)) {
      const [start, end] = f.fix!.range;
      // The range covers the same characters the LF file's fix covers, line breaks aside.
      const twin = expected.findings.find((e) => e.ruleId === f.ruleId && e.line === f.line && e.column === f.column)!;
      expect(crlf.slice(start, end).replace(/\r\n/g, '\n')).toBe(lf.slice(twin.fix!.range[0], twin.fix!.range[1]));
      // And writes the file's line breaks: a report's consumer applying it (SARIF, an editor) keeps the file CRLF.
      expect(f.fix!.text).toBe(twin.fix!.text.replace(/\n/g, '\r\n'));
    }
    expect(fixText(crlf, { lang: 'en', dir: REAL }).output).toBe(fixText(lf, { lang: 'en', dir: REAL }).output.replace(/\n/g, '\r\n'));
  });

  it('a CRLF draft is read by the fast reader: a batch’s worker thread checks it itself', () => {
    const path = join(dir, 'windows.yaml');
    writeFileSync(path, readFileSync(join(INVALID, drafts[0]!), 'utf8').replace(/\r?\n/g, '\r\n'));
    expect(validateSubsetFileSync(path, { lang: 'en' })?.findings.length).toBeGreaterThan(0);
    // A draft really outside the reader's subset (flow style) is still left to the main thread.
    writeFileSync(path, 'id: [a, b]\r\n');
    expect(validateSubsetFileSync(path, { lang: 'en' })).toBeUndefined();
  });

  it('maps offsets back past each dropped CR, in a mix of CRLF, CR and LF', () => {
    const source = 'a\r\nbb\rc\nd\r\ne';
    const { text, toOriginal } = toLineFeeds(source);
    expect(text).toBe('a\nbb\nc\nd\ne');
    for (const ch of 'abcde') expect(source[toOriginal(text.indexOf(ch))]).toBe(ch);
    // A line's end stays before its CRLF.
    expect(toOriginal(1)).toBe(1);
    expect(toOriginal(text.length)).toBe(source.length);
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
