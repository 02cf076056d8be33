import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDraftSchema } from '../../src/core/schema/schema-check.js';

/*
 * The build compiles the schemas to standalone code and rewrites part of it (scripts/build.mjs:
 * `minLength: 1` without counting code points, the one-line pattern as a search for line breaks). The generated validator must say exactly what Ajv
 * compiling the schemas at run time says, on valid drafts and on each of their strings emptied,
 * shortened or lengthened.
 */
const root = path.resolve(import.meta.dirname, '../..');
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const f of readdirSync(path.join(root, 'schemas')).filter((x) => x.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(path.join(root, 'schemas', f), 'utf8')));
const reference = ajv.getSchema('https://pishnevis.ir/schemas/v1/draft.schema.json') as ValidateFunction;

const errorsOf = (data: unknown, generated: boolean): string[] => {
  const list = generated ? checkDraftSchema(data) : reference(data) ? [] : reference.errors ?? [];
  return list.map((e) => `${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`).sort();
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a string in the data. */
function stringPaths(data: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (typeof data === 'string') out.push(prefix);
  else if (Array.isArray(data)) data.forEach((v, i) => stringPaths(v, [...prefix, i], out));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) stringPaths(v, [...prefix, k], out);
  return out;
}

function withString(data: Json, at: Array<string | number>, value: string): Json {
  const copy = structuredClone(data);
  let node = copy as Record<string | number, Json>;
  for (const p of at.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  node[at[at.length - 1]!] = value;
  return copy;
}

const valid = readdirSync(path.join(root, 'examples', 'valid')).filter((f) => f.endsWith('.yaml'));

describe('the generated draft validator agrees with Ajv', () => {
  it.each(valid)('%s and every string of it emptied, one character, 201 characters, astral, with line breaks or a lone surrogate', (file) => {
    const data = parse(readFileSync(path.join(root, 'examples', 'valid', file), 'utf8')) as Json;
    expect(errorsOf(data, true)).toEqual([]);
    const paths = stringPaths(data);
    expect(paths.length).toBeGreaterThan(20);
    let failing = 0;
    for (const at of paths) {
      for (const value of ['', 'ی', 'ب'.repeat(201), '😀'.repeat(9) + 'ب', '😀'.repeat(150), 'الف\nب', 'الف\r', '\n', 'الف\u2028ب', 'ب\uD800ب'.repeat(4)]) {
        const changed = withString(data, at, value);
        const generated = errorsOf(changed, true);
        expect(generated, `${at.join('.')} = ${JSON.stringify(value).slice(0, 20)}`).toEqual(errorsOf(changed, false));
        if (generated.length) failing++;
      }
    }
    // The edits do break things, so the comparison is not between two empty lists.
    expect(failing).toBeGreaterThan(paths.length);
  });
});
