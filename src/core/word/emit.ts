/**
 * The imported draft as YAML text: the metadata (from flags, the configuration or the prompts) and the
 * structure read from Word, in the order `draft new` writes a draft, every scalar through the scaffold's
 * yamlScalar (one line, read back exactly as given). What Word does not hold and nobody gave (the
 * rationale, a legal basis, the enforcement lines) is written as «…», which `draft validate` reports
 * as a place to fill in (a warning while the status is draft).
 */

import { yamlScalar } from '../scaffold/yaml-scalar.js';
import type { Answers } from '../scaffold/types.js';
import type { Added, Article, Chapter, Clause, ImportedStructure, Item, Note, Quote, Table } from './structure.js';

const PLACEHOLDER = '…';

type Out = string[];

// Characters a literal block cannot hold as they are (controls, bidi overrides, BOM, lone surrogates).
const NOT_LITERAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/;

/**
 * A value as YAML. Text of several lines (an article of several paragraphs) is a literal block, each
 * paragraph on a line of its own at `indent`, when every line is plain text without blanks at either
 * end; everything else is the scaffold's one-line scalar.
 */
const s = (v: string, indent?: string): string => {
  if (indent !== undefined && v.includes('\n') && !NOT_LITERAL.test(v) && v.split('\n').every((l) => /^\S(?:.*\S)?$/.test(l))) {
    return `|-\n${v.split('\n').map((l) => indent + l).join('\n')}`;
  }
  return yamlScalar(v);
};

function added(out: Out, pad: string, a: Added | undefined): void {
  if (!a) return;
  out.push(`${pad}added:`, `${pad}  by: ${s(a.by)}`);
  if (a.date) out.push(`${pad}  date: ${s(a.date)}`);
}

function quote(out: Out, pad: string, q: Quote | undefined): void {
  if (!q) return;
  out.push(`${pad}quote:`, `${pad}  of: ${s(q.of)}`);
  if (typeof q.text === 'string') out.push(`${pad}  text: ${s(q.text, `${pad}    `)}`);
  else {
    out.push(`${pad}  text:`);
    for (const p of q.text) out.push(`${pad}    - ${s(p, `${pad}      `)}`);
  }
}

function notes(out: Out, pad: string, list: Note[] | undefined): void {
  if (!list || list.length === 0) return;
  out.push(`${pad}notes:`);
  for (const n of list) {
    out.push(`${pad}  - text: ${s(n.text, `${pad}      `)}`);
    added(out, `${pad}    `, n.added);
  }
}

function items(out: Out, pad: string, list: Array<string | Item> | undefined): void {
  if (!list || list.length === 0) return;
  out.push(`${pad}items:`);
  for (const it of list) {
    if (typeof it === 'string') {
      out.push(`${pad}  - ${s(it, `${pad}    `)}`);
      continue;
    }
    out.push(`${pad}  - text: ${s(it.text, `${pad}      `)}`);
    quote(out, `${pad}    `, it.quote);
    clauses(out, `${pad}    `, it.clauses);
    notes(out, `${pad}    `, it.notes);
    added(out, `${pad}    `, it.added);
  }
}

function clauses(out: Out, pad: string, list: Clause[] | undefined): void {
  if (!list || list.length === 0) return;
  out.push(`${pad}clauses:`);
  for (const c of list) {
    if (c.label !== undefined) {
      out.push(`${pad}  - label: ${s(c.label)}`);
      out.push(`${pad}    text: ${s(c.text, `${pad}      `)}`);
    } else out.push(`${pad}  - text: ${s(c.text, `${pad}      `)}`);
    items(out, `${pad}    `, c.items);
    notes(out, `${pad}    `, c.notes);
    added(out, `${pad}    `, c.added);
  }
}

function tables(out: Out, pad: string, list: Table[] | undefined): void {
  if (!list || list.length === 0) return;
  out.push(`${pad}tables:`);
  for (const t of list) {
    if (t.caption !== undefined) out.push(`${pad}  - caption: ${s(t.caption)}`, `${pad}    header: [${t.header.map((v) => s(v)).join(', ')}]`);
    else out.push(`${pad}  - header: [${t.header.map((v) => s(v)).join(', ')}]`);
    out.push(`${pad}    rows:`);
    for (const row of t.rows) out.push(`${pad}      - [${row.map((v) => s(v)).join(', ')}]`);
  }
}

function articles(out: Out, pad: string, list: Article[]): void {
  out.push(`${pad}articles:`);
  for (const a of list) {
    const lines: string[] = [];
    if (a.number !== undefined) lines.push(`number: ${a.number}`);
    if (a.title !== undefined && a.title !== '') lines.push(`title: ${s(a.title)}`);
    lines.push(`text: ${s(a.text === '' ? PLACEHOLDER : a.text, `${pad}      `)}`);
    out.push(`${pad}  - ${lines[0]}`, ...lines.slice(1).map((l) => `${pad}    ${l}`));
    quote(out, `${pad}    `, a.quote);
    clauses(out, `${pad}    `, a.clauses);
    items(out, `${pad}    `, a.items);
    notes(out, `${pad}    `, a.notes);
    tables(out, `${pad}    `, a.tables);
    added(out, `${pad}    `, a.added);
  }
}

function chapters(out: Out, list: Chapter[]): void {
  out.push('chapters:');
  for (const c of list) {
    const head = c.number !== undefined && c.number > 0 ? [`number: ${c.number}`, `title: ${s(c.title || PLACEHOLDER)}`] : [`title: ${s(c.title || PLACEHOLDER)}`];
    out.push(`  - ${head[0]}`, ...head.slice(1).map((l) => `    ${l}`));
    if (c.articles && c.articles.length > 0) articles(out, '    ', c.articles);
    if (c.sections && c.sections.length > 0) {
      out.push('    sections:');
      for (const sec of c.sections) {
        if (sec.number !== undefined && sec.number > 0) out.push(`      - number: ${sec.number}`, `        title: ${s(sec.title || PLACEHOLDER)}`);
        else out.push(`      - title: ${s(sec.title || PLACEHOLDER)}`);
        articles(out, '        ', sec.articles);
      }
    }
  }
}

/** Whether the structure uses anything format 1.1 added, so the draft must say `schemaVersion: 1.1`. */
export function usesVersion11(d: ImportedStructure, kind: Answers['kind']): boolean {
  const all: Article[] = d.chapters ? d.chapters.flatMap((c) => [...(c.articles ?? []), ...(c.sections ?? []).flatMap((x) => x.articles)]) : d.articles;
  const clauseUses = (c: Clause): boolean => (c.notes?.length ?? 0) > 0 || (c.items ?? []).some((it) => typeof it !== 'string') || c.added !== undefined;
  return Boolean(
    d.chapters || d.singleArticle || d.definitionsIntro || d.numberedBody ||
    (kind === 'directive' && d.signatory) ||
    d.body.some((b) => typeof b !== 'string') ||
    all.some((a) => (a.items?.length ?? 0) > 0 || (a.tables?.length ?? 0) > 0 || a.quote !== undefined || a.added !== undefined ||
      (a.notes ?? []).some((n) => n.added !== undefined) || (a.clauses ?? []).some(clauseUses)),
  );
}

export interface EmitOptions {
  /** The Word file's name, for the comment at the top. */
  source: string;
  /** The schema modeline `draft new` writes, if any. */
  modeline?: string;
}

export function emitDraft(a: Answers, d: ImportedStructure, options: EmitOptions): string {
  const out: Out = [];
  if (options.modeline) out.push(options.modeline);
  out.push(`# از ${options.source.replace(/[\r\n]+/g, ' ')} با «draft import» آورده شده است؛ متن همان است که در Word بود.`);
  out.push('# جاهای «…» را پر کنید؛ «draft validate --fix» نگارش فارسی را درست می‌کند.');
  out.push(`schemaVersion: ${usesVersion11(d, a.kind) ? '1.1' : '1'}`);
  out.push(`kind: ${a.kind}`, `id: ${s(a.id)}`, 'status: draft', `title: ${s(a.title)}`, '');
  out.push('municipality:', `  province: ${s(a.province)}`, `  city: ${s(a.city)}`);
  if (a.code) out.push(`  code: ${s(a.code)}`);
  out.push('author:', `  name: ${s(a.authorName)}`, `  position: ${s(a.authorPosition)}`);
  if (a.authorEmail) out.push(`  email: ${s(a.authorEmail)}`);
  if (a.authorPhone) out.push(`  phone: ${s(a.authorPhone)}`);
  out.push(`date: ${s(a.date)}`, `category: ${s(a.category)}`, '');
  out.push('# ضرورت و توجیه: در سند Word نیست؛ آن را بنویسید.', 'rationale:', `  problem: ${PLACEHOLDER}`, `  proposal: ${PLACEHOLDER}`);
  const basis = a.legalBasis.length > 0 ? a.legalBasis : a.kind === 'directive' ? [{ law: PLACEHOLDER }] : [];
  if (basis.length > 0) {
    out.push('legalBasis:');
    for (const b of basis) {
      out.push(`  - law: ${s(b.law)}`);
      if (b.article) out.push(`    article: ${s(b.article)}`);
    }
  }
  out.push('');
  if (a.kind === 'directive') {
    out.push(`preamble: ${s(d.preamble ?? PLACEHOLDER, '  ')}`);
    if (d.scope) out.push(`scope: ${s(d.scope)}`);
    if (d.definitionsIntro) out.push(`definitionsIntro: ${s(d.definitionsIntro)}`);
    if (d.definitions && d.definitions.length > 0) {
      out.push('definitions:');
      for (const def of d.definitions) out.push(`  - term: ${s(def.term)}`, `    definition: ${s(def.definition)}`);
    }
    if (d.singleArticle) out.push('singleArticle: true');
    if (d.chapters) chapters(out, d.chapters);
    else articles(out, '', d.articles.length > 0 ? d.articles : [{ text: PLACEHOLDER }]);
    out.push('', 'enforcement:', '  responsible:');
    for (const r of d.enforcement.responsible.length > 0 ? d.enforcement.responsible : [PLACEHOLDER]) out.push(`    - ${s(r)}`);
    out.push(`  supervisor: ${s(d.enforcement.supervisor ?? PLACEHOLDER)}`);
    if (d.enforcement.effectiveDate) out.push(`  effectiveDate: ${s(d.enforcement.effectiveDate)}`);
    if (d.closing) out.push(`closing: ${s(d.closing)}`);
    if (d.signatory) out.push('signatory:', `  name: ${s(d.signatory.name)}`, `  position: ${s(d.signatory.position || PLACEHOLDER)}`);
  } else {
    out.push(`subject: ${s(d.subject ?? a.subject ?? PLACEHOLDER)}`, 'addressees:');
    const addressees = d.addressees.length > 0 ? d.addressees : a.addressees && a.addressees.length > 0 ? a.addressees : [PLACEHOLDER];
    for (const x of addressees) out.push(`  - ${s(x)}`);
    if (d.singleArticle) out.push('singleArticle: true');
    if (d.chapters) chapters(out, d.chapters);
    else if (d.articles.length > 0) articles(out, '', d.articles);
    if (d.body.length > 0 || (!d.chapters && d.articles.length === 0)) {
      if (d.numberedBody) out.push('numberedBody: true');
      out.push('body:');
      for (const p of d.body.length > 0 ? d.body : [PLACEHOLDER]) {
        if (typeof p === 'string') out.push(`  - ${s(p, '    ')}`);
        else {
          out.push(`  - text: ${s(p.text, '      ')}`);
          notes(out, '    ', p.notes);
        }
      }
    }
    const name = d.signatory?.name ?? a.signatoryName ?? PLACEHOLDER;
    const position = d.signatory?.position || a.signatoryPosition || PLACEHOLDER;
    out.push('signatory:', `  name: ${s(name)}`, `  position: ${s(position)}`);
    if (d.copies.length > 0) {
      out.push('copies:');
      for (const c of d.copies) out.push(`  - to: ${s(c.to)}`, `    purpose: ${s(c.purpose || PLACEHOLDER)}`);
    }
    if (d.enforcement.effectiveDate) out.push(`effectiveDate: ${s(d.enforcement.effectiveDate)}`);
  }
  return `${out.join('\n')}\n`;
}
