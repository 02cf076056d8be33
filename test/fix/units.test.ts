import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeScalar } from '../../src/core/engine/fix-scalar.js';
import { applyFixes } from '../../src/core/engine/fix-apply.js';
import { unifiedDiff } from '../../src/core/engine/fix-diff.js';
import { fixText } from '../../src/core/engine/fix.js';
import { validateText } from '../../src/core/engine/validate.js';
import { writeCount } from '../../src/rules/utils/count-fix.js';
import { fixRequestOf } from '../../src/commands/validate-fix.js';

describe('the YAML-safe scalar writer', () => {
  const roundTrip = (original: string, value: string): unknown => parse(`k: ${writeScalar(original, value)}`).k;

  it('keeps the style the author used when it can hold the value', () => {
    expect(writeScalar("'الف'", 'ب')).toBe("'ب'");
    expect(writeScalar('"الف"', 'ب')).toBe('"ب"');
    expect(writeScalar('1', 'ب')).toBe('ب');
    expect(writeScalar("'x'", "it's")).toBe("'it''s'");
  });

  it('quotes what a plain scalar would read otherwise', () => {
    for (const value of ['true', 'null', '0x1F', '1e3', '- ب', 'الف: ب', 'a #b', '[x]', '', ' ب', 'ب, پ', '~']) {
      expect(roundTrip('x', value)).toBe(value);
    }
    expect(roundTrip('"x"', 'a "b" \\ c\u2028')).toBe('a "b" \\ c\u2028');
  });

  it('writes a number literal as a YAML number, whatever the style was («"۴"» → 4, schemaVersion 1 → 1.1)', () => {
    expect(writeScalar('"۴"', '4')).toBe('4');
    expect(roundTrip('"۴"', '4')).toBe(4);
    expect(roundTrip('1', '1.1')).toBe(1.1);
  });
});

describe('one pass of fixes (eslint semantics)', () => {
  it('applies fixes in range order whatever order they come in', () => {
    const pass = applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 1], text: 'A' }]);
    expect(pass.output).toBe('AbcdEf');
    expect(pass.applied).toHaveLength(2);
  });

  it('defers a fix that overlaps or touches one already applied', () => {
    const pass = applyFixes('abcdef', [{ range: [0, 3], text: 'X' }, { range: [2, 4], text: 'Y' }, { range: [3, 4], text: 'Z' }, { range: [5, 6], text: 'F' }]);
    expect(pass.output).toBe('XdeF');
    expect(pass.deferred).toBe(2);
  });

  it('skips an edit that changes nothing, and writes CRLF line breaks in a CRLF text', () => {
    expect(applyFixes('abc', [{ range: [0, 1], text: 'a' }]).applied).toHaveLength(0);
    expect(applyFixes('a\r\nb', [{ range: [3, 4], text: 'x\ny' }]).output).toBe('a\r\nx\r\ny');
  });
});

describe('the loop of passes', () => {
  const draft = (title: string): string => [
    'schemaVersion: 1', 'kind: circular', 'id: fix-loop-test', 'status: draft', `title: ${title}`,
    'municipality: { province: قم, city: قم }', 'author: { name: علی رضایی, position: کارشناس حقوقی شهرداری قم }',
    'date: 1405/09/09', 'category: legal', 'rationale: { problem: مسئله ای هست, proposal: پیشنهادی هست }',
    'subject: موضوع بخشنامه', 'addressees: [شهرداری قم]', 'body: [متن بخشنامه]', 'signatory: { name: علی رضایی, position: شهردار قم }', '',
  ].join('\n');

  it('fixes what touching fixes leave for a later pass («مي شود» needs two)', () => {
    const out = fixText(draft('اطلاعیه اي که امروز منتشر مي شود'));
    expect(out.output).toContain('title: اطلاعیه ای که امروز منتشر می‌شود');
    expect(out.passes).toBeGreaterThanOrEqual(2);
    expect(fixText(out.output).applied).toBe(0);
  });

  it('limits the kinds of fixes with --fix-type', () => {
    const text = draft('اطلاعیه اي که امروز منتشر می شود');
    const only = fixText(text, {}, { types: new Set(['numbering']) });
    expect(only.output).toBe(text);
    const ortho = fixText(text, {}, { types: new Set(['orthography']) });
    expect(ortho.output).toContain('اطلاعیه ای که امروز منتشر می‌شود');
  });

  it('offers no fix whose text could change how the scalar reads (a quote, «: », «#», a line break)', () => {
    const rule = {
      meta: { id: 'test-breaker', severity: 'warning' as const, fixable: true, description: { fa: '', en: '' }, messages: { m: { fa: 'x', en: 'x' } } },
      check(context: { report: (r: object) => void }) {
        for (const text of ['"', "'", ': x', ' #x', '\n- x']) context.report({ messageId: 'm', path: ['title'], span: { index: 0, length: 1 }, replacement: text });
      },
    };
    const out = fixText(draft('عنوان بخشنامه آزمایشی'), { rules: [rule as never] });
    expect(out.result.findings).toHaveLength(5);
    expect(out.result.findings.filter((f) => f.fix)).toEqual([]);
    expect(out.applied).toBe(0);
  });

  it('refuses a pass that would add a schema error, then keeps its good fixes one by one', () => {
    const rule = {
      meta: { id: 'test-mixed', severity: 'warning' as const, fixable: true, description: { fa: '', en: '' }, messages: { m: { fa: 'x', en: 'x' } } },
      check(context: { draft: Record<string, unknown>; report: (r: object) => void }) {
        if (context.draft.status === 'draft') context.report({ messageId: 'm', path: ['status'], replacement: 'unknown' });
        if (String(context.draft.title).startsWith('عن')) context.report({ messageId: 'm', path: ['title'], span: { index: 0, length: 2 }, replacement: 'آن' });
      },
    };
    const text = draft('عنوان بخشنامه آزمایشی');
    const out = fixText(text, { rules: [rule as never] });
    expect(out.output).toBe(text.replace('title: عنوان', 'title: آنوان'));
    expect(out.refused).toBe(1);
    expect(out.result.findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
  });

  it('a fix that would turn a valid draft invalid is not applied', () => {
    const rule = {
      meta: { id: 'test-schema-breaker', severity: 'warning' as const, fixable: true, description: { fa: '', en: '' }, messages: { m: { fa: 'x', en: 'x' } } },
      check(context: { report: (r: object) => void }) {
        // Replaces the whole status with a value the schema does not allow.
        context.report({ messageId: 'm', path: ['status'], replacement: 'unknown' });
      },
    };
    const text = draft('عنوان بخشنامه آزمایشی');
    const out = fixText(text, { rules: [rule as never] });
    expect(out.output).toBe(text);
    expect(out.refused).toBe(1);
  });
});

describe('the unified diff of --fix-dry-run', () => {
  it('shows changed lines with three lines of context, in hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const b = a.replace('line 2\n', 'LINE 2\n').replace('line 18\n', 'LINE 18\n');
    expect(unifiedDiff('d.yaml', a, b)).toBe([
      '--- a/d.yaml', '+++ b/d.yaml',
      '@@ -1,5 +1,5 @@', ' line 1', '-line 2', '+LINE 2', ' line 3', ' line 4', ' line 5',
      '@@ -15,6 +15,6 @@', ' line 15', ' line 16', ' line 17', '-line 18', '+LINE 18', ' line 19', ' line 20', '',
    ].join('\n'));
    expect(unifiedDiff('d.yaml', a, a)).toBe('');
  });
});

describe('counts written as the author wrote them', () => {
  it('keeps digits in their script and words as words, with the author’s joiner', () => {
    expect(writeCount('12', 9)).toBe('9');
    expect(writeCount('۱۲', 14)).toBe('۱۴');
    expect(writeCount('١٢', 14)).toBe('١٤');
    expect(writeCount('پنج', 23)).toBe('بیست و سه');
    expect(writeCount('چهل‌وهفت', 23)).toBe('بیست‌وسه');
    expect(writeCount('چهل‌و‌هفت', 23)).toBe('بیست‌و‌سه');
  });
});

describe('the fix options', () => {
  it('accepts the fix types, comma-separated or repeated', () => {
    expect(fixRequestOf({ fix: true, fixType: ['orthography,counts', 'numbering'] })).toEqual({ write: true, types: ['orthography', 'counts', 'numbering'] });
    expect(fixRequestOf({ fixDryRun: true })).toEqual({ write: false });
    expect(fixRequestOf({})).toBeUndefined();
  });

  it('refuses what makes no sense, in both languages', () => {
    expect(() => fixRequestOf({ fix: true, fixDryRun: true })).toThrow(/cannot be used together/);
    expect(() => fixRequestOf({ fixType: ['counts'] })).toThrow(/requires --fix/);
    expect(() => fixRequestOf({ fix: true, fixType: ['spelling'] })).toThrow(/Unknown fix type "spelling"/);
    try {
      fixRequestOf({ fix: true, fixType: ['spelling'] });
    } catch (e) {
      expect((e as { messages: { fa: string } }).messages.fa).toContain('نوع اصلاح «spelling» شناخته نیست');
    }
  });
});

describe('machine text inside prose', () => {
  it('is never edited, whatever a rule offers: web and e-mail addresses stay as written', () => {
    const rule = {
      meta: { id: 'test-commas', severity: 'warning' as const, fixable: true, description: { fa: '', en: '' }, messages: { m: { fa: 'x', en: 'x' } } },
      check(context: { draft: Record<string, unknown>; report: (r: object) => void }) {
        const body = context.draft.body as string[];
        body.forEach((text, i) => {
          for (const m of text.matchAll(/[,;]/g)) context.report({ messageId: 'm', path: ['body', i], span: { index: m.index, length: 1 }, replacement: m[0] === ',' ? '،' : '؛' });
        });
      },
    };
    const text = [
      'kind: circular', 'body:',
      '  - نشانی سامانه https://shahr.example.ir/a,b;c است, و پرسش‌ها به info,x@example.ir فرستاده شود',
      '  - فهرست www.example.ir/x,y در پیوست, آمده است', '',
    ].join('\n');
    const out = fixText(text, { rules: [rule as never] });
    expect(out.output).toContain('https://shahr.example.ir/a,b;c است، و');
    expect(out.output).toContain('info,x@example.ir فرستاده');
    expect(out.output).toContain('www.example.ir/x,y در پیوست، آمده');
  });
});

describe('the format fix', () => {
  it('raises schemaVersion to the number 1.1 for a draft that uses a 1.1 addition, under --fix-type format only', () => {
    const text = 'schemaVersion: 1\nkind: directive\nchapters:\n  - title: کلیات\n    articles: [{text: متن ماده}]\n';
    expect(fixText(text, {}, { types: new Set(['orthography', 'numbering', 'counts']) }).output).toBe(text);
    const out = fixText(text, {}, { types: new Set(['format']) });
    expect(out.output).toBe(text.replace('schemaVersion: 1', 'schemaVersion: 1.1'));
    expect(out.result.findings.filter((f) => f.ruleId === 'schema-version')).toEqual([]);
  });
});

describe('a renumbering of a long draft', () => {
  it('is one fix for the whole draft, and the findings do not copy it without bound', () => {
    const articles = Array.from({ length: 400 }, (_, i) => {
      const n = i === 0 ? 1 : i + 2; // a gap after the first article
      const ref = i > 1 ? ` و موضوع ماده ${n - 1} را رعایت می‌کند` : '';
      return `  - number: ${n}\n    text: متن ماده‌ای که شهرداری ${'با دقت '.repeat(20)}اجرا می‌کند${ref}.`;
    });
    const text = `schemaVersion: 1\nkind: directive\narticles:\n${articles.join('\n')}\n`;
    const result = validateText(text);
    const numbering = result.findings.filter((f) => f.ruleId === 'article-numbering');
    expect(numbering).toHaveLength(399);
    const carried = numbering.reduce((n, f) => n + (f.fix?.text.length ?? 0), 0);
    expect(numbering[0]!.fix).toBeDefined();
    expect(carried).toBeLessThanOrEqual(2 * (1 << 20));
    const out = fixText(text);
    expect(out.result.findings.filter((f) => f.ruleId === 'article-numbering')).toEqual([]);
    expect(out.output).toContain('  - number: 400\n');
    expect(out.output).toContain('موضوع ماده 399 را رعایت');
    expect(out.output).toContain('موضوع ماده 2 را رعایت');
    expect(out.output).not.toContain('number: 401');
  });
});

describe('the library', () => {
  it('exports fixText as the CLI uses it', async () => {
    const lib = await import('../../src/index.js');
    const out = lib.fixText('schemaVersion: 1\nkind: circular\ntitle: اطلاعیه اي که منتشر مي شود\n');
    expect(out.output).toBe('schemaVersion: 1\nkind: circular\ntitle: اطلاعیه ای که منتشر می‌شود\n');
  });
});

describe('a schema error that quotes the text a fix corrects', () => {
  it('does not hold the fix back: it is the same error, on the same line', async () => {
    const { default: arabicLetters } = await import('../../src/rules/arabic-letters.js');
    const text = 'schemaVersion: 1\nkind: circular\nmunicipality: { province: سيستان, city: زاهدان }\n';
    const options = { rules: [arabicLetters], lang: 'en' as const };
    const quoted = (r: { findings: Array<{ ruleId: string; messages: { en: string } }> }) => r.findings.filter((f) => f.ruleId === 'schema' && f.messages.en.includes('province'));
    expect(quoted(validateText(text, options))[0]!.messages.en).toContain('not "سيستان"');
    const out = fixText(text, options);
    expect(out.output).toContain('province: سیستان,');
    expect(quoted(out.result)[0]!.messages.en).toContain('not "سیستان"');
    expect(out.refused).toBe(0);
  });
});
