/**
 * What format 1.1 says of a draft's structure that a JSON Schema cannot: `articles` or `chapters`,
 * not both; `singleArticle: true` with exactly one article; a table's rows as wide as its header;
 * at most three levels of clauses and items under an article (FORMAT.md, "Version 1.1 additions").
 */

import { asArray, defineRule, isRecord } from '../core/engine/rule.js';
import type { RuleContext } from '../core/engine/rule.js';
import { articlesOf } from '../core/render/draft-types.js';
import { toPersianDigits } from '../persian/digits.js';

type Path = Array<string | number>;

/** Levels under an article: a clause or item is level 1, what it holds level 2, and so on. */
const MAX_LEVELS = 3;

/** `path` is pushed and popped as the walk goes (it runs on every clause of every draft) and copied for a report. */
function checkDepth(context: RuleContext, node: Record<string, unknown>, path: Path, level: number): void {
  for (const key of ['clauses', 'items'] as const) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    if (level >= MAX_LEVELS) {
      context.report({ messageId: 'too-deep', path: [...path, key], key: true, data: { key } });
      continue;
    }
    for (let i = 0; i < children.length; i++) {
      const child: unknown = children[i];
      if (!isRecord(child)) continue;
      path.push(key, i);
      checkDepth(context, child, path, level + 1);
      path.length -= 2;
    }
  }
}

export default defineRule({
  meta: {
    id: 'document-shape',
    severity: 'error',
    fixable: false,
    description: {
      fa: 'ساختار سند با قالب ۱٫۱ سازگار است: ماده‌ها یا فصل‌ها، ماده واحده، جدول‌ها و سطح بندها',
      en: 'The document’s structure follows format 1.1: articles or chapters, single article, tables, clause levels',
    },
    messages: {
      'articles-and-chapters': {
        fa: 'پیش‌نویس هم «articles» دارد و هم «chapters»؛ ماده‌ها را یا همه در فصل‌ها بنویسید یا بی‌فصل در «articles»، نه هر دو.',
        en: 'The draft has both "articles" and "chapters"; put every article in the chapters, or all of them in "articles", not both.',
      },
      'single-article': {
        fa: '«ماده واحده» (singleArticle: true) یعنی سند فقط یک ماده دارد، اما این پیش‌نویس {countFa} ماده دارد.',
        en: '"singleArticle: true" means the document has exactly one article, but this draft has {countEn}.',
      },
      'single-article-definitions': {
        fa: '«ماده واحده» (singleArticle: true) با «تعاریف» جمع نمی‌شود: تعاریف خود ماده ۱ است؛ تعریف‌ها را در متن ماده واحده بیاورید یا singleArticle را بردارید.',
        en: '"singleArticle: true" cannot go with "definitions": the definitions are an article of their own; define the terms in the single article’s text, or remove singleArticle.',
      },
      'row-width': {
        fa: 'سطر {rowFa} جدول {cellsFa} خانه دارد اما سطر عنوان {headerFa} ستون دارد؛ هر سطر باید به اندازه سطر عنوان خانه داشته باشد (خانه خالی را "" بنویسید).',
        en: 'Row {rowEn} of the table has {cellsEn} but the header has {headerEn} columns; every row needs as many cells as the header (write an empty cell as "").',
      },
      'too-deep': {
        fa: '«{key}» در سطح چهارم است؛ بند، جزء و زیربند زیر یک ماده روی هم حداکثر سه سطح دارند. این سطح را در متن بند بالاتر بیاورید یا ماده را تقسیم کنید.',
        en: '"{key}" is a fourth level; clauses, items and sub-clauses under an article have at most three levels in all. Fold this level into its parent’s text, or split the article.',
      },
    },
  },
  check(context) {
    const { draft } = context;
    if (draft.articles !== undefined && draft.chapters !== undefined) {
      context.report({ messageId: 'articles-and-chapters', path: ['chapters'], key: true });
    }
    const placed = articlesOf(draft);
    if (draft.singleArticle === true) {
      if (draft.kind !== 'circular' && asArray(draft.definitions).length > 0) {
        context.report({ messageId: 'single-article-definitions', path: ['singleArticle'] });
      } else if (placed.length !== 1) {
        context.report({
          messageId: 'single-article',
          path: ['singleArticle'],
          data: { countFa: toPersianDigits(placed.length), countEn: placed.length === 0 ? 'none' : `${placed.length}` },
        });
      }
    }
    for (const { article, path } of placed) {
      checkDepth(context, article, [...path], 0);
      asArray(article.tables).forEach((table, t) => {
        if (!isRecord(table) || !Array.isArray(table.header)) return;
        const width = table.header.length;
        asArray(table.rows).forEach((row, r) => {
          if (!Array.isArray(row) || row.length === width || row.length === 0) return;
          context.report({
            messageId: 'row-width',
            path: [...path, 'tables', t, 'rows', r],
            data: {
              rowFa: toPersianDigits(r + 1), rowEn: r + 1,
              cellsFa: toPersianDigits(row.length), cellsEn: row.length === 1 ? '1 cell' : `${row.length} cells`,
              headerFa: toPersianDigits(width), headerEn: width,
            },
          });
        });
      });
    }
  },
});
