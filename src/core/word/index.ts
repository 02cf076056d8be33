/**
 * Word in: a .docx read into a draft's structure (read-docx.ts → structure.ts), ready to be written
 * as YAML with the metadata (emit.ts). Loaded only by `draft import`: mammoth and the XML parser never
 * reach `draft validate`'s start-up path.
 */

import { readWordDocument } from './read-docx.js';
import { buildStructure, type Article, type Clause, type ImportedStructure } from './structure.js';

import { WordImportError } from './errors.js';

export { WordImportError };
export { sniffKind } from './docx-file.js';
export { emitDraft, usesVersion11 } from './emit.js';
export type { ImportedStructure, Article, Clause } from './structure.js';
export type { WordWarning, WordBlock } from './read-docx.js';

export interface ImportCounts {
  articles: number;
  clauses: number;
  items: number;
  notes: number;
  tables: number;
}

export interface ImportResult {
  structure: ImportedStructure;
  counts: ImportCounts;
}

export function countStructure(s: ImportedStructure): ImportCounts {
  const counts: ImportCounts = { articles: s.definitions ? 1 : 0, clauses: 0, items: 0, notes: 0, tables: 0 };
  const clause = (c: Clause): void => {
    counts.clauses++;
    counts.notes += c.notes?.length ?? 0;
    for (const it of c.items ?? []) item(it);
  };
  const item = (it: string | { clauses?: Clause[]; notes?: unknown[] }): void => {
    counts.items++;
    if (typeof it !== 'string') {
      counts.notes += it.notes?.length ?? 0;
      for (const c of it.clauses ?? []) clause(c);
    }
  };
  const article = (a: Article): void => {
    counts.articles++;
    counts.notes += a.notes?.length ?? 0;
    counts.tables += a.tables?.length ?? 0;
    for (const c of a.clauses ?? []) clause(c);
    for (const it of a.items ?? []) item(it);
  };
  const all = s.chapters ? s.chapters.flatMap((c) => [...(c.articles ?? []), ...(c.sections ?? []).flatMap((x) => x.articles)]) : s.articles;
  all.forEach(article);
  for (const b of s.body) if (typeof b !== 'string') counts.notes += b.notes?.length ?? 0;
  return counts;
}

export async function importWord(bytes: Buffer): Promise<ImportResult> {
  let doc;
  try {
    doc = await readWordDocument(bytes);
  } catch (e) {
    if (e instanceof WordImportError) throw e;
    // mammoth's own refusals (a part it cannot parse, a relationship that points nowhere).
    throw new WordImportError('unreadable', {
      fa: `سند Word خوانده نشد (${(e as Error)?.message ?? e}). آن را در Word یا LibreOffice باز کنید و دوباره به‌صورت .docx ذخیره کنید.`,
      en: `The Word document could not be read (${(e as Error)?.message ?? e}). Open it in Word or LibreOffice and save it again as .docx.`,
    });
  }
  const structure = buildStructure(doc.blocks, doc.warnings);
  return { structure, counts: countStructure(structure) };
}
