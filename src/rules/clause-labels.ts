import { asArray, defineRule, isRecord, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { abjadLabelIndex, clauseLabelIndex, labelsOf, normalizeLabel, type LabelOrder } from '../persian/alphabet.js';
import { findReferences, mayHaveReferences } from '../persian/legal-refs/index.js';
import {
  articleNumber, articleOfPath, documentShape, fa, findArticle, type ArticleShape, type ClauseListShape, type DocumentShape,
} from './structure.js';
import { excerpt } from './utils/excerpt.js';
import { relabelEdits } from './utils/relabel.js';
import { isQuotedPath } from './utils/walk.js';

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

/** How an order is named in messages, with its first labels. */
const ORDER_NAMES: Record<LabelOrder, { fa: string; en: string }> = {
  alphabetical: { fa: 'ترتیب الفبا: الف، ب، پ، ت …', en: 'the alphabetical order: الف، ب، پ، ت …' },
  abjad: { fa: 'ترتیب ابجد: الف، ب، ج، د …', en: 'the abjad order: الف، ب، ج، د …' },
};

/**
 * FORMAT.md 1.1, clause labels: optional, but when a list labels any clause it labels all, from «الف» in
 * one order: the alphabetical (الف، ب، پ، ت …) or the abjad (الف، ب، ج، د …). Every list is checked: an
 * article's clauses, an item's, a clause's sub-clauses, in articles at any depth of chapters. «الف -»,
 * «الف)» and «(الف)» count as «الف»; «ه» as «هـ». A fix that relabels a list would leave the references
 * to its old labels («بند «ج» ماده (۶)») pointing elsewhere, so no fix is offered for an article the text
 * refers to by clause.
 */
export default defineRule({
  meta: {
    id: 'clause-labels',
    severity: 'error',
    fixable: true,
    fixType: 'numbering',
    description: {
      fa: 'حرف بندهای هر فهرست باید از «الف» به یک ترتیب باشد (الفبا: الف، ب، پ، ت … یا ابجد: الف، ب، ج، د …) و اگر یک بند حرف دارد همه بندهای آن فهرست حرف داشته باشند',
      en: 'Clause labels of a list run from «الف» in one order (alphabetical الف، ب، پ، ت … or abjad الف، ب، ج، د …), and when one clause is labelled all are',
    },
    messages: {
      wrong: {
        fa: 'حرف بند {positionFa} ماده {articleFa} باید «{expected}» باشد اما «{found}» نوشته شده است (این فهرست به {orderFa} است و یک فهرست یک ترتیب دارد).',
        en: 'Clause {position} of article {article} should be labelled «{expected}» but is «{found}» (this list follows {orderEn}; a list keeps one order).',
      },
      repeat: {
        fa: 'حرف بند «{found}» در ماده {articleFa} تکراری است؛ بند {positionFa} این ماده باید «{expected}» باشد.',
        en: 'Clause label «{found}» is repeated in article {article}; clause {position} should be «{expected}».',
      },
      notALabel: {
        fa: '«{found}» حرف بند نیست؛ بند {positionFa} ماده {articleFa} باید «{expected}» باشد ({orderFa}).',
        en: '«{found}» is not a clause label; clause {position} of article {article} should be «{expected}» ({orderEn}).',
      },
      missing: {
        fa: 'بند {positionFa} ماده {articleFa} حرف ندارد در حالی که بندهای دیگر این فهرست حرف دارند؛ حرف آن باید «{expected}» باشد.',
        en: 'Clause {position} of article {article} has no label while other clauses of the list do; it should be «{expected}».',
      },
      tooMany: {
        fa: 'ماده {articleFa} بیش از {maxFa} بند در یک فهرست دارد و برای بند {positionFa} حرفی نمانده است؛ ماده را به چند ماده بشکنید.',
        en: 'Article {article} has more than {max} clauses in one list, and there is no label left for clause {position}; split the article.',
      },
    },
  },
  check(context) {
    const shape = documentShape(context);
    // Articles whose clauses the text refers to by label: relabelling them would break the references.
    let referenced: Set<ArticleShape> | undefined;
    const isReferenced = (article: ArticleShape): boolean => (referenced ??= referencedByClause(context, shape)).has(article);
    for (const article of shape.articles) {
      for (const list of article.clauseLists) {
        if (!list.clauses.some((c) => c.raw !== undefined && c.raw !== null)) continue;
        checkList(context, article, list, isReferenced);
      }
    }
  },
});

function checkList(context: RuleContext<'wrong' | 'repeat' | 'notALabel' | 'missing' | 'tooMany'>, article: ArticleShape, list: ClauseListShape, isReferenced: (a: ArticleShape) => boolean): void {
  const clauses = asArray(valueAt(context.draft, list.path));
  const number = articleNumber(article);
  const names = labelsOf(list.order);
  const seen = new Set<string>();
  // A clause's own fix, unless the text refers to the article's clauses by label: then one fix relabels
  // the article's own list and rewrites those references (utils/relabel.ts), and a deeper list, which
  // references do not name, is not relabelled at all.
  let relabelling: ReturnType<typeof relabelEdits>;
  let computed = false;
  const fix = (replacement: string): { replacement?: string; edits?: ReturnType<typeof relabelEdits> } => {
    if (!isReferenced(article)) return { replacement };
    if (list.depth !== 1) return {};
    if (!computed) relabelling = relabelEdits(context, article, list, clauses, fixedLabel);
    computed = true;
    return relabelling ? { edits: relabelling } : {};
  };
  for (const clause of list.clauses) {
    if (!isRecord(clauses[clause.index])) continue;
    const position = clause.index + 1;
    // Message data is made only for a clause that is reported; most are right.
    const base = (): Record<string, string | number> => ({
      article: number, articleFa: fa(number), position, positionFa: fa(position),
      orderFa: ORDER_NAMES[list.order].fa, orderEn: ORDER_NAMES[list.order].en,
    });
    const expected = clause.expected;
    const at = [...list.path, clause.index];
    if (expected === undefined) {
      context.report({ messageId: 'tooMany', data: { ...base(), max: names.length, maxFa: fa(names.length) }, path: at });
      continue;
    }
    const found = clause.label;
    if (found === expected) {
      seen.add(found);
      continue;
    }
    const path = [...at, 'label'];
    const data = { ...base(), expected };
    if (clause.raw === undefined || clause.raw === null) {
      context.report({ messageId: 'missing', data, path: at });
      continue;
    }
    if (typeof clause.raw === 'string') {
      const written = clause.raw;
      const isLabel = found !== undefined && (clauseLabelIndex(found) >= 0 || abjadLabelIndex(found) >= 0);
      const messageId: 'notALabel' | 'repeat' | 'wrong' = !isLabel ? 'notALabel' : seen.has(found) ? 'repeat' : 'wrong';
      if (found !== undefined) seen.add(found);
      const report = { messageId, data: { ...data, found: excerpt(written.trim()) }, path };
      // The span is the written text, so a fix edits inside any quotes and keeps the YAML as it is.
      if (written.length > 0) context.report({ ...report, span: { index: 0, length: written.length }, ...fix(fixedLabel(written, expected)) });
      else context.report(report);
    } else {
      const scalar = typeof clause.raw === 'number' || typeof clause.raw === 'boolean';
      const shown = scalar ? String(clause.raw) : JSON.stringify(clause.raw) ?? '';
      // A number (label: 1) is replaced as a whole node; a list or mapping is only reported.
      context.report({ messageId: 'notALabel', data: { ...data, found: excerpt(shown) }, path, ...(scalar ? fix(expected) : {}) });
    }
  }
}

/** The value at a data path of the draft. */
function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The articles an internal reference names by clause label («بند ج ماده ۶»، «بند الف این ماده»). */
function referencedByClause(context: RuleContext<string>, shape: DocumentShape): Set<ArticleShape> {
  const out = new Set<ArticleShape>();
  for (const { value, path } of context.texts) {
    if (path[0] === 'legalBasis' || isQuotedPath(path) || !mayHaveReferences(value)) continue;
    for (const ref of findReferences(value)) {
      if (!ref.internal || ref.quoted || ref.clauses === undefined) continue;
      if (ref.articles === 'this') {
        const article = articleOfPath(shape, path);
        if (article) out.add(article);
        continue;
      }
      for (const n of ref.articles) {
        const target = findArticle(shape, n);
        if (target?.kind === 'article') out.add(target.article);
      }
    }
  }
  return out;
}
