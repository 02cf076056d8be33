/**
 * The questions of `draft new`, how each answer is read (from a flag, an answers file or the keyboard,
 * all the same way), the defaults, and which required answers are still missing. Pure: no I/O.
 */

import type { ResolvedConfig } from '../config/types.js';
import { parseDigits, toPersianDigits } from '../../persian/digits.js';
import { formatJalali, padJalaliDate, todayJalali } from '../../persian/jalali.js';
import { PROVINCES, findProvince, provinceBySlug } from '../../persian/provinces.js';
import { normalizeForCompare } from '../../persian/text.js';
import type { Bilingual } from '../engine/types.js';
import { CATEGORIES } from './categories.js';
import { checkField, type FieldKey } from './check.js';
import { deriveId } from './id.js';
import type { Answers, CategoryId, Kind, LabelOrder, LegalBasisAnswer, PartialAnswers } from './types.js';

export type QuestionKey =
  | 'kind' | 'province' | 'city' | 'title' | 'category' | 'authorName' | 'authorPosition' | 'date' | 'id'
  | 'articles' | 'chapters' | 'labelOrder' | 'legalBasis' | 'subject' | 'addressees' | 'signatoryName' | 'signatoryPosition';

export interface Question {
  key: QuestionKey;
  /** The flag that supplies the answer in scripted mode. */
  flag: string;
  label: Bilingual;
  /** Kinds that ask it. */
  kinds: readonly Kind[];
  /** Whether the answer has a default, so that scripted mode never misses it. */
  hasDefault: boolean;
}

const BOTH: readonly Kind[] = ['directive', 'circular'];
const CIRCULAR: readonly Kind[] = ['circular'];

/** In the order they are asked. */
export const QUESTIONS: readonly Question[] = [
  { key: 'kind', flag: '--kind', label: { fa: 'نوع سند: directive (دستورالعمل) یا circular (پیش‌نویس بخشنامه)', en: 'kind of document: directive or circular' }, kinds: BOTH, hasDefault: false },
  { key: 'province', flag: '--province', label: { fa: 'استان (نام فارسی یا لاتین، مانند قم یا qom)', en: 'province (Persian or Latin name, e.g. قم or qom)' }, kinds: BOTH, hasDefault: false },
  { key: 'city', flag: '--city', label: { fa: 'شهر (پیش‌فرض: مرکز استان)', en: 'city (default: the provincial capital)' }, kinds: BOTH, hasDefault: true },
  { key: 'title', flag: '--title', label: { fa: 'عنوان سند به فارسی (۱۰ تا ۲۰۰ نویسه)', en: 'title, in Persian (10–200 characters)' }, kinds: BOTH, hasDefault: false },
  { key: 'category', flag: '--category', label: { fa: 'دسته موضوعی، مانند social-security', en: 'category, e.g. social-security' }, kinds: BOTH, hasDefault: false },
  { key: 'authorName', flag: '--author-name', label: { fa: 'نام و نام خانوادگی تهیه‌کننده', en: "author's full name" }, kinds: BOTH, hasDefault: false },
  { key: 'authorPosition', flag: '--author-position', label: { fa: 'سمت تهیه‌کننده', en: "author's position" }, kinds: BOTH, hasDefault: false },
  { key: 'date', flag: '--date', label: { fa: 'تاریخ شمسی (پیش‌فرض: امروز)', en: 'Jalali date (default: today)' }, kinds: BOTH, hasDefault: true },
  { key: 'id', flag: '--id', label: { fa: 'شناسه (پیش‌فرض: از استان، سال و عنوان ساخته می‌شود)', en: 'id (default: derived from province, year and title)' }, kinds: BOTH, hasDefault: true },
  { key: 'articles', flag: '--articles', label: { fa: 'شمار ماده‌های پیش‌نویس', en: 'number of article skeletons' }, kinds: BOTH, hasDefault: true },
  { key: 'chapters', flag: '--chapters', label: { fa: 'شمار فصل‌ها (۰: بی‌فصل؛ با فصل، پیش‌نویس نسخه ۱٫۱ قالب است)', en: 'number of chapters (0: none; chapters make a format 1.1 draft)' }, kinds: BOTH, hasDefault: true },
  { key: 'labelOrder', flag: '--labels', label: { fa: 'ترتیب حرف بندها: alphabetical (الف، ب، پ، ت) یا abjad (الف، ب، ج، د)', en: 'clause label order: alphabetical (الف، ب، پ، ت) or abjad (الف، ب، ج، د)' }, kinds: BOTH, hasDefault: true },
  { key: 'legalBasis', flag: '--legal-basis', label: { fa: 'مستند قانونی، «قانون|ماده» (تکرارپذیر)', en: 'legal basis, "law|article" (repeatable)' }, kinds: BOTH, hasDefault: true },
  { key: 'subject', flag: '--subject', label: { fa: 'موضوع بخشنامه', en: 'subject of the circular' }, kinds: CIRCULAR, hasDefault: false },
  { key: 'addressees', flag: '--addressee', label: { fa: 'گیرنده بخشنامه (تکرارپذیر)', en: 'addressee of the circular (repeatable)' }, kinds: CIRCULAR, hasDefault: false },
  { key: 'signatoryName', flag: '--signatory-name', label: { fa: 'نام امضاکننده پیشنهادی', en: "proposed signatory's name" }, kinds: CIRCULAR, hasDefault: false },
  { key: 'signatoryPosition', flag: '--signatory-position', label: { fa: 'سمت امضاکننده پیشنهادی', en: "proposed signatory's position" }, kinds: CIRCULAR, hasDefault: false },
];

export const question = (key: QuestionKey): Question => QUESTIONS.find((q) => q.key === key)!;

/** Largest number of article skeletons; more is easier to copy in an editor than to scaffold. */
export const MAX_ARTICLES = 50;

export const defaultArticles = (kind: Kind | undefined): number => (kind === 'circular' ? 0 : 3);

/** A reading of one answer: the value the draft will hold, or why it cannot. */
export type Reading<T> = { ok: true; value: T; warnings: Bilingual[] } | { ok: false; errors: Bilingual[] };

export interface ReadContext {
  config?: ResolvedConfig;
  kind?: Kind;
  province?: string;
  /** The number of articles, when known: chapters cannot outnumber them. */
  articles?: number;
}

/** Largest number of chapters a skeleton is given. */
export const MAX_CHAPTERS = 20;

const fail = <T>(errors: Bilingual[]): Reading<T> => ({ ok: false, errors });

// In a `u` regex a well-formed pair is one code point, so only a lone surrogate falls in this range.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function asText(raw: unknown): string | Bilingual {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw !== 'string') return { fa: 'پاسخ باید متن باشد.', en: 'The answer must be text.' };
  if (LONE_SURROGATE.test(raw)) return { fa: 'پاسخ نویسه‌ای دارد که یونی‌کد درستی نیست.', en: 'The answer contains a character that is not valid Unicode.' };
  return raw.trim();
}

function checked<T>(field: FieldKey, value: T, ctx: ReadContext, index?: number): Reading<T> {
  const result = checkField(field, value, { config: ctx.config, kind: ctx.kind, province: ctx.province, index });
  return result.errors.length > 0 ? fail(result.errors) : { ok: true, value, warnings: result.warnings };
}

const KIND_ALIASES: Record<string, Kind> = {
  directive: 'directive', 'دستورالعمل': 'directive', 'دستور العمل': 'directive',
  circular: 'circular', 'بخشنامه': 'circular', 'پیش نویس بخشنامه': 'circular', 'بخش نامه': 'circular',
};

export function readKind(raw: unknown, ctx: ReadContext = {}): Reading<Kind> {
  const text = asText(raw);
  if (typeof text !== 'string') return fail([text]);
  const value = KIND_ALIASES[text.toLowerCase()] ?? KIND_ALIASES[normalizeForCompare(text)] ?? text;
  return checked('kind', value as Kind, ctx);
}

/** The Persian name as FORMAT.md spells it, from that name, a loose spelling of it, its slug or its English name. */
export function provinceName(text: string): string | undefined {
  const lower = text.toLowerCase();
  return (findProvince(text) ?? provinceBySlug(lower) ?? PROVINCES.find((p) => p.en.toLowerCase() === lower))?.name;
}

export function readProvince(raw: unknown, ctx: ReadContext = {}): Reading<string> {
  const text = asText(raw);
  if (typeof text !== 'string') return fail([text]);
  return checked('province', provinceName(text) ?? text, ctx);
}

export function readCategory(raw: unknown, ctx: ReadContext = {}): Reading<CategoryId> {
  const text = asText(raw);
  if (typeof text !== 'string') return fail([text]);
  const key = normalizeForCompare(text).toLowerCase();
  const found = CATEGORIES.find((c) => c.id === key || normalizeForCompare(c.label.fa) === key || c.label.en.toLowerCase() === key);
  return checked('category', (found?.id ?? text) as CategoryId, ctx);
}

/** A one-line text answer checked by its field's schema fragment and the rules. */
export function readText(field: FieldKey, raw: unknown, ctx: ReadContext = {}, index?: number): Reading<string> {
  const text = asText(raw);
  if (typeof text !== 'string') return fail([text]);
  return checked(field, text, ctx, index);
}

export function readArticles(raw: unknown, ctx: ReadContext = {}): Reading<number> {
  const min = ctx.kind === 'circular' ? 0 : 1;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseDigits(raw.trim()) : undefined;
  if (n === undefined || !Number.isInteger(n) || n < min || n > MAX_ARTICLES) {
    return fail([{
      fa: `شمار ماده‌ها باید عددی از ${min === 0 ? '۰' : '۱'} تا ${toPersianDigits(MAX_ARTICLES)} باشد${min === 0 ? ' (۰ یعنی متن بخشنامه به‌صورت چند بند ساده)' : ''}.`,
      en: `The number of articles must be a whole number from ${min} to ${MAX_ARTICLES}${min === 0 ? ' (0 means a body of plain paragraphs)' : ''}.`,
    }]);
  }
  return { ok: true, value: n, warnings: [] };
}

/** How many chapters: 0 (none) up to the number of articles, each chapter holding one article at least. */
export function readChapters(raw: unknown, ctx: ReadContext = {}): Reading<number> {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseDigits(raw.trim()) : undefined;
  const max = Math.min(MAX_CHAPTERS, ctx.articles ?? MAX_CHAPTERS);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > max) {
    const why = ctx.articles !== undefined && ctx.articles < MAX_CHAPTERS
      ? { fa: `؛ هر فصل دست‌کم یک ماده دارد و پیش‌نویس ${toPersianDigits(ctx.articles)} ماده دارد`, en: `; each chapter holds one article at least, and the draft has ${ctx.articles}` }
      : { fa: '', en: '' };
    return fail([{
      fa: `شمار فصل‌ها باید عددی از ۰ (بی‌فصل) تا ${toPersianDigits(max)} باشد${why.fa}.`,
      en: `The number of chapters must be a whole number from 0 (none) to ${max}${why.en}.`,
    }]);
  }
  return { ok: true, value: n, warnings: [] };
}

const LABEL_ORDER_ALIASES: Record<string, LabelOrder> = {
  alphabetical: 'alphabetical', alphabet: 'alphabetical', 'الفبا': 'alphabetical', 'الفبایی': 'alphabetical', 'الفبای فارسی': 'alphabetical',
  abjad: 'abjad', 'ابجد': 'abjad', 'ابجدی': 'abjad',
};

/** The clause label order: `alphabetical` (الف، ب، پ …) or `abjad` (الف، ب، ج …), in English or Persian. */
export function readLabelOrder(raw: unknown): Reading<LabelOrder> {
  const text = asText(raw);
  if (typeof text !== 'string') return fail([text]);
  const order = LABEL_ORDER_ALIASES[text.toLowerCase()] ?? LABEL_ORDER_ALIASES[normalizeForCompare(text)];
  if (!order) {
    return fail([{
      fa: `ترتیب حرف بندها باید alphabetical (الفبای فارسی: الف، ب، پ، ت …) یا abjad (ابجد: الف، ب، ج، د …) باشد، نه «${text}».`,
      en: `The clause label order must be alphabetical (الف، ب، پ، ت …) or abjad (الف، ب، ج، د …), not "${text}".`,
    }]);
  }
  return { ok: true, value: order, warnings: [] };
}

/** One legal-basis entry: `{ law, article? }`, or text `law|article` (the article part optional). */
export function readLegalBasisEntry(raw: unknown, ctx: ReadContext = {}, index = 0): Reading<LegalBasisAnswer> {
  let law: unknown;
  let article: unknown;
  if (typeof raw === 'string') {
    const bar = raw.lastIndexOf('|');
    law = bar === -1 ? raw : raw.slice(0, bar);
    article = bar === -1 ? undefined : raw.slice(bar + 1);
  } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    ({ law, article } = raw as Record<string, unknown>);
  } else {
    return fail([{ fa: 'مستند قانونی باید به شکل «قانون|ماده» یا { law, article } باشد.', en: 'A legal basis entry must be "law|article" or { law, article }.' }]);
  }
  const lawReading = readText('legalBasisLaw', law, ctx, index);
  if (!lawReading.ok) return lawReading;
  const entry: LegalBasisAnswer = { law: lawReading.value };
  const warnings = [...lawReading.warnings];
  if (article !== undefined && article !== null && !(typeof article === 'string' && article.trim() === '')) {
    const articleReading = readText('legalBasisArticle', article, ctx, index);
    if (!articleReading.ok) return articleReading;
    entry.article = articleReading.value;
    warnings.push(...articleReading.warnings);
  }
  return { ok: true, value: entry, warnings };
}

function readList<T>(raw: unknown, one: (item: unknown, index: number) => Reading<T>): Reading<T[]> {
  const items = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const value: T[] = [];
  const errors: Bilingual[] = [];
  const warnings: Bilingual[] = [];
  items.forEach((item, i) => {
    const r = one(item, i);
    if (r.ok) {
      value.push(r.value);
      warnings.push(...r.warnings);
    } else errors.push(...r.errors);
  });
  return errors.length > 0 ? fail(errors) : { ok: true, value, warnings };
}

export function readLegalBasis(raw: unknown, ctx: ReadContext = {}): Reading<LegalBasisAnswer[]> {
  return readList(raw, (item, i) => readLegalBasisEntry(item, ctx, i));
}

export function readAddressees(raw: unknown, ctx: ReadContext = {}): Reading<string[]> {
  const r = readList(raw, (item, i) => readText('addressee', item, ctx, i));
  if (r.ok && r.value.length === 0) return fail([{ fa: 'دست‌کم یک گیرنده لازم است.', en: 'At least one addressee is required.' }]);
  return r;
}

/** Reads the answer to one question, whatever its source. */
export function readAnswer(key: QuestionKey, raw: unknown, ctx: ReadContext = {}): Reading<unknown> {
  switch (key) {
    case 'kind': return readKind(raw, ctx);
    case 'province': return readProvince(raw, ctx);
    case 'category': return readCategory(raw, ctx);
    case 'articles': return readArticles(raw, ctx);
    case 'chapters': return readChapters(raw, ctx);
    case 'labelOrder': return readLabelOrder(raw);
    case 'legalBasis': return readLegalBasis(raw, ctx);
    case 'addressees': return readAddressees(raw, ctx);
    // `1405/9/5` is written as FORMAT.md writes dates, `1405/09/05`.
    case 'date': return readText('date', typeof raw === 'string' ? padJalaliDate(raw.trim()) : raw, ctx);
    default: return readText(key, raw, ctx);
  }
}

/** Today as FORMAT.md writes dates: Persian digits, `۱۴۰۵/۰۹/۰۹`. */
export function todayAnswer(now: Date = new Date()): string {
  return formatJalali(todayJalali(now));
}

/** The default for a question given what is known so far, or undefined when it has none. */
export function defaultAnswer(key: QuestionKey, known: PartialAnswers, config?: ResolvedConfig, now: Date = new Date()): unknown {
  const defaults = config?.defaults;
  switch (key) {
    case 'province': {
      const p = defaults?.municipality?.province;
      return p ? provinceName(p) ?? p : undefined;
    }
    case 'city': {
      if (!known.province) return undefined;
      const d = defaults?.municipality;
      const sameProvince = d?.province ? provinceName(d.province) === known.province : false;
      if (d?.city && sameProvince) return d.city;
      return findProvince(known.province)?.capital;
    }
    case 'authorName': return defaults?.author?.name;
    case 'authorPosition': return defaults?.author?.position;
    case 'date': return todayAnswer(now);
    case 'id': return known.title ? deriveId(known) : undefined;
    case 'articles': return defaultArticles(known.kind);
    case 'chapters': return 0;
    case 'labelOrder': return 'alphabetical';
    case 'legalBasis': return [];
    default: return undefined;
  }
}

/** Whether the question is asked for this kind (every question is, while the kind is unknown). */
export function applies(q: Question, kind: Kind | undefined): boolean {
  return kind === undefined ? q.kinds.length === 2 : q.kinds.includes(kind);
}

/** The cities offered for a province: the capital, the repository's own, then the built-in list. */
export function citiesOf(province: string, config?: ResolvedConfig, builtIn: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const p = findProvince(province);
  if (!p) return [];
  const extra: string[] = [];
  for (const [name, cities] of Object.entries(config?.municipalities ?? {})) {
    if (provinceName(name) === p.name && Array.isArray(cities)) extra.push(...cities);
  }
  return [...new Set([p.capital, ...extra, ...(builtIn[p.name] ?? [])])];
}

/** Answers the configuration gives that are never asked: municipality code, author e-mail and phone. */
export function configExtras(config?: ResolvedConfig, province?: string): Pick<Answers, 'code' | 'authorEmail' | 'authorPhone'> {
  const d = config?.defaults;
  const out: Pick<Answers, 'code' | 'authorEmail' | 'authorPhone'> = {};
  const sameProvince = d?.municipality?.province ? provinceName(d.municipality.province) === province : true;
  if (d?.municipality?.code && sameProvince) out.code = d.municipality.code;
  if (d?.author?.email) out.authorEmail = d.author.email;
  if (d?.author?.phone) out.authorPhone = d.author.phone;
  return out;
}
