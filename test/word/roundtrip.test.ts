import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { clauseLabel, normalizeLabel } from '../../src/persian/alphabet.js';
import { renderDocx } from '../../src/core/render/docx.js';
import { persianNumbers } from '../../src/core/render/text.js';
import { toPersianDigits } from '../../src/persian/digits.js';
import { emitDraft, importWord } from '../../src/core/word/index.js';
import { validateText } from '../../src/core/engine/validate.js';
import type { Article, Clause, ImportedStructure, Item } from '../../src/core/word/structure.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/valid/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort();

type R = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
// The renderer writes digits in Persian (and ٬ ٫ ٪ inside numbers), as the HTML does; the rest is verbatim.
const pn = (v: unknown): string => persianNumbers(String(v ?? '').trim());

/** A draft's article as the comparison sees it: texts, labels and nesting. */
function expected(a: R): unknown {
  const clauses = (list: unknown[]): unknown[] => list.map((c, i) => {
    const clause = c as R;
    return {
      label: typeof clause.label === 'string' ? normalizeLabel(clause.label) : clauseLabel(i),
      text: pn(clause.text),
      items: arr(clause.items).map((it) => pn(typeof it === 'string' ? it : (it as R).text)),
      notes: arr(clause.notes).map((n) => pn((n as R).text)),
    };
  });
  return {
    title: a.title === undefined ? undefined : pn(a.title),
    text: pn(a.text),
    clauses: clauses(arr(a.clauses)),
    items: arr(a.items).map((it) => pn(typeof it === 'string' ? it : (it as R).text)),
    notes: arr(a.notes).map((n) => pn((n as R).text)),
    noteAdded: arr(a.notes).map((n) => addedOf((n as R).added)),
    quote: a.quote ? arr(Array.isArray((a.quote as R).text) ? (a.quote as R).text : [(a.quote as R).text]).map(pn) : undefined,
    added: addedOf(a.added),
    tables: arr(a.tables).map((t) => {
      const table = t as R;
      return { ...(table.caption !== undefined ? { caption: pn(table.caption) } : {}), header: arr(table.header).map(pn), rows: arr(table.rows).map((r) => arr(r).map(pn)) };
    }),
  };
}

/** «(الحاقی به موجب … مورخ …)» as the model composes it: the date in Persian digits, zero-padded. */
function addedOf(v: unknown): unknown {
  if (!v) return undefined;
  const a = v as R;
  const date = a.date === undefined ? undefined : toPersianDigits(String(a.date).replace(/\b(\d)\b/g, '0$1'));
  return { by: pn(a.by), ...(date ? { date } : {}) };
}

function actual(a: Article): unknown {
  const itemText = (it: string | Item): string => (typeof it === 'string' ? it : it.text);
  return {
    title: a.title,
    text: a.text,
    clauses: (a.clauses ?? []).map((c: Clause) => ({ label: normalizeLabel(c.label ?? ''), text: c.text, items: (c.items ?? []).map(itemText), notes: (c.notes ?? []).map((n) => n.text) })),
    items: (a.items ?? []).map(itemText),
    notes: (a.notes ?? []).map((n) => n.text),
    noteAdded: (a.notes ?? []).map((n) => n.added),
    quote: a.quote ? (typeof a.quote.text === 'string' ? [a.quote.text] : a.quote.text) : undefined,
    added: a.added,
    tables: a.tables ?? [],
  };
}

function articlesOf(s: ImportedStructure): Article[] {
  return s.chapters ? s.chapters.flatMap((c) => [...(c.articles ?? []), ...(c.sections ?? []).flatMap((x) => x.articles)]) : s.articles;
}

describe('round trip: render --format docx, then import, gives back the same document', () => {
  it.each(examples)('%s', async (name) => {
    const data = parse(readFileSync(`${EXAMPLES}${name}`, 'utf8')) as R;
    const { structure: s } = await importWord(await renderDocx(data));

    expect(s.title).toBe(pn(data.title));
    expect(s.kindHint).toBe(data.kind);
    const dataArticles = arr(data.articles).length > 0
      ? arr(data.articles)
      : arr(data.chapters).flatMap((c) => [...arr((c as R).articles), ...arr((c as R).sections).flatMap((x) => arr((x as R).articles))]);
    expect(articlesOf(s).map(actual)).toEqual(dataArticles.map((a) => expected(a as R)));
    if (data.kind === 'directive') {
      expect(s.preamble).toBe(pn(data.preamble));
      expect(s.definitions ?? []).toEqual(arr(data.definitions).map((d) => ({ term: pn((d as R).term), definition: pn((d as R).definition) })));
      const enforcement = data.enforcement as R;
      expect(s.enforcement.responsible).toEqual(arr(enforcement.responsible).map(pn));
      expect(s.enforcement.supervisor).toBe(pn(enforcement.supervisor));
      if (data.closing) expect(s.closing).toBe(pn(data.closing));
      if (data.scope) expect(s.scope).toBe(pn(data.scope));
    } else {
      expect(s.subject).toBe(pn(data.subject));
      expect(s.addressees).toEqual(arr(data.addressees).map(pn));
      expect(s.body.map((b) => (typeof b === 'string' ? b : b.text))).toEqual(arr(data.body).map((b) => pn(typeof b === 'string' ? b : (b as R).text)));
      expect(s.signatory).toEqual({ name: pn((data.signatory as R).name), position: pn((data.signatory as R).position) });
    }
    // Written as YAML with the draft's own metadata, it is a draft that validates: only the places the
    // Word file cannot fill (rationale, legal basis) are left, as warnings.
    const m = data.municipality as R;
    const author = data.author as R;
    const text = emitDraft({
      kind: data.kind as 'directive' | 'circular', province: String(m.province), city: String(m.city), title: String(data.title), id: String(data.id),
      category: data.category as 'legal', authorName: String(author.name), authorPosition: String(author.position), date: String(data.date), articles: 1, legalBasis: [],
    }, s, { source: name.replace('.yaml', '.docx') });
    const result = validateText(text, { file: name, lang: 'en' });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(result.findings.every((f) => f.ruleId === 'placeholders')).toBe(true);
    // The list of attachments is the one thing import reports instead of placing (it has no file paths).
    expect(s.warnings.map((w) => w.code)).toEqual(arr(data.attachments).length > 0 ? ['attachments-list'] : []);
  });
});
