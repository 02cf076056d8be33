/**
 * Clause labels in the two orders FORMAT.md allows, and reading a typed label. The alphabetical order
 * is the project's own (src/persian/alphabet.ts); the abjad order (ابجد هوز حطی کلمن سعفص قرشت ثخذ ضظغ)
 * is written out here, heh as «هـ» as the alphabetical list writes it.
 */

import { CLAUSE_LABELS, normalizeLabel } from '../../persian/alphabet.js';

export const ALPHABET_LABELS: readonly string[] = CLAUSE_LABELS;

export const ABJAD_LABELS: readonly string[] = Object.freeze([
  'الف', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ی', 'ک', 'ل', 'م', 'ن',
  'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
]);

const LETTERS = new Set([...ALPHABET_LABELS, ...ABJAD_LABELS]);

/** Whether `raw` (as typed: «ه», «ي», «ك», with or without a dash) is a clause letter of either order. */
export function isClauseLetter(raw: string): boolean {
  return LETTERS.has(normalizeLabel(raw));
}
