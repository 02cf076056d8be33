import { describe, expect, it } from 'vitest';
import { forEachText, isMachineField } from '../../src/core/engine/text-fields.js';

const texts = (data: unknown): Array<[string, string]> => {
  const out: Array<[string, string]> = [];
  forEachText(data, (value, path) => out.push([path.join('.'), value]));
  return out;
};

describe('the prose fields of a draft', () => {
  it('are every string but the machine fields, in document order, with their paths', () => {
    const draft = {
      schemaVersion: 1, kind: 'directive', id: 'qom-1', status: 'draft', title: 'عنوان', category: 'legal',
      municipality: { province: 'قم', city: 'قم', code: '123' },
      author: { name: 'نام', email: 'a@b.ir', phone: '021' },
      attachments: [{ path: 'a.pdf', title: 'پیوست' }],
      rationale: { problem: 'مسئله', financialImpact: { amount: 1, unit: 'rial', note: 'یادداشت' } },
      articles: [{ number: 1, title: 'سرعنوان', text: 'متن', clauses: [{ label: 'الف', text: 'بند' }] }],
    };
    expect(texts(draft)).toEqual([
      ['title', 'عنوان'], ['municipality.province', 'قم'], ['municipality.city', 'قم'], ['author.name', 'نام'],
      ['attachments.0.title', 'پیوست'], ['rationale.problem', 'مسئله'], ['rationale.financialImpact.note', 'یادداشت'],
      ['articles.0.title', 'سرعنوان'], ['articles.0.text', 'متن'], ['articles.0.clauses.0.label', 'الف'], ['articles.0.clauses.0.text', 'بند'],
    ]);
  });

  it('agree with isMachineField on shapes the schema refuses (a machine field holding a list or a map)', () => {
    const odd = { id: ['x', { y: 'z' }], municipality: { code: { deep: 'c' } }, attachments: { path: 'p' }, articles: [{ number: 'یک' }], 5: 'پنج' };
    const expected: Array<[string, string]> = [];
    const walk = (value: unknown, path: Array<string | number>): void => {
      if (typeof value === 'string') {
        if (!isMachineField(path)) expected.push([path.join('.'), value]);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const k of Object.keys(value)) walk((value as Record<string, unknown>)[k], [...path, k]);
    };
    walk(odd, []);
    expect(texts(odd)).toEqual(expected);
    expect(texts(odd).map(([p]) => p)).toEqual(['5', 'id.0', 'id.1.y', 'municipality.code.deep', 'attachments.path']);
    expect(texts('متن تنها')).toEqual([['', 'متن تنها']]);
  });
});
