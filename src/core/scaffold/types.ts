/**
 * The answers `draft new` collects, in the shape the scaffold templates read. Every value here has
 * passed the same checks `draft validate` makes (see check.ts), so a scaffold rendered from it
 * validates with placeholders as its only findings.
 */

import type { LabelOrder } from '../../persian/alphabet.js';

export type Kind = 'directive' | 'circular';

export const KINDS: readonly Kind[] = ['directive', 'circular'];

export type CategoryId =
  | 'social-security'
  | 'process-standardization'
  | 'finance-revenue'
  | 'urban-development'
  | 'urban-services'
  | 'transport'
  | 'environment'
  | 'human-resources'
  | 'legal'
  | 'other';

/** The order clause labels follow (FORMAT.md 1.1): الف، ب، پ، ت … or the abjad الف، ب، ج، د … */
export type { LabelOrder };

export interface LegalBasisAnswer {
  law: string;
  article?: string;
}

export interface Answers {
  kind: Kind;
  province: string;
  city: string;
  /** From draft.config.yaml `defaults.municipality.code`; never asked. */
  code?: string;
  title: string;
  id: string;
  category: CategoryId;
  authorName: string;
  authorPosition: string;
  /** From draft.config.yaml `defaults.author`; never asked. */
  authorEmail?: string;
  authorPhone?: string;
  /** A Jalali date `YYYY/MM/DD`, kept as written (Latin or Persian digits). */
  date: string;
  /** How many article skeletons to write; 0 for a circular means paragraphs (`body`) instead. */
  articles: number;
  legalBasis: LegalBasisAnswer[];
  /** How many chapters (فصل) to group the articles in; 0 or absent: none. Chapters make a 1.1 draft. */
  chapters?: number;
  /** The order of the clause labels in the skeleton; alphabetical when absent. */
  labelOrder?: LabelOrder;
  subject?: string;
  addressees?: string[];
  signatoryName?: string;
  signatoryPosition?: string;
}

/** The answers known so far: from flags, an answers file, the configuration, or typed. */
export type PartialAnswers = Partial<Answers>;
