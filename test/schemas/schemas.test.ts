/**
 * The JSON Schemas (schemas/*.schema.json) are the machine form of FORMAT.md. These tests compile them
 * the way the checker does (Ajv 2020-12, strict, all errors), run the examples through them, pin the
 * error each kind of mistake produces, and guard the Persian titles and descriptions editors show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemasDir = path.join(root, 'schemas');
const validDir = path.join(root, 'examples/valid');
const invalidDir = path.join(root, 'examples/invalid');
const BASE = 'https://pishnevis.ir/schemas/v1/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const schemaFiles = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
const schemas = new Map<string, JsonObject>(
  schemaFiles.map((f) => [f, JSON.parse(readFileSync(path.join(schemasDir, f), 'utf8')) as JsonObject]),
);

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}
const ajv = makeAjv();
const validateDraft = ajv.getSchema(`${BASE}draft.schema.json`) as ValidateFunction;
const validateConfig = ajv.getSchema(`${BASE}config.schema.json`) as ValidateFunction;

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const load = (file: string): Json => parse(readFileSync(file, 'utf8')) as Json;

/** [keyword, instancePath, params?]: what a test expects of one error. */
type Expected = [string, string, Record<string, unknown>?];

/** Validates and compares the leaf errors, in order, with `expected` (params are matched partially). */
function expectErrors(validate: ValidateFunction, data: unknown, expected: Expected[]): void {
  validate(data);
  const got = leafErrors(validate.errors);
  expect(got.map(([k, p]) => [k, p])).toEqual(expected.map(([k, p]) => [k, p]));
  expected.forEach(([, , params], i) => {
    if (params) expect(got[i]![2]).toMatchObject(params);
  });
}

/** The errors that name a defect: an `if` error only says that its then/else branch failed. */
function leafErrors(errors: ErrorObject[] | null | undefined): Array<[string, string, Record<string, unknown>]> {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => [e.keyword, e.instancePath, e.params as Record<string, unknown>]);
}

describe('the schema files', () => {
  it('are the files of format v1, the configuration, the submission record and the digest', () => {
    expect(schemaFiles).toEqual([
      'circular.schema.json',
      'common.schema.json',
      'config.schema.json',
      'digest.schema.json',
      'directive.schema.json',
      'draft.schema.json',
      'submission.schema.json',
    ]);
  });

  it.each(schemaFiles)('%s is draft 2020-12 with an $id named after its file', (file) => {
    const schema = schemas.get(file)!;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(BASE + file);
  });

  it.each(schemaFiles)('%s compiles in strict mode', (file) => {
    const fresh = makeAjv();
    expect(() => fresh.getSchema(BASE + file)).not.toThrow();
    expect(fresh.getSchema(BASE + file)).toBeTypeOf('function');
  });

  it('refer to each other only by relative file names that exist, so editors resolve them offline', () => {
    const refs: Array<[string, string]> = [];
    const walk = (file: string, node: Json): void => {
      if (Array.isArray(node)) node.forEach((n) => walk(file, n));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string') refs.push([file, v]);
          else walk(file, v);
        }
      }
    };
    schemas.forEach((schema, file) => walk(file, schema));
    expect(refs.length).toBeGreaterThan(0);
    for (const [holder, ref] of refs) {
      const [file, pointer = ''] = ref.split('#');
      if (file) expect(file, ref).toMatch(/^[a-z]+\.schema\.json$/);
      let target: Json | undefined = schemas.get(file || holder);
      for (const part of pointer.split('/').slice(1)) {
        target = target && typeof target === 'object' && !Array.isArray(target) ? target[part] : undefined;
      }
      expect(target, `${holder}: ${ref}`).toBeTypeOf('object');
    }
  });

  it('list the 31 provinces once each, in Persian letters', () => {
    const common = schemas.get('common.schema.json')!;
    const provinces = ((common.$defs as JsonObject).province as JsonObject).enum as string[];
    expect(provinces).toHaveLength(31);
    expect(new Set(provinces).size).toBe(31);
    for (const p of provinces) expect(p, p).not.toMatch(/[يكى\u200f]/);
    for (const p of ['قم', 'فارس', 'خراسان رضوی', 'چهارمحال و بختیاری', 'کهگیلویه و بویراحمد', 'سیستان و بلوچستان'])
      expect(provinces).toContain(p);
  });
});

describe('every property has a Persian title and description (what editors show)', () => {
  /** Conditions (`if`) and boolean property schemas test data; they declare nothing a person fills in. */
  const SKIP = new Set(['if', 'enum', 'const', 'examples', 'default', 'required', 'propertyNames']);
  const persian = /\p{Script=Arabic}/u;

  function collect(node: Json, where: string, out: Array<[string, JsonObject]>): void {
    if (Array.isArray(node)) {
      node.forEach((n, i) => collect(n, `${where}/${i}`, out));
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (SKIP.has(key)) continue;
      if ((key === 'properties' || key === '$defs') && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, sub] of Object.entries(value)) {
          if (typeof sub === 'boolean') continue;
          out.push([`${where}/${key}/${name}`, sub as JsonObject]);
          collect(sub, `${where}/${key}/${name}`, out);
        }
      } else if (key === 'additionalProperties' && value && typeof value === 'object') {
        out.push([`${where}/additionalProperties`, value as JsonObject]);
        collect(value, `${where}/additionalProperties`, out);
      } else {
        collect(value, `${where}/${key}`, out);
      }
    }
  }

  const declared: Array<[string, JsonObject]> = [];
  for (const [file, schema] of schemas) {
    declared.push([`${file}#`, schema]);
    collect(schema, `${file}#`, declared);
  }

  it('finds the declarations it checks', () => {
    expect(declared.length).toBeGreaterThan(80);
  });

  it.each(declared)('%s', (_where, schema) => {
    for (const key of ['title', 'description'] as const) {
      const text = schema[key];
      expect(typeof text, key).toBe('string');
      expect(text as string, key).toMatch(persian);
      // The schema's own Persian follows the orthography the checker asks of drafts.
      expect(text as string, key).not.toMatch(/[يكى٠-٩\u200f]/);
      expect(text as string, key).not.toMatch(/(^|[^\p{L}\u200c])ن?می (?=\p{L})/u);
    }
    expect(schema.title as string).not.toMatch(/[\r\n]/);
    expect(schema).not.toHaveProperty('format');
    expect(schema).not.toHaveProperty('markdownDescription');
  });

  it('closes every object: additionalProperties false, or unevaluatedProperties false on a kind', () => {
    for (const [where, schema] of declared) {
      if (schema.type !== 'object') continue;
      const open = ['common.schema.json#', 'config.schema.json#/properties/rules', 'config.schema.json#/properties/municipalities'];
      if (open.includes(where)) continue;
      if (where === 'draft.schema.json#') continue; // the entry point only dispatches on kind
      if (where === 'directive.schema.json#' || where === 'circular.schema.json#') {
        expect(schema.unevaluatedProperties, where).toBe(false);
      } else {
        expect(schema.additionalProperties, where).toBe(false);
      }
    }
  });
});

describe('examples/valid', () => {
  const files = yamlFiles(validDir);

  it('has at least two directives and a circular', () => {
    const kinds = files.map((f) => (load(path.join(validDir, f)) as JsonObject).kind);
    expect(kinds.filter((k) => k === 'directive').length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain('circular');
  });

  it.each(files)('%s matches draft.schema.json', (file) => {
    const data = load(path.join(validDir, file));
    validateDraft(data);
    expect(validateDraft.errors ?? []).toEqual([]);
  });
});

describe('examples/invalid', () => {
  const files = yamlFiles(invalidDir);
  /** The one schema error each schema-* example is made to produce. */
  const schemaDefects: Record<string, [string, string, Record<string, unknown>]> = {
    'schema-missing-required.yaml': ['required', '', { missingProperty: 'subject' }],
    'schema-unknown-key.yaml': ['unevaluatedProperties', '', { unevaluatedProperty: 'scpoe' }],
    'schema-wrong-type.yaml': ['type', '/enforcement/responsible', { type: 'array' }],
  };

  it('has one file per rule', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'yaml-syntax.yaml',
        'article-numbering.yaml',
        'clause-labels.yaml',
        'closing-counts.yaml',
        'cross-references.yaml',
        'jalali-date.yaml',
        'effective-date.yaml',
        'municipality.yaml',
        'arabic-letters.yaml',
        'arabic-digits.yaml',
        'rlm-half-space.yaml',
        'zwnj.yaml',
        'latin-punctuation.yaml',
        'placeholders.yaml',
        'attachments.yaml',
        ...Object.keys(schemaDefects),
      ]),
    );
  });

  it.each(files)('%s says what is wrong on its first line, in Persian and English', (file) => {
    const first = readFileSync(path.join(invalidDir, file), 'utf8').split('\n')[0]!;
    expect(first).toMatch(/^# .*\p{Script=Arabic}.*\| Invalid: [A-Za-z]/u);
  });

  it('yaml-syntax.yaml does not parse, and the error is on the bad line', () => {
    const source = readFileSync(path.join(invalidDir, 'yaml-syntax.yaml'), 'utf8');
    const badLine = source.split('\n').findIndex((line) => line.startsWith(' city:')) + 1;
    const doc = parseDocument(source);
    expect(doc.errors[0]?.code).toBe('BAD_INDENT');
    expect(doc.errors[0]?.linePos?.[0].line).toBe(badLine);
  });

  it.each(files.filter((f) => f !== 'yaml-syntax.yaml'))(
    '%s has exactly one defect at the schema level: its own, or none when a semantic rule finds it',
    (file) => {
      validateDraft(load(path.join(invalidDir, file)));
      const expected = schemaDefects[file];
      expect(leafErrors(validateDraft.errors)).toEqual(expected ? [expected] : []);
    },
  );
});

describe('the error each mistake produces', () => {
  const bases = {
    directive: load(path.join(validDir, 'qom-social-security.yaml')) as JsonObject,
    numbered: load(path.join(validDir, 'shiraz-building-permits.yaml')) as JsonObject,
    circular: load(path.join(validDir, 'mashhad-sustainable-revenue.yaml')) as JsonObject,
  };

  interface Case {
    name: string;
    base: keyof typeof bases;
    /** JSON pointer → YAML text of the new value (parsed with the same YAML library as drafts). */
    set?: Record<string, string>;
    unset?: string[];
    /** An empty list means the change is valid. */
    errors: Expected[];
  }

  function apply(doc: Json, pointer: string, value: Json | undefined): void {
    const parts = pointer.split('/').slice(1);
    const last = parts.pop()!;
    let node = doc as JsonObject | Json[];
    for (const p of parts) node = (node as JsonObject)[p] as JsonObject | Json[];
    if (Array.isArray(node)) {
      if (value === undefined) node.splice(Number(last), 1);
      else node[Number(last)] = value;
    } else if (value === undefined) delete node[last];
    else node[last] = value;
  }

  const cases: Case[] = [
    // missing required
    { name: 'no schemaVersion', base: 'directive', unset: ['/schemaVersion'], errors: [['required', '', { missingProperty: 'schemaVersion' }]] },
    { name: 'no kind', base: 'directive', unset: ['/kind'], errors: [['required', '', { missingProperty: 'kind' }]] },
    { name: 'directive without preamble', base: 'directive', unset: ['/preamble'], errors: [['required', '', { missingProperty: 'preamble' }]] },
    { name: 'directive without legalBasis', base: 'directive', unset: ['/legalBasis'], errors: [['required', '', { missingProperty: 'legalBasis' }]] },
    { name: 'directive with empty legalBasis', base: 'directive', set: { '/legalBasis': '[]' }, errors: [['minItems', '/legalBasis', { limit: 1 }]] },
    { name: 'directive with no articles', base: 'directive', set: { '/articles': '[]' }, errors: [['minItems', '/articles', { limit: 1 }]] },
    { name: 'enforcement without supervisor', base: 'directive', unset: ['/enforcement/supervisor'], errors: [['required', '/enforcement', { missingProperty: 'supervisor' }]] },
    { name: 'enforcement with no one responsible', base: 'directive', set: { '/enforcement/responsible': '[]' }, errors: [['minItems', '/enforcement/responsible', { limit: 1 }]] },
    { name: 'author without position', base: 'circular', unset: ['/author/position'], errors: [['required', '/author', { missingProperty: 'position' }]] },
    { name: 'article without text', base: 'directive', unset: ['/articles/0/text'], errors: [['required', '/articles/0', { missingProperty: 'text' }]] },
    { name: 'financialImpact without unit', base: 'directive', unset: ['/rationale/financialImpact/unit'], errors: [['required', '/rationale/financialImpact', { missingProperty: 'unit' }]] },
    { name: 'circular with neither body nor articles', base: 'circular', unset: ['/body'], errors: [['required', '', { missingProperty: 'body' }]] },
    { name: 'circular with no addressees', base: 'circular', set: { '/addressees': '[]' }, errors: [['minItems', '/addressees', { limit: 1 }]] },
    { name: 'circular without signatory', base: 'circular', unset: ['/signatory'], errors: [['required', '', { missingProperty: 'signatory' }]] },
    // wrong enum or constant
    { name: 'unknown kind', base: 'directive', set: { '/kind': 'memo' }, errors: [['enum', '/kind']] },
    { name: 'schemaVersion 2', base: 'directive', set: { '/schemaVersion': '2' }, errors: [['enum', '/schemaVersion', { allowedValues: [1, 1.1] }]] },
    { name: 'schemaVersion "1.1" as a string', base: 'directive', set: { '/schemaVersion': '"1.1"' }, errors: [['enum', '/schemaVersion']] },
    { name: 'schemaVersion 1.1', base: 'directive', set: { '/schemaVersion': '1.1' }, errors: [] },
    { name: 'unknown status', base: 'directive', set: { '/status': 'final' }, errors: [['enum', '/status']] },
    { name: 'unknown category', base: 'circular', set: { '/category': 'finance' }, errors: [['enum', '/category']] },
    { name: 'province spelt with Arabic yeh', base: 'numbered', set: { '/municipality/province': 'آذربايجان شرقی' }, errors: [['enum', '/municipality/province']] },
    { name: 'province not one of the 31', base: 'numbered', set: { '/municipality/province': 'شیراز' }, errors: [['enum', '/municipality/province']] },
    { name: 'amount in toman', base: 'directive', set: { '/rationale/financialImpact/unit': 'toman' }, errors: [['const', '/rationale/financialImpact/unit', { allowedValue: 'rial' }]] },
    // misspelt keys
    { name: 'misspelt optional top-level key', base: 'numbered', set: { '/scpoe': 'دامنه' }, unset: ['/scope'], errors: [['unevaluatedProperties', '', { unevaluatedProperty: 'scpoe' }]] },
    {
      name: 'misspelt required top-level key (artciles)',
      base: 'directive',
      set: { '/artciles': '[{text: متن}]' },
      unset: ['/articles'],
      errors: [
        ['required', '', { missingProperty: 'articles' }],
        ['required', '', { missingProperty: 'chapters' }],
        ['anyOf', ''],
        ['unevaluatedProperties', '', { unevaluatedProperty: 'artciles' }],
      ],
    },
    { name: 'directive with a circular key', base: 'directive', set: { '/addressees': '[شهرداری‌ها]' }, errors: [['unevaluatedProperties', '', { unevaluatedProperty: 'addressees' }]] },
    { name: 'circular with a directive key', base: 'circular', set: { '/preamble': 'به‌منظور اجرا' }, errors: [['unevaluatedProperties', '', { unevaluatedProperty: 'preamble' }]] },
    { name: 'misspelt clause key', base: 'directive', set: { '/articles/0/clauses/0/lable': 'الف' }, unset: ['/articles/0/clauses/0/label'], errors: [['additionalProperties', '/articles/0/clauses/0', { additionalProperty: 'lable' }]] },
    { name: 'misspelt author key', base: 'directive', set: { '/author/emial': 'a@example.ir' }, unset: ['/author/email'], errors: [['additionalProperties', '/author', { additionalProperty: 'emial' }]] },
    { name: 'unknown key in a note', base: 'directive', set: { '/articles/0/notes/0/number': '1' }, errors: [['additionalProperties', '/articles/0/notes/0', { additionalProperty: 'number' }]] },
    { name: 'unknown key in municipality', base: 'directive', set: { '/municipality/region': '۱' }, errors: [['additionalProperties', '/municipality', { additionalProperty: 'region' }]] },
    { name: 'unknown key in a legal basis entry', base: 'directive', set: { '/legalBasis/0/articel': '"۵۵"' }, errors: [['additionalProperties', '/legalBasis/0', { additionalProperty: 'articel' }]] },
    { name: 'unknown key in an attachment', base: 'directive', set: { '/attachments/0/size': '10' }, errors: [['additionalProperties', '/attachments/0', { additionalProperty: 'size' }]] },
    { name: 'unknown key in enforcement', base: 'directive', set: { '/enforcement/deadline': '1405/12/01' }, errors: [['additionalProperties', '/enforcement', { additionalProperty: 'deadline' }]] },
    { name: 'unknown key in rationale', base: 'directive', set: { '/rationale/cost': '1' }, errors: [['additionalProperties', '/rationale', { additionalProperty: 'cost' }]] },
    { name: 'unknown key in financialImpact', base: 'directive', set: { '/rationale/financialImpact/currency': 'rial' }, errors: [['additionalProperties', '/rationale/financialImpact', { additionalProperty: 'currency' }]] },
    { name: 'unknown key in signatory', base: 'circular', set: { '/signatory/email': 'a@example.ir' }, errors: [['additionalProperties', '/signatory', { additionalProperty: 'email' }]] },
    { name: 'misspelt copy key', base: 'circular', set: { '/copies/0/purpse': 'جهت اطلاع' }, unset: ['/copies/0/purpose'], errors: [['required', '/copies/0', { missingProperty: 'purpose' }], ['additionalProperties', '/copies/0', { additionalProperty: 'purpse' }]] },
    // wrong types
    { name: 'article number as a string', base: 'directive', set: { '/articles/0/number': '"۲"' }, errors: [['type', '/articles/0/number', { type: 'integer' }]] },
    { name: 'article number 0', base: 'directive', set: { '/articles/0/number': '0' }, errors: [['minimum', '/articles/0/number']] },
    { name: 'responsible as a string', base: 'directive', set: { '/enforcement/responsible': 'معاونت مالی' }, errors: [['type', '/enforcement/responsible', { type: 'array' }]] },
    { name: 'phone without quotes (YAML reads a number)', base: 'directive', set: { '/author/phone': '02531234567' }, errors: [['type', '/author/phone', { type: 'string' }]] },
    { name: 'legal basis article without quotes', base: 'directive', set: { '/legalBasis/0/article': '55' }, errors: [['type', '/legalBasis/0/article', { type: 'string' }]] },
    { name: 'amount as words', base: 'directive', set: { '/rationale/financialImpact/amount': 'دو هزار میلیارد' }, errors: [['type', '/rationale/financialImpact/amount', { type: 'integer' }]] },
    { name: 'amount with a fraction', base: 'directive', set: { '/rationale/financialImpact/amount': '1.5' }, errors: [['type', '/rationale/financialImpact/amount', { type: 'integer' }]] },
    { name: 'negative amount', base: 'directive', set: { '/rationale/financialImpact/amount': '-1' }, errors: [['minimum', '/rationale/financialImpact/amount']] },
    { name: 'body as one string', base: 'circular', set: { '/body': 'متن' }, errors: [['type', '/body', { type: 'array' }]] },
    { name: 'tags as one string', base: 'circular', set: { '/tags': 'درآمد' }, errors: [['type', '/tags', { type: 'array' }]] },
    { name: 'a note that is a bare string', base: 'directive', set: { '/articles/0/notes/0': 'متن تبصره' }, errors: [['type', '/articles/0/notes/0', { type: 'object' }]] },
    // strings
    { name: 'empty note text', base: 'directive', set: { '/articles/1/notes/0/text': '""' }, errors: [['minLength', '/articles/1/notes/0/text']] },
    { name: 'empty clause items', base: 'directive', set: { '/articles/2/clauses/0/items': '[]' }, errors: [['minItems', '/articles/2/clauses/0/items']] },
    { name: 'title with a newline', base: 'directive', set: { '/title': '"دستورالعمل تسویه تعهدات\\nشهرداری قم"' }, errors: [['pattern', '/title']] },
    { name: 'title with no Persian letter', base: 'directive', set: { '/title': 'Social security directive 1405' }, errors: [['pattern', '/title']] },
    { name: 'title too short', base: 'directive', set: { '/title': 'دستور' }, errors: [['minLength', '/title', { limit: 10 }]] },
    { name: 'title too long', base: 'directive', set: { '/title': 'دستورالعمل '.repeat(20) }, errors: [['maxLength', '/title', { limit: 200 }]] },
    { name: 'position on two lines', base: 'directive', set: { '/author/position': '"معاون\\nحقوقی"' }, errors: [['pattern', '/author/position']] },
    // id
    { name: 'id with capitals and underscore', base: 'directive', set: { '/id': 'Qom_Social' }, errors: [['pattern', '/id']] },
    { name: 'id ending in a dash', base: 'directive', set: { '/id': 'qom-' }, errors: [['pattern', '/id']] },
    { name: 'id in Persian', base: 'directive', set: { '/id': 'تامین-اجتماعی' }, errors: [['pattern', '/id']] },
    { name: 'id too short', base: 'directive', set: { '/id': 'qo' }, errors: [['minLength', '/id', { limit: 3 }]] },
    { name: 'id too long', base: 'directive', set: { '/id': 'a'.repeat(81) }, errors: [['maxLength', '/id', { limit: 80 }]] },
    // dates: the schema checks the shape; whether the day exists is the jalali-date rule's job
    { name: 'date with dashes', base: 'directive', set: { '/date': '1405-09-09' }, errors: [['pattern', '/date']] },
    { name: 'date with a two-digit year', base: 'circular', set: { '/date': '05/09/09' }, errors: [['pattern', '/date']] },
    { name: 'effective date as a number', base: 'circular', set: { '/effectiveDate': '14051001' }, errors: [['type', '/effectiveDate', { type: 'string' }]] },
    { name: 'date in Persian digits', base: 'directive', set: { '/date': '۱۴۰۵/۰۹/۰۹' }, errors: [] },
    { name: 'date in Arabic-Indic digits (the orthography rule reports it)', base: 'directive', set: { '/date': '١٤٠٥/٠٩/٠٩' }, errors: [] },
    { name: 'a date that does not exist (the jalali-date rule reports it)', base: 'directive', set: { '/date': '1405/12/30' }, errors: [] },
    // contact fields
    { name: 'e-mail without a domain', base: 'directive', set: { '/author/email': 'ahmadi@' }, errors: [['pattern', '/author/email']] },
    { name: 'e-mail with a space', base: 'directive', set: { '/author/email': '"m ahmadi@example.ir"' }, errors: [['pattern', '/author/email']] },
    { name: 'phone with letters', base: 'directive', set: { '/author/phone': '"025-FAX"' }, errors: [['pattern', '/author/phone']] },
    { name: 'phone in Persian digits', base: 'directive', set: { '/author/phone': '"۰۲۵ ۳۱۲۳ ۴۵۶۷"' }, errors: [] },
    // the other shapes that are allowed
    { name: 'circular with articles instead of body', base: 'circular', unset: ['/body'], set: { '/articles': '[{text: متن ماده, notes: [{text: متن تبصره}]}]' }, errors: [] },
    { name: 'circular with both body and articles', base: 'circular', set: { '/articles': '[{text: متن ماده}]' }, errors: [] },
    { name: 'directive without the optional keys', base: 'directive', unset: ['/definitions', '/scope', '/attachments', '/tags', '/enforcement/effectiveDate', '/rationale/financialImpact'], errors: [] },
    { name: 'draft status', base: 'circular', set: { '/status': 'draft' }, errors: [] },
    // format 1.1 shapes (FORMAT.md, "Version 1.1 additions"), valid
    { name: '1.1: chapters instead of articles, with sections', base: 'directive', unset: ['/articles'], set: { '/chapters': '[{title: کلیات, articles: [{text: متن}]}, {number: 2, title: مقررات, articles: [{text: متن}], sections: [{title: عمومی, articles: [{text: متن}]}, {number: 2, title: خاص, articles: [{text: متن}]}]}]' }, errors: [] },
    { name: '1.1: items under an article, strings and objects with clauses, notes, a quote and an added marker', base: 'directive', set: { '/articles/0/items': '[جزء اول, {text: جزء دوم, clauses: [{label: الف, text: زیربند}], notes: [{text: تبصره جزء}], quote: {of: ماده ۱ قانون, text: متن}, added: {by: مصوبه شورا, date: 1404/06/15}}]' }, errors: [] },
    { name: '1.1: notes and sub-clauses under a clause, item objects in a clause', base: 'directive', set: { '/articles/2/clauses/0/notes': '[{text: تبصره بند}]', '/articles/2/clauses/0/clauses': '[{label: الف, text: زیربند}]', '/articles/2/clauses/1/items': '[{text: جزء, clauses: [{text: زیربند}]}, جزء ساده]' }, errors: [] },
    { name: '1.1: quoted wording, as one text and as paragraphs', base: 'directive', set: { '/articles/0/quote': '{of: ماده ۱۰۱ قانون شهرداری, text: متن جدید}', '/articles/1/quote': '{of: ماده ۱۰۱ قانون شهرداری, text: [بند یک, بند دو]}' }, errors: [] },
    { name: '1.1: added on an article, a clause and a note', base: 'directive', set: { '/articles/0/added': '{by: مصوبه شورا}', '/articles/2/clauses/0/added': '{by: مصوبه شورا, date: ۱۴۰۴/۰۶/۱۵}', '/articles/1/notes/0/added': '{by: مصوبه شورا}' }, errors: [] },
    { name: '1.1: a table with a caption, text and number cells and an empty cell', base: 'directive', set: { '/articles/0/tables': '[{caption: جدول نرخ, header: [ردیف, عنوان, نرخ], rows: [[1, مسکونی, "۲٫۵"], [2, تجاری, ""]]}]' }, errors: [] },
    { name: '1.1: single article, definitions lead-in and a directive signatory', base: 'directive', set: { '/singleArticle': 'true', '/definitionsIntro': '"در این دستورالعمل اصطلاحات زیر به کار می‌روند:"', '/signatory': '{name: نام, position: سمت}' }, errors: [] },
    { name: '1.1: numbered circular body with notes', base: 'circular', set: { '/numberedBody': 'true', '/body/0': '{text: پاراگراف, notes: [{text: تبصره}]}' }, errors: [] },
    { name: '1.1: circular with chapters and no body', base: 'circular', unset: ['/body'], set: { '/chapters': '[{title: کلیات, articles: [{text: متن}]}]' }, errors: [] },
    // format 1.1 shapes, invalid
    { name: '1.1: a chapter with neither articles nor sections', base: 'directive', unset: ['/articles'], set: { '/chapters': '[{title: کلیات}]' }, errors: [['required', '/chapters/0', { missingProperty: 'articles' }], ['required', '/chapters/0', { missingProperty: 'sections' }], ['anyOf', '/chapters/0']] },
    { name: '1.1: a chapter without a title', base: 'directive', unset: ['/articles'], set: { '/chapters': '[{articles: [{text: متن}]}]' }, errors: [['required', '/chapters/0', { missingProperty: 'title' }]] },
    { name: '1.1: an empty chapters list', base: 'directive', unset: ['/articles'], set: { '/chapters': '[]' }, errors: [['minItems', '/chapters', { limit: 1 }]] },
    { name: '1.1: a section without articles', base: 'directive', unset: ['/articles'], set: { '/chapters': '[{title: کلیات, sections: [{title: عمومی}]}]' }, errors: [['required', '/chapters/0/sections/0', { missingProperty: 'articles' }]] },
    { name: '1.1: a misspelt chapter key', base: 'directive', unset: ['/articles'], set: { '/chapters': '[{title: کلیات, articles: [{text: متن}], sectoins: []}]' }, errors: [['additionalProperties', '/chapters/0', { additionalProperty: 'sectoins' }]] },
    { name: '1.1: a quote without its source', base: 'directive', set: { '/articles/0/quote': '{text: متن}' }, errors: [['required', '/articles/0/quote', { missingProperty: 'of' }]] },
    { name: '1.1: quoted text as a number', base: 'directive', set: { '/articles/0/quote': '{of: ماده ۱, text: 12}' }, errors: [['type', '/articles/0/quote/text', { type: 'array' }]] },
    { name: '1.1: quoted text as an empty list', base: 'directive', set: { '/articles/0/quote': '{of: ماده ۱, text: []}' }, errors: [['minItems', '/articles/0/quote/text', { limit: 1 }]] },
    { name: '1.1: an item that is a number', base: 'directive', set: { '/articles/0/items': '[12]' }, errors: [['type', '/articles/0/items/0', { type: 'string' }]] },
    { name: '1.1: an item object without text', base: 'directive', set: { '/articles/0/items': '[{notes: [{text: تبصره}]}]' }, errors: [['required', '/articles/0/items/0', { missingProperty: 'text' }]] },
    { name: '1.1: an item with a label (items are numbered, not labelled)', base: 'directive', set: { '/articles/0/items': '[{label: الف, text: متن}]' }, errors: [['additionalProperties', '/articles/0/items/0', { additionalProperty: 'label' }]] },
    { name: '1.1: an empty item text', base: 'directive', set: { '/articles/0/items': '[""]' }, errors: [['minLength', '/articles/0/items/0']] },
    { name: '1.1: added without the instrument', base: 'directive', set: { '/articles/0/added': '{date: 1404/06/15}' }, errors: [['required', '/articles/0/added', { missingProperty: 'by' }]] },
    { name: '1.1: added with a date in dashes', base: 'directive', set: { '/articles/0/added': '{by: مصوبه, date: 1404-06-15}' }, errors: [['pattern', '/articles/0/added/date']] },
    { name: '1.1: a table without a header', base: 'directive', set: { '/articles/0/tables': '[{rows: [[الف]]}]' }, errors: [['required', '/articles/0/tables/0', { missingProperty: 'header' }]] },
    { name: '1.1: a table row that is one string', base: 'directive', set: { '/articles/0/tables': '[{header: [عنوان], rows: [الف]}]' }, errors: [['type', '/articles/0/tables/0/rows/0', { type: 'array' }]] },
    { name: '1.1: a table cell that is a mapping', base: 'directive', set: { '/articles/0/tables': '[{header: [عنوان], rows: [[{a: 1}]]}]' }, errors: [['type', '/articles/0/tables/0/rows/0/0', { type: 'string' }]] },
    { name: '1.1: a table with an empty header', base: 'directive', set: { '/articles/0/tables': '[{header: [], rows: [[الف]]}]' }, errors: [['minItems', '/articles/0/tables/0/header', { limit: 1 }]] },
    { name: '1.1: singleArticle as a word', base: 'directive', set: { '/singleArticle': 'بله' }, errors: [['type', '/singleArticle', { type: 'boolean' }]] },
    { name: '1.1: numberedBody as a word', base: 'circular', set: { '/numberedBody': 'yes-please' }, errors: [['type', '/numberedBody', { type: 'boolean' }]] },
    { name: '1.1: a body paragraph with an unknown key', base: 'circular', set: { '/body/0': '{text: متن, label: ۱}' }, errors: [['additionalProperties', '/body/0', { additionalProperty: 'label' }]] },
    { name: '1.1: an empty definitions lead-in', base: 'directive', set: { '/definitionsIntro': '""' }, errors: [['minLength', '/definitionsIntro']] },
    { name: '1.1: a directive signatory without a position', base: 'directive', set: { '/signatory': '{name: نام}' }, errors: [['required', '/signatory', { missingProperty: 'position' }]] },
    { name: '1.1: a misspelt key in a clause note', base: 'directive', set: { '/articles/2/clauses/0/notes': '[{txet: تبصره}]' }, errors: [['required', '/articles/2/clauses/0/notes/0', { missingProperty: 'text' }], ['additionalProperties', '/articles/2/clauses/0/notes/0', { additionalProperty: 'txet' }]] },
  ];

  it.each(cases)('$name', ({ base, set, unset, errors }) => {
    const doc = structuredClone(bases[base]);
    for (const pointer of unset ?? []) apply(doc, pointer, undefined);
    for (const [pointer, yamlText] of Object.entries(set ?? {})) apply(doc, pointer, parse(yamlText) as Json);
    expectErrors(validateDraft, doc, errors);
  });
});

describe('config.schema.json (draft.config.yaml)', () => {
  const good = `
lang: fa
draftsDir: drafts
templatesDir: templates
rules:
  placeholders: warn
  latin-punctuation: off
  closing-counts: error
municipalities:
  قم: [جعفریه, کهک]
  خراسان رضوی: [نیشابور, سبزوار]
defaults:
  municipality: { province: قم, city: قم, code: "2501" }
  author: { name: محمدرضا احمدی, position: معاون حقوقی شهرداری قم, email: legal@example.ir, phone: "025-3123-4567" }
deadline: 1405/12/15
`;

  it('accepts a full configuration and an empty one', () => {
    expect(validateConfig(parse(good))).toBe(true);
    expect(validateConfig({})).toBe(true);
  });

  const bad: Array<[string, string, Expected[]]> = [
    ['unknown key', 'language: fa', [['additionalProperties', '', { additionalProperty: 'language' }]]],
    ['unknown language', 'lang: ar', [['enum', '/lang']]],
    ['unknown severity', 'rules: { placeholders: warning }', [['enum', '/rules/placeholders']]],
    ['a boolean instead of off', 'rules: { placeholders: false }', [['enum', '/rules/placeholders']]],
    ['rule id with capitals', 'rules: { Placeholders: warn }', [['pattern', '/rules'], ['propertyNames', '/rules', { propertyName: 'Placeholders' }]]],
    ['a city where a province belongs', 'municipalities: { شیراز: [مرودشت] }', [['enum', '/municipalities'], ['propertyNames', '/municipalities', { propertyName: 'شیراز' }]]],
    ['cities as one string', 'municipalities: { فارس: مرودشت }', [['type', '/municipalities/فارس', { type: 'array' }]]],
    ['a city twice', 'municipalities: { فارس: [مرودشت, مرودشت] }', [['uniqueItems', '/municipalities/فارس']]],
    ['unknown default', 'defaults: { status: ready }', [['additionalProperties', '/defaults', { additionalProperty: 'status' }]]],
    ['unknown municipality default', 'defaults: { municipality: { region: "1" } }', [['additionalProperties', '/defaults/municipality', { additionalProperty: 'region' }]]],
    ['default province misspelt', 'defaults: { municipality: { province: قوم } }', [['enum', '/defaults/municipality/province']]],
    ['default author e-mail', 'defaults: { author: { email: legal } }', [['pattern', '/defaults/author/email']]],
    ['deadline with dashes', 'deadline: 1405-12-15', [['pattern', '/deadline']]],
  ];

  it.each(bad)('%s', (_name, yamlText, errors) => {
    expectErrors(validateConfig, parse(yamlText), errors);
  });
});
