/**
 * The document model: a draft's data turned into what the templates print, with every number, label,
 * date and count already in its Persian form. User text stays raw here (the templates escape it
 * through the `t` helper); only the tool's own words are composed in this file.
 *
 * The model is built defensively: `draft render` may be asked to preview a draft that does not yet
 * pass validation, so a missing or mistyped field renders as empty instead of throwing.
 */

import { clauseLabel, labelOrderOf, labelsOf, normalizeLabel } from '../../persian/alphabet.js';
import { toLatinDigits, toPersianDigits } from '../../persian/digits.js';
import { formatJalali, formatJalaliLong, jalaliToGregorian, parseJalaliDate, type JalaliDate } from '../../persian/jalali.js';
import { formatAmount, numberToWords, ordinalWord } from '../../persian/number-words.js';
import { articlesOf } from './draft-types.js';

export type DraftData = Record<string, unknown>;

export interface NoteModel {
  /** «تبصره» alone, or «تبصره ۲» among several. */
  label: string;
  text: unknown;
  /** «(الحاقی به موجب … مورخ …)», already composed; user text inside is raw (templates escape it). */
  added?: string;
}

/** Quoted wording of another instrument, printed indented in «». */
export interface QuoteModel {
  of?: unknown;
  paragraphs: unknown[];
}

/** A numbered item «۱ –». */
export interface ItemModel {
  label: string;
  text: unknown;
  clauses: ClauseModel[];
  notes: NoteModel[];
  quote?: QuoteModel;
  added?: string;
}

/** A lettered clause «الف –». */
export interface ClauseModel {
  label: string;
  text: unknown;
  items: ItemModel[];
  clauses: ClauseModel[];
  notes: NoteModel[];
  added?: string;
}

export interface TableModel {
  caption?: unknown;
  header: unknown[];
  rows: unknown[][];
}

export interface ArticleModel {
  /** «ماده ۳», or «ماده واحده» */
  label: string;
  number: number;
  title?: unknown;
  text?: unknown;
  definitions?: Array<{ label: string; term: unknown; definition: unknown }>;
  items: ItemModel[];
  clauses: ClauseModel[];
  notes: NoteModel[];
  quote?: QuoteModel;
  tables: TableModel[];
  added?: string;
}

/** «بخش دوم – …» */
export interface SectionModel {
  /** «بخش دوم» */
  heading: string;
  title?: unknown;
  articles: ArticleModel[];
}

/** «فصل اول – کلیات» */
export interface ChapterModel {
  /** «فصل اول» */
  heading: string;
  title?: unknown;
  articles: ArticleModel[];
  sections: SectionModel[];
}

/** A paragraph of a circular's body: «۱ـ» when the body is numbered. */
export interface ParagraphModel {
  label?: string;
  text: unknown;
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
  /** Every article in document order, the definitions article first (in chapters too). */
  articles: ArticleModel[];
  /** The chapters (format 1.1), each with its articles and sections; empty when the draft has none. */
  chapters: ChapterModel[];
  singleArticle: boolean;
  articleCount: number;
  noteCount: number;
  closing?: unknown;
  enforcement?: { responsible: unknown[]; supervisor?: unknown; effectiveDate?: string };
  circular?: {
    subject?: unknown;
    addressees: unknown[];
    body: ParagraphModel[];
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

/** «(الحاقی به موجب مصوبه … مورخ ۱۴۰۴/۰۶/۱۵)», or undefined when the provision has no `added`. */
export function addedMarker(value: unknown): string | undefined {
  if (!isRecord(value) || !present(value.by)) return undefined;
  const by = String(value.by).trim();
  let date = '';
  if (present(value.date)) {
    const parsed = parseJalaliDate(String(value.date));
    date = ` مورخ ${parsed.ok ? formatJalali(parsed.date) : toPersianDigits(String(value.date).trim())}`;
  }
  return `(الحاقی به موجب ${by}${date})`;
}

function noteLabels(notes: unknown[]): NoteModel[] {
  return notes.map((n, i) => ({
    label: notes.length === 1 ? 'تبصره' : `تبصره ${toPersianDigits(i + 1)}`,
    text: isRecord(n) ? n.text : n,
    added: addedMarker(rec(n).added),
  }));
}

function quote(value: unknown): QuoteModel | undefined {
  if (!isRecord(value)) return undefined;
  const paragraphs = (Array.isArray(value.text) ? value.text : [value.text]).filter(present);
  return paragraphs.length > 0 ? { of: opt(value.of), paragraphs } : undefined;
}

/** Counts the notes it labels, wherever they sit (FORMAT 1.1: notes under clauses and items count). */
interface Counter {
  notes: number;
}

function notesOf(value: unknown, counter: Counter): NoteModel[] {
  const list = arr(value);
  counter.notes += list.length;
  return noteLabels(list);
}

function items(list: unknown[], counter: Counter): ItemModel[] {
  return list.map((it, k) => {
    const item = isRecord(it) ? it : { text: it };
    return {
      label: toPersianDigits(k + 1),
      text: item.text,
      clauses: clauses(arr(item.clauses), counter),
      notes: notesOf(item.notes, counter),
      quote: quote(item.quote),
      added: addedMarker(item.added),
    };
  });
}

function clauses(list: unknown[], counter: Counter): ClauseModel[] {
  // Real directives letter clauses in the alphabet's order or in the abjad order (FORMAT 1.1); a clause
  // without a label gets the one its list's written labels follow.
  const order = labelsOf(labelOrderOf(list.map((c) => (typeof rec(c).label === 'string' ? normalizeLabel(rec(c).label as string) : undefined))));
  return list.map((c, i) => {
    const clause = rec(c);
    const given = typeof clause.label === 'string' ? normalizeLabel(clause.label) : typeof clause.label === 'number' ? String(clause.label) : '';
    const label = given !== '' ? toPersianDigits(given) : order[i] ?? toPersianDigits(i + 1);
    return {
      label,
      text: clause.text,
      items: items(arr(clause.items), counter),
      clauses: clauses(arr(clause.clauses), counter),
      notes: notesOf(clause.notes, counter),
      added: addedMarker(clause.added),
    };
  });
}

function tables(value: unknown): TableModel[] {
  return arr(value).filter(isRecord).map((t) => ({
    caption: opt(t.caption),
    header: arr(t.header),
    rows: arr(t.rows).map(arr),
  }));
}

function article(a: Record<string, unknown>, position: number, counter: Counter, single: boolean): ArticleModel {
  const number = Number.isInteger(a.number) && (a.number as number) > 0 ? (a.number as number) : position;
  return {
    label: single ? 'ماده واحده' : `ماده ${toPersianDigits(number)}`,
    number,
    title: opt(a.title),
    text: opt(a.text),
    items: items(arr(a.items), counter),
    clauses: clauses(arr(a.clauses), counter),
    notes: notesOf(a.notes, counter),
    quote: quote(a.quote),
    tables: tables(a.tables),
    added: addedMarker(a.added),
  };
}

function definitionsArticle(data: DraftData, kindName: string): ArticleModel | undefined {
  const definitions = arr(data.definitions);
  if (definitions.length === 0) return undefined;
  return {
    label: `ماده ${toPersianDigits(1)}`,
    number: 1,
    title: 'تعاریف',
    text: present(data.definitionsIntro) ? data.definitionsIntro : `در این ${kindName}، اصطلاحات زیر در معانی مشروح مربوط به کار می‌روند:`,
    definitions: definitions.map((d, i) => ({
      label: clauseLabel(i) ?? toPersianDigits(i + 1),
      term: rec(d).term,
      definition: rec(d).definition,
    })),
    items: [],
    clauses: [],
    notes: [],
    tables: [],
  };
}

/**
 * The articles in document order (numbers run on across chapters), and the chapters that hold them.
 * The definitions article is ماده ۱: first of all, or first of the first chapter.
 */
function articles(data: DraftData, kindName: string): { list: ArticleModel[]; chapters: ChapterModel[]; notes: number; singleArticle: boolean } {
  const counter: Counter = { notes: 0 };
  const definitions = definitionsArticle(data, kindName);
  const placed = articlesOf(data);
  const singleArticle = data.singleArticle === true && placed.length === 1 && !definitions;
  const list: ArticleModel[] = definitions ? [definitions] : [];
  const models = placed.map((p) => {
    const model = article(p.article, list.length + 1, counter, singleArticle);
    list.push(model);
    return model;
  });

  const chapters: ChapterModel[] = [];
  if (Array.isArray(data.chapters)) {
    let k = 0;
    data.chapters.forEach((c, ci) => {
      const chapter = rec(c);
      const number = Number.isInteger(chapter.number) && (chapter.number as number) > 0 ? (chapter.number as number) : ci + 1;
      const own: ArticleModel[] = ci === 0 && definitions ? [definitions] : [];
      const sections: SectionModel[] = [];
      while (k < placed.length && placed[k]!.chapter === ci && placed[k]!.section === undefined) own.push(models[k++]!);
      arr(chapter.sections).forEach((s, si) => {
        const section = rec(s);
        const sn = Number.isInteger(section.number) && (section.number as number) > 0 ? (section.number as number) : si + 1;
        const inSection: ArticleModel[] = [];
        while (k < placed.length && placed[k]!.chapter === ci && placed[k]!.section === si) inSection.push(models[k++]!);
        sections.push({ heading: `بخش ${ordinalWord(sn)}`, title: opt(section.title), articles: inSection });
      });
      chapters.push({ heading: `فصل ${ordinalWord(number)}`, title: opt(chapter.title), articles: own, sections });
    });
  }
  return { list, chapters, notes: counter.notes, singleArticle };
}

/** A circular's body: paragraphs, numbered «۱ـ» when `numberedBody` is true, each with its notes. */
function paragraphs(data: DraftData): ParagraphModel[] {
  const numbered = data.numberedBody === true;
  return arr(data.body)
    .filter((p) => (isRecord(p) ? present(p.text) : present(p)))
    .map((p, i) => ({
      ...(numbered ? { label: `${toPersianDigits(i + 1)}ـ` } : {}),
      text: isRecord(p) ? p.text : p,
      notes: isRecord(p) ? noteLabels(arr(p.notes)) : [],
    }));
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
export function defaultClosing(kindName: string, articleCount: number, noteCount: number, singleArticle = false): string {
  const articlesPart = singleArticle && articleCount === 1 ? 'ماده واحده' : `${toPersianDigits(articleCount)} ماده`;
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
  const { list, chapters, notes, singleArticle } = articles(kind === 'directive' ? data : { ...data, definitions: undefined }, kindName);
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
    chapters,
    singleArticle,
    articleCount: list.length,
    noteCount: notes,
    // A circular is signed by its signatory; a directive by its signatory when it names one (1.1),
    // else the block shows who prepared it.
    signature: kind === 'circular' || isRecord(data.signatory) ? { name: opt(rec(data.signatory).name), position: opt(rec(data.signatory).position) } : { name: opt(author.name), position: opt(author.position) },
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
    model.closing = present(data.closing) ? data.closing : defaultClosing(kindName, list.length, notes, singleArticle);
    model.enforcement = {
      responsible: arr(enforcement.responsible).filter(present),
      supervisor: opt(enforcement.supervisor),
      effectiveDate: renderDate(enforcement.effectiveDate),
    };
  } else {
    model.circular = {
      subject: opt(data.subject),
      addressees: arr(data.addressees).filter(present),
      body: paragraphs(data),
      copies: arr(data.copies).map((c) => ({ to: opt(rec(c).to), purpose: opt(rec(c).purpose) })),
      effectiveDate: renderDate(data.effectiveDate),
    };
  }
  return model;
}

export { DASH };
