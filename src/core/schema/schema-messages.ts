import type { SchemaError } from './schema-check.js';
import type { Bilingual, DataPath, RawReport } from '../engine/types.js';
import { allowedKeysAt, titleAt } from './schema-titles.js';
import { pathString } from '../engine/rule.js';
import { toPersianDigits } from '../../persian/digits.js';
import { closest } from '../did-you-mean.js';

const fa = (n: unknown): string => toPersianDigits(String(n));

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { fa: 'متن', en: 'a text (string)' },
  integer: { fa: 'عدد صحیح', en: 'a whole number' },
  number: { fa: 'عدد', en: 'a number' },
  array: { fa: 'فهرست (هر مورد در سطری با «- »)', en: 'a list (one "- " item per line)' },
  object: { fa: 'مجموعه‌ای از کلید و مقدار', en: 'a mapping of keys to values' },
  boolean: { fa: 'بله یا خیر (true/false)', en: 'true or false' },
  null: { fa: 'خالی', en: 'empty' },
};

/** What a pattern means, by the field it guards; ajv can only say "must match pattern". */
const PATTERN_HINTS: Record<string, Bilingual> = {
  id: { fa: 'فقط حروف کوچک لاتین، رقم و خط تیره، مانند qom-1405-social-security', en: 'lowercase Latin letters, digits and hyphens only, e.g. qom-1405-social-security' },
  date: { fa: 'تاریخ شمسی به شکل ۱۴۰۵/۰۹/۰۹', en: 'a Jalali date written YYYY/MM/DD, e.g. 1405/09/09' },
  effectiveDate: { fa: 'تاریخ شمسی به شکل ۱۴۰۵/۰۹/۰۹', en: 'a Jalali date written YYYY/MM/DD, e.g. 1405/09/09' },
  title: { fa: 'یک سطر به فارسی', en: 'a single line of Persian text' },
  email: { fa: 'نشانی رایانامه مانند legal@qom.ir', en: 'an e-mail address such as legal@qom.ir' },
  phone: { fa: 'شماره تلفن (رقم، فاصله، + و -)', en: 'a phone number (digits, spaces, + and -)' },
};

let rootSchema = 'draft.schema.json';

/** What the checked document is called: a draft, or the repository's configuration. */
function rootNoun(): { fa: string; en: string; definer: string } {
  return rootSchema === 'config.schema.json'
    ? { fa: 'پیکربندی draft.config.yaml', en: 'the configuration', definer: 'draft.config.yaml' }
    : { fa: 'قالب وزارت کشور', en: 'the draft', definer: "the ministry's format" };
}

function fieldName(path: DataPath): Bilingual {
  const title = path.length ? titleAt(path, rootSchema) : undefined;
  const where = pathString(path) || '(root)';
  return { fa: title ? `«${title}» (${where})` : `«${where}»`, en: `"${where}"` };
}

function parsePointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const list = (values: unknown[]): string => values.map((v) => `«${String(v)}»`).join('، ');

/** A located-to-be report for one ajv error, in both languages. */
export type SchemaReport = RawReport & { message: Bilingual };

function describe(e: SchemaError, data: unknown): SchemaReport | undefined {
  const path = parsePointer(e.instancePath);
  const field = fieldName(path);
  const p = e.params;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const child = fieldName([...path, missing]);
      const parent = path.length ? `${field.en}` : rootNoun().en;
      return {
        messageId: 'required', path: [...path, missing],
        message: { fa: `${child.fa} الزامی است و نوشته نشده است.`, en: `${child.en} is required but missing from ${parent}.` },
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(p.additionalProperty ?? p.unevaluatedProperty);
      const guess = closest(key, allowedKeysAt(path, rootSchema));
      const hint: Bilingual = guess ? { fa: ` شاید منظور «${guess}» بوده است؟`, en: ` Did you mean "${guess}"?` } : { fa: '', en: '' };
      return {
        messageId: 'unknown-key', path: [...path, key], key: true,
        message: { fa: `کلید «${key}» در ${rootNoun().fa} تعریف نشده است.${hint.fa}`, en: `Unknown key "${key}" in ${path.length ? field.en : rootNoun().en}: ${rootNoun().definer} does not define it.${hint.en}` },
      };
    }
    case 'type': {
      const types = String(p.type).split(',');
      const fa = types.map((t) => TYPE_NAMES[t]?.fa ?? t).join(' یا ');
      const en = types.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or ');
      return { messageId: 'type', path, message: { fa: `${field.fa} باید ${fa} باشد.`, en: `${field.en} must be ${en}.` } };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const value = valueAt(data, path);
      const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      const shown = allowed.length <= 12 ? allowed : undefined;
      const fa = shown ? `یکی از ${list(shown)}` : `یکی از ${toPersianDigits(allowed.length)} مقدار مجاز`;
      const en = shown ? `one of ${shown.map((v) => JSON.stringify(v)).join(', ')}` : `one of the ${allowed.length} allowed values`;
      return {
        messageId: 'enum', path,
        message: {
          fa: `${field.fa} باید ${fa} باشد${typeof value === 'string' ? `، نه «${value}»` : ''}.${guess ? ` شاید «${guess}»؟` : ''}`,
          en: `${field.en} must be ${en}${typeof value === 'string' ? `, not "${value}"` : ''}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        },
      };
    }
    case 'const':
      return { messageId: 'const', path, message: { fa: `${field.fa} باید «${String(p.allowedValue)}» باشد.`, en: `${field.en} must be ${JSON.stringify(p.allowedValue)}.` } };
    case 'minLength':
      return Number(p.limit) <= 1
        ? { messageId: 'empty', path, message: { fa: `${field.fa} نباید خالی باشد.`, en: `${field.en} must not be empty.` } }
        : { messageId: 'minLength', path, message: { fa: `${field.fa} باید دست‌کم ${fa(p.limit)} نویسه باشد.`, en: `${field.en} must be at least ${p.limit} characters long.` } };
    case 'maxLength':
      return { messageId: 'maxLength', path, message: { fa: `${field.fa} نباید بیش از ${fa(p.limit)} نویسه باشد.`, en: `${field.en} must be at most ${p.limit} characters long.` } };
    case 'pattern': {
      const hint = PATTERN_HINTS[String(path[path.length - 1])];
      return {
        messageId: 'pattern', path,
        message: hint
          ? { fa: `${field.fa} باید ${hint.fa} باشد.`, en: `${field.en} must be ${hint.en}.` }
          : { fa: `${field.fa} شکل درستی ندارد.`, en: `${field.en} is not in the expected form (${String(p.pattern)}).` },
      };
    }
    case 'minItems':
      return { messageId: 'minItems', path, message: { fa: `${field.fa} باید دست‌کم ${fa(p.limit)} مورد داشته باشد.`, en: `${field.en} must have at least ${p.limit} item${Number(p.limit) === 1 ? '' : 's'}.` } };
    case 'maxItems':
      return { messageId: 'maxItems', path, message: { fa: `${field.fa} نباید بیش از ${fa(p.limit)} مورد داشته باشد.`, en: `${field.en} must have at most ${p.limit} items.` } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { messageId: 'minimum', path, message: { fa: `${field.fa} باید ${e.keyword === 'minimum' ? 'دست‌کم' : 'بیشتر از'} ${fa(p.limit)} باشد.`, en: `${field.en} must be ${e.keyword === 'minimum' ? 'at least' : 'more than'} ${p.limit}.` } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { messageId: 'maximum', path, message: { fa: `${field.fa} باید حداکثر ${fa(p.limit)} باشد.`, en: `${field.en} must be at most ${p.limit}.` } };
    case 'uniqueItems':
      return { messageId: 'uniqueItems', path, message: { fa: `${field.fa} مورد تکراری دارد (موارد ${fa(p.j)} و ${fa(p.i)}).`, en: `${field.en} has a repeated item (items ${p.j} and ${p.i}).` } };
    default:
      return { messageId: e.keyword, path, message: { fa: `${field.fa} با قالب سازگار نیست.`, en: `${field.en} ${e.message ?? 'does not match the format'}.` } };
  }
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/**
 * Turns ajv's errors into one clear report each. Errors that only restate others are dropped:
 * `if` (the kind dispatch), and the branch errors under an anyOf/oneOf, which become one sentence.
 */
export function schemaReports(errors: SchemaError[], data: unknown, root = 'draft.schema.json'): SchemaReport[] {
  rootSchema = root;
  const choices = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const out: SchemaReport[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const parent = choices.find((c) => c !== e && e.schemaPath.startsWith(c.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')));
    if (parent) continue;
    const report = e.keyword === 'anyOf' || e.keyword === 'oneOf' ? describeChoice(e, errors, data) : describe(e, data);
    if (!report) continue;
    const key = `${pathString(report.path)}|${report.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(report);
  }
  return out;
}

function describeChoice(choice: SchemaError, errors: SchemaError[], data: unknown): SchemaReport | undefined {
  const prefix = choice.schemaPath + '/';
  const branches = errors.filter((e) => e.schemaPath.startsWith(prefix));
  const path = parsePointer(choice.instancePath);
  if (branches.length > 0 && branches.every((b) => b.keyword === 'required' && b.instancePath === choice.instancePath)) {
    const names = [...new Set(branches.map((b) => String(b.params.missingProperty)))];
    return {
      messageId: 'required-one-of', path,
      message: {
        fa: `یکی از ${names.map((n) => fieldName([...path, n]).fa).join(' یا ')} لازم است.`,
        en: `One of ${names.map((n) => `"${n}"`).join(' or ')} is required${path.length ? ` in ${fieldName(path).en}` : ''}.`,
      },
    };
  }
  const first = branches[0];
  return first ? describe(first, data) : describe(choice, data);
}
