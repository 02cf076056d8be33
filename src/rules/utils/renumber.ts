import { parseCount } from '../../persian/count-words.js';
import { isRecord, type RuleContext } from '../../core/engine/rule.js';
import { internalReferences } from './references.js';
import { documentShape } from '../structure.js';
import { writeCount } from './count-fix.js';
import type { RawEdit } from '../../core/engine/types.js';

/**
 * The fix of `article-numbering`: every article numbered 1…n in order, across chapters and sections
 * (the definitions article being 1 when there is one) and, in the same fix, every internal reference
 * to an article whose number changes rewritten to its new number, in the form it was written
 * («ماده ۹» → «ماده ۸», «ماده نه» → «ماده هشت»). A reference reads the old numbering: a number that
 * two articles had means the first of them, a number no article had is left as it is
 * (cross-references reports it). References to other instruments («ماده ۵۵ قانون شهرداری») are not
 * internal references and never change. Undefined when the renumbering cannot be written with its
 * references (then none is offered).
 */
export function renumberEdits(context: RuleContext): RawEdit[] | undefined {
  const shape = documentShape(context);
  if (!shape.articles.every((a) => a.hasNumber)) return undefined;
  const renumbered = new Map<number, number>();
  if (shape.offset === 1) renumbered.set(1, 1);
  const edits: RawEdit[] = [];
  for (const article of shape.articles) {
    if (article.explicit !== undefined && !renumbered.has(article.explicit)) renumbered.set(article.explicit, article.position);
    const raw = isRecord(article.value) ? article.value.number : undefined;
    // A list or a mapping where the number belongs is only reported: no scalar to rewrite.
    if (raw !== null && typeof raw === 'object') continue;
    if (typeof raw !== 'number' || article.explicit !== article.position) {
      edits.push({ path: [...article.path, 'number'], text: String(article.position) });
    }
  }
  if (edits.length === 0) return undefined;
  const texts = new Map(context.texts.map((t) => [t.path.join('\0'), t.value]));
  for (const ref of internalReferences(context)) {
    if (ref.articles === 'this') continue;
    for (const part of ref.articles) {
      const now = renumbered.get(part.value);
      if (now === undefined || now === part.value) continue;
      const value = texts.get(ref.path.join('\0'));
      if (value === undefined) return undefined;
      const written = value.slice(part.index, part.index + part.length);
      // «ماده پنجم»: an ordinal is not written back by this fix; rather none than a wrong one.
      if (part.form === 'words' && parseCount(written) !== part.value) return undefined;
      edits.push({ path: ref.path, span: { index: part.index, length: part.length }, text: writeCount(written, now) });
    }
  }
  return edits;
}
