/**
 * How a paragraph of a Persian legal text announces what it is: «ماده ۳-», «ماده واحده –», «الف)»,
 * «۲ـ», «تبصره ۱:», «فصل دوم – …», «بخش اول: …», «بسمه تعالی», the closing formula. Each pattern is
 * tolerant of how Word copies write these: Arabic ي/ك, Arabic-Indic or Latin digits, a right-to-left
 * mark or ZWNJ where a space belongs, any of - – — ـ : ) . after the label, or the label in brackets.
 */

import { parseDigits } from '../../persian/digits.js';
import { normalizeForCompare } from '../../persian/text.js';
import { formatJalali, jalaliMonthName } from '../../persian/jalali.js';
import { isClauseLetter } from './labels.js';

/** Space as old Word copies write it: spaces, no-break spaces, ZWNJ and direction marks. */
const S = '[\\s\\u00A0\\u200C\\u200E\\u200F\\u061C]';
const DIGITS = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]';
/** What may follow a label: a dash of any kind, a tatweel, a colon, a closing bracket or a period. */
const SEP = `${S}*[-–—ـ:)\\.]+${S}*`;
const YEH = '[یيى]';
const KAF = '[کك]';

const fuzzy = (word: string): string => word.replace(/ی/g, YEH).replace(/ک/g, KAF).replace(/ /g, `${S}+`);

const ORDINALS = [
  'اول', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم', 'یازدهم', 'دوازدهم', 'سیزدهم', 'چهاردهم',
  'پانزدهم', 'شانزدهم', 'هفدهم', 'هجدهم', 'نوزدهم', 'بیستم',
];
const ORDINAL = `(?:${[...ORDINALS].sort((a, b) => b.length - a.length).map(fuzzy).join('|')}|${DIGITS}{1,3})`;

const ARTICLE = new RegExp(`^${S}*${fuzzy('ماده')}${S}*\\(?${S}*(${DIGITS}{1,4})${S}*\\)?(${SEP})?(.*)$`, 's');
const SINGLE_ARTICLE = new RegExp(`^${S}*${fuzzy('ماده واحده')}(?:${SEP}|${S}+|$)(.*)$`, 's');
const NOTE = new RegExp(`^${S}*${fuzzy('تبصره')}(?:${S}*\\(?${S}*(${DIGITS}{1,3})${S}*\\)?)?(${SEP}|$)(.*)$`, 's');
const CHAPTER = new RegExp(`^${S}*${fuzzy('فصل')}${S}+(${ORDINAL})(?:${SEP}|${S}*$)(.*)$`, 's');
const SECTION = new RegExp(`^${S}*${fuzzy('بخش')}${S}+(${ORDINAL})(?:${SEP}|${S}*$)(.*)$`, 's');
// «الف-»، «ب)»، «(ج)»، «بند د:» — one to three letters, then a separator that is not part of a word.
const CLAUSE = new RegExp(`^${S}*(?:${fuzzy('بند')}${S}+)?\\(?${S}*([\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC\\u0640]{1,3})${S}*(?:\\)|[-–—:.]|ـ(?!\\p{L}))${S}*(.*)$`, 'su');
const ITEM = new RegExp(`^${S}*\\(?${S}*(${DIGITS}{1,3})${S}*(?:\\)|[-–—:.]|ـ)+${S}*(.*)$`, 's');

export type Recognised =
  | { kind: 'article'; number: number; separated: boolean; rest: string }
  | { kind: 'single-article'; rest: string }
  | { kind: 'note'; number?: number; rest: string }
  | { kind: 'chapter'; number: number; rest: string }
  | { kind: 'section'; number: number; rest: string }
  | { kind: 'clause'; label: string; rest: string }
  | { kind: 'item'; number: number; rest: string }
  | { kind: 'text' };

function ordinalValue(word: string): number {
  const digits = parseDigits(word);
  if (digits !== undefined) return digits;
  const key = normalizeForCompare(word);
  return ORDINALS.indexOf(key) + 1;
}

/** What the paragraph's opening says it is. The label is cut off; the rest is the text as written. */
export function recognise(text: string): Recognised {
  let m = SINGLE_ARTICLE.exec(text);
  if (m) return { kind: 'single-article', rest: m[1]!.trim() };
  m = ARTICLE.exec(text);
  if (m) return { kind: 'article', number: parseDigits(m[1]!) ?? 0, separated: m[2] !== undefined, rest: m[3]!.trim() };
  m = NOTE.exec(text);
  if (m) return { kind: 'note', ...(m[1] ? { number: parseDigits(m[1]) } : {}), rest: m[3]!.trim() };
  m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', number: ordinalValue(m[1]!), rest: m[2]!.trim() };
  m = SECTION.exec(text);
  if (m) return { kind: 'section', number: ordinalValue(m[1]!), rest: m[2]!.trim() };
  m = CLAUSE.exec(text);
  if (m && isClauseLetter(m[1]!)) return { kind: 'clause', label: m[1]!, rest: m[2]!.trim() };
  m = ITEM.exec(text);
  if (m) return { kind: 'item', number: parseDigits(m[1]!) ?? 0, rest: m[2]!.trim() };
  return { kind: 'text' };
}

const key = (s: string): string => normalizeForCompare(s).replace(/[\u064B-\u0652\u0640]/g, '');

/** «بسمه تعالی», «بسم‌الله الرحمن الرحیم», «به نام خدا» and their spellings. */
export function isInvocation(text: string): boolean {
  return /^(بسمه ?تعالی|باسمه ?تعالی|بسم ?الله ?الرحمن ?الرحیم|به نام خدا|بنام خدا|به نام خداوند.*|هو)$/.test(key(text).replace(/[.:]$/, ''));
}

/** A letterhead line: «شماره:», «تاریخ:», «پیوست:», the ministry, the municipality, a province. */
export function letterheadField(text: string): 'number' | 'date' | 'attachments' | 'organization' | undefined {
  const k = key(text);
  if (/^شماره ?[:：]/.test(k) || k === 'شماره') return 'number';
  if (/^تاریخ ?[:：]/.test(k) || k === 'تاریخ') return 'date';
  if (/^پیوست ?[:：]/.test(k) || k === 'پیوست') return 'attachments';
  if (k.split(' ').length <= 6 && /^(جمهوری اسلامی ایران|وزارت |شهرداری|استانداری|استان |سازمان |معاونت |اداره کل |دفتر )/.test(k) && !/[.؛]$/.test(k)) return 'organization';
  return undefined;
}

/** The HTML and Word renders' own heading lines («پیش‌نویس دستورالعمل», the status banner). */
export function renderKicker(text: string): 'directive' | 'circular' | 'banner' | undefined {
  const k = key(text);
  if (k === 'پیش نویس دستورالعمل') return 'directive';
  if (k === 'پیش نویس بخشنامه') return 'circular';
  if (k.startsWith('این متن در دست تهیه است')) return 'banner';
  return undefined;
}

/** «این دستورالعمل در ۱۲ ماده و ۵ تبصره … تنظیم شد / به تصویب رسید». */
export function isClosing(text: string): boolean {
  const k = key(text);
  return /^(این|آیین|دستورالعمل|بخشنامه|شیوه)/.test(k) && /(ماده|تبصره)/.test(k) && /(تنظیم|تصویب|رسید|ابلاغ|لازم ?الاجرا|شده است)/.test(k) && /\sدر\s/.test(k) && k.length < 400;
}

/** Labelled lines of the end matter and of a circular's head: «مسئول اجرا:», «موضوع:», «گیرندگان:» … */
export function fieldLine(text: string): { field: 'responsible' | 'supervisor' | 'effectiveDate' | 'subject' | 'addressees' | 'copies' | 'scope' | 'attachments-list'; rest: string } | undefined {
  const m = /^(.{2,20}?)[\s\u200C]*[:：][\s\u200C]*(.*)$/s.exec(text.trim());
  if (!m) return undefined;
  const label = key(m[1]!);
  const rest = m[2]!.trim();
  const fields: Record<string, 'responsible' | 'supervisor' | 'effectiveDate' | 'subject' | 'addressees' | 'copies' | 'scope' | 'attachments-list'> = {
    'مسئول اجرا': 'responsible', 'مسئولان اجرا': 'responsible', 'مسئول اجرای دستورالعمل': 'responsible',
    'ناظر بر اجرا': 'supervisor', 'ناظر': 'supervisor', 'نظارت بر اجرا': 'supervisor',
    'تاریخ اجرا': 'effectiveDate',
    'موضوع': 'subject',
    'گیرندگان': 'addressees', 'گیرنده': 'addressees',
    'رونوشت': 'copies',
    'دامنه شمول': 'scope',
    'پیوست ها': 'attachments-list',
  };
  const field = fields[label];
  return field ? { field, rest } : undefined;
}

export function isSalutation(text: string): boolean {
  return /^(با )?سلام( و احترام| علیکم)?[،,.]?$/.test(key(text).replace(/\s*[،,]\s*$/, ''));
}

/** «تعاریف», «تعاریف و اصطلاحات», the article that defines the draft's terms. */
export function isDefinitionsHeading(text: string): boolean {
  return /^(تعاریف|تعریف ها|اصطلاحات|تعاریف و اصطلاحات)[:.]?$/.test(key(text));
}

/** «شهرداری: شهرداری قم است» → term and definition, split at the first colon (or a dash after a short term). */
export function splitDefinition(text: string): { term: string; definition: string } | undefined {
  const m = /^([^:：\n]{1,80}?)[\s\u200C]*[:：][\s\u200C]*(.+)$/s.exec(text);
  if (!m) return undefined;
  return { term: m[1]!.trim(), definition: m[2]!.trim() };
}

/** Whether a paragraph is only whitespace, direction marks and joiners. */
export function isBlank(text: string): boolean {
  return /^[\s\u00A0\u200B-\u200F\u061C\u2060\uFEFF]*$/.test(text);
}

/**
 * A date as a document writes it, for a draft's date field: «۹ آذر ۱۴۰۵» (the rendered form) becomes
 * «۱۴۰۵/۰۹/۰۹»; a date already written YYYY/MM/DD, or anything else, is kept as written.
 */
export function draftDate(text: string): string {
  const m = new RegExp(`^${S}*(${DIGITS}{1,2})${S}+([\\u0600-\\u06FF]+)${S}+(${DIGITS}{4})${S}*$`).exec(text);
  if (!m) return text.trim();
  const month = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((k) => jalaliMonthName(k, 'fa') === normalizeForCompare(m[2]!));
  const day = parseDigits(m[1]!);
  const year = parseDigits(m[3]!);
  if (!month || day === undefined || year === undefined) return text.trim();
  return formatJalali({ year, month, day });
}
