import { defineRule, isRecord } from '../core/engine/rule.js';
import { documentShape, fa } from './structure.js';
import { renumberEdits } from './utils/renumber.js';

/**
 * FORMAT.md, `articles[].number`: optional, but when given on any article it is given on all, and the
 * numbers run 1, 2, 3 … with no gap or repeat, the definitions article being 1 when it is present.
 */
export default defineRule({
  meta: {
    id: 'article-numbering',
    severity: 'error',
    fixable: true,
    fixType: 'numbering',
    description: {
      fa: 'شماره ماده‌ها باید پشت سر هم از ۱ باشد (ماده «تعاریف» ماده ۱ است) و اگر یک ماده شماره دارد همه شماره داشته باشند',
      en: 'Article numbers run 1, 2, 3 … (the definitions article is 1), and when one article is numbered all are',
    },
    messages: {
      wrong: {
        fa: 'شماره ماده باید {expectedFa} باشد اما {foundFa} نوشته شده است (ماده‌ها باید پشت سر هم از ۱ شماره بخورند).',
        en: 'The article number should be {expected} but is {found} (articles are numbered 1, 2, 3 … with no gap).',
      },
      wrongAfterDefinitions: {
        fa: 'شماره ماده باید {expectedFa} باشد اما {foundFa} نوشته شده است (ماده ۱ «تعاریف» است و ماده‌ها از ۲ پشت سر هم ادامه می‌یابند).',
        en: 'The article number should be {expected} but is {found} (article 1 is the definitions, and the articles continue 2, 3 … with no gap).',
      },
      definitions: {
        fa: 'شماره ۱ از آنِ ماده «تعاریف» است؛ شماره این ماده باید {expectedFa} باشد.',
        en: 'Number 1 belongs to the definitions article; this article should be number {expected}.',
      },
      repeat: {
        fa: 'شماره ماده {foundFa} تکراری است و پیش‌تر آمده است؛ شماره این ماده باید {expectedFa} باشد.',
        en: 'Article number {found} is repeated (an earlier article has it); this article should be number {expected}.',
      },
      notANumber: {
        fa: 'شماره ماده باید عدد صحیح {expectedFa} باشد اما «{found}» نوشته شده است.',
        en: 'The article number should be the integer {expected} but is "{found}".',
      },
      missing: {
        fa: 'این ماده شماره ندارد در حالی که ماده‌های دیگر شماره دارند؛ یا به همه ماده‌ها شماره بدهید (این ماده {expectedFa}) یا شماره را از همه بردارید.',
        en: 'This article has no number while other articles do; number every article (this one {expected}) or none.',
      },
    },
  },
  check(context) {
    const shape = documentShape(context);
    // Articles at the top level or in chapters and sections: their numbers run on across chapters.
    if (!shape.hasArticles || !shape.articles.some((a) => a.hasNumber)) return;
    const seen = new Set<number>();
    // One fix renumbers every article and rewrites the references to them (utils/renumber.ts); each
    // finding carries it, and the fixer applies it once (the copies overlap and are dropped).
    let renumbering: ReturnType<typeof renumberEdits>;
    let computed = false;
    const fix = (): { edits?: ReturnType<typeof renumberEdits> } => {
      if (!computed) renumbering = renumberEdits(context);
      computed = true;
      return renumbering ? { edits: renumbering } : {};
    };
    for (const article of shape.articles) {
      const expected = article.position;
      const value = article.value;
      if (!isRecord(value)) continue;
      // The usual case, a number that is right, needs no message data.
      if (article.hasNumber && article.explicit === expected && typeof value.number === 'number') {
        seen.add(expected);
        continue;
      }
      const data = { expected, expectedFa: fa(expected) };
      if (!article.hasNumber) {
        context.report({ messageId: 'missing', data, path: article.path });
        continue;
      }
      const raw = value.number;
      const path = [...article.path, 'number'];
      const found = article.explicit;
      const scalar = typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean';
      if (found === undefined) {
        const shown = scalar ? String(raw) : JSON.stringify(raw) ?? '';
        context.report({
          messageId: 'notANumber', data: { ...data, found: shown }, path,
          ...(scalar ? fix() : {}),
        });
        continue;
      }
      // An integer written as a string («"۴"») is right in value but still the wrong type: say so.
      const foundData = { ...data, found: typeof raw === 'string' ? raw : found, foundFa: fa(typeof raw === 'string' ? raw : found) };
      let messageId: 'notANumber' | 'repeat' | 'definitions' | 'wrongAfterDefinitions' | 'wrong';
      if (found === expected) messageId = 'notANumber';
      else if (seen.has(found)) messageId = 'repeat';
      else if (found === 1 && shape.offset === 1) messageId = 'definitions';
      else messageId = shape.offset === 1 ? 'wrongAfterDefinitions' : 'wrong';
      seen.add(found);
      context.report({ messageId, data: foundData, path, ...fix() });
    }
  },
});
