import { findReferences, mayHaveReferences } from '../../persian/legal-refs/index.js';
import { documentShape } from '../structure.js';
import { isQuotedPath } from './walk.js';
import type { RuleContext } from '../../core/engine/rule.js';
import type { DataPath } from '../../core/engine/types.js';

/** A number or label of a reference, and where it is written in the string at `path`. */
export interface ReferencePart<T> {
  value: T;
  index: number;
  length: number;
  /** How it is written: digits (Persian, Arabic-Indic or Latin), words, or a clause label. */
  form: 'digits' | 'words' | 'label';
}

/** An internal reference («ماده ۵»، «بند ج ماده ۶»، «تبصره ۲ این ماده»), with the spans of its parts. */
export interface InternalReference {
  path: DataPath;
  /** The articles written out (a range's ends), or 'this' for «این ماده». */
  articles: Array<ReferencePart<number>> | 'this';
  clauses: Array<ReferencePart<string>>;
}

const DIGIT = /[0-9\u06F0-\u06F9\u0660-\u0669]/;
const DIRECTIVE_NAMES: ReadonlySet<string> = new Set(['دستورالعمل', 'سند']);
const CIRCULAR_NAMES: ReadonlySet<string> = new Set(['بخشنامه', 'سند']);

function collect(context: RuleContext): InternalReference[] {
  const out: InternalReference[] = [];
  const shape = documentShape(context);
  const ownNames = shape.kind === 'circular' ? CIRCULAR_NAMES : shape.kind === 'directive' ? DIRECTIVE_NAMES : undefined;
  for (const { value, path } of context.texts) {
    // legalBasis names other laws; quoted wording is another instrument's: neither is the draft's.
    if (path[0] === 'legalBasis' || isQuotedPath(path) || !mayHaveReferences(value)) continue;
    for (const ref of findReferences(value, ownNames ? { ownNames } : {})) {
      if (!ref.internal || ref.quoted) continue;
      if (ref.scope === 'plain' && shape.totalArticles === 0) continue;
      const articles: Array<ReferencePart<number>> = [];
      const clauses: Array<ReferencePart<string>> = [];
      for (const part of ref.parts) {
        const written = value.slice(part.index, part.index + part.length);
        if (part.kind === 'article' && typeof part.value === 'number') {
          articles.push({ value: part.value, index: part.index, length: part.length, form: DIGIT.test(written) ? 'digits' : 'words' });
        } else if (part.kind === 'clause' && typeof part.value === 'string') {
          clauses.push({ value: part.value, index: part.index, length: part.length, form: 'label' });
        }
      }
      out.push({ path, articles: ref.articles === 'this' ? 'this' : articles, clauses });
    }
  }
  return out;
}

/**
 * The draft's internal references that name an article, with the places of their numbers and
 * labels: what renumbering and relabelling rewrite. Read once per draft, as cross-references reads them.
 */
export function internalReferences(context: RuleContext): InternalReference[] {
  return context.memo(collect);
}
