/**
 * Scripted answers: read what flags and an answers file give, fill in the defaults, and name what is
 * still missing. Pure; the command turns the result into output and an exit code.
 */

import type { ResolvedConfig } from '../config/types.js';
import { fastParse } from '../parse/parse.js';
import type { Bilingual } from '../engine/types.js';
import { QUESTIONS, applies, configExtras, defaultAnswer, readAnswer, type Question, type QuestionKey } from './answers.js';
import type { Answers, Kind, PartialAnswers } from './types.js';

export type RawAnswers = Partial<Record<QuestionKey, unknown>>;

export interface Problem {
  question: Question;
  messages: Bilingual[];
  /** Where the answer came from, for the message: a flag, the answers file, or the configuration. */
  source: 'given' | 'default';
}

export interface Collected {
  answers: PartialAnswers;
  problems: Problem[];
  warnings: Problem[];
}

/** Reads the given answers in question order (the kind and the province first, as later checks need them). */
export function readGiven(raw: RawAnswers, config?: ResolvedConfig): Collected {
  const answers: PartialAnswers = {};
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const question of QUESTIONS) {
    const value = raw[question.key];
    if (value === undefined) continue;
    const reading = readAnswer(question.key, value, { config, kind: answers.kind, province: answers.province, articles: answers.articles });
    if (!reading.ok) problems.push({ question, messages: reading.errors, source: 'given' });
    else {
      (answers as Record<string, unknown>)[question.key] = reading.value;
      if (reading.warnings.length > 0) warnings.push({ question, messages: reading.warnings, source: 'given' });
    }
  }
  return { answers, problems, warnings };
}

/** Fills every unanswered question that has a default; a default that fails its check is a problem. */
export function fillDefaults(collected: Collected, config?: ResolvedConfig, now?: Date): Collected {
  const answers: PartialAnswers = { ...collected.answers };
  const problems = [...collected.problems];
  const warnings = [...collected.warnings];
  const failed = new Set(problems.map((p) => p.question.key));
  for (const question of QUESTIONS) {
    if (!applies(question, answers.kind) || failed.has(question.key)) continue;
    if ((answers as Record<string, unknown>)[question.key] !== undefined) continue;
    const value = defaultAnswer(question.key, answers, config, now);
    if (value === undefined) continue;
    const reading = readAnswer(question.key, value, { config, kind: answers.kind, province: answers.province, articles: answers.articles });
    if (!reading.ok) problems.push({ question, messages: reading.errors, source: 'default' });
    else (answers as Record<string, unknown>)[question.key] = reading.value;
  }
  // Chapters given before the number of articles was known (`--chapters 5` with the default 3 articles)
  // are checked again against it: a chapter without an article is not written.
  if (answers.chapters !== undefined && !failed.has('chapters')) {
    const reading = readAnswer('chapters', answers.chapters, { config, kind: answers.kind, articles: answers.articles });
    if (!reading.ok) {
      problems.push({ question: QUESTIONS.find((q) => q.key === 'chapters')!, messages: reading.errors, source: 'given' });
      delete answers.chapters;
    }
  }
  return { answers, problems, warnings };
}

/**
 * Required questions (for this kind, or common to both while the kind is unknown) with no answer.
 * Questions with a default are never missing: their default follows from the others (the city from the
 * province, the id from the title). `failed` leaves out questions already reported as rejected.
 */
export function missingQuestions(answers: PartialAnswers, failed: ReadonlySet<QuestionKey> = new Set()): Question[] {
  return QUESTIONS.filter((q) => applies(q, answers.kind) && !q.hasDefault && !failed.has(q.key) && (answers as Record<string, unknown>)[q.key] === undefined);
}

/** The complete answers, once nothing is missing: adds what the configuration gives that is never asked. */
export function completeAnswers(answers: PartialAnswers, config?: ResolvedConfig): Answers {
  const missing = QUESTIONS.filter((q) => applies(q, answers.kind) && (answers as Record<string, unknown>)[q.key] === undefined);
  if (missing.length > 0) throw new Error(`answers missing: ${missing.map((q) => q.key).join(', ')}`);
  const kind = answers.kind as Kind;
  const out: Answers = { ...(answers as Answers), ...configExtras(config, answers.province) };
  if (kind === 'directive') {
    delete out.subject;
    delete out.addressees;
    delete out.signatoryName;
    delete out.signatoryPosition;
  }
  return out;
}

/** An answers file that cannot be used. */
export class AnswersFileError extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.en);
    this.name = 'AnswersFileError';
  }
}

const KEY_ALIASES: Record<string, QuestionKey> = Object.fromEntries([
  ...QUESTIONS.map((q) => [q.key, q.key] as const),
  ...QUESTIONS.map((q) => [q.flag.replace(/^--/, ''), q.key] as const),
  ['addressee', 'addressees'],
  ['legal-basis', 'legalBasis'],
  ['labels', 'labelOrder'],
]);

/**
 * Reads `answers.yaml`: a mapping whose keys are the question names (`authorName`) or their flags
 * without dashes (`author-name`), e.g.
 *
 *     kind: circular
 *     province: قم
 *     title: …
 *     addressees: [شهرداری‌های مراکز استان‌ها]
 *     legalBasis: [{ law: قانون شهرداری, article: "۵۵" }]
 */
export function readAnswersFile(text: string): RawAnswers {
  const parsed = fastParse(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new AnswersFileError({ fa: 'فایل پاسخ‌ها YAML درستی نیست.', en: 'The answers file is not valid YAML.' });
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new AnswersFileError({ fa: 'فایل پاسخ‌ها باید نگاشتی از کلید و مقدار باشد.', en: 'The answers file must be a mapping of keys to values.' });
  }
  const raw: RawAnswers = {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    // Own keys only: `constructor`, `toString` or `__proto__` would otherwise find Object.prototype's.
    const k = Object.hasOwn(KEY_ALIASES, key) ? KEY_ALIASES[key] : undefined;
    if (!k) unknown.push(key);
    else if (value !== null) raw[k] = value;
  }
  if (unknown.length > 0) {
    const known = QUESTIONS.map((q) => q.key).join(', ');
    throw new AnswersFileError({
      fa: `کلیدهای ناشناخته در فایل پاسخ‌ها: ${unknown.join('، ')}. کلیدهای پذیرفته: ${known}`,
      en: `Unknown keys in the answers file: ${unknown.join(', ')}. Known keys: ${known}`,
    });
  }
  return raw;
}
