import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAIL, readSimpleYaml } from '../../src/core/parse/fast-yaml.js';

const load = (text: string): unknown => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });

type Outcome = { bailed: true } | { bailed: false; data: unknown };

/**
 * The contract: the fast reader gives up, or js-yaml reads the text without throwing and returns the
 * same data — deep-equal, with the same types, and the same JSON (so the same key order).
 */
function checkContract(text: string): Outcome {
  const fast = readSimpleYaml(text);
  if (fast === BAIL) return { bailed: true };
  let slow: unknown;
  try {
    slow = load(text);
  } catch (e) {
    throw new Error(`the fast reader read a text that js-yaml rejects (${(e as Error).message}):\n${JSON.stringify(text)}`);
  }
  // isDeepStrictEqual rather than toStrictEqual: vitest compares objects' `constructor` properties,
  // and `constructor` is an ordinary key in a draft. It tells -0 from 0, and JSON the key order.
  if (!isDeepStrictEqual(fast, slow)) {
    expect.fail(`different data for ${JSON.stringify(text)}:\nfast:    ${inspect(fast, { depth: null })}\njs-yaml: ${inspect(slow, { depth: null })}`);
  }
  expect(JSON.stringify(fast), JSON.stringify(text)).toBe(JSON.stringify(slow));
  return { bailed: false, data: fast };
}

/** Reads `text` through the contract and insists that the fast reader did read it. */
function read(text: string): unknown {
  const outcome = checkContract(text);
  if (outcome.bailed) throw new Error(`the fast reader gave up on:\n${JSON.stringify(text)}`);
  return outcome.data;
}

const nest = (depth: number): string => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ` 1\n`;

describe('readSimpleYaml reads the forms drafts use, exactly as js-yaml does', () => {
  // [name, text, the expected data when it is worth spelling out]
  const cases: Array<[string, string, unknown?]> = [
    ['canonical integers', 'a: 1\nb: -5\nc: 0\nd: 8000000000000\ne: 9007199254740991\nf: -9007199254740991\n', { a: 1, b: -5, c: 0, d: 8000000000000, e: 9007199254740991, f: -9007199254740991 }],
    ['-0 is read as 0, as js-yaml does', 'a: -0\n', { a: 0 }],
    ['sequences in a sequence, written compactly (a table\'s rows)', 'rows:\n  - - "۱"\n    - تابلو\n  - - 2\n    - - x\n      - y\n    - a: 1\n      b: 2\nz: 1\n',
      { rows: [['۱', 'تابلو'], [2, ['x', 'y'], { a: 1, b: 2 }]], z: 1 }],
    ['decimal fractions, as format 1.1 writes schemaVersion', 'schemaVersion: 1.1\na: 0.5\nb: -2.25\nc: 1.0\nd: -0.0\n',
      { schemaVersion: 1.1, a: 0.5, b: -2.25, c: 1, d: -0 }],
    ['strings that start like numbers', 'date: 1405/09/09\ntime: 12:30\nphone: +98 71 3200 1234\nw: 1.5 kg\nv: 3 روز\n',
      { date: '1405/09/09', time: '12:30', phone: '+98 71 3200 1234', w: '1.5 kg', v: '3 روز' }],
    ['nulls', 'x:\ny: ~\nz: null\nw: Null\nv: NULL\nu:   \n', { x: null, y: null, z: null, w: null, v: null, u: null }],
    ['booleans', 'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\n', { a: true, b: true, c: true, d: false, e: false, f: false }],
    ['words that YAML 1.1 would resolve are strings', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: nulls\ng: truee\nh: ~x\n',
      { a: 'yes', b: 'no', c: 'on', d: 'off', e: 'y', f: 'nulls', g: 'truee', h: '~x' }],
    ['Persian text, ZWNJ, punctuation, trailing spaces trimmed', 'title: دستورالعمل ساماندهی   \nt: می‌شود، ماده ۵۵؛ «الف» …\n',
      { title: 'دستورالعمل ساماندهی', t: 'می‌شود، ماده ۵۵؛ «الف» …' }],
    ['colons and hashes that do not start anything', 'a: a:b\nb: a#b\nc: http://example.ir/a#b\nd: x:\u00a0y\n', { a: 'a:b', b: 'a#b', c: 'http://example.ir/a#b', d: 'x:\u00a0y' }],
    ['flow characters inside a plain scalar', 'a: a, b [c] {d} e,\nb: (پیوست) «۱»\n', { a: 'a, b [c] {d} e,', b: '(پیوست) «۱»' }],
    ['quotes inside a plain scalar', "a: it's\nb: say \"hi\"\n", { a: "it's", b: 'say "hi"' }],
    ['astral characters', 'a: ok \u{1F600} done\nb: >-\n  \u{1D400}\n', { a: 'ok \u{1F600} done', b: '\u{1D400}' }],
    ['single-quoted scalars', "a: 'it''s'\nb: ''\nc: 'a: b # c'\nd: '  x  '\ne: '12'\nf: 'null'\ng: ''''\n",
      { a: "it's", b: '', c: 'a: b # c', d: '  x  ', e: '12', f: 'null', g: "'" }],
    ['double-quoted scalars', 'a: "051-3800-1234"\nb: ""\nc: "a: b # c"\nd: "it\'s"\ne: "۵۵"\nf: "true"\n',
      { a: '051-3800-1234', b: '', c: 'a: b # c', d: "it's", e: '۵۵', f: 'true' }],
    ['spaces after a closing quote', "a: 'x'   \nb: \"y\" \n", { a: 'x', b: 'y' }],
    ['comments at every indentation, blank and whitespace-only lines',
      '# head\n\n  # indented\na: 1\n    # deeper than the key\n   \nb:\n  # inside\n  c: 2\n# between\n  d: 3\n\n# tail', { a: 1, b: { c: 2, d: 3 } }],
    ['no newline at the end', 'a: 1\nb: x', { a: 1, b: 'x' }],
    ['a key with nothing after it', 'a:\nb: 1\nc:\n', { a: null, b: 1, c: null }],
    ['a nested key with nothing after it, then a less indented key', 'a:\n  b:\nc: 1\n', { a: { b: null }, c: 1 }],
    ['nested mappings', 'a:\n  b:\n    c: 1\n    d: x\n  e: 2\nf: 3\n', { a: { b: { c: 1, d: 'x' }, e: 2 }, f: 3 }],
    ['odd but consistent indentation', 'a:\n   b:\n        c: 1\n   d: 2\n', { a: { b: { c: 1 }, d: 2 } }],
    ['a sequence more indented than its key', 'a:\n  - x\n  - 2\n  - ~\nb: 1\n', { a: ['x', 2, null], b: 1 }],
    ['a sequence at the same indentation as its key', 'a:\n- x\n- y\nb: 1\n', { a: ['x', 'y'], b: 1 }],
    ['sequences of mappings', 'legalBasis:\n  - law: قانون شهرداری\n    article: ماده ۵۵\n  - law: قانون تأمین اجتماعی\n',
      { legalBasis: [{ law: 'قانون شهرداری', article: 'ماده ۵۵' }, { law: 'قانون تأمین اجتماعی' }] }],
    ['a mapping in a sequence with a same-indentation sequence value', 'k:\n  - a:\n    - x\n    b: 1\n  - c\n', { k: [{ a: ['x'], b: 1 }, 'c'] }],
    ['a sequence value then a less indented sequence entry', 'k:\n- a:\n  - x\n- b\n', { k: [{ a: ['x'] }, 'b'] }],
    ['extra spaces after the dash', 'a:\n  -   x\n  -   k: 1\n      j: 2\n', { a: ['x', { k: 1, j: 2 }] }],
    ['nested sequences under mapping entries in sequences', 'a:\n  - b:\n      - 1\n      - 2\n    c:\n      d: e\n', { a: [{ b: [1, 2], c: { d: 'e' } }] }],
    ['a top-level key after a deep block', 'a:\n  b:\n    - c:\n        d: 1\ne: 2\n', { a: { b: [{ c: { d: 1 } }] }, e: 2 }],
    ['keys with dashes, underscores and digits; names on Object.prototype', 'a-b: 1\n_c: 2\nk9: 3\nconstructor: 4\ntoString: 5\nhasOwnProperty: 6\n',
      { 'a-b': 1, _c: 2, k9: 3, constructor: 4, toString: 5, hasOwnProperty: 6 }],
    ['key order is kept', 'z: 1\na: 2\nm: 3\n', { z: 1, a: 2, m: 3 }],
    // xAa and xBB have the same hash (as "Aa" and "BB" do in Java): the key cache must tell them apart.
    ['keys whose hashes collide', 'xAa: 1\nxBB: 2\nc:\n  xBB: 3\n  xAa: 4\n', { xAa: 1, xBB: 2, c: { xBB: 3, xAa: 4 } }],
    ['folded, stripped, one line', 'a: >-\n  one line\n', { a: 'one line' }],
    ['folded, stripped, lines joined with one space', 'a: >-\n  one\n  two\n  three\nb: 1\n', { a: 'one two three', b: 1 }],
    ['folded, clipped', 'a: >\n  one\n  two\n', { a: 'one two\n' }],
    ['folded, one and two empty lines between paragraphs', 'a: >-\n  one\n\n  two\n\n\n  three\n', { a: 'one\ntwo\n\nthree' }],
    ['folded, trailing empty lines dropped', 'a: >\n  one\n\n\nb: >-\n  two\n\n\n', { a: 'one\n', b: 'two' }],
    ['folded, whitespace-only lines no longer than the indentation are empty lines', 'a: >-\n    one\n  \n    two\n    \n    three\n', { a: 'one\ntwo\nthree' }],
    ['folded, trailing spaces kept', 'a: >-\n  one  \n  two \nb: |\n  x  \n', { a: 'one   two ', b: 'x  \n' }],
    ['folded, "#", ": " and quotes are content', 'a: >-\n  # not a comment\n  a: b # c\n  \'q\' "q"\n', { a: '# not a comment a: b # c \'q\' "q"' }],
    ['literal, clipped and stripped', 'a: |\n  one\n  two\nb: |-\n  one\n\n  two\n', { a: 'one\ntwo\n', b: 'one\n\ntwo' }],
    ['literal, more indented lines keep their spaces', 'a: |-\n  one\n    two\n  three\n', { a: 'one\n  two\nthree' }],
    ['literal, empty lines in the middle and at the end', 'a: |\n  one\n\n  two\n\n\nb: 1\n', { a: 'one\n\ntwo\n', b: 1 }],
    ['a block scalar at the end, without a newline', 'a: >-\n  one\n  two', { a: 'one two' }],
    ['a block scalar header with trailing spaces', 'a: >-  \n  one\n', { a: 'one' }],
    ['block scalars as sequence entries', 'body:\n  - >-\n    one\n    two\n  - >-\n    three\n', { body: ['one two', 'three'] }],
    ['block scalars in mappings in sequences', 'n:\n  - text: >-\n      one\n      two\n    k: 1\n', { n: [{ text: 'one two', k: 1 }] }],
    ['a block scalar indented just one more than its key', 'a:\n  b: >-\n   x\n   y\n', { a: { b: 'x y' } }],
    ['a block scalar ended by a comment line', 'a: >-\n  x\n# comment\nb: 1\n', { a: 'x', b: 1 }],
    ['a block scalar ended by a less indented comment line', 'a:\n  b: >-\n    x\n   # comment\n  c: 1\n', { a: { b: 'x', c: 1 } }],
    ['a plain value followed by a more indented comment', 'a: b\n  # comment\nc: d\n', { a: 'b', c: 'd' }],
    ['nesting 60 deep', nest(60), undefined],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const data = read(text);
    if (expected !== undefined) expect(data).toStrictEqual(expected);
  });

  it('gives the values that matter their exact types', () => {
    const data = read("date: 1405/09/09\namount: 8000000000000\nx:\ny: ~\nq: 'it''s'\nn: -0\n") as Record<string, unknown>;
    expect(data.date).toBe('1405/09/09');
    expect(data.amount).toBe(8000000000000);
    expect(data.x).toBeNull();
    expect(data.y).toBeNull();
    expect(data.q).toBe("it's");
    expect(Object.is(data.n, 0)).toBe(true);
    expect(Object.is((load('n: -0\n') as { n: number }).n, 0)).toBe(true);
  });

  it('makes plain objects whose prototype is Object.prototype', () => {
    const data = read('a:\n  b: 1\n') as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.a)).toBe(Object.prototype);
  });

  it('is not confused by a previous, longer document', () => {
    const long = 'a: >-\n' + '  x y z\n'.repeat(5000) + 'b: |\n  tail\n';
    expect(read(long)).toStrictEqual({ a: Array(5000).fill('x y z').join(' '), b: 'tail\n' });
    expect(read('a: 1')).toStrictEqual({ a: 1 });
    expect(read('c: >-\n  q')).toStrictEqual({ c: 'q' });
  });
});

describe('readSimpleYaml gives up on everything else', () => {
  const cases: Array<[string, string]> = [
    ['a tab in a value', 'a: x\ty\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a tab after a key', 'a:\t1\n'],
    ['a tab in a comment', 'a: 1\n# x\ty\n'],
    ['a tab in a block scalar', 'a: |\n  x\ty\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a CR in a comment', '# x\rb: 2\na: 1\n'],
    ['a NUL character', 'a: x\0y\n'],
    ['a C0 control character', 'a: x\u0001y\n'],
    ['DEL', 'a: x\u007fy\n'],
    ['NEL', 'a: x\u0085y\n'],
    ['a C1 control character in a block scalar', 'a: >-\n  x\u009fy\n'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a byte order mark inside', 'a: x\ufeffy\n'],
    ['U+FFFE', 'a: x\ufffey\n'],
    ['a lone high surrogate', 'a: x\ud800y\n'],
    ['a lone low surrogate', 'a: x\udc00y\n'],
    ['a lone surrogate in single quotes', "a: 'x\ud800'\n"],
    ['a lone surrogate at the very end', 'a: x\ud800'],
    ['a control character in a comment', 'a: 1\n# \u0001\n'],
    ['a flow sequence', 'a: [1, 2]\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !t x\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document start', '---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a top-level sequence', '- a\n- b\n'],
    ['a top-level scalar', 'just text\n'],
    ['a top-level quoted scalar', "'a: 1'\n"],
    ['an empty document', ''],
    ['only comments', '# a\n# b\n'],
    ['an indented top-level mapping', '  a: 1\n'],
    ['a single-quoted key', "'a': 1\n"],
    ['a double-quoted key', '"a": 1\n'],
    ['a Persian key', 'کلید: 1\n'],
    ['a key starting with a digit', '1a: x\n'],
    ['a key starting with a dash', '-a: x\n'],
    ['a key with a space', 'a b: x\n'],
    ['a space before the colon', 'a : x\n'],
    ['no space after the colon', 'a:x\n'],
    ['an empty key', ': x\n'],
    ['__proto__', '__proto__: x\n'],
    ['__proto__ nested', 'a:\n  __proto__:\n    polluted: 1\n'],
    ['null as a key', 'null: x\n'],
    ['True as a key', 'True: x\n'],
    ['FALSE as a key', 'FALSE: x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key, nested', 'a:\n  b: 1\n  c: 2\n  b: 3\n'],
    ['a duplicate key in a mapping in a sequence', '- a: 1\n  a: 2\n'],
    ['a duplicate key named like an Object.prototype property', 'constructor: 1\nconstructor: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line plain scalar in a sequence', '- one\n  two\n'],
    ['a plain scalar continued by a dash line', 'a:\n  - one\n   - two\n'],
    ['a multi-line single-quoted scalar', "a: 'one\n  two'\n"],
    ['a multi-line double-quoted scalar', 'a: "one\n  two"\n'],
    ['an unterminated single-quoted scalar', "a: 'one\n"],
    ['an unterminated double-quoted scalar', 'a: "one'],
    ['an escape in double quotes', 'a: "x\\ny"\n'],
    ['an escaped quote in double quotes', 'a: "x\\"y"\n'],
    ['text after a closing single quote', "a: 'x' y\n"],
    ['a comment after a closing quote', "a: 'x' # c\n"],
    ['text right after a closing double quote', 'a: "x"y\n'],
    ['a comment after a value', 'a: x # c\n'],
    ['a comment instead of a value', 'a: # c\n  b: 1\n'],
    ['": " in a plain scalar', 'a: b: c\n'],
    ['": " in a plain sequence entry', '- b: c: d\n'],
    ['a plain scalar ending with a colon', 'a: b:\n'],
    ['a plain scalar ending with a colon and spaces', 'a: b:  \n'],
    ['a plain sequence entry ending with a colon', 'a:\n  - ماده:\n'],
    ['a value starting with "-"', 'a: -x\n'],
    ['a value that is "- x"', 'a: - x\n'],
    ['a value starting with "?"', 'a: ?x\n'],
    ['a value starting with ":"', 'a: :x\n'],
    ['a value starting with ","', 'a: ,x\n'],
    ['a value starting with "]"', 'a: ]x\n'],
    ['a value starting with "}"', 'a: }x\n'],
    ['a value starting with "#"', 'a: #x\n'],
    ['a value starting with "%"', 'a: %x\n'],
    ['a value starting with "@"', 'a: @x\n'],
    ['a value starting with a backquote', 'a: `x\n'],
    ['hexadecimal', 'a: 0x1F\n'],
    ['octal', 'a: 0o17\n'],
    ['binary', 'a: 0b101\n'],
    ['underscores', 'a: 1_000\n'],
    ['a leading zero', 'a: 01\n'],
    ['a double zero', 'a: 00\n'],
    ['a plus sign', 'a: +1\n'],
    ['a fraction without digits after the point', 'a: 1.\n'],
    ['a fraction with a leading zero', 'a: 01.5\n'],
    ['a fraction with an exponent', 'a: 1.5e3\n'],
    ['a fraction with an underscore', 'a: 1._5\n'],
    ['a float without a leading digit', 'a: .5\n'],
    ['an exponent', 'a: 1e3\n'],
    ['.inf', 'a: .inf\n'],
    ['-.inf', 'a: -.Inf\n'],
    ['.nan', 'a: .NaN\n'],
    ['an integer beyond 2^53', 'a: 9007199254740992\n'],
    ['a negative integer beyond 2^53', 'a: -9007199254740993\n'],
    ['a lone dash', 'a: -\n'],
    ['dashes and digits', 'a: 1-2\n'],
    ['keep chomping, folded', 'a: >+\n  x\n'],
    ['keep chomping, literal', 'a: |+\n  x\n'],
    ['an indentation indicator', 'a: >2\n   x\n'],
    ['an indentation indicator after the chomping', 'a: |-1\n  x\n'],
    ['a comment after the header', 'a: > # c\n  x\n'],
    ['text after the header', 'a: >-x\n  y\n'],
    ['a blank line before the first content line', 'a: >-\n\n  x\n'],
    ['a block scalar with no content', 'a: >\nb: 1\n'],
    ['a block scalar header at the end of the input', 'a: |'],
    ['a block scalar whose content is not indented', 'a: >-\nx\n'],
    ['a more indented line in a folded scalar', 'a: >-\n  x\n    y\n'],
    ['a more indented first line then less indented content', 'a: >-\n    x\n  y\n'],
    ['a whitespace-only line longer than the indentation', 'a: |\n  x\n     \n  y\n'],
    ['a lone dash followed by a nested block', 'a:\n-\n  b: 1\n'],
    ['a lone dash at the end', 'a:\n  -\n'],
    ['a nested compact sequence with nothing after its dash', 'a:\n  - -\n    - x\n'],
    ['a nested compact sequence with a lone dash entry', 'a:\n  - - x\n    -\n'],
    ['a float with two points', 'a: 1.1.1\n'],
    ['a comment after a dash', 'a:\n  - # c\n    x\n'],
    ['a dash with no space', 'a:\n  -x\n'],
    ['a more indented key', 'a:\n  b: 1\n   c: 2\n'],
    ['a less indented key inside a block', 'a:\n    b: 1\n  c: 2\n'],
    ['the corpus\'s broken indentation', 'municipality:\n province: قم\n  city: قم\n'],
    ['a more indented sequence entry', 'a:\n  - x\n    - y\n'],
    ['a scalar on its own line under a key', 'a:\n  just text\n'],
    ['a line indented between a mapping in a sequence and the sequence', 'a:\n  - b: 1\n   c: 2\n'],
    ['a sequence after a mapping entry at the same indentation', 'a: 1\n- b\n'],
    ['a key after a sequence at a deeper indentation', 'a:\n  - x\n  b: 1\n'],
    ['a quoted value followed by a more indented line', "a: 'x'\n  b\n"],
    ['a block scalar followed by a line between the key and the content', 'a: >-\n    x\n  b: 1\n'],
    ['nesting 65 deep', nest(65)],
  ];

  it.each(cases)('%s', (_name, text) => {
    expect(readSimpleYaml(text)).toBe(BAIL);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(p);
    return e.isFile() && e.name.endsWith('.yaml') ? [p] : [];
  });
}

/** Whether js-yaml throws on a text. */
function jsYamlThrows(text: string): boolean {
  try {
    load(text);
    return false;
  } catch {
    return true;
  }
}

describe('the examples', () => {
  const files = yamlFiles(join(root, 'examples'));

  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(root.length), f]))('%s: BAIL, or what js-yaml reads', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const outcome = checkContract(text);
    if (jsYamlThrows(text)) expect(outcome.bailed).toBe(true);
  });

  const valid = yamlFiles(join(root, 'examples', 'valid'));
  it('include the valid drafts of both format versions', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5);
  });

  // Flow collections (format 1.1 tables: `- [۱, تابلوی بام, …]`) are outside the reader's subset;
  // every other valid example is read by the fast path.
  const FLOW = /^\s*(?:- |[A-Za-z_][\w-]*: )[[{]/m;
  it.each(valid.map((f) => [f.slice(root.length), f]))('%s is read by the fast path unless it has a flow collection', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    if (FLOW.test(text)) expect(readSimpleYaml(text.replace(/^\uFEFF/, ''))).toBe(BAIL);
    else read(text);
  });
});

describe('a generated corpus', () => {
  let dir = '';
  let top: string[] = [];
  let broken: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fast-yaml-corpus-'));
    const corpusUrl = new URL('../../scripts/bench/corpus.mjs', import.meta.url).href;
    const { generateCorpus } = (await import(corpusUrl)) as {
      generateCorpus: (dir: string, options: { count: number; defectRate?: number }) => unknown;
    };
    // A high defect rate, so that all kinds of defect (the YAML syntax one included) are in 60 drafts.
    generateCorpus(dir, { count: 60, defectRate: 0.5 });
    top = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
    broken = readdirSync(join(dir, 'broken')).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, 'broken', f));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has drafts and broken drafts', () => {
    expect(top.length + broken.length).toBe(60);
    expect(broken.length).toBeGreaterThan(0);
  });

  it('reads every well-formed draft, exactly as js-yaml does', () => {
    for (const file of top) read(readFileSync(file, 'utf8'));
  });

  it('gives up on the broken drafts (or reads them as js-yaml does)', () => {
    for (const file of broken) {
      const text = readFileSync(file, 'utf8');
      const outcome = checkContract(text);
      if (jsYamlThrows(text)) expect(outcome.bailed).toBe(true);
    }
  });
});

describe('random YAML-like documents', () => {
  const SAFE_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'id', 'kind', 'title', 'text', 'law', 'note', 'x-y', '_k', 'k9', 'constructor', 'toString', 'valueOf'];
  const TRICKY_KEYS = ['__proto__', 'null', 'Null', 'true', 'True', 'FALSE', 'a b', '"q"', "'q'", 'کلید', '1a', '-a', '? a', 'a ', '', 'a\t', '~', 'y'];
  const SAFE_SCALARS = [
    'x', 'rial', 'ready', '0', '12', '-7', '1.1', '0.25', '-3.5', '10.0', '8000000000000', '9007199254740991', 'null', 'Null', 'NULL', '~', 'true', 'True', 'FALSE', 'false',
    'yes', 'no', 'on', '1405/09/09', '12:30', '+98 71 3200 1234', '1.5 kg', 'a:b', 'a#b', 'a, b', 'http://x.ir/a#b',
    'دستورالعمل ساماندهی', 'می‌شود', 'نیم\u200cفاصله', 'ماده ۵۵؛ «الف» …', '۱۴۰۵/۰۹/۰۹', 'trailing   ', "it's", 'say "hi"',
    "'it''s'", "''", "'a: b # c'", '"051-3800-1234"', '""', '"a: b"', "'x'  ", '\u{1F600}',
  ];
  const TRICKY_SCALARS = [
    '0x1F', '0o17', '0b1', '1_000', '.5', '+1', '1e3', '1.', '01.5', '1.5e3', '1._5', '+1.5', '-.5', '00', '01', '-0', '1.0', '.inf', '-.inf', '.NaN', '9007199254740993', '-', '--', '1-2',
    'a: b', 'a #b', '#x', '-x', '- x', '? x', ':x', ',x', '[a]', '{a: 1}', '&a x', '*a', '!t x', '!!str 1', '%x', '@x', '`x', '|', '>', '>-',
    '"a\\"b"', '"a\\nb"', "'a", '"a', "'a' b", '"a" # c', 'a # c', 'a:', 'b:  ', 'a\tb', 'a\rb', 'x\u0085y', 'x\u2028y', 'x\u0001y',
    'x\ud800', '\udc00x', '\ufeffx', '---', '...', 'x\u00a0',
  ];
  const BLOCK_HEADERS_SAFE = ['>', '>-', '|', '|-', '>-  '];
  const BLOCK_HEADERS_TRICKY = ['>+', '|+', '>2', '|1-', '> # c', '>-x', '|#', '>- # c'];
  const BLOCK_LINES = [
    'one two', 'متن فارسی می‌شود', '# not a comment', 'a: b # c', "'q' \"q\"", 'trailing  ', '---', '- x', '…', '\u{1F600}', 'x:',
  ];
  const COMMENTS = ['# c', '#', '# x: y', '# - z', '#\u200c'];

  type G = fc.GeneratorValue;
  // Chances are in thousandths, unbiased: fast-check otherwise favours small numbers (so every risk).
  // One builder for every call, so that shrinking can replay the choices it does not change.
  const thousandths = () => fc.noBias(fc.integer({ min: 0, max: 999 }));

  /** Random documents put together from the pieces above, with random noise and defects. */
  function randomDocument(g: G, tricky: number): string {
    const lines: string[] = [];
    const chance = (weight: number): boolean => g(thousandths) < weight;
    const pick = <T>(safe: readonly T[], risky: readonly T[]): T => (chance(tricky) ? g(fc.constantFrom, ...risky) : g(fc.constantFrom, ...safe));
    const spaces = (max: number): string => ' '.repeat(g(fc.integer, { min: 0, max }));

    const noise = (indent: number): void => {
      if (chance(120)) lines.push(' '.repeat(Math.max(0, indent + g(fc.integer, { min: -3, max: 3 }))) + g(fc.constantFrom, ...COMMENTS));
      if (chance(80)) lines.push(spaces(6));
    };

    const blockScalar = (head: string, owner: number): void => {
      lines.push(`${head}${pick(BLOCK_HEADERS_SAFE, BLOCK_HEADERS_TRICKY)}`);
      const indent = owner + g(fc.integer, { min: chance(tricky) ? -1 : 1, max: 3 });
      const count = g(fc.integer, { min: 1, max: 4 });
      if (chance(tricky)) lines.push('');
      for (let i = 0; i < count; i++) {
        const shift = chance(tricky) ? g(fc.integer, { min: -2, max: 2 }) : 0;
        lines.push(' '.repeat(Math.max(0, indent + shift)) + g(fc.constantFrom, ...BLOCK_LINES));
        if (chance(150)) lines.push(chance(500) ? '' : spaces(indent + 2));
      }
      if (chance(150)) lines.push('');
    };

    const value = (head: string, owner: number, depth: number): void => {
      const kind = depth >= 4 ? g(fc.integer, { min: 0, max: 2 }) : g(fc.integer, { min: 0, max: 5 });
      if (kind === 0 || kind === 1) {
        lines.push(`${head}${' '.repeat(chance(tricky) ? 3 : 1)}${pick(SAFE_SCALARS, TRICKY_SCALARS)}`);
      } else if (kind === 2) {
        if (chance(300)) blockScalar(`${head} `, owner);
        else lines.push(head + spaces(2));
      } else if (kind === 3) {
        lines.push(head);
        noise(owner + 2);
        mapping(owner + g(fc.integer, { min: chance(tricky) ? 0 : 1, max: 4 }), depth + 1);
      } else {
        lines.push(head);
        const inner = chance(300) ? owner : owner + g(fc.integer, { min: 1, max: 3 }); // YAML allows the same indentation
        sequence(inner, depth + 1);
      }
    };

    const sequence = (indent: number, depth: number): void => {
      const count = g(fc.integer, { min: 1, max: 3 });
      for (let i = 0; i < count; i++) {
        const dash = `${' '.repeat(indent)}-${' '.repeat(chance(tricky) ? g(fc.integer, { min: 0, max: 3 }) : 1)}`;
        const kind = depth >= 4 ? g(fc.integer, { min: 0, max: 1 }) : g(fc.integer, { min: 0, max: 3 });
        if (kind === 0) lines.push(dash + pick(SAFE_SCALARS, TRICKY_SCALARS));
        else if (kind === 1) blockScalar(dash, indent);
        else if (kind === 2) mapping(dash.length, depth + 1, dash);
        else if (chance(tricky * 3)) lines.push(`${dash}- x`);
        else mapping(dash.length, depth + 1, dash);
        noise(indent);
      }
    };

    function mapping(indent: number, depth: number, lead?: string): void {
      const keys = g(fc.uniqueArray, fc.constantFrom(...SAFE_KEYS), { minLength: 1, maxLength: 4 });
      if (chance(tricky)) keys.push(g(fc.constantFrom, ...keys)); // a duplicate
      for (let i = 0; i < keys.length; i++) {
        const prefix = i === 0 && lead !== undefined ? lead : ' '.repeat(Math.max(0, indent + (chance(tricky) ? g(fc.integer, { min: -1, max: 1 }) : 0)));
        const key = chance(tricky) ? g(fc.constantFrom, ...TRICKY_KEYS) : keys[i]!;
        value(`${prefix}${key}:`, indent, depth);
        noise(indent);
      }
    }

    noise(0);
    mapping(0, 0);
    let text = lines.join('\n') + (chance(800) ? '\n' : '');
    // Defects: line ends, tabs and stray characters anywhere.
    if (chance(tricky)) text = text.replace(/\n/g, '\r\n');
    const strays = chance(tricky * 2) ? g(fc.integer, { min: 1, max: 3 }) : 0;
    for (let i = 0; i < strays; i++) {
      const at = g(fc.integer, { min: 0, max: text.length });
      const piece = g(fc.constantFrom, '\t', '\r', '\n', ' ', '#', ': ', '- ', "'", '"', '\0', '\u0085', '\ud800', '\\');
      text = text.slice(0, at) + piece + text.slice(at + (chance(300) ? 1 : 0));
    }
    return text;
  }

  function run(tricky: number, numRuns: number): { read: number; bailed: number } {
    const tally = { read: 0, bailed: 0 };
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const outcome = checkContract(randomDocument(g, tricky));
        if (outcome.bailed) tally.bailed++;
        else tally.read++;
      }),
      { numRuns },
    );
    return tally;
  }

  it('mostly clean documents: BAIL, or exactly what js-yaml reads; and most are read', () => {
    const tally = run(15, 3000);
    // The property would hold trivially if the reader gave up on everything (about 60% are read).
    expect(tally.read).toBeGreaterThan(tally.bailed);
  });

  it('hostile documents: BAIL, or exactly what js-yaml reads', () => {
    const tally = run(250, 3000);
    expect(tally.read).toBeGreaterThan(50);
    expect(tally.bailed).toBeGreaterThan(1000);
  });
});
