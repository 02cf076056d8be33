import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { CATEGORIES, doubleQuoted, isPlainSafe, loadTemplates, renderScaffold, yamlScalar, type Answers } from '../../src/core/scaffold/index.js';

/** What makes YAML go wrong, and what Persian text is made of. */
const PIECES = [
  '"', "'", ': ', ':', ' #', '#', '- ', '-', '* ', '*', '&a', '!tag', '%', '@', '`', '| ', '>', '? ', ',', '[', ']', '{', '}',
  '\n', '\r\n', '\r', '\t', '\\', '\\n', ' ', '  ', '---', '...', '<<', '=', '~',
  'yes', 'No', 'ON', 'off', 'y', 'null', 'Null', 'true', 'FALSE', '.inf', '.NaN', '0x1F', '0o17', '1e3', '1_000', '12', '-1', '+1', '3.14', '1:20',
  '1405/09/09', '۱۴۰۵/۰۹/۰۹', '2024-01-01', '2001-12-14t21:59:43.10-05:00',
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202E', '\u2066', '\uFEFF', '\u0085', '\u2028', '\u2029', '\u00A0', '\u0000', '\u0007', '\u001B', '\u007F', '\u009F',
  '\uD83D\uDE00', 'قم', 'شهرداری', 'می‌شود', 'ماده ۵۵', 'Tehran', 'ABC', '…', '«', '»', '(', ')', '،', '؛', '؟', 'ي', 'ك', '٥', 'هـ',
];

const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const nonEmpty = nasty.filter((s) => s !== '');

const answersArb: fc.Arbitrary<Answers> = fc.record({
  kind: fc.constantFrom('directive' as const, 'circular' as const),
  province: nasty, city: nasty, title: nasty, id: nasty,
  category: fc.constantFrom(...CATEGORIES.map((c) => c.id)),
  authorName: nasty, authorPosition: nasty, date: nasty,
  articles: fc.integer({ min: 1, max: 4 }),
  legalBasis: fc.array(fc.record({ law: nasty, article: fc.option(nonEmpty, { nil: undefined }) }, { requiredKeys: ['law'] }), { maxLength: 3 }),
  code: fc.option(nonEmpty, { nil: undefined }),
  authorEmail: fc.option(nonEmpty, { nil: undefined }),
  authorPhone: fc.option(nonEmpty, { nil: undefined }),
  subject: nasty,
  addressees: fc.array(nasty, { minLength: 1, maxLength: 3 }),
  signatoryName: nasty, signatoryPosition: nasty,
}, { requiredKeys: ['kind', 'province', 'city', 'title', 'id', 'category', 'authorName', 'authorPosition', 'date', 'articles', 'legalBasis', 'subject', 'addressees', 'signatoryName', 'signatoryPosition'] })
  .map((a) => (a.kind === 'directive' ? { ...a, subject: undefined, addressees: undefined, signatoryName: undefined, signatoryPosition: undefined } : a));

/** What a scaffold says about each answer, read back from the parsed YAML. */
function readBack(data: Record<string, any>, a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: data.kind, province: data.municipality.province, city: data.municipality.city, title: data.title, id: data.id,
    category: data.category, authorName: data.author.name, authorPosition: data.author.position, date: data.date,
    articles: Array.isArray(data.articles) ? data.articles.length : 0,
    code: data.municipality.code, authorEmail: data.author.email, authorPhone: data.author.phone,
  };
  if (a.legalBasis.length > 0) out.legalBasis = data.legalBasis;
  if (a.kind === 'circular') {
    Object.assign(out, { subject: data.subject, addressees: data.addressees, signatoryName: data.signatory.name, signatoryPosition: data.signatory.position });
  }
  return out;
}

function expected(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: a.kind, province: a.province, city: a.city, title: a.title, id: a.id, category: a.category,
    authorName: a.authorName, authorPosition: a.authorPosition, date: a.date, articles: a.articles,
    code: a.code, authorEmail: a.authorEmail, authorPhone: a.authorPhone,
  };
  if (a.legalBasis.length > 0) out.legalBasis = a.legalBasis.map((e) => (e.article === undefined ? { law: e.law } : { law: e.law, article: e.article }));
  if (a.kind === 'circular') Object.assign(out, { subject: a.subject, addressees: a.addressees, signatoryName: a.signatoryName, signatoryPosition: a.signatoryPosition });
  return out;
}

const templates = loadTemplates();

describe('a scaffold parsed back gives exactly the answers that went in', () => {
  it('with js-yaml (what draft validate reads) and with yaml (YAML 1.2)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const text = renderScaffold(answers, templates, { schemaRef: '../schemas/draft.schema.json' });
        const viaJsYaml = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as Record<string, any>;
        const viaYaml = yamlParse(text, { uniqueKeys: true }) as Record<string, any>;
        expect(readBack(viaJsYaml, answers)).toEqual(expected(answers));
        expect(readBack(viaYaml, answers)).toEqual(expected(answers));
        expect(viaJsYaml.status).toBe('draft');
      }),
      { numRuns: 400 },
    );
  });
});

describe('yamlScalar', () => {
  const contexts = [
    (s: string) => `key: ${s}\n`,
    (s: string) => `list:\n  - ${s}\n`,
    (s: string) => `outer:\n  - inner: ${s}\n    other: x\n`,
  ];
  const readers = [
    (text: string) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }),
    (text: string) => jsyaml.load(text), // the default schema: YAML 1.1-ish timestamps and merge keys
    (text: string) => yamlParse(text),
    (text: string) => yamlParse(text, { version: '1.1' }),
  ];
  const valueOf = (data: any): unknown => data.key ?? data.list?.[0] ?? data.outer?.[0]?.inner;

  it('is one line and reads back as the same string in every position and parser', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const scalar = yamlScalar(s);
        expect(scalar).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
        for (const context of contexts) {
          for (const read of readers) {
            const data = read(context(scalar)) as Record<string, unknown>;
            // `key: ` with an empty plain scalar would be null; the helper never writes that.
            expect(valueOf(data)).toBe(s);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps ordinary Persian text plain and quotes what YAML would read otherwise', () => {
    expect(yamlScalar('دستورالعمل تسویه تعهدات شهرداری قم')).toBe('دستورالعمل تسویه تعهدات شهرداری قم');
    expect(yamlScalar('می\u200Cشود')).toBe('می\u200Cشود');
    expect(yamlScalar('1405/09/09')).toBe('1405/09/09');
    expect(yamlScalar('۵۵')).toBe('۵۵');
    for (const s of ['55', 'yes', 'no', 'null', '~', 'true', '1e3', '0x1F', '2024-01-01', '- item', '* star', '& anchor', '! tag', '#', 'a: b', 'a #b', '"q"', "'q'", '', ' lead', 'trail ', '…']) {
      if (s === '…') expect(yamlScalar(s)).toBe('…');
      else expect(isPlainSafe(s)).toBe(false);
    }
    expect(yamlScalar('خط اول\nخط دوم')).toBe('"خط اول\\nخط دوم"');
    expect(yamlScalar('say "hi": #1')).toBe('"say \\"hi\\": #1"');
  });

  it('escapes invisible controls, bidi overrides and lone surrogates', () => {
    expect(doubleQuoted('a\u202Eb')).toBe('"a\\u202Eb"');
    expect(doubleQuoted('\uFEFF')).toBe('"\\uFEFF"');
    expect(doubleQuoted('x\uD800y')).toBe('"x\\uD800y"');
    expect(doubleQuoted('😀')).toBe('"😀"');
    expect(yamlParse(`k: ${doubleQuoted('x\uD800y')}`).k).toBe('x\uD800y');
    expect(yamlScalar(3)).toBe('3');
    expect(() => yamlScalar({} as never)).toThrow(TypeError);
    expect(() => yamlScalar(Number.NaN)).toThrow(TypeError);
  });
});
