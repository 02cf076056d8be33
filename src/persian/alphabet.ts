/** Clause labels (بند الف، ب، پ …) in the order FORMAT.md fixes. */

import { toPersianLetters } from './text.js';

// «هـ» is heh followed by a tatweel (U+0640), how the label is written so that a lone heh is visible.
export const CLAUSE_LABELS: readonly string[] = Object.freeze([
  'الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش',
  'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'هـ', 'ی',
]);

const INDEX: ReadonlyMap<string, number> = new Map(CLAUSE_LABELS.map((label, i) => [label, i]));

/**
 * The abjad order (ابجد) many real regulations label clauses in: الف، ب، ج، د، هـ، و، ز … (FORMAT.md 1.1
 * allows it beside the alphabetical order; each list follows one order from «الف»).
 */
export const ABJAD_LABELS: readonly string[] = Object.freeze([
  'الف', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ی', 'ک', 'ل', 'م', 'ن',
  'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
]);

export type LabelOrder = 'alphabetical' | 'abjad';
const ABJAD_INDEX: ReadonlyMap<string, number> = new Map(ABJAD_LABELS.map((label, i) => [label, i]));

/** The labels of an order. */
export function labelsOf(order: LabelOrder): readonly string[] {
  return order === 'abjad' ? ABJAD_LABELS : CLAUSE_LABELS;
}

/**
 * The order a list of written labels (normalized; undefined where a clause has none) follows: the one
 * that more positions agree with; the alphabetical order on a tie («الف، ب» fits both).
 */
export function labelOrderOf(labels: ReadonlyArray<string | undefined>): LabelOrder {
  let alphabetical = 0;
  let abjad = 0;
  labels.forEach((label, i) => {
    if (label === undefined) return;
    if (CLAUSE_LABELS[i] === label) alphabetical++;
    if (ABJAD_LABELS[i] === label) abjad++;
  });
  return abjad > alphabetical ? 'abjad' : 'alphabetical';
}

/** The 0-based position of a label in the abjad order, or -1. */
export function abjadLabelIndex(label: string): number {
  return ABJAD_INDEX.get(label) ?? -1;
}

const EDGE_MARKS = /^[\s\u200C\u200D\u200E\u200F\u061C]+|[\s\u200C\u200D\u200E\u200F\u061C]+$/g;
const TRAILING_PUNCTUATION = /[-–).]$/;
// Other ways a lone heh is written: bare, with a zero-width joiner, or with several tatweels.
const HEH_VARIANTS = /^\u0647(?:\u200D|\u0640+)?$/;

/**
 * The label as FORMAT.md spells it: trimmed, one trailing «-», «–», «)» or «.» removed (and a matching
 * opening «(»), Arabic ي/ى/ك made Persian, a lone «ه» written «هـ». Does not check that it is a label.
 */
export function normalizeLabel(s: string): string {
  // Most labels are already written as FORMAT.md spells them (every structural rule asks for each one).
  if (INDEX.has(s) || ABJAD_INDEX.has(s)) return s;
  let label = toPersianLetters(s).replace(EDGE_MARKS, '');
  if (TRAILING_PUNCTUATION.test(label)) {
    if (label.endsWith(')') && label.startsWith('(')) label = label.slice(1);
    label = label.slice(0, -1).replace(EDGE_MARKS, '');
  }
  return HEH_VARIANTS.test(label) ? 'هـ' : label;
}

/** The label for a 0-based position, or undefined past «ی». */
export function clauseLabel(i: number): string | undefined {
  return CLAUSE_LABELS[i];
}

/** The 0-based position of a normalized label, or -1 when it is not one. */
export function clauseLabelIndex(label: string): number {
  return INDEX.get(label) ?? -1;
}
