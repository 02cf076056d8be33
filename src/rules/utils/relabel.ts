import { isRecord, type RuleContext } from '../../core/engine/rule.js';
import { internalReferences } from '../cross-references.js';
import { documentShape, findArticle, type ArticleShape } from '../structure.js';
import type { RawEdit } from '../../core/engine/types.js';

/**
 * The fix of `clause-labels` for one article: every clause labelled as the order wants, keeping the
 * author's decoration («(پ)» → «(ب)»), and in the same fix every internal reference to a label that
 * changes rewritten («بند پ ماده ۶» → «بند ب ماده ۶», «بند پ این ماده» inside the article). A
 * reference reads the old labels; a label two clauses shared means the first of them. The edit of each
 * label is made by `label(written, expected)`, the rule's own. Undefined when there is nothing to edit.
 */
export function relabelEdits(
  context: RuleContext,
  article: ArticleShape,
  label: (written: string, expected: string) => string,
): RawEdit[] | undefined {
  const shape = documentShape(context);
  const list = Array.isArray(context.draft.articles) ? context.draft.articles : [];
  const clauses = isRecord(list[article.index]) && Array.isArray((list[article.index] as Record<string, unknown>).clauses)
    ? ((list[article.index] as Record<string, unknown>).clauses as unknown[])
    : [];
  const relabelled = new Map<string, string>();
  const edits: RawEdit[] = [];
  for (const clause of article.clauses) {
    const expected = clause.expected;
    if (expected === undefined || !isRecord(clauses[clause.index])) continue;
    if (clause.label !== undefined && !relabelled.has(clause.label)) relabelled.set(clause.label, expected);
    if (clause.label === expected || clause.raw === undefined || clause.raw === null) continue;
    const path = ['articles', article.index, 'clauses', clause.index, 'label'];
    if (typeof clause.raw === 'string') {
      if (clause.raw.length === 0) continue;
      edits.push({ path, span: { index: 0, length: clause.raw.length }, text: label(clause.raw, expected) });
    } else if (typeof clause.raw === 'number' || typeof clause.raw === 'boolean') {
      edits.push({ path, text: expected });
    }
  }
  if (edits.length === 0) return undefined;
  for (const ref of internalReferences(context)) {
    if (ref.clauses.length === 0) continue;
    let target: ArticleShape | undefined;
    if (ref.articles === 'this') {
      if (ref.path[0] === 'articles' && ref.path[1] === article.index) target = article;
    } else if (ref.articles.length === 1) {
      const found = findArticle(shape, ref.articles[0]!.value);
      if (found?.kind === 'article') target = found.article;
    }
    if (target?.index !== article.index) continue;
    for (const part of ref.clauses) {
      const now = relabelled.get(part.value);
      if (now !== undefined && now !== part.value) edits.push({ path: ref.path, span: { index: part.index, length: part.length }, text: now });
    }
  }
  return edits;
}
