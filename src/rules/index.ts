import type { EngineRule, RepositoryRule, Rule, RuleMeta } from '../core/engine/rule.js';
import arabicDigits from './arabic-digits.js';
import arabicLetters from './arabic-letters.js';
import articleNumbering from './article-numbering.js';
import chapterNumbering from './chapter-numbering.js';
import attachments from './attachments.js';
import clauseLabels from './clause-labels.js';
import closingCounts from './closing-counts.js';
import crossReferences from './cross-references.js';
import documentShape from './document-shape.js';
import effectiveDate from './effective-date.js';
import jalaliDate from './jalali-date.js';
import latinPunctuation from './latin-punctuation.js';
import municipality from './municipality.js';
import placeholders from './placeholders.js';
import presentationForms from './presentation-forms.js';
import rlmHalfSpace from './rlm-half-space.js';
import schema from './schema.js';
import schemaVersion from './schema-version.js';
import uniqueId from './unique-id.js';
import uniqueTitle from './unique-title.js';
import unreadable from './unreadable.js';
import yamlSyntax from './yaml-syntax.js';
import zwnj from './zwnj.js';

/**
 * The rule registry: every rule id the tool reports, each defined in its own file here. A test
 * (test/rules/registry.test.ts) holds this list, the files of src/rules/ and the README's rule table
 * to each other.
 */

/** The semantic rules of FORMAT.md ("Rules a schema cannot say"), run on each draft in this order. */
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
  chapterNumbering,
  clauseLabels,
  closingCounts,
  crossReferences,
  schemaVersion,
  documentShape,
];

/** The rules that compare the drafts of a repository with each other. */
export const repositoryRules: readonly RepositoryRule[] = [uniqueId, uniqueTitle];

/** Checks the engine makes itself; they cannot be turned off or changed in draft.config.yaml. */
export const engineRules: readonly EngineRule[] = [unreadable, yamlSyntax, schema];

/** Every rule's metadata by id: what reporters describe a rule with, and what configuration may name. */
export const ruleMeta: ReadonlyMap<string, RuleMeta | EngineRule['meta']> = new Map(
  [...engineRules, ...rules, ...repositoryRules].map((r) => [r.meta.id, r.meta]),
);
