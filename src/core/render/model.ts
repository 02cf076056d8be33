/**
 * The document model: a draft's data turned into what the templates print, with every number, label,
 * date and count already in its Persian form. User text stays raw here (the templates escape it
 * through the `t` helper); only the tool's own words are composed in this file.
 *
 * The model is built defensively: `draft render` may be asked to preview a draft that does not yet
 * pass validation, so a missing or mistyped field renders as empty instead of throwing.
 */

import { clauseLabel, normalizeLabel } from '../../persian/alphabet.js';
import { toLatinDigits, toPersianDigits } from '../../persian/digits.js';
import { formatJalaliLong, jalaliToGregorian, parseJalaliDate, type JalaliDate } from '../../persian/jalali.js';
import { formatAmount, numberToWords } from '../../persian/number-words.js';

export type DraftData = Record<string, unknown>;

export interface ClauseModel {
  label: string;
  text: unknown;
  items: Array<{ label: string; text: unknown }>;
}

export interface NoteModel {
  label: string;
  text: unknown;
}

export interface ArticleModel {
  /** «ماده ۳» */
  label: string;
  number: number;
  title?: unknown;
  text?: unknown;
  definitions?: Array<{ label: string; term: unknown; definition: unknown }>;
  clauses: ClauseModel[];
  notes: NoteModel[];
}

export interface PersonModel {
  name?: unknown;
  position?: unknown;
}

export interface DocumentModel {
  kind: 'directive' | 'circular';
  /** دستورالعمل | بخشنامه */
  kindName: string;
  /** «پیش‌نویس دستورالعمل» | «پیش‌نویس بخشنامه» */
  heading: string;
  /** The browser tab's title: the heading and the title, the kind said once. */
  pageTitle: string;
  /** The heading shown above the title, unless the title already begins with it. */
  kicker?: string;
  id: string;
  title: unknown;
  isReady: boolean;
  /** «شهرداری قم» */
  organization: string;
  province?: unknown;
  city?: unknown;
  municipalityCode?: unknown;
  date: string;
  hasAttachments: boolean;
  attachmentsWord: string;
  preamble?: unknown;
  scope?: unknown;
  articles: ArticleModel[];
  articleCount: number;
  noteCount: number;
  closing?: unknown;
  enforcement?: { responsible: unknown[]; supervisor?: unknown; effectiveDate?: string };
  circular?: {
    subject?: unknown;
    addressees: unknown[];
    body: unknown[];
    copies: Array<{ to?: unknown; purpose?: unknown }>;
    effectiveDate?: string;
  };
  signature: PersonModel;
  author: PersonModel & { email?: unknown; phone?: unknown };
  report: {
    category: string;
    categoryCode: string;
    kindName: string;
    problem?: unknown;
    proposal?: unknown;
    impact?: unknown;
    financial?: { digits: string; words: string; note?: unknown };
    legalBasis: Array<{ citation: string; law: unknown; article?: unknown; note?: unknown }>;
    tags: unknown[];
  };
  attachments: Array<{ number: string; title: unknown; path: unknown }>;
}

export const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  'social-security': 'تعهدات و همکاری با تأمین اجتماعی',
  'process-standardization': 'استانداردسازی فرآیندهای شهری',
  'finance-revenue': 'درآمد پایدار و امور مالی',
  'urban-development': 'عمران و توسعه شهری',
  'urban-services': 'خدمات شهری',
  transport: 'حمل‌ونقل و ترافیک',
  environment: 'محیط زیست',
  'human-resources': 'منابع انسانی',
  legal: 'امور حقوقی و قضایی',
  other: 'سایر',
};

const DASH = '–';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const present = (v: unknown): boolean => v !== undefined && v !== null && String(v).trim() !== '';
const opt = (v: unknown): unknown => (present(v) ? v : undefined);

/** A Jalali date as the document prints it («۹ آذر ۱۴۰۵»), or the text as given when it is not one. */
export function renderDate(value: unknown): string | undefined {
  if (!present(value)) return undefined;
  const parsed = parseJalaliDate(String(value));
  return parsed.ok ? formatJalaliLong(parsed.date) : toPersianDigits(String(value));
}

export function parseDraftDate(value: unknown): JalaliDate | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseJalaliDate(value);
  return parsed.ok ? parsed.date : undefined;
}

/** The draft's date as ISO `YYYY-MM-DD` in the Gregorian calendar, or undefined. */
export function gregorianIso(value: unknown): string | undefined {
  const date = parseDraftDate(value);
  if (!date) return undefined;
  const g = jalaliToGregorian(date);
  return `${String(g.year).padStart(4, '0')}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}

/** «شهرداری قم» from the draft's municipality. */
export function organizationName(data: DraftData): string {
  const city = rec(data.municipality).city;
  return present(city) ? `شهرداری ${String(city).trim()}` : 'شهرداری';
}

function noteLabels(notes: unknown[]): NoteModel[] {
  return notes.map((n, i) => ({
    label: notes.length === 1 ? 'تبصره' : `تبصره ${toPersianDigits(i + 1)}`,
    text: rec(n).text,
  }));
}

function clauses(list: unknown[]): ClauseModel[] {
  return list.map((c, i) => {
    const clause = rec(c);
    const given = typeof clause.label === 'string' ? normalizeLabel(clause.label) : '';
    const label = given !== '' ? given : clauseLabel(i) ?? toPersianDigits(i + 1);
    return {
      label,
      text: clause.text,
      items: arr(clause.items).map((item, k) => ({ label: toPersianDigits(k + 1), text: item })),
    };
  });
}

function articles(data: DraftData, kindName: string): { list: ArticleModel[]; notes: number } {
  const list: ArticleModel[] = [];
  let notes = 0;
  const definitions = arr(data.definitions);
  if (definitions.length > 0) {
    list.push({
      label: `ماده ${toPersianDigits(1)}`,
      number: 1,
      title: 'تعاریف',
      text: `در این ${kindName}، اصطلاحات زیر در معانی مشروح مربوط به کار می‌روند:`,
      definitions: definitions.map((d, i) => ({
        label: clauseLabel(i) ?? toPersianDigits(i + 1),
        term: rec(d).term,
        definition: rec(d).definition,
      })),
      clauses: [],
      notes: [],
    });
  }
  for (const a of arr(data.articles)) {
    const article = rec(a);
    const number = Number.isInteger(article.number) && (article.number as number) > 0 ? (article.number as number) : list.length + 1;
    const articleNotes = arr(article.notes);
    notes += articleNotes.length;
    list.push({
      label: `ماده ${toPersianDigits(number)}`,
      number,
      title: opt(article.title),
      text: opt(article.text),
      clauses: clauses(arr(article.clauses)),
      notes: noteLabels(articleNotes),
    });
  }
  return { list, notes };
}

/** «ماده ۵۵ قانون شهرداری»: the citation of a legal basis entry, in plain (unescaped) text. */
function citation(entry: Record<string, unknown>): string {
  const law = present(entry.law) ? String(entry.law).trim() : '';
  if (!present(entry.article)) return law;
  const article = String(entry.article).trim();
  // A bare number means an article; anything else («بند ۳ ماده ۵», «تبصره ۲ ماده ۸») is said as given.
  const prefix = /^[0-9\u06F0-\u06F9\u0660-\u0669]+$/.test(article) ? 'ماده ' : '';
  return `${prefix}${article} ${law}`.trim();
}

function financial(value: unknown): DocumentModel['report']['financial'] {
  if (!isRecord(value)) return undefined;
  const amount = value.amount;
  let n: bigint | undefined;
  if (typeof amount === 'bigint') n = amount;
  else if (typeof amount === 'number' && Number.isSafeInteger(amount)) n = BigInt(amount);
  else if (typeof amount === 'string' && /^[0-9]+$/.test(toLatinDigits(amount))) n = BigInt(toLatinDigits(amount));
  if (n === undefined || n < 0n) return undefined;
  return { digits: `${formatAmount(n)} ریال`, words: `${numberToWords(n)} ریال`, note: opt(value.note) };
}

/** The closing formula the renderer writes when the draft has none. */
export function defaultClosing(kindName: string, articleCount: number, noteCount: number): string {
  const articlesPart = `${toPersianDigits(articleCount)} ماده`;
  const notesPart = noteCount > 0 ? ` و ${toPersianDigits(noteCount)} تبصره` : '';
  return `این ${kindName} در ${articlesPart}${notesPart} تنظیم شده است.`;
}

/** «پیش‌نویس دستورالعمل: …», but «پیش‌نویس دستورالعمل تسویه …» for a title that begins with the kind. */
function pageTitle(title: unknown, kindName: string): string {
  const text = typeof title === 'string' ? title.trim() : '';
  if (text.startsWith(`پیش‌نویس ${kindName}`)) return text;
  if (text.startsWith(kindName)) return `پیش‌نویس ${text}`;
  return text ? `پیش‌نویس ${kindName}: ${text}` : `پیش‌نویس ${kindName}`;
}

export function buildDocumentModel(data: DraftData): DocumentModel {
  const kind = data.kind === 'circular' ? 'circular' : 'directive';
  const kindName = kind === 'circular' ? 'بخشنامه' : 'دستورالعمل';
  const municipality = rec(data.municipality);
  const author = rec(data.author);
  const rationale = rec(data.rationale);
  const { list, notes } = articles(kind === 'directive' ? data : { ...data, definitions: undefined }, kindName);
  const attachmentList = arr(data.attachments).map((a, i) => ({ number: toPersianDigits(i + 1), title: rec(a).title, path: rec(a).path }));
  const enforcement = rec(data.enforcement);
  const categoryCode = typeof data.category === 'string' ? data.category : '';

  const model: DocumentModel = {
    kind,
    kindName,
    heading: `پیش‌نویس ${kindName}`,
    pageTitle: pageTitle(data.title, kindName),
    ...(typeof data.title === 'string' && data.title.trim().startsWith(`پیش‌نویس ${kindName}`) ? {} : { kicker: `پیش‌نویس ${kindName}` }),
    id: typeof data.id === 'string' ? data.id : '',
    title: data.title,
    isReady: data.status === 'ready',
    organization: organizationName(data),
    province: opt(municipality.province),
    city: opt(municipality.city),
    municipalityCode: opt(municipality.code),
    date: renderDate(data.date) ?? '',
    hasAttachments: attachmentList.length > 0,
    attachmentsWord: attachmentList.length > 0 ? 'دارد' : 'ندارد',
    preamble: opt(data.preamble),
    scope: opt(data.scope),
    articles: list,
    articleCount: list.length,
    noteCount: notes,
    signature: kind === 'circular' ? { name: opt(rec(data.signatory).name), position: opt(rec(data.signatory).position) } : { name: opt(author.name), position: opt(author.position) },
    author: { name: opt(author.name), position: opt(author.position), email: opt(author.email), phone: opt(author.phone) },
    report: {
      category: CATEGORY_NAMES[categoryCode] ?? categoryCode,
      categoryCode,
      kindName,
      problem: opt(rationale.problem),
      proposal: opt(rationale.proposal),
      impact: opt(rationale.impact),
      financial: financial(rationale.financialImpact),
      legalBasis: arr(data.legalBasis).map((l) => ({ citation: citation(rec(l)), law: rec(l).law, article: opt(rec(l).article), note: opt(rec(l).note) })),
      tags: arr(data.tags).filter(present),
    },
    attachments: attachmentList,
  };

  if (kind === 'directive') {
    model.closing = present(data.closing) ? data.closing : defaultClosing(kindName, list.length, notes);
    model.enforcement = {
      responsible: arr(enforcement.responsible).filter(present),
      supervisor: opt(enforcement.supervisor),
      effectiveDate: renderDate(enforcement.effectiveDate),
    };
  } else {
    model.circular = {
      subject: opt(data.subject),
      addressees: arr(data.addressees).filter(present),
      body: arr(data.body).filter(present),
      copies: arr(data.copies).map((c) => ({ to: opt(rec(c).to), purpose: opt(rec(c).purpose) })),
      effectiveDate: renderDate(data.effectiveDate),
    };
  }
  return model;
}

export { DASH };
