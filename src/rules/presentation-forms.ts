import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';
import { excerpt } from './utils/excerpt.js';

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) instead of the letters, as text copied from a
 * PDF has them («ﯾﮑﯽ از ﺑﮫﺘﺮﯾﻦ»): they look right but no search, sort or spell check finds them.
 * (U+FEFF, the byte order mark at the end of the block, is no presentation form.)
 */
const FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;

/** The letters a run of presentation forms stands for: their compatibility mapping, then Persian ی, ک and ه. */
export function toLetters(run: string): string {
  let out = '';
  for (const c of run) {
    let mapped = c.normalize('NFKC');
    // The isolated harakat forms (U+FE70–U+FE7F) map to a space and the mark: the mark alone is meant.
    if (mapped.length > 1 && mapped[0] === ' ') mapped = mapped.slice(1);
    out += mapped;
  }
  // Persian PDFs shape a medial heh with the forms of heh doachashmee (U+FBAA–U+FBAD): a plain heh is meant.
  return out.replace(/[\u064A\u0649]/g, 'ی').replace(/\u0643/g, 'ک').replace(/\u06BE/g, 'ه');
}

export default defineRule({
  meta: {
    id: 'presentation-forms',
    severity: 'error',
    fixable: true,
    fixType: 'orthography',
    description: {
      fa: 'شکل‌های نمایشی حروف عربی (U+FB50 تا U+FDFF و U+FE70 تا U+FEFF، رونوشت از PDF) به جای خود حروف',
      en: 'Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, as copied from PDFs) instead of the letters',
    },
    messages: {
      forms: {
        fa: '«{found}» با شکل‌های نمایشی حروف (رونوشت از PDF) نوشته شده است؛ «{fixed}» با حروف فارسی درست است.',
        en: '"{found}" is written in Arabic presentation forms (as copied from a PDF); write "{fixed}" in Persian letters.',
      },
    },
  },
  check(context) {
    scanTexts(context, FORMS, (m) => {
      const fixed = toLetters(m[0]);
      // A code point with no mapping (unassigned in the block) is left as it is: nothing to offer.
      if (fixed === m[0]) return undefined;
      return { messageId: 'forms', data: { found: excerpt(m[0]), fixed: excerpt(fixed) }, replacement: fixed };
    }, HINTS.presentationForms);
  },
});
