import { isRecord, type RuleContext } from '../../core/engine/rule.js';
import { internalReferences } from './references.js';
import { articleOfPath, documentShape, findArticle, type ArticleShape, type ClauseListShape } from '../structure.js';
import type { RawEdit } from '../../core/engine/types.js';

/**
 * The fix of `clause-labels` for an article's own clause list when the text refers to its clauses:
 * every clause of the list labelled as its order wants, keeping the author's decoration («(پ)» →
 * «(ب)»), and in the same fix every internal reference to a label that changes rewritten («بند پ ماده
 * ۶» → «بند ب ماده ۶», «بند پ این ماده» inside the article). A reference reads the old labels; a
 * label two clauses shared means the first of them. Undefined when there is nothing to edit.
 */
export function relabelEdits(
  context: RuleContext,
  article: ArticleShape,
  list: ClauseListShape,
  values: readonly unknown[],
  label: (written: string, expected: string) => string,
): RawEdit[] | undefined {
  const shape = documentShape(context);
  const relabelled = new Map<string, string>();
  const edits: RawEdit[] = [];
  for (const clause of list.clauses) {
    const expected = clause.expected;
    if (expected === undefined || !isRecord(values[clause.index])) continue;
    if (clause.label !== undefined && !relabelled.has(clause.label)) relabelled.set(clause.label, expected);
    if (clause.label === expected || clause.raw === undefined || clause.raw === null) continue;
    const path = [...list.path, clause.index, 'label'];
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
      target = articleOfPath(shape, ref.path);
    } else if (ref.articles.length === 1) {
      const found = findArticle(shape, ref.articles[0]!.value);
      if (found?.kind === 'article') target = found.article;
    } else {
      // «بند الف مواد ۳ و ۶»: which article's clause is meant cannot be told; no fix rather than a guess.
      const names = ref.articles.map((p) => findArticle(shape, p.value));
      if (names.some((n) => n?.kind === 'article' && n.article === article)) return undefined;
    }
    if (target !== article) continue;
    for (const part of ref.clauses) {
      const now = relabelled.get(part.value);
      if (now !== undefined && now !== part.value) edits.push({ path: ref.path, span: { index: part.index, length: part.length }, text: now });
    }
  }
  return edits;
}
