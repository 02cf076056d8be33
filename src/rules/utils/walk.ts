/**
 * Walking the numbered structure of a format 1.1 draft: articles at the top level or inside
 * `chapters[].articles` and `chapters[].sections[].articles` (numbers run on across chapters); under an
 * article its clauses, its numbered items (a string or `{ text, clauses?, notes? }`), nested clauses
 * and the notes of clauses and items. The draft may not match the schema: every value is checked
 * before it is trusted, and nothing here throws.
 */

import { asArray, isRecord } from '../../core/engine/rule.js';
import type { DataPath } from '../../core/engine/types.js';

export interface ArticleEntry {
  /** The article's value as written (not necessarily a mapping). */
  value: unknown;
  /** Its path: ['articles', 3] or ['chapters', 1, 'sections', 0, 'articles', 2]. */
  path: DataPath;
}

/**
 * Every article in document order: a chapter's own articles, then its sections' (as the renderer lays
 * them out). A draft with `chapters` has its articles there; otherwise `articles`.
 */
export function articleEntries(draft: Record<string, unknown>): ArticleEntry[] {
  const out: ArticleEntry[] = [];
  const push = (list: unknown, path: ReadonlyArray<string | number>): void => {
    asArray(list).forEach((value, i) => out.push({ value, path: [...path, i] }));
  };
  if (Array.isArray(draft.chapters)) {
    draft.chapters.forEach((chapter, ci) => {
      if (!isRecord(chapter)) return;
      push(chapter.articles, ['chapters', ci, 'articles']);
      asArray(chapter.sections).forEach((section, si) => {
        if (isRecord(section)) push(section.articles, ['chapters', ci, 'sections', si, 'articles']);
      });
    });
  } else {
    push(draft.articles, ['articles']);
  }
  return out;
}

/** Whether the draft holds articles at all: a list of `articles`, or `chapters`. */
export function hasArticleList(draft: Record<string, unknown>): boolean {
  return Array.isArray(draft.articles) || Array.isArray(draft.chapters);
}

/**
 * How many leading segments of a text's path name its article: 2 for ['articles', 3, …], 4 inside a
 * chapter, 6 inside a section; 0 when the path is not inside an article.
 */
export function articlePrefixLength(path: DataPath): number {
  if (path[0] === 'articles' && typeof path[1] === 'number') return 2;
  if (path[0] !== 'chapters' || typeof path[1] !== 'number') return 0;
  if (path[2] === 'articles' && typeof path[3] === 'number') return 4;
  if (path[2] === 'sections' && typeof path[3] === 'number' && path[4] === 'articles' && typeof path[5] === 'number') return 6;
  return 0;
}

/** A list of lettered clauses somewhere under an article: its own, an item's, or a clause's sub-clauses. */
export interface ClauseList {
  /** The path of the list itself (…, 'clauses'). */
  path: DataPath;
  list: unknown[];
  /** 1 for the article's own clauses, 2 for an item's or a clause's sub-clauses, … */
  depth: number;
}

/** Every clause list under an article, the article's own first, then in document order. */
export function clauseListsOf(article: unknown, path: DataPath): ClauseList[] {
  const out: ClauseList[] = [];
  if (!isRecord(article)) return out;
  const visitClauses = (value: unknown, at: DataPath, depth: number): void => {
    if (!Array.isArray(value)) return;
    out.push({ path: at, list: value, depth });
    value.forEach((c, i) => {
      if (isRecord(c)) visitClauses(c.clauses, [...at, i, 'clauses'], depth + 1);
    });
  };
  visitClauses(article.clauses, [...path, 'clauses'], 1);
  asArray(article.items).forEach((item, i) => {
    if (isRecord(item)) visitClauses(item.clauses, [...path, 'items', i, 'clauses'], 2);
  });
  return out;
}

/** Notes (تبصره) under an article's clauses and items, at any depth: counted with the article's own. */
export function nestedNotesOf(article: unknown): number {
  if (!isRecord(article)) return 0;
  let count = 0;
  const visit = (value: unknown): void => {
    for (const c of asArray(value)) {
      if (!isRecord(c)) continue;
      count += asArray(c.notes).length;
      visit(c.clauses);
    }
  };
  visit(article.clauses);
  for (const item of asArray(article.items)) {
    if (!isRecord(item)) continue;
    count += asArray(item.notes).length;
    visit(item.clauses);
  }
  return count;
}

/** Whether a path runs through a `quote` (another instrument's wording, FORMAT.md 1.1). */
export function isQuotedPath(path: DataPath): boolean {
  for (const segment of path) if (segment === 'quote') return true;
  return false;
}
