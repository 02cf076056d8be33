import type { Rule } from '../core/engine/rule.js';
import arabicDigits from './arabic-digits.js';
import arabicLetters from './arabic-letters.js';
import articleNumbering from './article-numbering.js';
import attachments from './attachments.js';
import clauseLabels from './clause-labels.js';
import closingCounts from './closing-counts.js';
import crossReferences from './cross-references.js';
import effectiveDate from './effective-date.js';
import jalaliDate from './jalali-date.js';
import latinPunctuation from './latin-punctuation.js';
import municipality from './municipality.js';
import placeholders from './placeholders.js';
import presentationForms from './presentation-forms.js';
import rlmHalfSpace from './rlm-half-space.js';
import zwnj from './zwnj.js';

/** Every semantic rule of FORMAT.md ("Rules a schema cannot say"), run on each draft. */
export const rules: readonly Rule[] = [
  arabicLetters,
  arabicDigits,
  rlmHalfSpace,
  presentationForms,
  zwnj,
  latinPunctuation,
  placeholders,
  jalaliDate,
  effectiveDate,
  municipality,
  attachments,
  articleNumbering,
  clauseLabels,
  closingCounts,
  crossReferences,
];

