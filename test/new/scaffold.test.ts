import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { PROVINCES } from '../../src/persian/provinces.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { validateText } from '../../src/core/engine/validate.js';
import { deriveId, loadTemplates, renderScaffold, type Kind } from '../../src/core/scaffold/index.js';
import { sampleAnswers } from './helpers.js';

const templates = loadTemplates();
const KINDS: Kind[] = ['directive', 'circular'];

function errorsOf(text: string) {
  const result = validateText(text, { lang: 'en', config: defaultConfig(process.cwd(), 'en') });
  return { result, errors: result.findings.filter((f) => f.severity === 'error') };
}

describe('every scaffold validates', () => {
  for (const kind of KINDS) {
    for (const province of PROVINCES) {
      it(`${kind} for ${province.en} (${province.name})`, () => {
        const answers = sampleAnswers(kind, {
          province: province.name,
          city: province.capital,
          id: deriveId({ province: province.name, date: '1405/09/09', title: 'دستورالعمل تسویه تعهدات شهرداری' }),
          title: `${kind === 'directive' ? 'دستورالعمل' : 'پیش‌نویس بخشنامه'} ساماندهی پسماند شهر ${province.capital}`,
        });
        const text = renderScaffold(answers, templates, { schemaRef: '../schemas/draft.schema.json' });
        const { result, errors } = errorsOf(text);
        expect(errors).toEqual([]);
        // The only warnings are the places left to fill.
        expect(result.findings.every((f) => f.ruleId === 'placeholders')).toBe(true);
        expect(result.warningCount).toBeGreaterThan(5);
      });
    }
  }
});

describe('scaffold shape', () => {
  it('starts with the modeline and keeps status: draft', () => {
    const text = renderScaffold(sampleAnswers('directive'), templates, { schemaRef: '../node_modules/pishnevis/schemas/draft.schema.json' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/pishnevis/schemas/draft.schema.json');
    const data = jsyaml.load(text) as Record<string, unknown>;
    expect(data.status).toBe('draft');
    expect(data.schemaVersion).toBe(1);
  });

  it('numbers directive articles after the definitions article, with clauses from الف', () => {
    const data = jsyaml.load(renderScaffold(sampleAnswers('directive', { articles: 5 }), templates)) as { articles: Array<{ number: number; clauses?: Array<{ label: string }> }>; definitions: unknown[] };
    expect(data.definitions).toHaveLength(1);
    expect(data.articles.map((a) => a.number)).toEqual([2, 3, 4, 5, 6]);
    expect(data.articles[0]!.clauses!.map((c) => c.label)).toEqual(['الف', 'ب', 'پ']);
  });

  it('groups the articles in chapters when asked, numbers running on, and declares schemaVersion 1.1 (format 1.1)', () => {
    type Chaptered = { schemaVersion: number; articles?: unknown; chapters: Array<{ title: string; articles: Array<{ number: number }> }> };
    const data = jsyaml.load(renderScaffold(sampleAnswers('directive', { articles: 5, chapters: 2 }), templates)) as Chaptered;
    expect(data.schemaVersion).toBe(1.1);
    expect(data.articles).toBeUndefined();
    expect(data.chapters.map((c) => c.articles.map((a) => a.number))).toEqual([[2, 3, 4], [5, 6]]);
    const text = renderScaffold(sampleAnswers('directive', { articles: 5, chapters: 2 }), templates);
    expect(text).toContain('  # فصل اول\n  - title: …\n');
    expect(text).toContain('  # فصل دوم\n  - title: …\n');
    const { result, errors } = errorsOf(text);
    expect(errors).toEqual([]);
    expect(result.findings.every((f) => f.ruleId === 'placeholders')).toBe(true);
    const circular = jsyaml.load(renderScaffold(sampleAnswers('circular', { articles: 3, chapters: 3 }), templates)) as Chaptered;
    expect(circular.chapters.map((c) => c.articles.map((a) => a.number))).toEqual([[1], [2], [3]]);
  });

  it('keeps schemaVersion 1 and top-level articles without chapters', () => {
    const data = jsyaml.load(renderScaffold(sampleAnswers('directive', { chapters: 0 }), templates)) as Record<string, unknown>;
    expect(data.schemaVersion).toBe(1);
    expect(data.chapters).toBeUndefined();
  });

  it('letters the sample clauses in the order asked: الف، ب، پ or abjad الف، ب، ج', () => {
    type Labelled = { articles: Array<{ clauses?: Array<{ label: string }> }> };
    const abjad = renderScaffold(sampleAnswers('directive', { labelOrder: 'abjad' }), templates);
    expect((jsyaml.load(abjad) as Labelled).articles[0]!.clauses!.map((c) => c.label)).toEqual(['الف', 'ب', 'ج']);
    expect(abjad).toContain('به ترتیب ابجد');
    const alphabet = renderScaffold(sampleAnswers('directive', { labelOrder: 'alphabetical' }), templates);
    expect((jsyaml.load(alphabet) as Labelled).articles[0]!.clauses!.map((c) => c.label)).toEqual(['الف', 'ب', 'پ']);
    expect(alphabet).toContain('به ترتیب الفبای فارسی');
  });

  it('writes a circular body when articles is 0, and numbered articles from 1 otherwise', () => {
    const body = jsyaml.load(renderScaffold(sampleAnswers('circular'), templates)) as Record<string, unknown>;
    expect(body.body).toEqual(['…', '…']);
    expect(body.articles).toBeUndefined();
    const numbered = jsyaml.load(renderScaffold(sampleAnswers('circular', { articles: 2 }), templates)) as { articles: Array<{ number: number }>; body?: unknown };
    expect(numbered.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(numbered.body).toBeUndefined();
    expect(errorsOf(renderScaffold(sampleAnswers('circular', { articles: 2 }), templates)).errors).toEqual([]);
  });

  it('puts a placeholder legal basis in a directive that has none, and a commented example in a circular', () => {
    const d = jsyaml.load(renderScaffold(sampleAnswers('directive', { legalBasis: [] }), templates)) as Record<string, unknown>;
    expect(d.legalBasis).toEqual([{ law: '…', article: '…' }]);
    const c = renderScaffold(sampleAnswers('circular', { legalBasis: [] }), templates);
    expect((jsyaml.load(c) as Record<string, unknown>).legalBasis).toBeUndefined();
    expect(c).toContain('# legalBasis:');
    expect(errorsOf(c).errors).toEqual([]);
  });

  it('writes the municipality code and the author contact from the configuration', () => {
    const text = renderScaffold(sampleAnswers('directive', { code: '0251', authorEmail: 'legal@qom.ir', authorPhone: '025-3123-4567' }), templates);
    const data = jsyaml.load(text) as { municipality: { code: string }; author: Record<string, string> };
    expect(data.municipality.code).toBe('0251');
    expect(data.author).toMatchObject({ email: 'legal@qom.ir', phone: '025-3123-4567' });
    expect(errorsOf(text).errors).toEqual([]);
  });

  it('has Persian comments explaining the sections', () => {
    const text = renderScaffold(sampleAnswers('directive'), templates);
    for (const section of ['# ضرورت و توجیه', '# مستندات قانونی', '# مقدمه', '# ماده‌ها', '# ضمانت اجرا']) expect(text).toContain(section);
  });
});

describe('deriveId', () => {
  it('is <province slug>-<Jalali year>-<title words>', () => {
    expect(deriveId({ province: 'قم', date: '۱۴۰۵/۰۹/۰۹', title: 'دستورالعمل تسویه تعهدات شهرداری قم به سازمان تأمین اجتماعی' })).toMatch(/^qom-1405-[a-z0-9]+(-[a-z0-9]+){1,3}$/);
  });
  it('is always a valid slug, also for a title with no letters it can use', () => {
    for (const title of ['', '!!!', '۱۲۳۴۵۶۷۸۹۰', 'A'.repeat(200), 'دستورالعمل']) {
      const id = deriveId({ province: 'خراسان رضوی', date: '1405/01/01', title });
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeGreaterThanOrEqual(3);
      expect(id.length).toBeLessThanOrEqual(80);
    }
    expect(deriveId({ title: 'ب' })).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
