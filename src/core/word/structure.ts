/**
 * From the document's paragraphs to a draft's structure: title, preamble, chapters and sections,
 * articles with their clauses, items, notes and tables, the end matter (enforcement lines, closing,
 * signature), or a circular's addressees, subject, body and copies. Every piece of text is kept as
 * written; only the labels («ماده ۳ –», «الف)», «تبصره ۱:») are cut off, since the draft holds them as
 * structure. What cannot be placed is reported, never dropped in silence.
 */

import type { Bilingual } from '../engine/types.js';
import { toPersianDigits as fa } from '../../persian/digits.js';
import {
  draftDate, fieldLine, isBlank, isClosing, isDefinitionsHeading, isInvocation, isSalutation, letterheadField, recognise, renderKicker, splitDefinition,
  type Recognised,
} from './patterns.js';
import type { WordBlock, WordParagraph, WordWarning } from './read-docx.js';

/** «(الحاقی به موجب … مورخ …)» after a provision. */
export interface Added { by: string; date?: string }
/** The new wording of another instrument's article, in «» under the article or item that quotes it. */
export interface Quote { of: string; text: string | string[] }
export interface Note { text: string; added?: Added }
export interface Item { text: string; clauses?: Clause[]; notes?: Note[]; quote?: Quote; added?: Added }
export interface Clause { label?: string; text: string; items?: Array<string | Item>; notes?: Note[]; added?: Added }
export interface Table { caption?: string; header: string[]; rows: string[][] }
export interface Article {
  number?: number;
  title?: string;
  text: string;
  clauses?: Clause[];
  items?: Array<string | Item>;
  notes?: Note[];
  tables?: Table[];
  quote?: Quote;
  added?: Added;
}
export interface Section { number?: number; title: string; articles: Article[] }
export interface Chapter { number?: number; title: string; sections?: Section[]; articles?: Article[] }

export interface ImportedStructure {
  /** The kind the document's own words suggest, when they do. */
  kindHint?: 'directive' | 'circular';
  title?: string;
  preamble?: string;
  scope?: string;
  definitionsIntro?: string;
  definitions?: Array<{ term: string; definition: string }>;
  articles: Article[];
  chapters?: Chapter[];
  singleArticle?: boolean;
  closing?: string;
  enforcement: { responsible: string[]; supervisor?: string; effectiveDate?: string };
  signatory?: { name: string; position: string };
  // A circular's parts.
  subject?: string;
  addressees: string[];
  body: Array<string | { text: string; notes?: Note[] }>;
  numberedBody?: boolean;
  copies: Array<{ to: string; purpose: string }>;
  /** Lines dropped as letterhead («بسمه تعالی», «شماره:» …), for the report. */
  dropped: string[];
  warnings: WordWarning[];
}

type Line = WordParagraph & { full: string; r: Recognised };

interface Cursor {
  article?: Article;
  /** The last clause of the current article (top level), and the last item in it or in the article. */
  clause?: Clause;
  item?: { list: Array<string | Item>; index: number };
  /** Where the last line's text went, for a paragraph that continues it. */
  append?: (text: string) => void;
  /** Notes after the last clause, kept on the article until a later clause shows they were the clause's. */
  trailingNotes: Note[];
  clauseIndent: number;
  /** The text a «…» quote would follow (an article's or an item's), and where the quote goes. */
  lastText?: () => string;
  quoteTarget?: () => { quote?: Quote };
}

const wordsIn = (s: string): number => s.trim().split(/[\s\u200C]+/).filter(Boolean).length;
const endsSentence = (s: string): boolean => /[.:؛!؟?…]$/.test(s.trim());

export function buildStructure(blocks: WordBlock[], warnings: WordWarning[]): ImportedStructure {
  const out: ImportedStructure = { articles: [], enforcement: { responsible: [] }, addressees: [], body: [], copies: [], dropped: [], warnings: [...warnings] };
  const warn = (paragraph: number, message: Bilingual, code: WordWarning['code'] = 'unplaced'): void => {
    out.warnings.push({ paragraph, code, message });
  };

  // 1. Paragraphs as lines, a Word list label in front of the text as if typed.
  const items: Array<Line | { type: 'table'; index: number; rows: string[][] }> = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      items.push(b);
      continue;
    }
    if (isBlank(b.text) && !b.list) continue;
    const full = b.list ? `${b.list.text} ${b.text.trim()}` : b.text;
    items.push({ ...b, full, r: recognise(full) });
  }

  // 2. The head: everything before the first article, chapter or section.
  let i = 0;
  const isStructural = (r: Recognised): boolean => r.kind === 'article' || r.kind === 'single-article' || r.kind === 'chapter' || r.kind === 'section';
  const head: Line[] = [];
  const headTables: Array<{ index: number; rows: string[][] }> = [];
  for (; i < items.length; i++) {
    const it = items[i]!;
    if (it.type === 'table') {
      headTables.push(it);
      continue;
    }
    if (isStructural(it.r) && articleStarts(it.r, 0)) break;
    head.push(it);
  }
  const hasArticles = i < items.length;
  // Tables above the first article: a letterhead laid out as a table (شماره، تاریخ، پیوست، بسمه تعالی) is
  // dropped like any letterhead; in a circular without articles a table is reported below; any other
  // table up there has no place in the format.
  for (const t of headTables) {
    const cells = t.rows.flat().map((c) => c.trim()).filter(Boolean);
    if (cells.length > 0 && cells.every((c) => c.split('\n').every((l) => isInvocation(l) || letterheadField(l) !== undefined || isBlank(l)))) {
      out.dropped.push(...cells);
    } else if (hasArticles) {
      warn(t.index, { fa: `جدول پاراگراف ${fa(t.index)} پیش از نخستین ماده است و آورده نشد.`, en: `The table at paragraph ${t.index} comes before the first article and was not imported.` });
    } else {
      items.push({ type: 'table', index: t.index, rows: t.rows });
    }
  }
  const bodyLines: Line[] = [];
  let titleTaken = false;
  let inAddressees = false;
  // A line that looks like letterhead («سازمان …», «شهرداری …») is the title when nothing after it could be.
  const couldBeTitle = (l: Line): boolean => {
    const t = l.text.trim();
    return !renderKicker(t) && !isInvocation(t) && !letterheadField(t) && !fieldLine(l.full) && !isSalutation(t);
  };
  const lastTitleCandidate = head.reduce((last, l, k) => (couldBeTitle(l) ? k : last), -1);
  for (const [k, line] of head.entries()) {
    const t = line.text.trim();
    const kicker = renderKicker(t);
    if (kicker) {
      if (kicker !== 'banner') out.kindHint = kicker;
      out.dropped.push(t);
      continue;
    }
    if (isInvocation(t)) {
      out.dropped.push(t);
      continue;
    }
    const field = fieldLine(line.full);
    if (!titleTaken && letterheadField(t) && !(letterheadField(t) === 'organization' && k > lastTitleCandidate)) {
      out.dropped.push(t);
      continue;
    }
    if (field?.field === 'addressees') {
      inAddressees = true;
      out.kindHint = 'circular';
      if (field.rest) out.addressees.push(...field.rest.split(/[،؛]\s*/).map((s) => s.trim()).filter(Boolean));
      continue;
    }
    if (field?.field === 'subject') {
      inAddressees = false;
      out.kindHint = 'circular';
      out.subject = field.rest;
      continue;
    }
    if (field?.field === 'scope') {
      out.scope = field.rest;
      continue;
    }
    if (isSalutation(t)) {
      inAddressees = false;
      out.dropped.push(t);
      continue;
    }
    if (inAddressees) {
      out.addressees.push(line.r.kind === 'item' ? line.r.rest : t);
      continue;
    }
    if (!titleTaken && wordsIn(t) <= 40 && t.length <= 200) {
      out.title = t;
      titleTaken = true;
      if (/^(پیش[\s\u200C]*نویس[\s\u200C]+)?بخشنامه/.test(t)) out.kindHint ??= 'circular';
      else if (/^(پیش[\s\u200C]*نویس[\s\u200C]+)?(دستورالعمل|دستور[\s\u200C]+العمل|آیین[\s\u200C]*نامه|شیوه[\s\u200C]*نامه)/.test(t)) out.kindHint ??= 'directive';
      continue;
    }
    bodyLines.push(line);
  }

  // A document of articles with no subject or addressees reads as a directive.
  if (!out.kindHint && hasArticles && !out.subject && out.addressees.length === 0) out.kindHint = 'directive';

  // 3. The articles, chapters and sections.
  const cur: Cursor = { trailingNotes: [], clauseIndent: 0 };
  let chapter: Chapter | undefined;
  let section: Section | undefined;
  const articleList = (): Article[] => {
    if (section) return section.articles;
    if (chapter) return (chapter.articles ??= []);
    return out.articles;
  };
  const endMatter: Line[] = [];
  const settle = (): void => {
    // Notes after the last clause stay the article's.
    cur.trailingNotes = [];
  };
  let pendingTitle: ((text: string) => void) | undefined;
  let lastNumber = 0;
  let quote: { lines: string[]; target: { quote?: Quote }; of: string } | undefined;
  let caption: string | undefined;
  const finishQuote = (q: NonNullable<typeof quote>): undefined => {
    q.target.quote = { of: q.of, text: q.lines.length === 1 ? q.lines[0]! : q.lines };
    cur.append = undefined;
    return undefined;
  };

  for (; hasArticles && i < items.length; i++) {
    const it = items[i]!;
    if (it.type === 'table') {
      if (!cur.article) {
        warn(it.index, { fa: `جدول پاراگراف ${fa(it.index)} پیش از نخستین ماده است و آورده نشد.`, en: `The table at paragraph ${it.index} comes before the first article and was not imported.` });
        continue;
      }
      const [header, ...rows] = it.rows;
      if (!header || header.length === 0) continue;
      (cur.article.tables ??= []).push({ ...(caption !== undefined ? { caption } : {}), header, rows });
      caption = undefined;
      cur.append = undefined;
      continue;
    }
    const line = it;
    const t = line.full.trim();
    const r = line.r;
    if (quote) {
      // Inside «…» every paragraph is the other instrument's wording, «ماده ۴ –» and «تبصره –» too.
      const closes = /»[.؛،]?$/.test(t);
      quote.lines.push(closes ? t.replace(/»([.؛،]?)$/, '$1') : t);
      if (closes) quote = finishQuote(quote);
      continue;
    }
    if (t.startsWith('«') && cur.article && cur.lastText && cur.quoteTarget && cur.lastText().trim().endsWith(':')) {
      quote = { lines: [], target: cur.quoteTarget(), of: quoteOf(cur.lastText()) };
      const closes = /»[.؛،]?$/.test(t);
      quote.lines.push(closes ? t.slice(1).replace(/»([.؛،]?)$/, '$1') : t.slice(1));
      if (closes) quote = finishQuote(quote);
      continue;
    }
    if (pendingTitle && r.kind === 'text' && !isClosing(t) && !fieldLine(t)) {
      pendingTitle(t);
      pendingTitle = undefined;
      continue;
    }
    pendingTitle = undefined;
    if (r.kind === 'chapter') {
      settle();
      chapter = { number: r.number, title: r.rest };
      section = undefined;
      out.chapters ??= [];
      out.chapters.push(chapter);
      cur.article = undefined;
      if (!r.rest) pendingTitle = (text) => (chapter!.title = text);
      continue;
    }
    if (r.kind === 'section') {
      settle();
      if (!chapter) {
        chapter = { title: '' };
        (out.chapters ??= []).push(chapter);
        warn(line.index, { fa: `بخش پاراگراف ${fa(line.index)} در هیچ فصلی نیست؛ فصلی بی‌عنوان برایش ساخته شد.`, en: `The section at paragraph ${line.index} is in no chapter; an untitled chapter was made for it.` });
      }
      section = { number: r.number, title: r.rest, articles: [] };
      (chapter.sections ??= []).push(section);
      cur.article = undefined;
      if (!r.rest) pendingTitle = (text) => (section!.title = text);
      continue;
    }
    if ((r.kind === 'article' || r.kind === 'single-article') && articleStarts(r, lastNumber)) {
      settle();
      if (r.kind === 'article') lastNumber = r.number;
      const article: Article = { text: '' };
      if (r.kind === 'article') article.number = r.number;
      else out.singleArticle = true;
      articleList().push(article);
      cur.article = article;
      cur.clause = undefined;
      cur.item = undefined;
      cur.clauseIndent = 0;
      cur.lastText = () => article.text;
      cur.quoteTarget = () => article;
      const rest = r.rest;
      const next = items[i + 1];
      const nextIsText = next !== undefined && next.type !== 'table' && (next.r.kind === 'text' || (next.r.kind === 'article' && !next.r.separated)) && !isClosing(next.full) && !fieldLine(next.full);
      if (rest === '') {
        cur.append = (text) => (article.text = article.text ? `${article.text}\n${text}` : text);
      } else if (isDefinitionsHeading(rest)) {
        article.title = rest.replace(/[:.]$/, '');
        cur.append = (text) => (article.text = article.text ? `${article.text}\n${text}` : text);
      } else if (nextIsText && (line.bold || wordsIn(rest) <= 6) && !/[.؛،:]$/.test(rest)) {
        article.title = rest.replace(/:$/, '');
        cur.append = (text) => (article.text = article.text ? `${article.text}\n${text}` : text);
      } else {
        article.text = rest;
        cur.append = (text) => (article.text = `${article.text}\n${text}`);
      }
      continue;
    }
    if (!cur.article) {
      endMatter.push(line);
      continue;
    }
    const article = cur.article;
    if (r.kind === 'clause') {
      // Letters after numbered items of the article are the last item's sub-clauses.
      if (!cur.clause && article.items && article.items.length > 0 && cur.item) {
        const item = toItem(cur.item.list, cur.item.index);
        const clause: Clause = { label: stripLabel(r.label), text: r.rest };
        (item.clauses ??= []).push(clause);
        cur.lastText = undefined;
        cur.quoteTarget = undefined;
        cur.append = (text) => (clause.text = `${clause.text}\n${text}`);
        continue;
      }
      if (cur.trailingNotes.length > 0 && cur.clause) {
        // Notes between two clauses belong to the one before.
        moveNotes(article, cur.trailingNotes, cur.clause);
      }
      cur.trailingNotes = [];
      const clause: Clause = { label: stripLabel(r.label), text: r.rest };
      (article.clauses ??= []).push(clause);
      cur.clause = clause;
      cur.item = undefined;
      cur.clauseIndent = line.indent;
      cur.lastText = undefined;
      cur.quoteTarget = undefined;
      cur.append = (text) => (clause.text = `${clause.text}\n${text}`);
      continue;
    }
    if (r.kind === 'item') {
      if (cur.trailingNotes.length > 0 && cur.clause) moveNotes(article, cur.trailingNotes, cur.clause);
      cur.trailingNotes = [];
      const list = cur.clause ? (cur.clause.items ??= []) : (article.items ??= []);
      list.push(r.rest);
      const index = list.length - 1;
      cur.item = { list, index };
      cur.lastText = () => {
        const v = list[index]!;
        return typeof v === 'string' ? v : v.text;
      };
      cur.quoteTarget = () => toItem(list, index);
      cur.append = (text) => {
        const v = list[index]!;
        if (typeof v === 'string') list[index] = `${v}\n${text}`;
        else v.text = `${v.text}\n${text}`;
      };
      continue;
    }
    if (r.kind === 'note') {
      const note: Note = { text: r.rest };
      cur.lastText = undefined;
      cur.quoteTarget = undefined;
      if (cur.clause && line.indent > cur.clauseIndent) {
        (cur.clause.notes ??= []).push(note);
      } else if (!cur.clause && cur.item && line.indent > 0 && article.items) {
        const item = toItem(cur.item.list, cur.item.index);
        (item.notes ??= []).push(note);
      } else {
        (article.notes ??= []).push(note);
        if (cur.clause) cur.trailingNotes.push(note);
      }
      cur.append = (text) => (note.text = `${note.text}\n${text}`);
      continue;
    }
    // A centred line right before a table is its caption.
    const next = items[i + 1];
    if (r.kind === 'text' && next?.type === 'table' && line.alignment === 'center') {
      caption = t;
      continue;
    }
    // Unlabelled text: the end matter, or the continuation of what came before.
    if (isClosing(t) || fieldLine(t)) {
      endMatter.push(...(items.slice(i).filter((x): x is Line => x.type !== 'table')));
      for (const x of items.slice(i)) {
        if (x.type === 'table') warn(x.index, { fa: `جدول پاراگراف ${fa(x.index)} پس از پایان ماده‌هاست و آورده نشد.`, en: `The table at paragraph ${x.index} comes after the articles and was not imported.` });
      }
      break;
    }
    if (cur.append) cur.append(t);
    else article.text = article.text ? `${article.text}\n${t}` : t;
  }

  // A circular with no articles: its body.
  if (!hasArticles) {
    const rest = items.slice(i);
    const paragraphs: Line[] = [...bodyLines];
    for (const x of rest) {
      if (x.type === 'table') warn(x.index, { fa: `جدول پاراگراف ${fa(x.index)} در متن بخشنامه است و آورده نشد (بخشنامه بی‌ماده جدول نمی‌پذیرد).`, en: `The table at paragraph ${x.index} is in a circular's body and was not imported (a body without articles holds no tables).` });
      else paragraphs.push(x);
    }
    bodyLines.length = 0;
    // The end matter starts at the first closing, enforcement or copies line, or the trailing signature.
    let end = paragraphs.findIndex((p) => isClosing(p.full) || fieldLine(p.full) !== undefined);
    if (end === -1) end = paragraphs.length;
    const body = paragraphs.slice(0, end);
    endMatter.push(...paragraphs.slice(end));
    // A short trailing pair of lines with no sentence end is a signature.
    takeTrailingSignature(body, endMatter);
    const numbered = body.filter((p) => p.r.kind === 'item').length;
    out.numberedBody = numbered > 0 && body[0]?.r.kind === 'item';
    for (const p of body) {
      if (out.numberedBody && p.r.kind === 'item') out.body.push({ text: p.r.rest });
      else if (p.r.kind === 'note' && out.body.length > 0) {
        const last = out.body[out.body.length - 1]!;
        const obj = typeof last === 'string' ? { text: last } : last;
        (obj.notes ??= []).push({ text: p.r.rest });
        out.body[out.body.length - 1] = obj;
      } else out.body.push(p.full.trim());
    }
    if (!out.numberedBody) delete out.numberedBody;
  } else if (bodyLines.length > 0) {
    out.preamble = bodyLines.map((l) => l.full.trim()).join('\n');
  }

  // 4. The end matter: enforcement lines, closing, copies, signature.
  let afterClosing = false;
  const tail: Line[] = [];
  let inCopies = false;
  let inAttachments = false;
  for (const line of endMatter) {
    const t = line.full.trim();
    const field = fieldLine(t);
    if (field?.field === 'responsible') {
      out.enforcement.responsible.push(...field.rest.split(/[؛]\s*/).map((s) => s.trim()).filter(Boolean));
      continue;
    }
    if (field?.field === 'supervisor') {
      out.enforcement.supervisor = field.rest;
      continue;
    }
    if (field?.field === 'effectiveDate') {
      out.enforcement.effectiveDate = draftDate(field.rest);
      continue;
    }
    if (field?.field === 'copies') {
      inCopies = true;
      if (field.rest) out.copies.push(copyOf(field.rest));
      continue;
    }
    if (field?.field === 'attachments-list') {
      warn(line.index, { fa: `فهرست پیوست‌ها (پاراگراف ${fa(line.index)}) آورده نشد؛ پیوست‌ها را با مسیر فایل زیر attachments بنویسید.`, en: `The list of attachments (paragraph ${line.index}) was not imported; list attachments with their file paths under attachments.` }, 'attachments-list');
      inCopies = false;
      inAttachments = true;
      continue;
    }
    if (inAttachments && (line.r.kind === 'item' || /^[0-9۰-۹٠-٩]+[.)-]/.test(t))) continue;
    inAttachments = false;
    if (inCopies) {
      out.copies.push(copyOf(line.r.kind === 'item' ? line.r.rest : t));
      continue;
    }
    if (!out.closing && isClosing(t)) {
      out.closing = t;
      afterClosing = true;
      continue;
    }
    tail.push(line);
  }
  if (tail.length > 0) {
    const signature = tail.filter((l) => wordsIn(l.full) <= 12 && !endsSentence(l.full));
    if ((afterClosing || signature.length === tail.length) && signature.length >= 1 && signature.length <= 3 && signature.length === tail.length) {
      const [name, ...position] = tail.map((l) => l.full.trim());
      out.signatory = { name: name!, position: position.join(' ') };
    } else {
      for (const l of tail) {
        warn(l.index, { fa: `پاراگراف ${fa(l.index)} پس از پایان متن جایی در پیش‌نویس نیافت: «${l.full.trim()}».`, en: `Paragraph ${l.index}, after the end of the text, found no place in the draft: "${l.full.trim()}".` });
      }
    }
  }

  // 5. «(الحاقی به موجب … مورخ …)» at the end of a provision is its `added`.
  const all = out.chapters ? out.chapters.flatMap((c) => [...(c.articles ?? []), ...(c.sections ?? []).flatMap((x) => x.articles)]) : out.articles;
  const markClause = (c: Clause): void => {
    takeAdded(c);
    c.notes?.forEach(takeAdded);
    c.items?.forEach((it, k) => markItem(c.items!, k));
  };
  const markItem = (list: Array<string | Item>, k: number): void => {
    const it = list[k]!;
    const text = typeof it === 'string' ? it : it.text;
    if (typeof it === 'string' && !ADDED.test(text)) return;
    const item = toItem(list, k);
    takeAdded(item);
    item.notes?.forEach(takeAdded);
    item.clauses?.forEach(markClause);
  };
  for (const a of all) {
    takeAdded(a);
    a.notes?.forEach(takeAdded);
    a.clauses?.forEach(markClause);
    a.items?.forEach((_, k) => markItem(a.items!, k));
  }

  // 6. A first article that defines terms becomes `definitions` (in the first chapter, too).
  const firstList = out.chapters ? (out.chapters[0]?.articles && out.chapters[0].articles.length > 0 ? out.chapters[0].articles : out.chapters[0]?.sections?.[0]?.articles) : out.articles;
  const first = firstList?.[0];
  if (first && (isDefinitionsHeading(first.title ?? '') || isDefinitionsHeading(first.text) || /اصطلاحات.*(معانی|معنی)/.test(first.text)) && first.clauses && first.clauses.length > 0 && !first.items && !first.notes && !first.tables) {
    const defs = first.clauses.map((c) => (c.items || c.notes ? undefined : splitDefinition(c.text)));
    if (defs.every((d) => d !== undefined)) {
      out.definitions = defs as Array<{ term: string; definition: string }>;
      const intro = isDefinitionsHeading(first.text) ? '' : first.text;
      if (intro && !/^در این (دستورالعمل|بخشنامه)، اصطلاحات زیر در معانی مشروح مربوط به کار می‌روند:$/.test(intro)) out.definitionsIntro = intro;
      firstList!.shift();
    }
  }
  if (out.singleArticle && countArticles(out) !== 1) delete out.singleArticle;
  return out;

  function takeTrailingSignature(body: Line[], end: Line[]): void {
    const trailing: Line[] = [];
    while (body.length > 0 && trailing.length < 3) {
      const last = body[body.length - 1]!;
      if (last.r.kind !== 'text' || wordsIn(last.full) > 12 || endsSentence(last.full) || last.alignment === 'both') break;
      trailing.unshift(body.pop()!);
    }
    if (trailing.length === 1 && body.length > 0 && end.length === 0) {
      // One short line alone is as likely the last sentence of the body as a name: keep it in the body.
      body.push(trailing.pop()!);
    }
    end.unshift(...trailing);
  }
}

/**
 * «ماده ۳ –» starts an article; «ماده ۵۵ قانون شهرداری به شرح زیر اصلاح می‌شود:» at the start of a
 * paragraph cites another law's article. Without a separator after the number, only the next number
 * in sequence starts an article.
 */
function articleStarts(r: Recognised, lastNumber: number): boolean {
  if (r.kind !== 'article') return true;
  return r.separated || r.number === lastNumber + 1;
}

const ADDED = /\s*\(الحاقی به موجب (.+?)(?: مورخ ([0-9۰-۹٠-٩/]+))?\)[.؛]?$/;

/** Moves a trailing «(الحاقی به موجب … مورخ …)» from the text to `added`. */
function takeAdded(x: { text: string; added?: Added }): void {
  const m = ADDED.exec(x.text);
  if (!m) return;
  x.text = x.text.slice(0, m.index);
  x.added = { by: m[1]!.trim(), ...(m[2] ? { date: m[2] } : {}) };
}

/**
 * Whose wording a quote gives, from the sentence that introduces it: «ماده ۹ شیوه‌نامه … مصوب ۱۴۰۱ …
 * به شرح زیر اصلاح می‌شود:» → «ماده ۹ شیوه‌نامه …». A sentence that names no article, clause or
 * note leaves the place to fill in.
 */
function quoteOf(text: string): string {
  const sentence = text.trim().split('\n').pop()!.trim();
  const m = /^((?:ماده|تبصره|بند)\s.+?)\s+(?:به شرح (?:زیر|ذیل)|بدین شرح)/.exec(sentence);
  return m ? m[1]!.trim() : '…';
}

function stripLabel(label: string): string {
  return label.trim();
}

function copyOf(text: string): { to: string; purpose: string } {
  const m = /^(.*?)[،,]\s*((?:جهت|برای|به منظور)\s.*)$/.exec(text);
  return m ? { to: m[1]!.trim(), purpose: m[2]!.trim() } : { to: text, purpose: '' };
}

function toItem(list: Array<string | Item>, index: number): Item {
  const v = list[index]!;
  if (typeof v !== 'string') return v;
  const item: Item = { text: v };
  list[index] = item;
  return item;
}

function moveNotes(article: Article, notes: Note[], clause: Clause): void {
  article.notes = (article.notes ?? []).filter((n) => !notes.includes(n));
  if (article.notes.length === 0) delete article.notes;
  (clause.notes ??= []).push(...notes);
}

function countArticles(s: ImportedStructure): number {
  if (s.chapters) return s.chapters.reduce((n, c) => n + (c.articles?.length ?? 0) + (c.sections ?? []).reduce((m, x) => m + x.articles.length, 0), 0);
  return s.articles.length + (s.definitions ? 1 : 0);
}
