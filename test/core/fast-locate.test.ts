import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSourceMap, findSpan, locatePath, position } from '../../src/core/parse/locate.js';
import { fastLocatePath, lineIndex, linePosition } from '../../src/core/parse/fast-locate.js';
import type { DataPath } from '../../src/core/engine/types.js';
// @ts-expect-error: a plain ES module without types
import { generateCorpus } from '../../scripts/bench/corpus.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every path to a collection in the data, the document itself included. */
function collections(data: unknown, prefix: DataPath = [], out: DataPath[] = []): DataPath[] {
  if (Array.isArray(data)) {
    out.push(prefix);
    data.forEach((v, i) => collections(v, [...prefix, i], out));
  } else if (data !== null && typeof data === 'object') {
    out.push(prefix);
    for (const [k, v] of Object.entries(data)) collections(v, [...prefix, k], out);
  }
  return out;
}

/** Every path to a scalar in the data, and every path to a mapping key. */
function paths(data: unknown, prefix: DataPath = [], out: Array<{ path: DataPath; value: unknown; key: boolean }> = []) {
  if (Array.isArray(data)) data.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      out.push({ path: [...prefix, k], value: v, key: true });
      paths(v, [...prefix, k], out);
    }
  } else out.push({ path: prefix, value: data, key: false });
  return out;
}

let corpusDir = '';
const files: Array<{ name: string; text: string }> = [];

beforeAll(() => {
  for (const dir of ['valid', 'invalid']) {
    for (const name of readdirSync(join(ROOT, 'examples', dir)).filter((f) => f.endsWith('.yaml'))) {
      files.push({ name: `${dir}/${name}`, text: readFileSync(join(ROOT, 'examples', dir, name), 'utf8') });
    }
  }
  corpusDir = mkdtempSync(join(tmpdir(), 'pishnevis-locate-'));
  generateCorpus(corpusDir, { count: 40 });
  for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.yaml'))) files.push({ name, text: readFileSync(join(corpusDir, name), 'utf8') });
});

afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

/** The files both parsers read without complaint, with the data, yaml's map and the line index of each. */
function* parsed(): Generator<{ name: string; text: string; data: unknown; map: ReturnType<typeof buildSourceMap>; index: ReturnType<typeof lineIndex> }> {
  for (const { name, text } of files) {
    let data: unknown;
    try {
      data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    } catch {
      continue;
    }
    const map = buildSourceMap(text);
    if (map.doc.errors.length > 0) continue;
    yield { name, text, data, map, index: lineIndex(text) };
  }
}

describe('fast positions agree with yaml', () => {
  it('line and column of every offset', () => {
    for (const { text } of files.slice(0, 6)) {
      const map = buildSourceMap(text);
      const index = lineIndex(text);
      for (let offset = 0; offset <= text.length; offset += 7) expect(linePosition(index, offset)).toEqual(position(map, offset));
      expect(linePosition(index, text.length + 5)).toEqual(position(map, text.length + 5));
    }
  });

  it('the range of every scalar and key, and of spans inside strings, wherever the fast path answers', () => {
    let answered = 0;
    let asked = 0;
    for (const { name, text, data, map, index } of parsed()) {
      for (const { path, value, key } of paths(data)) {
        asked++;
        const fast = fastLocatePath(index, path, { key });
        if (!fast) continue;
        answered++;
        const slow = locatePath(map, path, { key });
        expect([fast.start, fast.end], `${name} ${path.join('.')}${key ? ' (key)' : ''}`).toEqual([slow.start, slow.end]);
        if (!key && typeof value === 'string' && value.length > 2) {
          for (const span of [{ index: 0, length: 1 }, { index: Math.floor(value.length / 2), length: 2 }, { index: value.length - 1, length: 1 }]) {
            const slowSpan = locatePath(map, path, { span });
            const fastSpan = findSpan(text, fast.start, fast.end, value, span) ?? { start: fast.start, end: fast.end, exact: false };
            expect(fastSpan, `${name} ${path.join('.')} ${JSON.stringify(span)}`).toEqual(slowSpan);
          }
        }
      }
    }
    // The fast path must carry its weight: almost everything in real drafts is answered.
    expect(answered / asked).toBeGreaterThan(0.95);
  });

  it('the range of every collection, the document included, and where a key or index missing from it is reported', () => {
    let answered = 0;
    let asked = 0;
    for (const { name, data, map, index } of parsed()) {
      for (const path of collections(data)) {
        // The collection itself, and a key or an index missing from it (a required key left out).
        const node = path.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], data);
        const gone = Array.isArray(node) ? node.length + 3 : 'missing';
        const variants: Array<[DataPath, boolean]> = [[path, false], [[...path, gone], false], [[...path, gone, 'deeper'], false]];
        // A key of a mapping, not of a sequence's index: only that is asked with `key`.
        if (!Array.isArray(node)) variants.push([[...path, gone], true]);
        for (const [asked_, key] of variants) {
          asked++;
          const fast = fastLocatePath(index, asked_, { key });
          if (!fast) continue;
          answered++;
          const slow = locatePath(map, asked_, { key });
          expect([fast.start, fast.end], `${name} ${asked_.join('.') || '(document)'}${key ? ' (key)' : ''}`).toEqual([slow.start, slow.end]);
        }
      }
    }
    expect(answered / asked).toBeGreaterThan(0.95);
  });

  it.each([
    ['plain', 'a: 1\nm:\n  b: 1\n  c: 2\nz: 3\n'],
    ['a blank line after', 'a: 1\nm:\n  b: 1\n  c: 2\n\nz: 3\n'],
    ['a blank line inside', 'a: 1\nm:\n  b: 1\n\n  c: 2\nz: 3\n'],
    ['a deeper comment after', 'a: 1\nm:\n  b: 1\n  c: 2\n  # note\n\nz: 3\n'],
    ['a comment at the parent after', 'a: 1\nm:\n  b: 1\n  c: 2\n# note\nz: 3\n'],
    ['trailing spaces', 'a: 1\nm:\n  b: 1\n  c: 2   \nz: 3\n'],
    ['a comment after the last value', 'a: 1\nm:\n  b: 1\n  c: 2 # x\nz: 3\n'],
    ['no newline at the end', 'a: 1\nm:\n  b: 1\n  c: 2'],
    ['blank lines at the end', 'a: 1\nm:\n  b: 1\n  c: 2\n\n\n'],
    ['a folded scalar last', 'a: 1\nm:\n  b: 1\n  c: >-\n    text\n    more\n\nz: 3\n'],
    ['a literal scalar last', 'a: 1\nm:\n  c: |\n    text\n\n  # c\nz: 3\n'],
    ['a sequence', 'a: 1\ns:\n  - x\n  - y\n\nz: 3\n'],
    ['a sequence of mappings', 'a: 1\ns:\n  - b: 1\n    c: 2\n  - b: 3\nz: 3\n'],
    ['a sequence at the parent indent', 'a: 1\ns:\n- x\n- y\nz: 3\n'],
    ['a sequence at the parent indent, last', 'a: 1\ns:\n- x\n- b: 2\n  c: 3\n'],
    ['a comment before the document', '# head\n\na: 1\nm:\n  b: 1\n'],
    ['nested to the end', 'a:\n  b:\n    - c: 1\n      d:\n        - x\n'],
    ['a comment deeper than the last entry', 'x: x\n #\n'],
    ['a comment deeper than the last entry, no newline', 'x: x\n #'],
    ['deeper comments after blank lines', 'a: 1\nm:\n  b: 1\n\n   # one\n\n   # two\n'],
    ['a deeper comment, then one at the entries', 'a: 1\nm:\n  b: 1\n   # deeper\n  # same\n   # deeper\n'],
    ['a comment at the entries, last', 'a: 1\nm:\n  b: 1\n  # same\n\n'],
    ['a comment between two nested levels', 'a:\n  b:\n    c: 1\n   # c\n'],
    ['a comment at a mapping that opens on a dash', 's:\n  - b: 1\n    # c\n'],
    ['a comment between a dash and its mapping', 's:\n  - b: 1\n   # c\n'],
    ['a comment kept three levels down', 'r:\n  a:\n    m:\n      b: 1\n      # c\n  z: 1\n'],
  ])('the range of a collection (%s) is where yaml says', (_label, text) => {
    const map = buildSourceMap(text);
    expect(map.doc.errors).toEqual([]);
    const index = lineIndex(text);
    const found = collections(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }));
    for (const path of found) {
      for (const asked of [path, [...path, 'missing'], [...path, 'missing', 'deeper']]) {
        const fast = fastLocatePath(index, asked);
        const slow = locatePath(map, asked);
        if (asked === path) expect(fast, path.join('.') || '(document)').toBeDefined();
        if (fast) expect([fast.start, fast.end], asked.join('.') || '(document)').toEqual([slow.start, slow.end]);
      }
    }
  });

  it.each([
    ['literal', 'a: |\n  one\n  # two\nb: x\n'],
    ['folded', 'a: >-\n  one\n  #two\nb: x\n'],
    ['in a sequence', 'l:\n  - |\n    one\n    # two\n  - x\n'],
    ['ended by a less indented comment', 'a:\n  b: >-\n    x\n   # comment\n  c: 1\n'],
    ['ended by a comment at the key', 'a: |\n  one\n# comment\nb: x\n'],
    ['with an empty line inside', 'a: |\n  one\n\n  # two\n\nb: x\n'],
  ])('a block scalar whose lines start with # (%s) ends where yaml says', (_label, text) => {
    const map = buildSourceMap(text);
    expect(map.doc.errors).toEqual([]);
    const index = lineIndex(text);
    for (const { path, key } of paths(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }))) {
      const fast = fastLocatePath(index, path, { key });
      if (!fast) continue;
      const slow = locatePath(map, path, { key });
      expect([fast.start, fast.end], path.join('.')).toEqual([slow.start, slow.end]);
    }
  });

  it('gives up on a null value, and answers for a missing key as yaml does', () => {
    const text = 'a:\nb:\n  c: 1\nlist:\n- x\n';
    const index = lineIndex(text);
    expect(fastLocatePath(index, ['a'])).toBeUndefined();
    // A key missing at the top is reported on the whole document; one missing below, on its parent's key.
    expect(fastLocatePath(index, ['missing'])).toEqual({ start: 0, end: text.length, block: false });
    expect(fastLocatePath(index, ['b', 'missing'])).toEqual({ start: 3, end: 4, block: false });
    const map = buildSourceMap(text);
    for (const path of [['missing'], ['b', 'missing']]) expect(locatePath(map, path)).toEqual({ ...fastLocatePath(index, path), exact: false, block: undefined });
    // A collection whose last entry is a null value is left to yaml too.
    expect(fastLocatePath(lineIndex('b:\n  c: 1\n  d:\n'), ['b'])).toBeUndefined();
    expect(fastLocatePath(index, ['b', 'c'])).toEqual({ start: 11, end: 12, block: false });
    expect(fastLocatePath(index, ['list', 0])).toEqual({ start: 21, end: 22, block: false });
  });
});
