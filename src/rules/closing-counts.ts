import { defineRule, type RuleContext } from '../core/engine/rule.js';

type MessageId = 'articles' | 'articlesWithDefinitions' | 'single' | 'notes' | 'noNotes';
import { findCounts, type CountMatch } from '../persian/count-words.js';
import { writeCount } from './utils/count-fix.js';
import { LETTER_CLASS, toPersianLetters } from '../persian/text.js';
import { documentShape, fa, type DocumentShape } from './structure.js';
import { excerpt } from './utils/excerpt.js';

/** Words that make a number before «ماده»/«تبصره» a reference («تبصره ۲ ماده ۸»), not a count. */
const REFERENCE_WORD = new RegExp(`(?:^|[^${LETTER_CLASS}])(?:ماده|مواد|تبصره|بند|جزء|اصل)[\\s\\u200C\\u200E\\u200F\\u061C(]*$`);

/**
 * A change, not a count (FORMAT.md 1.1): «الحاق یک تبصره»، «اصلاح دو ماده»، «حذف سه ماده» — the word of
 * change right before the count, at most one word apart («و الحاق یک تبصره به این بند»).
 */
const CHANGE_BEFORE = new RegExp(
  `(?:^|[^${LETTER_CLASS}])(?:الحاق|اصلاح|حذف|افزودن|اضافه|اضافه‌شدن|نسخ|ابطال|الغای|الغا|تغییر|جایگزینی)(?:[\\s\\u200C]+[${LETTER_CLASS}\\u200C]+)?[\\s\\u200C(]*$`,
);
/** «یک تبصره الحاقی»، «دو ماده اصلاحی»: the count of what is changed. */
const CHANGE_AFTER = /^[\s\u200C]*(?:ها[یي]?)?[\s\u200C]*(?:الحاقی|اصلاحی|الحاق|اضافه|جدید|ملحق|به[\s\u200C]+شرح)/;
/**
 * Another instrument whose counts a text may state: «معاهده (کنوانسیون) شامل مقدمه و بیست و هشت ماده».
 * Named between the last count (or the sentence's start) and this one, it owns the count.
 */
const OTHER_INSTRUMENT = /(?:معاهده|کنوانسیون|کنوانسیون|موافقت[\s\u200C]*نامه|پروتکل|پروتکل|قرارداد|تفاهم[\s\u200C]*نامه|اساسنامه|منشور|ضمیمه|پیوست|الحاقیه|اصلاحیه|میثاق)/;
/** A count statement of the preamble (FORMAT.md 1.1: «… مشتمل بر ۱۳ ماده و ۶ تبصره …»). */
const STATEMENT_BEFORE = /(?:مشتمل[\s\u200C]+بر|شامل|متشکل[\s\u200C]+از|در|ماده[\s\u200C]+و)[\s\u200C(]*$/;
/** «ماده واحده» (one article), as a count after «مشتمل بر»، «شامل»، «در». */
const SINGLE = /(?:مشتمل[\s\u200C]+بر|شامل|متشکل[\s\u200C]+از|در)[\s\u200C]+(ماده[\s\u200C]*(?:ی[\s\u200C]*)?واحده)/;

interface Stated extends CountMatch {
  /** «ماده واحده»: one article, written as a phrase a number cannot replace. */
  single?: boolean;
}

/** Whether the count at `match` states the draft's own count, not a reference, a change or another instrument's. */
function isOwnCount(prepared: string, match: CountMatch, previousEnd: number, keyword: string, statement: boolean): boolean {
  const before = prepared.slice(Math.max(0, match.index - 80), match.index);
  if (REFERENCE_WORD.test(before) || CHANGE_BEFORE.test(before)) return false;
  if (statement && !STATEMENT_BEFORE.test(before)) return false;
  const afterKeyword = prepared.indexOf(keyword, match.index + match.length);
  if (afterKeyword >= 0 && CHANGE_AFTER.test(prepared.slice(afterKeyword + keyword.length, afterKeyword + keyword.length + 20))) return false;
  // Another instrument named since the last count or sentence break owns it.
  let from = Math.max(previousEnd, 0);
  const sentence = Math.max(prepared.lastIndexOf('.', match.index), prepared.lastIndexOf('؛', match.index));
  if (sentence > from) from = sentence;
  const between = prepared.slice(from, match.index);
  const other = OTHER_INSTRUMENT.exec(between);
  return other === null || /(?:این|همین)[\s\u200C]*$/.test(between.slice(0, other.index));
}

/** The count of articles or notes `text` states for the document itself, if it states one. */
function statedCount(text: string, prepared: string, which: 'articles' | 'notes', statement: boolean): Stated | undefined {
  const keyword = which === 'articles' ? 'ماده' : 'تبصره';
  let previousEnd = -1;
  let found: Stated | undefined;
  for (const match of findCounts(text, which)) {
    if (isOwnCount(prepared, match, previousEnd, keyword, statement)) {
      found = match;
      break;
    }
    previousEnd = match.index + match.length;
  }
  if (which === 'articles') {
    const single = SINGLE.exec(prepared);
    if (single !== null && (found === undefined || single.index < found.index)) {
      const index = single.index + single[0].length - single[1]!.length;
      const candidate: Stated = { value: 1, index, length: single[1]!.length, form: 'words', single: true };
      // (Its keyword is part of the match: nothing after it is read as the changed provision.)
      if (isOwnCount(prepared, candidate, -1, 'واحده', false)) return candidate;
    }
  }
  return found;
}

/** The right count written as the author wrote the wrong one (utils/count-fix.ts). */
function written(_match: CountMatch, source: string, value: number): string {
  return writeCount(source, value);
}

const WHERE = {
  closing: { whereFa: 'عبارت پایانی', whereEn: 'closing' },
  preamble: { whereFa: 'مقدمه', whereEn: 'preamble' },
} as const;

/**
 * FORMAT.md 1.1, closing counts: when the closing, or a count statement of the preamble («… مشتمل بر ۱۳
 * ماده و ۶ تبصره …»), states how many articles and notes the directive has («در ۱۲ ماده و ۵ تبصره»، «در
 * پنج ماده و سه تبصره»، «(۱۴) ماده»، «چهل‌وهفت ماده»، «ماده واحده»), the counts match the document: every
 * article (with the definitions article, across chapters), every note (with the notes of clauses and
 * items). A change («الحاق یک تبصره») or another instrument's counts («معاهده … شامل بیست و هشت ماده»)
 * are not the draft's.
 */
export default defineRule({
  meta: {
    id: 'closing-counts',
    severity: 'error',
    fixable: true,
    fixType: 'counts',
    description: {
      fa: 'تعداد ماده‌ها و تبصره‌هایی که عبارت پایانی یا مقدمه می‌گوید باید با متن دستورالعمل برابر باشد',
      en: 'The numbers of articles and notes the closing or the preamble states match the directive',
    },
    messages: {
      articles: {
        fa: 'در {whereFa} «{stated}» ماده آمده است اما دستورالعمل {actualFa} ماده دارد.',
        en: 'The {whereEn} states «{stated}» articles but the directive has {actual}.',
      },
      articlesWithDefinitions: {
        fa: 'در {whereFa} «{stated}» ماده آمده است اما دستورالعمل {actualFa} ماده دارد (با ماده ۱ «تعاریف»).',
        en: 'The {whereEn} states «{stated}» articles but the directive has {actual} (counting article 1, the definitions).',
      },
      single: {
        fa: 'در {whereFa} «{stated}» آمده است (یک ماده) اما دستورالعمل {actualFa} ماده دارد.',
        en: 'The {whereEn} states «{stated}» (a single article) but the directive has {actual} articles.',
      },
      notes: {
        fa: 'در {whereFa} «{stated}» تبصره آمده است اما ماده‌های دستورالعمل روی هم {actualFa} تبصره دارند.',
        en: 'The {whereEn} states «{stated}» notes but the articles have {actual} notes in all.',
      },
      noNotes: {
        fa: 'در {whereFa} «{stated}» تبصره آمده است اما دستورالعمل هیچ تبصره‌ای ندارد؛ شمار تبصره‌ها را از {whereFa} بردارید.',
        en: 'The {whereEn} states «{stated}» notes but the directive has no notes; remove the note count from the {whereEn}.',
      },
    },
  },
  check(context) {
    const draft = context.draft;
    // Only a directive has a closing and a preamble (a circular's schema has neither).
    if (draft.kind === 'circular') return;
    const shape = documentShape(context);
    if (!shape.hasArticles) return;
    checkText(context, shape, 'closing', false);
    checkText(context, shape, 'preamble', true);
  },
});

function checkText(context: RuleContext<MessageId>, shape: DocumentShape, key: 'closing' | 'preamble', statement: boolean): void {
  const text = context.draft[key];
  if (typeof text !== 'string' || text.trim() === '') return;
  // A preamble is checked only where it states a count, which it rarely does.
  if (statement && !(text.includes('ماده') && /مشتمل|شامل|متشکل|در/.test(text))) return;
  const path = [key];
  const where = WHERE[key];
  const prepared = toPersianLetters(text);

  const articles = statedCount(text, prepared, 'articles', statement);
  if (articles !== undefined && articles.value !== shape.totalArticles) {
    const stated = excerpt(text.slice(articles.index, articles.index + articles.length));
    const data = { ...where, stated, actual: shape.totalArticles, actualFa: fa(shape.totalArticles) };
    const span = { index: articles.index, length: articles.length };
    if (articles.single) context.report({ messageId: 'single', data, path, span });
    else context.report({ messageId: shape.offset === 1 ? 'articlesWithDefinitions' : 'articles', data, path, span, replacement: written(articles, stated, shape.totalArticles) });
  }

  const notes = statedCount(text, prepared, 'notes', statement);
  if (notes !== undefined && notes.value !== shape.totalNotes) {
    const stated = excerpt(text.slice(notes.index, notes.index + notes.length));
    const none = shape.totalNotes === 0;
    context.report({
      messageId: none ? 'noNotes' : 'notes',
      data: { ...where, stated, actual: shape.totalNotes, actualFa: fa(shape.totalNotes) },
      path,
      span: { index: notes.index, length: notes.length },
      // «۰ تبصره» is no sentence: with no notes the author rewrites the sentence.
      ...(none ? {} : { replacement: written(notes, stated, shape.totalNotes) }),
    });
  }
}
