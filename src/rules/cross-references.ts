import { defineRule, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { clauseLabel } from '../persian/alphabet.js';
import { findReferences, mayHaveReferences, type LegalReference } from '../persian/legal-refs/index.js';
import {
  articleNumber, articleOfPath, clauseCountOf, clauseLabelsOf, documentName, documentShape, fa, findArticle, notesOf,
  type ArticleTarget, type DocumentShape,
} from './structure.js';
import { excerpt } from './utils/excerpt.js';
import { isQuotedPath } from './utils/walk.js';

/*
 * Internal references in prose point at something the draft has: «ماده ۵»، «مواد ۳ تا ۵»، «تبصره ۲ ماده ۴»،
 * «تبصره این ماده»، «بند الف ماده ۳». Reading the references is src/persian/legal-refs/'s job; this rule
 * checks the internal ones against the draft's articles, notes and clauses (across chapters). Another
 * instrument's references, `legalBasis`, and quoted wording (`quote`, or the new wording an amending text
 * keeps inline after «… به شرح زیر اصلاح می‌شود:») are never checked.
 */

// ---------------------------------------------------------------------------------------------
// The rule

function listFa(values: number[], lang: 'fa' | 'en'): string {
  const runs: string[] = [];
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length;) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] as number) + 1) end++;
    const a = sorted[k] as number;
    const b = sorted[end] as number;
    const show = (n: number): string => (lang === 'fa' ? fa(n) : String(n));
    runs.push(end - k >= 2 ? `${show(a)} ${lang === 'fa' ? 'تا' : 'to'} ${show(b)}` : end === k ? show(a) : `${show(a)} ${lang === 'fa' ? 'و' : 'and'} ${show(b)}`);
    k = end + 1;
  }
  const and = lang === 'fa' ? ' و ' : ' and ';
  return runs.length <= 1 ? runs.join('') : `${runs.slice(0, -1).join(lang === 'fa' ? '، ' : ', ')}${and}${runs[runs.length - 1]}`;
}

/** Which article «این ماده» means for a text at `path`, if any. */
function thisArticle(shape: DocumentShape, path: DataPath): ArticleTarget {
  if (path[0] === 'definitions' && shape.offset === 1) return { kind: 'definitions' };
  const article = articleOfPath(shape, path);
  return article ? { kind: 'article', article } : undefined;
}

function checkChain(
  context: RuleContext,
  shape: DocumentShape,
  chain: LegalReference,
  path: DataPath,
  span: { index: number; length: number },
  ref: string,
): void {
  // Message data is built only for a reference that is reported; most are fine.
  const base = (): Record<string, string | number> => {
    const doc = documentName(shape.kind);
    return { ref, docFa: doc.fa, docEn: doc.en, count: shape.totalArticles, countFa: fa(shape.totalArticles), articleWord: shape.totalArticles === 1 ? 'article' : 'articles' };
  };
  let target: NonNullable<ArticleTarget>;
  let number: number;
  if (chain.articles === 'this') {
    const t = thisArticle(shape, path);
    if (t === undefined) return;
    target = t;
    number = t.kind === 'definitions' ? 1 : articleNumber(t.article);
  } else {
    const missing = chain.articles.filter((n) => findArticle(shape, n) === undefined);
    if (missing.length > 0) {
      const messageId = shape.totalArticles === 0 ? 'noArticles' : missing.length === 1 ? 'article' : 'articles';
      context.report({
        messageId, path, span,
        data: { ...base(), missing: listFa(missing, 'en'), missingFa: listFa(missing, 'fa') },
      });
      return;
    }
    // «مواد ۳ و ۴»، «ماده ۳ و ۴»: their notes and clauses are not read.
    if (chain.plural || chain.articles.length !== 1) return;
    number = chain.articles[0] as number;
    target = findArticle(shape, number)!;
  }
  const at = (): Record<string, string | number> => ({ ...base(), article: number, articleFa: fa(number) });

  if (chain.notes !== undefined) {
    const have = notesOf(target);
    // Notes under its clauses or items («تبصره بند الف»): which one is meant is not read, so no finding.
    if (have === 0 && target.kind === 'article' && target.article.nestedNotes > 0) return;
    if (have === 0) {
      context.report({ messageId: 'noNotes', path, span, data: at() });
      return;
    }
    const bad = chain.notes === 'any' ? [] : chain.notes.filter((n) => n < 1 || n > have);
    if (bad.length > 0) {
      context.report({
        messageId: 'note', path, span,
        data: { ...at(), note: listFa(bad, 'en'), noteFa: listFa(bad, 'fa'), notes: have, notesFa: fa(have), noteWord: have === 1 ? 'note' : 'notes' },
      });
      return;
    }
  }
  if (chain.clauses !== undefined && chain.clauses !== 'numeric') {
    const labels = clauseLabelsOf(shape, target);
    const count = clauseCountOf(shape, target);
    if (count === 0) {
      context.report({ messageId: 'noClauses', path, span, data: at() });
      return;
    }
    const bad = chain.clauses.filter((l) => !labels.has(l));
    if (bad.length > 0) {
      context.report({
        messageId: 'clause', path, span,
        data: { ...at(), label: bad.join('، '), clauses: count, clausesFa: fa(count), last: clauseLabel(count - 1) ?? 'ی' },
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'cross-references',
    severity: 'error',
    fixable: false,
    description: {
      fa: 'ارجاع به ماده، تبصره یا بندی از همین سند («ماده ۵»، «تبصره ۲ ماده ۴»، «بند الف ماده ۳») باید به چیزی اشاره کند که وجود دارد',
      en: 'A reference to an article, note or clause of the document itself («ماده ۵», «تبصره ۲ ماده ۴», «بند الف ماده ۳») points at something that exists',
    },
    messages: {
      article: {
        fa: '«{ref}»: ماده {missingFa} وجود ندارد؛ این {docFa} {countFa} ماده دارد.',
        en: '«{ref}»: article {missing} does not exist; this {docEn} has {count} {articleWord}.',
      },
      articles: {
        fa: '«{ref}»: مواد {missingFa} وجود ندارند؛ این {docFa} {countFa} ماده دارد.',
        en: '«{ref}»: articles {missing} do not exist; this {docEn} has {count} {articleWord}.',
      },
      noArticles: {
        fa: '«{ref}»: این {docFa} ماده‌بندی نشده است و ماده {missingFa} ندارد.',
        en: '«{ref}»: this {docEn} has no articles, so article {missing} does not exist.',
      },
      note: {
        fa: '«{ref}»: ماده {articleFa} تبصره {noteFa} ندارد؛ این ماده {notesFa} تبصره دارد.',
        en: '«{ref}»: article {article} has no note {note}; it has {notes} {noteWord}.',
      },
      noNotes: {
        fa: '«{ref}»: ماده {articleFa} هیچ تبصره‌ای ندارد.',
        en: '«{ref}»: article {article} has no notes.',
      },
      clause: {
        fa: '«{ref}»: ماده {articleFa} بند «{label}» ندارد؛ این ماده {clausesFa} بند دارد (الف تا {last}).',
        en: '«{ref}»: article {article} has no clause «{label}»; it has {clauses} clauses (الف to {last}).',
      },
      noClauses: {
        fa: '«{ref}»: ماده {articleFa} بند ندارد.',
        en: '«{ref}»: article {article} has no clauses.',
      },
    },
  },
  check(context) {
    // No anchor anywhere in the file (a backslash may be an escape that spells one): nothing to read.
    const source = context.source?.text;
    if (source !== undefined && !source.includes('\\') && !mayHaveReferences(source)) return;
    const shape = documentShape(context);
    forEachDraftReference(context, shape, (ref, path) => {
      checkChain(context, shape, ref, path, { index: ref.index, length: ref.length }, excerpt(ref.text));
    });
  },
});

/**
 * Every reference of the draft to its own articles, with the path of the text it stands in: not another
 * instrument's, not in `legalBasis`, not quoted wording (a `quote`, or new wording kept inline).
 */
function forEachDraftReference(context: RuleContext<string>, shape: DocumentShape, visit: (ref: LegalReference, path: DataPath) => void): void {
  const ownNames = shape.kind === 'circular' ? CIRCULAR_NAMES : shape.kind === 'directive' ? DIRECTIVE_NAMES : undefined;
  // Every prose field (shared with the other text rules).
  const options = ownNames ? { ownNames } : {};
  for (const { value, path } of context.texts) {
    // legalBasis names other laws and their articles («ماده ۵۵»): never an internal reference.
    if (path[0] === 'legalBasis') continue;
    const refs = findReferences(value, options);
    // A quote is another instrument's wording: its references are that instrument's (FORMAT.md 1.1).
    if (refs.length === 0 || isQuotedPath(path)) continue;
    for (const ref of refs) {
      if (!ref.internal || ref.quoted) continue;
      // An unarticled circular refers to no article of its own unless it says so.
      if (ref.scope === 'plain' && shape.totalArticles === 0) continue;
      visit(ref, path);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The references themselves, for `draft validate --fix` (renumbering and relabelling rewrite them).
// The shape helper fix asked for on its branch; read through src/persian/legal-refs/.

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
  /** The articles named as written, or 'this' for «این ماده». */
  articles: Array<ReferencePart<number>> | 'this';
  /** «مواد ۳ تا ۵»: the parts are the ends of a range. */
  range: boolean;
  clauses: Array<ReferencePart<string>>;
}

const DIGITS_ONLY = /^[0-9\u06F0-\u06F9\u0660-\u0669]+$/;
const RANGE_WORD = /(?:^|[\s\u200C])(?:تا|الی)(?:[\s\u200C]|$)/;

/** Every internal reference of a draft that names an article, in document order: what the rule checks. */
export function internalReferences(context: RuleContext<string>): InternalReference[] {
  const out: InternalReference[] = [];
  forEachDraftReference(context, documentShape(context), (ref, path) => {
    const text = ref.text;
    const local = (p: { index: number; length: number }): string => text.slice(p.index - ref.index, p.index - ref.index + p.length);
    const articleParts = ref.parts.filter((p) => p.kind === 'article');
    const articles: Array<ReferencePart<number>> = articleParts.map((p) => ({
      value: p.value as number, index: p.index, length: p.length, form: DIGITS_ONLY.test(local(p)) ? 'digits' : 'words',
    }));
    const clauses: Array<ReferencePart<string>> = ref.parts
      .filter((p) => p.kind === 'clause' && typeof p.value === 'string')
      .map((p) => ({ value: p.value as string, index: p.index, length: p.length, form: 'label' }));
    let range = false;
    for (let k = 1; k < articleParts.length && !range; k++) {
      const prev = articleParts[k - 1]!;
      range = RANGE_WORD.test(text.slice(prev.index + prev.length - ref.index, articleParts[k]!.index - ref.index));
    }
    out.push({ path, articles: ref.articles === 'this' ? 'this' : articles, range, clauses });
  });
  return out;
}

const DIRECTIVE_NAMES: ReadonlySet<string> = new Set(['دستورالعمل', 'سند']);
const CIRCULAR_NAMES: ReadonlySet<string> = new Set(['بخشنامه', 'سند']);

