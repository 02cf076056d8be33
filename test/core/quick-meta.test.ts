import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quickMeta } from '../../src/core/parse/quick-meta.js';
import { fastParse } from '../../src/core/parse/parse.js';
import { metaOf } from '../../src/core/engine/validate.js';

const pick = (m: Record<string, unknown> | undefined) =>
  m && { id: m.id, title: m.title, kind: m.kind, status: m.status, province: m.province, city: m.city };

function parsed(text: string) {
  const r = fastParse(text);
  return r.ok ? pick(metaOf(r.data) as Record<string, unknown>) : undefined;
}

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('quickMeta reads what a YAML parse reads, or declines', () => {
  const files = ['valid', 'invalid'].flatMap((d) => readdirSync(join(EXAMPLES, d)).filter((f) => f.endsWith('.yaml')).map((f) => join(EXAMPLES, d, f)));
  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const quick = quickMeta(text);
    const full = parsed(text);
    // A file that does not parse has no facts to compare with; quickMeta may still read its lines.
    if (quick && full) expect(pick(quick as Record<string, unknown>)).toEqual(full);
  });

  it('reads the bundled examples without parsing', () => {
    const valid = readdirSync(join(EXAMPLES, 'valid')).filter((f) => f.endsWith('.yaml'));
    for (const f of valid) expect(quickMeta(readFileSync(join(EXAMPLES, 'valid', f), 'utf8'))).toBeDefined();
  });

  const base = 'schemaVersion: 1\nkind: directive\nid: qom-1405-a\nstatus: ready\ntitle: عنوان یک پیش‌نویس آزمایشی\nmunicipality:\n  province: قم\n  city: قم\n';
  const declines: Array<[string, string]> = [
    ['a quoted title', base.replace(/^title: (.*)$/m, 'title: "$1"')],
    ['a title continued on the next line', base.replace(/^title: (.*)$/m, 'title: $1\n  ادامه عنوان')],
    ['a comment after the title', base.replace(/^title: (.*)$/m, 'title: $1 # یادداشت')],
    ['a numeric id', base.replace('id: qom-1405-a', 'id: 1405')],
    ['a repeated key', base + 'title: دوباره\n'],
    ['a block-scalar title', base.replace(/^title: (.*)$/m, 'title: >-\n  $1')],
    ['a flow municipality', base.replace('municipality:\n  province: قم\n  city: قم\n', 'municipality: { province: قم, city: قم }\n')],
    ['an anchor', base.replace('city: قم', 'city: &c قم')],
  ];
  it.each(declines)('declines %s', (_name, text) => {
    expect(quickMeta(text)).toBeUndefined();
  });

  it('agrees with the parse on the plain form', () => {
    expect(pick(quickMeta(base) as Record<string, unknown>)).toEqual(parsed(base));
  });
});
