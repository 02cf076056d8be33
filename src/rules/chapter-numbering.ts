import { defineRule, isRecord, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { ordinalWord } from '../persian/number-words.js';
import { DIGIT_CLASS, toPersianLetters } from '../persian/text.js';
import { fa, numberValue } from './structure.js';

type MessageId = 'chapter' | 'chapterRepeat' | 'section' | 'sectionRepeat';

/**
 * FORMAT.md 1.1, chapters: `chapters: [{ number?, title, sections?: [{ number?, title, articles }] }]`,
 * rendered «فصل اول – …», «بخش دوم – …». A number may be left out (the renderer then numbers by
 * position, as for articles), but a number that is written is the heading the reader sees: chapters run
 * 1, 2, 3 … and the sections of each chapter run 1, 2, 3 … from its first, with no gap or repeat. A
 * chapter written «3» in the second place prints «فصل سوم» after «فصل اول», and the rest of the draft
 * has no «فصل دوم».
 *
 * The fix writes each wrong number as its position. It is offered only when no text of the draft names
 * a chapter (or, for sections, a section) by its number («فصل دوم این آیین‌نامه», «بخش ۳»): such a
 * reference may mean either numbering, and a fix that silently changed what it points at would be
 * worse than none.
 */
export default defineRule({
  meta: {
    id: 'chapter-numbering',
    severity: 'error',
    fixable: true,
    fixType: 'numbering',
    description: {
      fa: 'شماره فصل‌ها، و شماره بخش‌های هر فصل، اگر نوشته شود باید پشت سر هم از ۱ باشد',
      en: 'Chapter numbers, and the section numbers within each chapter, when given, run 1, 2, 3 …',
    },
    messages: {
      chapter: {
        fa: 'شماره فصل باید {expectedFa} باشد اما {foundFa} نوشته شده است (فصل‌ها پشت سر هم از ۱ شماره می‌خورند و «فصل {ordinal}» چاپ می‌شود).',
        en: 'The chapter number should be {expected} but is {found} (chapters are numbered 1, 2, 3 … with no gap; this one prints as «فصل {ordinal}»).',
      },
      chapterRepeat: {
        fa: 'شماره فصل {foundFa} تکراری است و فصل پیشین همین شماره را دارد؛ شماره این فصل باید {expectedFa} باشد.',
        en: 'Chapter number {found} is repeated (an earlier chapter has it); this chapter should be number {expected}.',
      },
      section: {
        fa: 'شماره بخش باید {expectedFa} باشد اما {foundFa} نوشته شده است (بخش‌های هر فصل پشت سر هم از ۱ شماره می‌خورند و «بخش {ordinal}» چاپ می‌شود).',
        en: 'The section number should be {expected} but is {found} (the sections of each chapter are numbered 1, 2, 3 … with no gap; this one prints as «بخش {ordinal}»).',
      },
      sectionRepeat: {
        fa: 'شماره بخش {foundFa} در این فصل تکراری است و بخش پیشین همین شماره را دارد؛ شماره این بخش باید {expectedFa} باشد.',
        en: 'Section number {found} is repeated in this chapter (an earlier section has it); this section should be number {expected}.',
      },
    },
  },
  check(context) {
    const chapters = context.draft.chapters;
    if (!Array.isArray(chapters)) return;
    // Whether a fix is safe is asked once per kind, and only when something is wrong.
    const safe = new Map<Unit, boolean>();
    const fixable = (unit: Unit): boolean => {
      let value = safe.get(unit);
      if (value === undefined) safe.set(unit, (value = !namesByNumber(context, unit)));
      return value;
    };
    checkList(context, chapters, ['chapters'], 'chapter', fixable);
    chapters.forEach((chapter, ci) => {
      if (isRecord(chapter) && Array.isArray(chapter.sections)) {
        checkList(context, chapter.sections, ['chapters', ci, 'sections'], 'section', fixable);
      }
    });
  },
});

type Unit = 'chapter' | 'section';

/** One list (the chapters, or one chapter's sections): each written number against its position. */
function checkList(context: RuleContext<MessageId>, list: unknown[], path: DataPath, unit: Unit, fixable: (unit: Unit) => boolean): void {
  const seen = new Set<number>();
  list.forEach((entry, index) => {
    const expected = index + 1;
    const raw = isRecord(entry) ? entry.number : undefined;
    // No number: the renderer numbers it by position. Not an integer: the schema says so.
    const found = raw === undefined || raw === null ? undefined : numberValue(raw);
    if (found === undefined || found < 1) return;
    const repeat = found !== expected && seen.has(found);
    seen.add(found);
    if (found === expected) return;
    const messageId: MessageId = unit === 'chapter' ? (repeat ? 'chapterRepeat' : 'chapter') : repeat ? 'sectionRepeat' : 'section';
    context.report({
      messageId,
      data: { expected, expectedFa: fa(expected), found: String(raw), foundFa: fa(String(raw)), ordinal: ordinalWord(found) },
      path: [...path, index, 'number'],
      ...(fixable(unit) ? { replacement: String(expected) } : {}),
    });
  });
}

/** «فصل» or «بخش», then a number in digits («فصل ۳», «بخش (2)») or as an ordinal word («فصل دوم», «بخش نخست»). */
let referencePattern: Record<Unit, RegExp> | undefined;

function patterns(): Record<Unit, RegExp> {
  if (referencePattern) return referencePattern;
  // Ordinals to a hundred, the longest first so «بیست و یکم» is not read as a prefix of something else.
  const ordinals = ['نخست', 'یکم'];
  for (let n = 1; n <= 100; n++) ordinals.push(ordinalWord(n));
  const words = ordinals
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[\s\u200C]+/g, '[\\s\\u200C]*'))
    .join('|');
  const after = `[\\s\\u200C(«]*(?:[${DIGIT_CLASS}]+|(?:${words})(?![\\u0600-\\u06FF]))`;
  referencePattern = {
    chapter: new RegExp(`(?<![\\u0600-\\u06FF])(?:فصل|فصول)${after}`),
    section: new RegExp(`(?<![\\u0600-\\u06FF])(?:بخش|بخشهای|بخش\\u200Cهای)${after}`),
  };
  return referencePattern;
}

/** Whether any prose of the draft names a chapter (or a section) by its number. */
function namesByNumber(context: RuleContext<MessageId>, unit: Unit): boolean {
  const pattern = patterns()[unit];
  return context.texts.some((t) => pattern.test(toPersianLetters(t.value)));
}
