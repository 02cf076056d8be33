import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSourceMap, findSpan, locatePath, position } from '../../src/core/locate.js';
import { fastLocatePath, lineIndex, linePosition } from '../../src/core/fast-locate.js';
import type { DataPath } from '../../src/core/types.js';
// @ts-expect-error: a plain ES module without types
import { generateCorpus } from '../../scripts/bench/corpus.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

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
    for (const { name, text } of files) {
      let data: unknown;
      try {
        data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
      } catch {
        continue;
      }
      const map = buildSourceMap(text);
      if (map.doc.errors.length > 0) continue;
      const index = lineIndex(text);
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

  it('gives up on what it does not read: a null value, a collection, a missing key', () => {
    const text = 'a:\nb:\n  c: 1\nlist:\n- x\n';
    const index = lineIndex(text);
    expect(fastLocatePath(index, ['a'])).toBeUndefined();
    expect(fastLocatePath(index, ['b'])).toBeUndefined();
    expect(fastLocatePath(index, ['missing'])).toBeUndefined();
    expect(fastLocatePath(index, ['b', 'c'])).toEqual({ start: 11, end: 12, block: false });
    expect(fastLocatePath(index, ['list', 0])).toEqual({ start: 21, end: 22, block: false });
  });
});
