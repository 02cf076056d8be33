/**
 * A draft that uses a key format 1.1 added declares `schemaVersion: 1.1` (FORMAT.md, first paragraph):
 * a reader (or an older tool) that sees `1` may rely on the draft holding only version 1 shapes. The
 * schema accepts the 1.1 keys under either version, so that the one mistake gives one finding here,
 * on `schemaVersion`, with the fix that raises it, instead of an "unknown key" on every use.
 */

import { defineRule, isRecord, pathString } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { VERSION_1_1_TOP_KEYS, articlesOf } from '../core/render/draft-types.js';
import { toPersianDigits } from '../persian/digits.js';

type Path = Array<string | number>;

/*
 * The walk below runs on every version 1 draft and finds nothing in nearly all of them: it keeps one
 * path (a stack it pushes and pops) and copies it only for the use it returns.
 */

/** The first place format 1.1 shapes are used in a clause, item or note list, or undefined. */
function inNode(node: unknown, path: Path, kind: 'clause' | 'item' | 'note'): Path | undefined {
  if (kind === 'item') {
    // A bare string item is version 1 (clauses[].items); an item with its own keys is 1.1.
    return isRecord(node) ? path.slice() : undefined;
  }
  if (!isRecord(node)) return undefined;
  if (node.added !== undefined) return [...path, 'added'];
  if (kind === 'note') return undefined;
  if (node.clauses !== undefined) return [...path, 'clauses'];
  if (node.notes !== undefined) return [...path, 'notes'];
  if (!Array.isArray(node.items)) return undefined;
  path.push('items');
  const found = list(node.items, path, 'item');
  path.pop();
  return found;
}

/** The first 1.1 use in the list at `path` (which it leaves as it found it). */
function list(value: unknown, path: Path, kind: 'clause' | 'item' | 'note'): Path | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i++) {
    path.push(i);
    const found = inNode(value[i], path, kind);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

const ARTICLE_1_1_KEYS = ['items', 'quote', 'tables', 'added'];

/** The first key or shape of format 1.1 in the draft, as a data path, or undefined. */
export function firstVersion11Use(draft: Record<string, unknown>): DataPath | undefined {
  for (const key of VERSION_1_1_TOP_KEYS) {
    if (draft[key] !== undefined) return [key];
  }
  if (draft.kind === 'directive' && draft.signatory !== undefined) return ['signatory'];
  if (draft.kind === 'circular' && Array.isArray(draft.body)) {
    const i = draft.body.findIndex(isRecord);
    if (i >= 0) return ['body', i];
  }
  // `chapters` was returned above, so the articles are the top-level ones: walked in place, with one
  // path for all (this runs on every version 1 draft, and finds nothing in nearly all of them).
  const articles = Array.isArray(draft.articles) ? draft.articles : [];
  const path: Path = [];
  for (let i = 0; i < articles.length; i++) {
    const article: unknown = articles[i];
    if (!isRecord(article)) continue;
    for (const key of ARTICLE_1_1_KEYS) if (article[key] !== undefined) return ['articles', i, key];
    for (const key of ['clauses', 'notes'] as const) {
      if (!Array.isArray(article[key])) continue;
      path.length = 0;
      path.push('articles', i, key);
      const found = list(article[key], path, key === 'clauses' ? 'clause' : 'note');
      if (found) return found;
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'schema-version',
    severity: 'error',
    fixable: true,
    fixType: 'format',
    description: {
      fa: 'پیش‌نویسی که افزوده‌های نسخه ۱٫۱ قالب را به کار می‌برد باید schemaVersion: 1.1 داشته باشد',
      en: 'A draft that uses a format 1.1 addition must declare schemaVersion: 1.1',
    },
    messages: {
      'needs-1.1': {
        fa: '«{where}»{articleFa} از افزوده‌های نسخه ۱٫۱ قالب است، اما پیش‌نویس نسخه ۱ را اعلام کرده است؛ schemaVersion را 1.1 بنویسید.',
        en: '"{where}"{articleEn} is a format 1.1 addition, but the draft declares version 1; set schemaVersion to 1.1.',
      },
    },
  },
  check(context) {
    const { draft } = context;
    if (draft.schemaVersion !== 1) return;
    const use = firstVersion11Use(draft);
    if (!use) return;
    // The article it is in, by the number a reader sees (the definitions article is ماده ۱).
    const placed = articlesOf(draft);
    const at = placed.findIndex((p) => p.path.every((seg, i) => use[i] === seg));
    let articleFa = '';
    let articleEn = '';
    if (at >= 0) {
      const given = placed[at]!.article.number;
      const offset = draft.kind !== 'circular' && Array.isArray(draft.definitions) && draft.definitions.length > 0 ? 1 : 0;
      const n = Number.isInteger(given) && (given as number) > 0 ? (given as number) : at + 1 + offset;
      articleFa = ` در ماده ${toPersianDigits(n)}`;
      articleEn = ` in article ${n}`;
    }
    context.report({ messageId: 'needs-1.1', path: ['schemaVersion'], data: { where: pathString(use), articleFa, articleEn }, replacement: '1.1' });
  },
});
