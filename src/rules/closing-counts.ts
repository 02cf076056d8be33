import { defineRule } from '../core/engine/rule.js';
import { findClosingCounts, type ClosingCounts, type CountMatch } from '../persian/count-words.js';
import { numberToWords } from '../persian/number-words.js';
import { toPersianLetters } from '../persian/text.js';
import { documentShape, fa } from './structure.js';
import { LETTER_CLASS } from '../persian/text.js';

/** Words that make a number before «ماده»/«تبصره» a reference («تبصره ۲ ماده ۸»), not a count. */
const REFERENCE_WORD = new RegExp(`(?:^|[^${LETTER_CLASS}])(?:ماده|مواد|تبصره|بند|جزء|اصل)[\\s\\u200C\\u200E\\u200F\\u061C(]*$`);

/**
 * The first count before «ماده» (or «تبصره») that is a count and not part of a reference: in
 * «… تبصره ۲ ماده ۸ قانون …، در ۶ ماده» the «۲» belongs to «تبصره ۲», so the search goes on.
 */
function statedCount(text: string, which: 'articles' | 'notes', whole: ClosingCounts, prepared: string): CountMatch | undefined {
  let from = 0;
  for (let guard = 0; guard < 50 && from < text.length; guard++) {
    const found = (from === 0 ? whole : findClosingCounts(text.slice(from)))[which];
    if (found === undefined) return undefined;
    const index = from + found.index;
    const before = prepared.slice(0, index);
    if (!REFERENCE_WORD.test(before)) return { ...found, index };
    from = index + found.length;
  }
  return undefined;
}

const LATIN_DIGITS = /^[(\s]*[0-9]+/;

/** The right count written as the author wrote the wrong one: digits (Latin kept Latin) or words. */
function written(match: CountMatch, source: string, value: number): string {
  if (match.form === 'words') return numberToWords(value);
  return LATIN_DIGITS.test(source) ? String(value) : fa(value);
}

/**
 * FORMAT.md, `closing`: when the closing sentence states how many articles and notes the directive
 * has («در ۱۲ ماده و ۵ تبصره»، «در پنج ماده و سه تبصره»، «(۱۴) ماده»), the counts match the document:
 * the articles with the definitions article, the notes of every article.
 */
export default defineRule({
  meta: {
    id: 'closing-counts',
    severity: 'error',
    fixable: true,
    description: {
      fa: 'تعداد ماده‌ها و تبصره‌هایی که عبارت پایانی می‌گوید باید با متن دستورالعمل برابر باشد',
      en: 'The numbers of articles and notes the closing states match the directive',
    },
    messages: {
      articles: {
        fa: 'در عبارت پایانی «{stated}» ماده آمده است اما دستورالعمل {actualFa} ماده دارد.',
        en: 'The closing states «{stated}» articles but the directive has {actual}.',
      },
      articlesWithDefinitions: {
        fa: 'در عبارت پایانی «{stated}» ماده آمده است اما دستورالعمل {actualFa} ماده دارد (با ماده ۱ «تعاریف»).',
        en: 'The closing states «{stated}» articles but the directive has {actual} (counting article 1, the definitions).',
      },
      notes: {
        fa: 'در عبارت پایانی «{stated}» تبصره آمده است اما ماده‌های دستورالعمل روی هم {actualFa} تبصره دارند.',
        en: 'The closing states «{stated}» notes but the articles have {actual} notes in all.',
      },
      noNotes: {
        fa: 'در عبارت پایانی «{stated}» تبصره آمده است اما دستورالعمل هیچ تبصره‌ای ندارد؛ شمار تبصره‌ها را از عبارت پایانی بردارید.',
        en: 'The closing states «{stated}» notes but the directive has no notes; remove the note count from the closing.',
      },
    },
  },
  check(context) {
    const draft = context.draft;
    // Only a directive has a closing (a circular's schema has none).
    if (draft.kind === 'circular') return;
    const closing = draft.closing;
    if (typeof closing !== 'string' || closing.trim() === '') return;
    const shape = documentShape(context);
    const path = ['closing'];

    // Both counts of the whole closing come from one reading of it.
    const whole = findClosingCounts(closing);
    const prepared = toPersianLetters(closing);
    const articles = statedCount(closing, 'articles', whole, prepared);
    if (articles !== undefined && shape.hasArticles && articles.value !== shape.totalArticles) {
      const stated = closing.slice(articles.index, articles.index + articles.length);
      context.report({
        messageId: shape.offset === 1 ? 'articlesWithDefinitions' : 'articles',
        data: { stated, actual: shape.totalArticles, actualFa: fa(shape.totalArticles) },
        path,
        span: { index: articles.index, length: articles.length },
        replacement: written(articles, stated, shape.totalArticles),
      });
    }

    const notes = statedCount(closing, 'notes', whole, prepared);
    if (notes !== undefined && shape.hasArticles && notes.value !== shape.totalNotes) {
      const stated = closing.slice(notes.index, notes.index + notes.length);
      const none = shape.totalNotes === 0;
      context.report({
        messageId: none ? 'noNotes' : 'notes',
        data: { stated, actual: shape.totalNotes, actualFa: fa(shape.totalNotes) },
        path,
        span: { index: notes.index, length: notes.length },
        // «۰ تبصره» is no sentence: with no notes the author rewrites the closing.
        ...(none ? {} : { replacement: written(notes, stated, shape.totalNotes) }),
      });
    }
  },
});
