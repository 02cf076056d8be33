/**
 * A .docx read into what the recogniser works on: the document's paragraphs in order, each with its
 * text exactly as written (a list label Word draws put in front of it, as if typed), its paragraph
 * number for messages, its indent and alignment, and what in it could not be imported; tables as rows
 * of cell texts. mammoth reads paragraphs, runs and tables; numbering.ts and body-xml.ts add what
 * mammoth's model leaves out (list labels, hazards), matched to mammoth's paragraphs one to one.
 */

import type { Bilingual } from '../engine/types.js';
import { toPersianDigits } from '../../persian/digits.js';
import { walkBody, type Hazard, type ParagraphInfo } from './body-xml.js';
import { readDocxParts } from './docx-file.js';
import { ListCounter, paragraphList, readNumberingDefs, type ListLabel } from './numbering.js';

export interface WordParagraph {
  type: 'paragraph';
  /** 1-based number of the paragraph in the document (counting table cells' paragraphs), for messages. */
  index: number;
  /** The text as written, tabs as spaces; a line break (Shift+Enter) splits a paragraph into two. */
  text: string;
  /** The label Word's list numbering shows before the text, when it does. */
  list?: ListLabel;
  styleName?: string;
  alignment?: string;
  /** Start indent in twentieths of a point, as Word stores it. */
  indent: number;
  bold: boolean;
}

export interface WordTable {
  type: 'table';
  index: number;
  rows: string[][];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordWarning {
  /** The paragraph it was in (1-based), when there is one. */
  paragraph?: number;
  code: Hazard | 'numbering' | 'merged-cells' | 'mammoth' | 'unplaced' | 'attachments-list';
  message: Bilingual;
}

export interface WordDocument {
  blocks: WordBlock[];
  warnings: WordWarning[];
}

// mammoth's document model, as far as the importer reads it.
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  alignment?: string | null;
  indent?: { start?: string | null };
  numbering?: unknown;
  isBold?: boolean;
  colSpan?: number;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  commentId?: string;
  body?: MNode[];
  notes?: { resolve(reference: MNode): MNode | null };
  comments?: MNode[];
}

const HAZARD_TEXT: Record<Hazard, Bilingual> = {
  image: { fa: 'تصویری دارد که به پیش‌نویس آورده نشد', en: 'holds an image, which was not imported' },
  'text-box': { fa: 'کادر متنی دارد', en: 'holds a text box' }, // refined where it is reported
  footnote: { fa: 'پانویس دارد که متن آن آورده نشد', en: 'holds a footnote, whose text was not imported' },
  comment: { fa: 'یادداشت (کامنت) دارد که آورده نشد', en: 'holds a comment, which was not imported' },
  'tracked-insertion': { fa: 'تغییر ردیابی‌شده (افزوده) دارد؛ افزوده‌ها پذیرفته شدند', en: 'has tracked insertions; they were taken as accepted' },
  'tracked-deletion': { fa: 'تغییر ردیابی‌شده (حذف) دارد؛ متن حذف‌شده آورده نشد', en: 'has tracked deletions; the deleted text was left out' },
  object: { fa: 'شیء جاسازی‌شده دارد که آورده نشد', en: 'holds an embedded object, which was not imported' },
};

function flatten(nodes: MNode[] | undefined, out: MNode[]): void {
  for (const n of nodes ?? []) {
    if (n.type === 'paragraph') out.push(n);
    else if (n.type === 'table' || n.type === 'tableRow' || n.type === 'tableCell') flatten(n.children, out);
  }
}

/** The paragraph's runs as text; a line break as \n (the caller splits on it). */
function textOf(node: MNode, bold: { chars: number; boldChars: number }): string {
  let s = '';
  for (const c of node.children ?? []) {
    if (c.type === 'text') {
      s += c.value ?? '';
    } else if (c.type === 'tab') s += ' ';
    // A line break (Shift+Enter), and a page or column break inside a paragraph, end a line.
    else if (c.type === 'break') s += '\n';
    else if (c.type === 'run') {
      const t = textOf(c, bold);
      const visible = t.replace(/\s/g, '').length;
      bold.chars += visible;
      if (c.isBold) bold.boldChars += visible;
      s += t;
    } else if (c.type === 'hyperlink') s += textOf(c, bold);
    else if (c.children) s += textOf(c, bold);
  }
  return s;
}

/** The footnote or comment references inside a paragraph. */
function references(node: MNode, type: string): MNode[] {
  const out: MNode[] = [];
  for (const c of node.children ?? []) {
    if (c.type === type) out.push(c);
    else if (c.children) out.push(...references(c, type));
  }
  return out;
}

const lettersOnly = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

export async function readWordDocument(buffer: Buffer): Promise<WordDocument> {
  const parts = await readDocxParts(buffer);
  const warnings: WordWarning[] = [];
  const infos = walkBody(parts.document);
  const defs = readNumberingDefs(parts.numbering, parts.styles);

  const { default: mammoth } = await import('mammoth');
  let doc: MNode | undefined;
  const result = await mammoth.convertToHtml({ buffer }, {
    transformDocument: (d: MNode) => {
      doc = d;
      return d;
    },
    // Images are reported, not converted: skip reading their bytes.
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  });
  if (!doc) throw new Error('mammoth returned no document');

  const paragraphs: MNode[] = [];
  flatten(doc.children, paragraphs);
  // The walk and mammoth must see the same paragraphs; if not, the list labels cannot be placed.
  const aligned = paragraphs.length === infos.length && paragraphs.every((p, i) => lettersOnly(textOf(p, { chars: 0, boldChars: 0 })).includes(lettersOnly(infos[i]!.text)));
  if (!aligned) {
    warnings.push({ code: 'numbering', message: { fa: 'شماره‌گذاری خودکار Word در این سند خوانده نشد؛ برچسب‌هایی که Word خودش می‌نویسد (نه تایپ‌شده‌ها) در پیش‌نویس نیستند.', en: "Word's automatic list numbering in this document could not be read; labels Word draws itself (not typed ones) are missing from the draft." } });
  }
  const counter = new ListCounter(defs);
  const infoOf = new Map<MNode, ParagraphInfo>();
  if (aligned) paragraphs.forEach((p, i) => infoOf.set(p, infos[i]!));
  const numberOf = new Map<MNode, number>();
  paragraphs.forEach((p, i) => numberOf.set(p, i + 1));

  const blocks: WordBlock[] = [];
  const paragraphBlocks = (p: MNode): WordParagraph[] => {
    const index = numberOf.get(p) ?? 0;
    const info = infoOf.get(p);
    let list: ListLabel | undefined;
    if (info) {
      const where = paragraphList(defs, { numId: info.numId, ilvl: info.ilvl }, info.styleId);
      if (where) list = counter.next(where.numId, where.ilvl);
      for (const h of info.hazards) {
        const lost = info.lostText.filter((t) => t.trim() !== '').join(' … ');
        let text = HAZARD_TEXT[h];
        if (h === 'text-box') {
          // A VML text box's paragraphs reach the draft after this one; a DrawingML-only box's do not.
          text = lost
            ? { fa: 'کادر متنی دارد که متن آن آورده نشد', en: 'holds a text box whose text was not imported' }
            : { fa: 'کادر متنی دارد؛ متن آن پس از همین پاراگراف آمد', en: 'holds a text box; its text was put after the paragraph' };
        }
        if (h === 'footnote' || h === 'comment') {
          // The footnote's or comment's own words, so that nothing is dropped without being shown.
          const refs = references(p, h === 'footnote' ? 'noteReference' : 'commentReference');
          const bodies = refs.map((r) => (h === 'footnote' ? doc!.notes?.resolve(r) : (doc!.comments ?? []).find((c) => c.commentId === r.commentId)));
          const words = bodies.map((b) => (b?.body ?? []).map((x) => textOf(x, { chars: 0, boldChars: 0 })).join(' ').trim()).filter(Boolean).join(' … ');
          if (words) {
            warnings.push({ paragraph: index, code: h, message: { fa: `پاراگراف ${toPersianDigits(index)} سند ${text.fa}: «${words}».`, en: `Paragraph ${index} ${text.en}: "${words}".` } });
            continue;
          }
        }
        const quoted = lost && (h === 'text-box' || h === 'tracked-deletion');
        warnings.push({
          paragraph: index,
          code: h,
          message: {
            fa: `پاراگراف ${toPersianDigits(index)} سند ${text.fa}${quoted ? `: «${lost}»` : ''}.`,
            en: `Paragraph ${index} ${text.en}${quoted ? `: "${lost}"` : ''}.`,
          },
        });
      }
    }
    const bold = { chars: 0, boldChars: 0 };
    const lines = textOf(p, bold).split('\n');
    const indent = Number(p.indent?.start ?? '0');
    return lines.map((line, k) => ({
      type: 'paragraph' as const,
      index,
      text: line,
      ...(k === 0 && list && list.text !== '' ? { list } : {}),
      ...(p.styleName ? { styleName: p.styleName } : {}),
      ...(p.alignment ? { alignment: p.alignment } : {}),
      indent: Number.isFinite(indent) ? indent : 0,
      bold: bold.chars > 0 && bold.boldChars === bold.chars,
    }));
  };

  const cellText = (cell: MNode): string =>
    (cell.children ?? []).flatMap((c) => (c.type === 'paragraph' ? paragraphBlocks(c).map((b) => (b.list ? `${b.list.text} ${b.text}` : b.text)) : [])).join('\n').trim();

  for (const node of doc.children ?? []) {
    if (node.type === 'paragraph') blocks.push(...paragraphBlocks(node));
    else if (node.type === 'table') {
      const first: MNode[] = [];
      flatten([node], first);
      const index = first[0] ? numberOf.get(first[0]) ?? 0 : 0;
      const rows: string[][] = [];
      let merged = false;
      for (const row of node.children ?? []) {
        if (row.type !== 'tableRow') continue;
        const cells: string[] = [];
        for (const cell of row.children ?? []) {
          if (cell.type !== 'tableCell') continue;
          const text = cellText(cell);
          cells.push(text);
          for (let k = 1; k < (cell.colSpan ?? 1); k++) {
            cells.push(text);
            merged = true;
          }
        }
        rows.push(cells);
      }
      if (merged) {
        warnings.push({ paragraph: index, code: 'merged-cells', message: { fa: `جدول پاراگراف ${toPersianDigits(index)} خانه‌های ادغام‌شده دارد؛ متن هر خانه ادغام‌شده در همه ستون‌هایش تکرار شد.`, en: `The table at paragraph ${index} has merged cells; each merged cell's text was repeated in every column it spans.` } });
      }
      blocks.push({ type: 'table', index, rows });
    }
  }
  for (const m of result.messages) {
    // mammoth's own notes are about formatting it does not map to HTML, which the draft does not need;
    // only the ones about content are passed on.
    if (/unrecognised element was ignored: (w:|v:)/.test(m.message) && !/w:(proofErr|lastRenderedPageBreak|permStart|permEnd)/.test(m.message)) {
      warnings.push({ code: 'mammoth', message: { fa: `mammoth: ${m.message}`, en: `mammoth: ${m.message}` } });
    }
  }
  return { blocks, warnings };
}
