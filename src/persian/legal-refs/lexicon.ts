/** The vocabulary of the legal-reference reader: anchors, instruments, the draft's own names. */

import type { Token } from './tokens.js';

// Vocabulary (canonical spellings: no ZWNJ, so «آیین‌نامه» is «آییننامه»)

export const ARTICLE = new Set(['ماده', 'مادهی']);
export const ARTICLES = new Set(['مواد']);
export const NOTE = new Set(['تبصره', 'تبصرهی']);
export const NOTES = new Set(['تبصرههای', 'تبصرهها']);
export const CLAUSE = new Set(['بند']);
export const CLAUSES = new Set(['بندهای', 'بندها']);
export const ITEM = new Set(['جزء', 'جز']);
export const ITEMS = new Set(['اجزای', 'اجزا', 'اجزاء', 'جزءهای']);
export const PLURAL_SUFFIX = new Set(['های', 'ها']);
export const ANCHORS = new Set([...ARTICLE, ...ARTICLES, ...NOTE, ...NOTES, ...CLAUSE, ...CLAUSES, ...ITEM, ...ITEMS]);

/** The first letters of ANCHORS (م ت ب ج ا), as a table: most words are rejected without hashing them. */
export const ANCHOR_START = new Uint8Array(0x10000);
for (const word of ANCHORS) ANCHOR_START[word.charCodeAt(0)] = 1;
export function isAnchor(t: Token): boolean {
  return ANCHOR_START[t.first] === 1 && t.kind === 'word' && ANCHORS.has(t.canon);
}

export const THIS = new Set(['این', 'همین']);
/** Before «ماده»/«تبصره» they make it a noun, not a reference: «این ماده ۵ روز مهلت می‌دهد». */
export const DETERMINERS = new Set(['این', 'همین', 'آن', 'همان', 'هر', 'یک', 'چند', 'کدام', 'دو', 'سه']);
/** After the number they make it a quantity: «ماده ۱۵ روز». */
export const UNITS = new Set([
  'روز', 'روزه', 'ماه', 'ماهه', 'سال', 'ساله', 'هفته', 'ساعت', 'دقیقه', 'درصد', 'ریال', 'تومان', 'نفر', 'مورد',
  'بار', 'برابر', 'متر', 'مترمربع', 'کیلومتر', 'هزار', 'میلیون', 'میلیارد', 'عدد', 'قلم', 'نوبت', 'گانه',
]);
/** The document's own names: «این دستورالعمل»، «دستورالعمل حاضر»، «همین بخشنامه». */
export const SELF = new Set(['دستورالعمل', 'بخشنامه', 'سند']);
export const PRESENT = new Set(['حاضر', 'فعلی', 'جاری']);
/**
 * What names the draft itself after «این»/«همین» (FORMAT.md 1.1): «این دستورالعمل»، «این بخشنامه»،
 * «این آیین‌نامه»، «این شیوه‌نامه»، «این مصوبه»، «این تصویب‌نامه»، «این قانون». Without «این» (or «حاضر»
 * after it) the last five name another instrument: «ماده ۲ آیین‌نامه مالی».
 */
export const SELF_AFTER_THIS = new Set([...SELF, 'آییننامه', 'آیینامه', 'شیوهنامه', 'مصوبه', 'تصویبنامه', 'قانون']);
/** Another instrument: a reference followed by one of these is external. */
export const INSTRUMENTS = new Set([
  'قانون', 'قوانین', 'آییننامه', 'آیینامه', 'آییننامههای', 'اساسنامه', 'مصوبه', 'مصوبات', 'تصویبنامه',
  'لایحه', 'لوایح', 'کنوانسیون', 'معاهده', 'موافقتنامه', 'تفاهمنامه', 'قرارداد', 'پیمان', 'مقررات', 'ضوابط',
  'شیوهنامه', 'نظامنامه', 'منشور', 'پروتکل', 'برنامه', 'اصلاحیه', 'دستورالعملهای', 'بخشنامههای', 'دادنامه',
  'رای', 'آرای', 'اسناد', 'قانونگذار',
]);
/** Two-word spellings of instruments («آیین نامه»، «دستور العمل»): the first word and what joins it. */
export const JOINED_FIRST = new Set(['آیین', 'تصویب', 'تفاهم', 'موافقت', 'اساس', 'شیوه', 'نظام', 'بخش', 'دستور']);
/** Words that only an instrument's article has: «ماده ۵ اصلاحی»، «ماده ۱۰ مکرر». */
export const MODIFIERS = new Set(['اصلاحی', 'الحاقی', 'مکرر', 'منسوخ', 'ملغی', 'ملغا', 'مصوب', 'اصلاحیه']);
/** «ماده ۱۰ آن»، «تبصره ۲ همان ماده»: pointing back at something named before. */
export const PRONOUNS = new Set(['آن', 'همان', 'آنها', 'مربوطه']);
/** «کمیسیون ماده ۱۰۰»، «هیئت ماده ۱۲»: bodies named after an article of a law. */
export const BODIES = new Set(['کمیسیون', 'کمیسیونهای', 'کمیسیونها', 'کمسیون', 'هیات', 'هییت', 'هیاتهای', 'هییتهای', 'کارگروه', 'شورای']);
/** «قانون شهرداری، به‌ویژه ماده ۵۵»: an article of the instrument just named. */
export const EMPHASIS = new Set(['بهویژه', 'بویژه', 'خصوصا', 'بهخصوص', 'بخصوص', 'علیالخصوص', 'بالاخص', 'مخصوصا', 'خاصه']);
export const LIST_SEPARATORS = new Set(['و', '،', ',', 'یا']);
export const RANGE_SEPARATORS = new Set(['تا', 'الی']);
export const SENTENCE_BREAK = /[.؛;!؟?:\n]/;
/** A cheap test that a text may hold a reference at all, and the same to find each. */
export const ANCHOR_TEST = /م(?:اده|واد)/;
export const ANCHORS_G = /م(?:اده|واد)/g;
export const OPENERS = new Set(['«', '(', '"', '“', '[', '‹']);
export const CLOSERS: Record<string, string> = { '«': '»', '(': ')', '"': '"', '“': '”', '[': ']', '‹': '›' };
