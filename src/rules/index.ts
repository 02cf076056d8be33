import type { Rule } from '../core/rule.js';
import arabicDigits from './arabic-digits.js';
import arabicLetters from './arabic-letters.js';
import latinPunctuation from './latin-punctuation.js';
import placeholders from './placeholders.js';
import rlmHalfSpace from './rlm-half-space.js';
import zwnj from './zwnj.js';

/** Every semantic rule of FORMAT.md ("Rules a schema cannot say"), run on each draft. */
export const rules: readonly Rule[] = [
  arabicLetters,
  arabicDigits,
  rlmHalfSpace,
  zwnj,
  latinPunctuation,
  placeholders,
];

export const ruleIds = (): string[] => rules.map((r) => r.meta.id);
