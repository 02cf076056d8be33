/**
 * The data of a draft in format 1.1 (FORMAT.md), as TypeScript types: what a draft that passes the
 * schema parses to. Version 1 drafts are a subset. The render model (model.ts), Word import/export and
 * anyone else who reads a draft's structure use these names.
 *
 * These types describe VALID data. Code that may see a draft before validation (render previews,
 * rules) must still check each value before trusting it; `articlesOf` below does.
 */

export type SchemaVersion = 1 | 1.1;
export type DraftKind = 'directive' | 'circular';

/** «(الحاقی به موجب … مورخ …)»: a provision added by a later instrument. */
export interface Added {
  /** The instrument that added it, e.g. «مصوبه شماره ۱۲۳ شورای اسلامی شهر قم». */
  by: string;
  /** Jalali date, `YYYY/MM/DD`. */
  date?: string;
}

/** The new wording of another instrument's article, as an amending text quotes it. */
export interface Quote {
  /** Whose wording, e.g. «ماده ۱۰۱ قانون شهرداری». */
  of: string;
  /** One paragraph or several. */
  text: string | string[];
}

/** تبصره */
export interface Note {
  text: string;
  added?: Added;
}

/** A numbered item («۱ –») as an object; a bare string is the same with text only. */
export interface ItemObject {
  text: string;
  clauses?: Clause[];
  notes?: Note[];
  quote?: Quote;
  added?: Added;
}
export type Item = string | ItemObject;

/** بند: a lettered clause. At most three levels in all (clause, item, sub-clause). */
export interface Clause {
  label?: string;
  text: string;
  items?: Item[];
  clauses?: Clause[];
  notes?: Note[];
  added?: Added;
}

/** A table inside an article; every row has as many cells as the header. */
export interface Table {
  caption?: string;
  header: string[];
  rows: string[][];
}

/** ماده */
export interface Article {
  number?: number;
  title?: string;
  text: string;
  clauses?: Clause[];
  items?: Item[];
  notes?: Note[];
  quote?: Quote;
  tables?: Table[];
  added?: Added;
}

/** بخش */
export interface Section {
  number?: number;
  title: string;
  articles: Article[];
}

/** فصل: holds sections, articles, or both (articles first). */
export interface Chapter {
  number?: number;
  title: string;
  sections?: Section[];
  articles?: Article[];
}

export interface Person {
  name: string;
  position: string;
}

export interface DraftCommon {
  schemaVersion: SchemaVersion;
  kind: DraftKind;
  id: string;
  status: 'draft' | 'ready';
  title: string;
  municipality: { province: string; city: string; code?: string };
  author: Person & { email?: string; phone?: string };
  date: string;
  category: string;
  rationale: {
    problem: string;
    proposal: string;
    impact?: string;
    financialImpact?: { amount: number | bigint; unit: 'rial'; note?: string };
  };
  legalBasis?: Array<{ law: string; article?: string; note?: string }>;
  attachments?: Array<{ path: string; title: string }>;
  tags?: string[];
}

export interface DirectiveDraft extends DraftCommon {
  kind: 'directive';
  preamble: string;
  definitionsIntro?: string;
  definitions?: Array<{ term: string; definition: string }>;
  scope?: string;
  /** One or the other: `articles`, or `chapters` (1.1). */
  articles?: Article[];
  chapters?: Chapter[];
  singleArticle?: boolean;
  enforcement: { responsible: string[]; supervisor: string; effectiveDate?: string };
  closing?: string;
  signatory?: Person;
}

/** A paragraph of a circular's body: a string, or (1.1) a paragraph with notes. */
export type BodyParagraph = string | { text: string; notes?: Note[] };

export interface CircularDraft extends DraftCommon {
  kind: 'circular';
  subject: string;
  addressees: string[];
  body?: BodyParagraph[];
  numberedBody?: boolean;
  articles?: Article[];
  chapters?: Chapter[];
  singleArticle?: boolean;
  signatory: Person;
  copies?: Array<{ to: string; purpose: string }>;
  effectiveDate?: string;
}

export type Draft = DirectiveDraft | CircularDraft;

/** Where an article sits: its data path and, inside chapters, its chapter and section. */
export interface PlacedArticle {
  article: Record<string, unknown>;
  /** e.g. ['chapters', 0, 'sections', 1, 'articles', 2] or ['articles', 3]. */
  path: Array<string | number>;
  chapter?: number;
  section?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every article of a draft in document order, wherever it sits (top-level `articles`, or a chapter's
 * own articles followed by its sections' articles). Defensive: values that are not objects are skipped.
 * Does not include the definitions article (ماده ۱ «تعاریف»), which has no data of its own.
 */
export function articlesOf(draft: Record<string, unknown>): PlacedArticle[] {
  const out: PlacedArticle[] = [];
  const push = (list: unknown, path: Array<string | number>, chapter?: number, section?: number): void => {
    if (!Array.isArray(list)) return;
    list.forEach((a, i) => {
      if (isRecord(a)) out.push({ article: a, path: [...path, i], ...(chapter !== undefined ? { chapter } : {}), ...(section !== undefined ? { section } : {}) });
    });
  };
  if (Array.isArray(draft.chapters)) {
    draft.chapters.forEach((c, ci) => {
      if (!isRecord(c)) return;
      push(c.articles, ['chapters', ci, 'articles'], ci);
      if (Array.isArray(c.sections)) {
        c.sections.forEach((s, si) => {
          if (isRecord(s)) push(s.articles, ['chapters', ci, 'sections', si, 'articles'], ci, si);
        });
      }
    });
  } else {
    push(draft.articles, ['articles']);
  }
  return out;
}

/** The keys and shapes that format 1.1 added; a draft using any of them declares `schemaVersion: 1.1`. */
export const VERSION_1_1_TOP_KEYS: readonly string[] = ['chapters', 'singleArticle', 'definitionsIntro', 'numberedBody'];
