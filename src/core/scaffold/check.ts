/**
 * Checks one answer the way `draft validate` would check it in a draft: by the same JSON Schema
 * fragment (compiled at run time from schemas/ with Ajv 2020, e.g. `common.schema.json#/properties/title`),
 * with the project's Persian and English schema messages, and then by the project's own semantic rules
 * run on a draft that holds only this answer (a real Jalali date, a city of that province, Arabic
 * letters and digits, placeholders …). What the rules call an error rejects the answer; a warning is
 * passed back to show, but the answer stands.
 *
 * Ajv is loaded and the fragments compiled only on the first check, and only by `draft new`.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ResolvedConfig } from '../config/types.js';
import { configuredSeverity, defaultConfig } from '../config/types.js';
import { parseJalaliDate } from '../../persian/jalali.js';
import { toPersianDigits } from '../../persian/digits.js';
import type { SchemaError } from '../schema/schema-check.js';
import { schemaReports } from '../schema/schema-messages.js';
import { fillMessage, type Rule } from '../engine/rule.js';
import { documentContexts } from '../engine/rule-context.js';
import { rules as builtinRules } from '../../rules/index.js';
import type { Bilingual, DataPath } from '../engine/types.js';
import type { Kind } from './types.js';
import { packagePath } from '../../paths.js';
import { pathToFileURL } from 'node:url';

export type FieldKey =
  | 'kind' | 'province' | 'city' | 'title' | 'id' | 'category' | 'authorName' | 'authorPosition'
  | 'date' | 'legalBasisLaw' | 'legalBasisArticle' | 'subject' | 'addressee' | 'signatoryName' | 'signatoryPosition';

const COMMON = 'https://pishnevis.ir/schemas/v1/common.schema.json';
const CIRCULAR = 'https://pishnevis.ir/schemas/v1/circular.schema.json';

/** The schema fragment `draft validate` applies to each answer, and where the answer sits in a draft. */
export const FIELD_SCHEMAS: Readonly<Record<FieldKey, { ref: string; path: (index: number) => DataPath }>> = {
  kind: { ref: `${COMMON}#/properties/kind`, path: () => ['kind'] },
  province: { ref: `${COMMON}#/$defs/municipality/properties/province`, path: () => ['municipality', 'province'] },
  city: { ref: `${COMMON}#/$defs/municipality/properties/city`, path: () => ['municipality', 'city'] },
  title: { ref: `${COMMON}#/properties/title`, path: () => ['title'] },
  id: { ref: `${COMMON}#/properties/id`, path: () => ['id'] },
  category: { ref: `${COMMON}#/properties/category`, path: () => ['category'] },
  authorName: { ref: `${COMMON}#/$defs/author/properties/name`, path: () => ['author', 'name'] },
  authorPosition: { ref: `${COMMON}#/$defs/author/properties/position`, path: () => ['author', 'position'] },
  date: { ref: `${COMMON}#/properties/date`, path: () => ['date'] },
  legalBasisLaw: { ref: `${COMMON}#/$defs/legalBasisEntry/properties/law`, path: (i) => ['legalBasis', i, 'law'] },
  legalBasisArticle: { ref: `${COMMON}#/$defs/legalBasisEntry/properties/article`, path: (i) => ['legalBasis', i, 'article'] },
  subject: { ref: `${CIRCULAR}#/properties/subject`, path: () => ['subject'] },
  addressee: { ref: `${CIRCULAR}#/properties/addressees/items`, path: (i) => ['addressees', i] },
  signatoryName: { ref: `${COMMON}#/$defs/person/properties/name`, path: () => ['signatory', 'name'] },
  signatoryPosition: { ref: `${COMMON}#/$defs/person/properties/position`, path: () => ['signatory', 'position'] },
};

/** How each answer is named in a message about it (the schema's item titles are too generic for lists). */
export const FIELD_NAMES: Readonly<Record<FieldKey, Bilingual>> = {
  kind: { fa: 'نوع سند', en: 'kind' },
  province: { fa: 'استان', en: 'province' },
  city: { fa: 'شهر', en: 'city' },
  title: { fa: 'عنوان', en: 'title' },
  id: { fa: 'شناسه', en: 'id' },
  category: { fa: 'دسته موضوعی', en: 'category' },
  authorName: { fa: 'نام تهیه‌کننده', en: "author's name" },
  authorPosition: { fa: 'سمت تهیه‌کننده', en: "author's position" },
  date: { fa: 'تاریخ', en: 'date' },
  legalBasisLaw: { fa: 'قانون', en: 'law' },
  legalBasisArticle: { fa: 'ماده', en: 'article' },
  subject: { fa: 'موضوع', en: 'subject' },
  addressee: { fa: 'گیرنده', en: 'addressee' },
  signatoryName: { fa: 'نام امضاکننده', en: "signatory's name" },
  signatoryPosition: { fa: 'سمت امضاکننده', en: "signatory's position" },
};

export interface FieldCheck {
  errors: Bilingual[];
  warnings: Bilingual[];
}

export interface CheckContext {
  config?: ResolvedConfig;
  /** The kind chosen so far: decides which kind's rules see the answer. */
  kind?: Kind;
  /** The province chosen so far, for the city. */
  province?: string;
  /** Position in a list answer (addressees, legal basis). */
  index?: number;
  /** The semantic rules to run; the project's rules by default. */
  rules?: readonly Rule[];
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

interface AjvLike {
  addSchema(schema: object): unknown;
  getSchema(ref: string): Validator | undefined;
}

let ajv: AjvLike | undefined;
const compiled = new Map<string, Validator>();

function schemaValidator(ref: string): Validator {
  let validate = compiled.get(ref);
  if (validate) return validate;
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (opts: object) => AjvLike }).default;
    // The build validated the schemas against the meta-schema already; compiling that again costs ~250 ms.
    ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
    const dir = pathToFileURL(packagePath('schemas') + '/');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
      ajv.addSchema(JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as object);
    }
  }
  validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`schema fragment ${ref} not found`);
  compiled.set(ref, validate);
  return validate;
}

function setAt(target: Record<string, unknown>, path: DataPath, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    const next = path[i + 1]!;
    if (node[seg] === undefined) node[seg] = typeof next === 'number' ? [] : {};
    node = node[seg] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function startsWith(path: DataPath, prefix: DataPath): boolean {
  return prefix.every((seg, i) => path[i] === seg);
}

/** The project's semantic rules on a draft that holds only this answer; findings about it, by severity. */
function ruleFindings(draft: Record<string, unknown>, at: DataPath, ctx: CheckContext, out: FieldCheck): void {
  const config = ctx.config ?? defaultConfig(process.cwd());
  const contextFor = documentContexts({ draft, file: '<answer>', dir: undefined, config });
  for (const rule of ctx.rules ?? builtinRules) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    try {
      rule.check(contextFor((r) => {
        if (!startsWith(r.path, at)) return;
        const severity = configuredSeverity(rule.meta.id, r.severity ?? rule.meta.severity, config);
        if (severity === 'off') return;
        const template = rule.meta.messages[r.messageId];
        if (!template) return;
        const message = { fa: fillMessage(template.fa, r.data), en: fillMessage(template.en, r.data) };
        (severity === 'error' ? out.errors : out.warnings).push(message);
      }));
    } catch {
      // A rule that cannot read a partial draft has nothing to say about this answer.
    }
  }
}

/**
 * Checks one answer. `value` is what the draft will hold (already trimmed and mapped to the format's
 * spelling by answers.ts). An empty result means the answer is good as it is.
 */
export function checkField(field: FieldKey, value: unknown, ctx: CheckContext = {}): FieldCheck {
  const out: FieldCheck = { errors: [], warnings: [] };
  const spec = FIELD_SCHEMAS[field];
  const path = spec.path(ctx.index ?? 0);

  if (value === '') {
    const name = FIELD_NAMES[field];
    out.errors.push({ fa: `«${name.fa}» نباید خالی باشد.`, en: `The ${name.en} must not be empty.` });
    return out;
  }
  const validate = schemaValidator(spec.ref);
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: '/' + path.join('/') + e.instancePath }));
    const data: Record<string, unknown> = {};
    setAt(data, path, value);
    for (const report of schemaReports(errors, data, 'draft.schema.json')) out.errors.push(report.message);
    if (out.errors.length === 0) out.errors.push({ fa: 'این پاسخ با قالب سازگار نیست.', en: 'This answer does not match the format.' });
    return out;
  }

  const draft: Record<string, unknown> = { schemaVersion: 1, kind: ctx.kind ?? 'directive', status: 'draft' };
  if (field === 'city' && ctx.province) setAt(draft, ['municipality', 'province'], ctx.province);
  setAt(draft, path, value);
  ruleFindings(draft, path, ctx, out);

  // The date rule says this better; this is the fallback should a repository turn it off.
  if (field === 'date' && out.errors.length === 0 && typeof value === 'string') {
    const parsed = parseJalaliDate(value);
    if (!parsed.ok) {
      out.errors.push({
        fa: `${toPersianDigits(value)} تاریخ شمسی واقعی نیست.`,
        en: `${value} is not a real Jalali date.`,
      });
    }
  }
  return out;
}
