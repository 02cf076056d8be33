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

/**
 * What stands under an article, in one walk: its clause lists (with their paths; the article's own list
 * first, then in document order) and the number of notes under its clauses and items (counted with the
 * article's own in the closing counts). A path is built only for a list that exists: most clauses hold none.
 */
export function underArticle(article: unknown, path: DataPath): { lists: ClauseList[]; notes: number } {
  const found = { lists: [] as ClauseList[], notes: 0 };
  if (!isRecord(article)) return found;
  if (Array.isArray(article.clauses)) visitClauses(found, article.clauses, [...path, 'clauses'], 1);
  if (Array.isArray(article.items)) {
    const items = article.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item)) continue;
      if (Array.isArray(item.notes)) found.notes += item.notes.length;
      if (Array.isArray(item.clauses)) visitClauses(found, item.clauses, [...path, 'items', i, 'clauses'], 2);
    }
  }
  return found;
}

/** A clause list and the lists and notes under its clauses (a module function: V8 optimises it once, not per article). */
function visitClauses(found: { lists: ClauseList[]; notes: number }, value: unknown[], at: DataPath, depth: number): void {
  found.lists.push({ path: at, list: value, depth });
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (!isRecord(c)) continue;
    if (Array.isArray(c.notes)) found.notes += c.notes.length;
    if (Array.isArray(c.clauses)) visitClauses(found, c.clauses, [...at, i, 'clauses'], depth + 1);
  }
}

/** Whether a path runs through a `quote` (another instrument's wording, FORMAT.md 1.1). */
export function isQuotedPath(path: DataPath): boolean {
  for (const segment of path) if (segment === 'quote') return true;
  return false;
}
