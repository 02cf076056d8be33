/**
 * The numbered structure of a draft as the renderer lays it out: the definitions article (ماده ۱
 * «تعاریف» of a directive), the articles with their numbers, the clauses with their labels and the
 * notes. Shared by the numbering, closing-count and cross-reference rules. The draft may not match
 * the schema, so every value is checked before it is trusted; nothing here throws.
 */

import { asArray, isRecord, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { abjadLabelIndex, clauseLabel, clauseLabelIndex, labelOrderOf, labelsOf, normalizeLabel, type LabelOrder } from '../persian/alphabet.js';
import { articleEntries, articlePrefixLength, hasArticleList, underArticle } from './utils/walk.js';
import { parseDigits, toPersianDigits } from '../persian/digits.js';

export interface ClauseShape {
  /** 0-based position in its list. */
  index: number;
  /** The label as written (a string or a number), or undefined when the clause has none. */
  raw: unknown;
  /** The written label normalized («الف -» → «الف»), when it is a string or a number. */
  label?: string;
  /** The label this position gets in the list's order: «الف» for the first clause … (undefined past the last). */
  expected?: string;
}

/** A list of lettered clauses under an article (its own, an item's, or a clause's sub-clauses). */
export interface ClauseListShape {
  /** The path of the list (…, 'clauses'). */
  path: DataPath;
  /** 1 for the article's own clauses, deeper for sub-clauses. */
  depth: number;
  /** The order its labels follow (FORMAT.md 1.1: alphabetical or abjad, one per list). */
  order: LabelOrder;
  clauses: ClauseShape[];
}

export interface ArticleShape {
  /** 0-based position among all the draft's articles (across chapters). */
  index: number;
  /** The article's path: ['articles', 3] or ['chapters', 1, 'articles', 0] … */
  path: DataPath;
  /** The article as written (a mapping when the draft is well formed). */
  value: unknown;
  /** The number the article gets by position (counting the definitions article). */
  position: number;
  /** Whether the article has a `number` at all (any value other than null). */
  hasNumber: boolean;
  /** `number` when it is an integer (or a string of digits), else undefined. */
  explicit?: number;
  /** How many notes (تبصره) the article itself has: «تبصره ۲ ماده ۵» counts these. */
  notes: number;
  /** Notes under its clauses and items, counted with its own in the closing counts. */
  nestedNotes: number;
  /** The article's own clauses (its first clause list), empty when it has none. */
  clauses: ClauseShape[];
  /** Every clause list under the article, the article's own first when it has one. */
  clauseLists: ClauseListShape[];
}

export interface DocumentShape {
  kind: 'directive' | 'circular' | undefined;
  /** Whether the draft has a list of articles at all (`articles`, or `chapters`). */
  hasArticles: boolean;
  /** 1 when the definitions article is present (a directive with non-empty `definitions`), else 0. */
  offset: 0 | 1;
  /** How many definitions there are (each reads as one clause of ماده ۱). */
  definitions: number;
  /** Every article in document order, across chapters and sections. */
  articles: ArticleShape[];
  /** Articles in the rendered document: the definitions article plus every article. */
  totalArticles: number;
  /** Notes across all articles, with the notes under clauses and items (definitions have none). */
  totalNotes: number;
  /** `singleArticle: true` («ماده واحده»). */
  singleArticle: boolean;
  /** An article by the path prefix of its texts (articlePrefixLength): made on the first question. */
  byPath?: Map<string, ArticleShape>;
}

/** An article `number`: an integer, or a string of digits in any script; undefined otherwise. */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string') return parseDigits(value.trim());
  return undefined;
}

/** A clause label as written, normalized; undefined when it is not a string or a number. */
export function labelValue(value: unknown): string | undefined {
  if (typeof value === 'string') return normalizeLabel(value);
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function kindOf(draft: Record<string, unknown>): DocumentShape['kind'] {
  return draft.kind === 'directive' || draft.kind === 'circular' ? draft.kind : undefined;
}

/** Whether the draft has the definitions article: `definitions` is a non-empty list in a non-circular. */
export function hasDefinitionsArticle(draft: Record<string, unknown>): boolean {
  return draft.kind !== 'circular' && asArray(draft.definitions).length > 0;
}

/** The shape of a draft's articles, computed once per draft and shared by the structural rules. */
export function documentShape(context: RuleContext<string>): DocumentShape {
  return context.memo(shapeOf);
}

const shapeOf = (context: RuleContext): DocumentShape => computeShape(context.draft);

function computeShape(draft: Record<string, unknown>): DocumentShape {
  const offset: 0 | 1 = hasDefinitionsArticle(draft) ? 1 : 0;
  let totalNotes = 0;
  const articles = articleEntries(draft).map(({ value, path }, index): ArticleShape => {
    const article = isRecord(value) ? value : {};
    const notes = asArray(article.notes).length;
    const under = underArticle(article, path);
    const nestedNotes = under.notes;
    totalNotes += notes + nestedNotes;
    const clauseLists = under.lists.map((l): ClauseListShape => {
      const labels = l.list.map((c) => labelValue(isRecord(c) ? c.label : undefined));
      const order = labelOrderOf(labels);
      const names = labelsOf(order);
      const clauses = l.list.map((c, ci): ClauseShape => {
        const raw = isRecord(c) ? c.label : undefined;
        const label = labels[ci];
        const expected = names[ci];
        return { index: ci, raw, ...(label !== undefined ? { label } : {}), ...(expected !== undefined ? { expected } : {}) };
      });
      return { path: l.path, depth: l.depth, order, clauses };
    });
    // The article's own list comes first and is the only one at depth 1.
    const own = clauseLists[0]?.depth === 1 ? clauseLists[0].clauses : [];
    const hasNumber = article.number !== undefined && article.number !== null;
    const explicit = numberValue(article.number);
    const shape: ArticleShape = {
      index, path, value, position: index + 1 + offset, hasNumber, ...(explicit !== undefined ? { explicit } : {}),
      notes, nestedNotes, clauses: own, clauseLists,
    };
    return shape;
  });
  return {
    kind: kindOf(draft),
    hasArticles: hasArticleList(draft),
    offset,
    definitions: offset === 1 ? asArray(draft.definitions).length : 0,
    articles,
    totalArticles: offset + articles.length,
    totalNotes,
    singleArticle: draft.singleArticle === true,
  };
}

const pathKey = (path: DataPath): string => path.join('\u0000');

/** The article a text at `path` belongs to (the one «این ماده» there means), if any. */
export function articleOfPath(shape: DocumentShape, path: DataPath): ArticleShape | undefined {
  const n = articlePrefixLength(path);
  if (n === 0) return undefined;
  shape.byPath ??= new Map(shape.articles.map((a) => [pathKey(a.path), a]));
  return shape.byPath.get(pathKey(path.slice(0, n)));
}

/** What «ماده N» points at: the definitions article, an entry of `articles`, or nothing. */
export type ArticleTarget = { kind: 'definitions' } | { kind: 'article'; article: ArticleShape } | undefined;

/**
 * Resolves «ماده N». An explicit `number` wins (the renderer prints it); otherwise the position
 * counts. When numbers are wrong the numbering rule reports them, so either reading is accepted here.
 */
export function findArticle(shape: DocumentShape, n: number): ArticleTarget {
  if (shape.offset === 1 && n === 1) return { kind: 'definitions' };
  const byNumber = shape.articles.find((a) => a.explicit === n);
  if (byNumber) return { kind: 'article', article: byNumber };
  const byPosition = shape.articles.find((a) => a.position === n);
  return byPosition ? { kind: 'article', article: byPosition } : undefined;
}

/** The number an article is known by in messages: its explicit number when it has one. */
export function articleNumber(article: ArticleShape): number {
  return article.explicit ?? article.position;
}

/** How many notes an article target has (the definitions article has none). */
export function notesOf(target: NonNullable<ArticleTarget>): number {
  return target.kind === 'definitions' ? 0 : target.article.notes;
}

/**
 * The clause labels an article target has, by explicit label and by position; the definitions
 * article reads its definitions as clauses الف، ب، ….
 */
export function clauseLabelsOf(shape: DocumentShape, target: NonNullable<ArticleTarget>): Set<string> {
  const labels = new Set<string>();
  if (target.kind === 'definitions') {
    for (let i = 0; i < shape.definitions; i++) {
      const l = clauseLabel(i);
      if (l !== undefined) labels.add(l);
    }
    return labels;
  }
  for (const c of target.article.clauses) {
    if (c.label !== undefined && (clauseLabelIndex(c.label) >= 0 || abjadLabelIndex(c.label) >= 0)) labels.add(c.label);
    if (c.expected !== undefined) labels.add(c.expected);
  }
  for (const l of itemLabelsOf(target.article)) labels.add(l);
  return labels;
}

/** Labels of the clauses under an article's items («بند الف» of an article whose items hold lettered sub-clauses). */
function itemLabelsOf(article: ArticleShape): Set<string> {
  const labels = new Set<string>();
  for (const l of article.clauseLists) {
    if (l.depth !== 2 || l.path[l.path.length - 3] !== 'items') continue;
    for (const c of l.clauses) {
      if (c.label !== undefined) labels.add(c.label);
      if (c.expected !== undefined) labels.add(c.expected);
    }
  }
  return labels;
}

/** The clause count of a target. */
export function clauseCountOf(shape: DocumentShape, target: NonNullable<ArticleTarget>): number {
  return target.kind === 'definitions' ? shape.definitions : target.article.clauses.length + itemLabelsOf(target.article).size;
}

/** The document's own name in both languages, for messages. */
export function documentName(kind: DocumentShape['kind']): { fa: string; en: string } {
  return kind === 'circular' ? { fa: 'بخشنامه', en: 'circular' } : { fa: 'دستورالعمل', en: 'directive' };
}

/** Persian digits for a number in a Persian message. */
export const fa = (n: number | string): string => toPersianDigits(String(n));
