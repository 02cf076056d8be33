import { asArray, defineRule, isRecord } from '../core/engine/rule.js';
import { clauseLabelIndex, normalizeLabel } from '../persian/alphabet.js';
import { articleNumber, documentShape, fa } from './structure.js';

/** The decoration around a label («(الف)», «الف -», «الف)»), kept by a fix when it is this simple. */
const DECORATED = /^(\(?[ \t]*)(.*?)([ \t]*[-–).]?)$/su;

/** The label a fix writes: the expected one, in the author's simple decoration when there is one. */
function fixedLabel(written: string, expected: string): string {
  const m = DECORATED.exec(written);
  if (m !== null) {
    const candidate = `${m[1] ?? ''}${expected}${m[3] ?? ''}`;
    if (candidate !== expected && normalizeLabel(candidate) === expected) return candidate;
  }
  return expected;
}

/**
 * FORMAT.md, `articles[].clauses[].label`: optional, but when an article labels any clause it labels
 * all, in the order الف، ب، پ … from «الف». «الف -», «الف)» and «(الف)» count as «الف»; «ه» as «هـ».
 */
export default defineRule({
  meta: {
    id: 'clause-labels',
    severity: 'error',
    fixable: true,
    description: {
      fa: 'حرف بندهای هر ماده باید به ترتیب الفبا از «الف» باشد و اگر یک بند حرف دارد همه بندهای آن ماده حرف داشته باشند',
      en: 'Clause labels of an article follow the Persian alphabet from «الف», and when one clause is labelled all are',
    },
    messages: {
      wrong: {
        fa: 'حرف بند {positionFa} ماده {articleFa} باید «{expected}» باشد اما «{found}» نوشته شده است (بندها به ترتیب الفبا از «الف» نام می‌گیرند: الف، ب، پ، ت …).',
        en: 'Clause {position} of article {article} should be labelled «{expected}» but is «{found}» (clauses follow the Persian alphabet from «الف»: الف، ب، پ، ت …).',
      },
      repeat: {
        fa: 'حرف بند «{found}» در ماده {articleFa} تکراری است؛ بند {positionFa} این ماده باید «{expected}» باشد.',
        en: 'Clause label «{found}» is repeated in article {article}; clause {position} should be «{expected}».',
      },
      notALabel: {
        fa: '«{found}» حرف بند نیست؛ بند {positionFa} ماده {articleFa} باید «{expected}» باشد (حرف‌های بند: الف، ب، پ، ت …).',
        en: '«{found}» is not a clause label; clause {position} of article {article} should be «{expected}» (labels are الف، ب، پ، ت …).',
      },
      missing: {
        fa: 'بند {positionFa} ماده {articleFa} حرف ندارد در حالی که بندهای دیگر این ماده حرف دارند؛ حرف آن باید «{expected}» باشد.',
        en: 'Clause {position} of article {article} has no label while other clauses of the article do; it should be «{expected}».',
      },
      tooMany: {
        fa: 'ماده {articleFa} بیش از ۳۲ بند دارد و برای بند {positionFa} حرفی پس از «ی» نمانده است؛ ماده را به چند ماده بشکنید.',
        en: 'Article {article} has more than 32 clauses, and there is no label after «ی» for clause {position}; split the article.',
      },
    },
  },
  check(context) {
    const list = asArray(context.draft.articles);
    const shape = documentShape(context);
    for (const article of shape.articles) {
      if (!article.clauses.some((c) => c.raw !== undefined && c.raw !== null)) continue;
      const clauses = asArray((list[article.index] as Record<string, unknown>).clauses);
      const number = articleNumber(article);
      const seen = new Set<string>();
      for (const clause of article.clauses) {
        if (!isRecord(clauses[clause.index])) continue;
        const position = clause.index + 1;
        // Message data is made only for a clause that is reported; most are right.
        const base = (): Record<string, string | number> => ({ article: number, articleFa: fa(number), position, positionFa: fa(position) });
        const expected = clause.expected;
        if (expected === undefined) {
          context.report({ messageId: 'tooMany', data: base(), path: ['articles', article.index, 'clauses', clause.index] });
          continue;
        }
        const found = clause.label;
        if (found === expected) {
          seen.add(found);
          continue;
        }
        const path = ['articles', article.index, 'clauses', clause.index, 'label'];
        const data = { ...base(), expected };
        if (clause.raw === undefined || clause.raw === null) {
          context.report({ messageId: 'missing', data, path: ['articles', article.index, 'clauses', clause.index] });
          continue;
        }
        if (typeof clause.raw === 'string') {
          const written = clause.raw;
          const messageId: 'notALabel' | 'repeat' | 'wrong' = found === undefined || clauseLabelIndex(found) < 0 ? 'notALabel' : seen.has(found) ? 'repeat' : 'wrong';
          if (found !== undefined) seen.add(found);
          const report = { messageId, data: { ...data, found: written.trim() }, path };
          // The span is the written text, so a fix edits inside any quotes and keeps the YAML as it is.
          if (written.length > 0) context.report({ ...report, span: { index: 0, length: written.length }, replacement: fixedLabel(written, expected) });
          else context.report(report);
        } else {
          const scalar = typeof clause.raw === 'number' || typeof clause.raw === 'boolean';
          const shown = scalar ? String(clause.raw) : JSON.stringify(clause.raw) ?? '';
          // A number (label: 1) is replaced as a whole node; a list or mapping is only reported.
          context.report({ messageId: 'notALabel', data: { ...data, found: shown }, path, ...(scalar ? { replacement: expected } : {}) });
        }
      }
    }
  },
});
