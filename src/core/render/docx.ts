/**
 * A draft as a Word document (.docx), with the `docx` library: the same document model and the same
 * layout as the HTML render (letterhead, title, preamble, chapters and sections, «ماده ۱ –» with its
 * clauses, items, notes and tables, the enforcement lines, the closing and the signature), right to
 * left throughout (w:bidi on every paragraph and on the section), digits in Persian.
 *
 * Labels are typed into the text («الف – », «تبصره ۲ – »), not drawn by Word's list numbering: a clerk
 * who inserts or deletes a paragraph in Word keeps the labels the draft had, and `draft import` reads
 * them back. Indents carry the nesting (a clause's note sits deeper than the clause, an article's note
 * at the article's margin), which is how import tells them apart.
 *
 * Font: B Nazanin, the font of Iranian government letters, with Vazirmatn and Tahoma named as its
 * alternatives in the font table for machines without it. The bytes depend only on the draft
 * (docx-zip.ts fixes the timestamps). Loaded only by `draft render --format docx` and `draft package
 * --with-docx`.
 */

import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { buildDocumentModel, gregorianIso, type DocumentModel, type DraftData } from './model.js';
import { persianNumbers } from './text.js';
import { deterministicDocx } from './docx-zip.js';

export const DOCX_FONT = 'B Nazanin';
export const DOCX_FONT_FALLBACKS = ['Vazirmatn', 'Tahoma'];

// Sizes in half-points, indents in twentieths of a point.
const BODY_SIZE = 28;
const TITLE_SIZE = 34;
const STEP = 360;

// The parts of the document model this file reads. Format 1.1 fields are optional, so that a model
// without them (a version 1 draft) renders the same.
interface NoteM { label: string; text: unknown; added?: string }
interface ItemM { label: string; text: unknown; clauses?: ClauseM[]; notes?: NoteM[]; quote?: QuoteM; added?: string }
interface ClauseM { label: string; text: unknown; items?: Array<ItemM | { label: string; text: unknown }>; clauses?: ClauseM[]; notes?: NoteM[]; added?: string }
interface TableM { caption?: unknown; header: unknown[]; rows: unknown[][] }
interface QuoteM { of?: unknown; paragraphs: unknown[] }
interface ArticleM {
  label: string;
  title?: unknown;
  text?: unknown;
  definitions?: Array<{ label: string; term: unknown; definition: unknown }>;
  items?: ItemM[];
  clauses: ClauseM[];
  notes: NoteM[];
  quote?: QuoteM;
  tables?: TableM[];
  added?: string;
}
interface ChapterM { heading: string; title?: unknown; articles: ArticleM[]; sections: Array<{ heading: string; title?: unknown; articles: ArticleM[] }> }

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v).replace(/\r\n?/g, '\n').trim());
const has = (v: unknown): boolean => str(v) !== '';

function run(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: persianNumbers(text),
    rightToLeft: true,
    bold: opts.bold,
    boldComplexScript: opts.bold,
    ...(opts.size ? { size: opts.size, sizeComplexScript: opts.size } : {}),
  });
}

type Align = 'start' | 'center' | 'end' | 'both';
const ALIGN = { start: AlignmentType.START, center: AlignmentType.CENTER, end: AlignmentType.END, both: AlignmentType.BOTH } as const;

function para(runs: TextRun[], opts: { align?: Align; indent?: number; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    bidirectional: true,
    alignment: ALIGN[opts.align ?? 'both'],
    children: runs,
    ...(opts.indent ? { indent: { start: opts.indent } } : {}),
    spacing: { before: opts.before ?? 0, after: opts.after ?? 80 },
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

/** A user text: one paragraph per line the author typed, the label (if any) in bold on the first. */
function labelled(label: string | undefined, text: unknown, opts: { indent?: number; added?: string; labelBold?: boolean } = {}): Paragraph[] {
  const lines = str(text).split('\n');
  return lines.map((line, i) => {
    const runs: TextRun[] = [];
    if (i === 0 && label) runs.push(run(`${label} – `, { bold: opts.labelBold ?? true }));
    runs.push(run(line.trim()));
    if (i === lines.length - 1 && opts.added) runs.push(run(` ${opts.added}`));
    return para(runs, { indent: opts.indent });
  });
}

/** Another instrument's wording, indented, in «» (import reads a «…» after a sentence ending in «:» back as the quote). */
function quote(q: QuoteM | undefined, indent: number): Paragraph[] {
  if (!q) return [];
  const ps = q.paragraphs.map(str);
  return ps.map((p, i) => para([run(`${i === 0 ? '«' : ''}${p}${i === ps.length - 1 ? '»' : ''}`)], { indent }));
}

function notes(list: NoteM[] | undefined, indent: number): Paragraph[] {
  return (list ?? []).flatMap((n) => labelled(n.label, n.text, { indent, added: n.added }));
}

function items(list: Array<ItemM | { label: string; text: unknown }> | undefined, indent: number): Paragraph[] {
  return (list ?? []).flatMap((it) => {
    const item = it as ItemM;
    return [
      ...labelled(item.label, item.text, { indent, added: item.added }),
      ...quote(item.quote, indent + STEP),
      ...clauses(item.clauses, indent + STEP),
      ...notes(item.notes, indent + STEP),
    ];
  });
}

function clauses(list: ClauseM[] | undefined, indent: number): Paragraph[] {
  return (list ?? []).flatMap((c) => [
    ...labelled(c.label, c.text, { indent, added: c.added }),
    ...items(c.items, indent + STEP),
    ...clauses(c.clauses, indent + STEP),
    ...notes(c.notes, indent + STEP),
  ]);
}

function table(t: TableM): Array<Paragraph | Table> {
  const cell = (v: unknown, bold: boolean): TableCell =>
    new TableCell({ children: str(v).split('\n').map((line) => para([run(line, { bold })], { align: 'start', after: 0 })) });
  const out: Array<Paragraph | Table> = [];
  if (has(t.caption)) out.push(para([run(str(t.caption), { bold: true })], { align: 'center' }));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  out.push(new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((v) => cell(v, false)) })),
    ],
  }));
  // Word needs a paragraph between a table and what follows to keep them apart.
  out.push(para([], { after: 0 }));
  return out;
}

function article(a: ArticleM): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (has(a.title)) {
    // A heading of its own, all in bold: import reads a bold «ماده N – …» line followed by text as a title.
    out.push(para([run(`${a.label} – ${str(a.title)}`, { bold: true })], { before: 160, keepNext: true }));
    if (has(a.text)) out.push(...labelled(undefined, a.text, { added: a.added }));
  } else {
    const [first, ...rest] = str(a.text).split('\n');
    const added = rest.length === 0 && a.added ? [run(` ${a.added}`)] : [];
    out.push(para([run(`${a.label} – `, { bold: true }), run((first ?? '').trim()), ...added], { before: 160 }));
    if (rest.length > 0) out.push(...labelled(undefined, rest.join('\n'), { added: a.added }));
  }
  out.push(...quote(a.quote, STEP * 2));
  for (const d of a.definitions ?? []) {
    out.push(para([run(`${d.label} – `, { bold: true }), run(`${str(d.term)}: `, { bold: true }), run(str(d.definition))], { indent: STEP }));
  }
  out.push(...items(a.items, STEP));
  out.push(...clauses(a.clauses, STEP));
  for (const t of a.tables ?? []) out.push(...table(t));
  out.push(...notes(a.notes, 0));
  return out;
}

function articlesOf(model: DocumentModel): Array<Paragraph | Table> {
  const chapters = (model as unknown as { chapters?: ChapterM[] }).chapters ?? [];
  const out: Array<Paragraph | Table> = [];
  if (chapters.length === 0) {
    for (const a of model.articles as unknown as ArticleM[]) out.push(...article(a));
    return out;
  }
  const heading = (h: string, title: unknown): Paragraph =>
    para([run(has(title) ? `${h} – ${str(title)}` : h, { bold: true })], { align: 'center', before: 240, after: 120, keepNext: true });
  for (const c of chapters) {
    out.push(heading(c.heading, c.title));
    for (const a of c.articles) out.push(...article(a));
    for (const s of c.sections) {
      out.push(heading(s.heading, s.title));
      for (const a of s.articles) out.push(...article(a));
    }
  }
  return out;
}

function letterhead(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [para([run('بسمه تعالی', { bold: true })], { align: 'center' })];
  out.push(para([run(model.organization, { bold: true })], { align: 'start', after: 0 }));
  if (has(model.province)) out.push(para([run(`استان ${str(model.province)}`)], { align: 'start' }));
  out.push(para([run('شماره: ')], { align: 'end', after: 0 }));
  out.push(para([run(`تاریخ: ${model.date}`)], { align: 'end', after: 0 }));
  out.push(para([run(`پیوست: ${model.attachmentsWord}`)], { align: 'end', after: 240 }));
  if (model.kicker) out.push(para([run(model.kicker)], { align: 'center', after: 0 }));
  out.push(para([run(str(model.title), { bold: true, size: TITLE_SIZE })], { align: 'center', after: 240 }));
  if (!model.isReady) out.push(para([run('این متن در دست تهیه است و هنوز برای ارسال آماده نیست.')], { align: 'center', after: 240 }));
  return out;
}

function endBlock(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  const sig = model.signature;
  if (has(sig.name)) out.push(para([run(str(sig.name), { bold: true })], { align: 'end', before: 360, after: 0 }));
  if (has(sig.position)) out.push(para([run(str(sig.position))], { align: 'end' }));
  if (model.attachments.length > 0) {
    out.push(para([run('پیوست‌ها:', { bold: true })], { align: 'start', before: 240 }));
    for (const a of model.attachments) out.push(para([run(`${a.number}. ${str(a.title)}`)], { align: 'start', indent: STEP }));
  }
  return out;
}

function body(model: DocumentModel): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [...letterhead(model)];
  if (model.kind === 'directive') {
    if (has(model.preamble)) out.push(...labelled(undefined, model.preamble));
    if (has(model.scope)) out.push(para([run('دامنه شمول: ', { bold: true }), run(str(model.scope))]));
    out.push(...articlesOf(model));
    const e = model.enforcement;
    if (e && e.responsible.length > 0) out.push(para([run('مسئول اجرا: ', { bold: true }), run(e.responsible.map(str).join('؛ '))], { before: 240 }));
    if (e && has(e.supervisor)) out.push(para([run('ناظر بر اجرا: ', { bold: true }), run(str(e.supervisor))]));
    if (e && has(e.effectiveDate)) out.push(para([run('تاریخ اجرا: ', { bold: true }), run(str(e.effectiveDate))]));
    if (has(model.closing)) out.push(para([run(str(model.closing))], { before: 240 }));
    out.push(...endBlock(model));
    return out;
  }
  const c = model.circular!;
  out.push(para([run('گیرندگان:', { bold: true })], { align: 'start', after: 0 }));
  for (const a of c.addressees) out.push(para([run(str(a))], { align: 'start', indent: STEP, after: 0 }));
  if (has(c.subject)) out.push(para([run('موضوع: ', { bold: true }), run(str(c.subject))], { align: 'start', before: 160 }));
  out.push(para([run('با سلام و احترام،')], { align: 'start', before: 160 }));
  for (const p of c.body as unknown[]) {
    const paragraph = typeof p === 'object' && p !== null ? (p as { label?: string; text: unknown; notes?: NoteM[] }) : { text: p };
    out.push(...labelled(paragraph.label?.replace(/ـ$/, ''), paragraph.text));
    out.push(...notes(paragraph.notes, STEP));
  }
  out.push(...articlesOf(model));
  if (has(c.effectiveDate)) out.push(para([run('تاریخ اجرا: ', { bold: true }), run(str(c.effectiveDate))], { before: 240 }));
  out.push(...endBlock(model));
  if (c.copies.length > 0) {
    out.push(para([run('رونوشت:', { bold: true })], { align: 'start', before: 240 }));
    for (const cp of c.copies) out.push(para([run(has(cp.purpose) ? `${str(cp.to)}، ${str(cp.purpose)}` : str(cp.to))], { align: 'start', indent: STEP, after: 0 }));
  }
  return out;
}

export interface DocxOptions {
  /** Written as the document's creator, e.g. `pishnevis 0.1.0`. */
  generator?: string;
  /** The fixed time in the package; default: midnight UTC of the draft's date, else 1980-01-01. */
  timestamp?: Date;
}

/** The document model as .docx bytes. */
export async function renderDocxDocument(model: DocumentModel, draftDate: unknown, options: DocxOptions = {}): Promise<Buffer> {
  const iso = gregorianIso(draftDate);
  const when = options.timestamp ?? new Date(iso ? `${iso}T00:00:00Z` : '1980-01-01T00:00:00Z');
  const doc = new Document({
    creator: options.generator ?? 'pishnevis',
    lastModifiedBy: options.generator ?? 'pishnevis',
    title: str(model.title),
    description: model.heading,
    styles: {
      default: {
        document: {
          run: { font: { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT }, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: 'fa-IR', bidirectional: 'fa-IR' } },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      // «صفحه ۲ از ۵», as the HTML prints it; Word fills in the numbers (a footer is never imported).
      footers: {
        default: new Footer({
          children: [new Paragraph({
            bidirectional: true,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ rightToLeft: true, size: 20, sizeComplexScript: 20, children: ['صفحه ', PageNumber.CURRENT, ' از ', PageNumber.TOTAL_PAGES] })],
          })],
        }),
      },
      children: body(model),
    }],
  });
  const raw = await Packer.toBuffer(doc);
  return deterministicDocx(raw, { when, altNames: { [DOCX_FONT]: DOCX_FONT_FALLBACKS.join(',') } });
}

/** Renders a parsed draft (the data of its YAML) to .docx bytes. */
export async function renderDocx(data: DraftData, options: DocxOptions = {}): Promise<Buffer> {
  return renderDocxDocument(buildDocumentModel(data), data.date, options);
}
