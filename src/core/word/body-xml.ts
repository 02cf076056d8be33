/**
 * A walk over word/document.xml that sees each paragraph in the order mammoth emits them, to learn what
 * mammoth's model does not carry: the paragraph's list (w:numPr's list id, needed to count labels), and
 * what the importer cannot place and must report rather than drop quietly: images, text boxes,
 * footnotes, comments, tracked insertions and deletions.
 *
 * The order mirrors mammoth's body reader: a paragraph whose mark is deleted joins the next one; of an
 * mc:AlternateContent only the fallback is read; a VML text box's paragraphs follow the paragraph that
 * holds it; a DrawingML text box is not read by mammoth at all (so its text is reported, not imported).
 */

import { child, children, descendants, is, parseXml, wAttr, type XElement } from './xml.js';

export type Hazard = 'image' | 'text-box' | 'footnote' | 'comment' | 'tracked-insertion' | 'tracked-deletion' | 'object';

export interface ParagraphInfo {
  numId?: string;
  ilvl?: number;
  styleId?: string;
  /** The text of the paragraph's w:t elements, to check that this walk and mammoth agree. */
  text: string;
  hazards: Set<Hazard>;
  /** Text that will not reach the draft (a DrawingML text box's, deleted text), for the warning. */
  lostText: string[];
  inTextBox: boolean;
  inTable: boolean;
}

export function walkBody(documentXml: string): ParagraphInfo[] {
  const root = parseXml(documentXml, 'word/document.xml');
  const body = child(root, 'w', 'body');
  const out: ParagraphInfo[] = [];
  if (!body) return out;
  let carried: ParagraphInfo | undefined;

  const blockLevel = (node: XElement, where: { inTextBox: boolean; inTable: boolean }): void => {
    for (const el of children(node)) {
      if (is(el, 'w', 'p')) paragraph(el, where);
      else if (is(el, 'w', 'tbl')) {
        for (const tr of children(el).filter((c) => is(c, 'w', 'tr'))) {
          if (child(child(tr, 'w', 'trPr'), 'w', 'del')) continue; // mammoth drops deleted rows
          for (const tc of children(tr).filter((c) => is(c, 'w', 'tc'))) blockLevel(tc, { ...where, inTable: true });
        }
      } else if (is(el, 'w', 'sdt')) {
        const content = child(el, 'w', 'sdtContent');
        if (content) blockLevel(content, where);
      } else if (is(el, 'mc', 'AlternateContent')) {
        const fallback = child(el, 'mc', 'Fallback');
        if (fallback) blockLevel(fallback, where);
      } else if (is(el, 'w', 'customXml') || is(el, 'w', 'ins') || is(el, 'w', 'moveTo')) {
        blockLevel(el, where);
      }
    }
  };

  const paragraph = (p: XElement, where: { inTextBox: boolean; inTable: boolean }): void => {
    const pPr = child(p, 'w', 'pPr');
    const info: ParagraphInfo = carried ?? { text: '', hazards: new Set(), lostText: [], inTextBox: where.inTextBox, inTable: where.inTable };
    carried = undefined;
    const numPr = child(pPr, 'w', 'numPr');
    const numId = wAttr(child(numPr, 'w', 'numId'), 'val');
    const ilvl = wAttr(child(numPr, 'w', 'ilvl'), 'val');
    if (numId !== undefined) info.numId = numId;
    if (ilvl !== undefined) info.ilvl = Number(ilvl);
    const styleId = wAttr(child(pPr, 'w', 'pStyle'), 'val');
    if (styleId !== undefined) info.styleId = styleId;
    const extras: Array<() => void> = [];
    inline(p, info, extras);
    if (child(child(pPr, 'w', 'rPr'), 'w', 'del')) {
      // A deleted paragraph mark: mammoth joins this paragraph's content to the next paragraph.
      info.hazards.add('tracked-deletion');
      carried = info;
      return;
    }
    out.push(info);
    for (const extra of extras) extra();
  };

  const inline = (node: XElement, info: ParagraphInfo, extras: Array<() => void>): void => {
    for (const el of children(node)) {
      if (is(el, 'w', 't')) info.text += el.textContent ?? '';
      else if (is(el, 'w', 'pPr')) continue;
      else if (is(el, 'w', 'del') || is(el, 'w', 'moveFrom')) {
        info.hazards.add('tracked-deletion');
        const lost = descendants(el, 'w', 'delText').map((t) => t.textContent ?? '').join('');
        if (lost.trim()) info.lostText.push(lost.trim());
      } else if (is(el, 'w', 'ins') || is(el, 'w', 'moveTo')) {
        info.hazards.add('tracked-insertion');
        inline(el, info, extras);
      } else if (is(el, 'w', 'footnoteReference') || is(el, 'w', 'endnoteReference')) info.hazards.add('footnote');
      else if (is(el, 'w', 'commentReference') || is(el, 'w', 'commentRangeStart')) info.hazards.add('comment');
      else if (is(el, 'w', 'object')) info.hazards.add('object');
      else if (is(el, 'mc', 'AlternateContent')) {
        // mammoth reads the fallback; a text box only in the choice is lost to it.
        const choice = child(el, 'mc', 'Choice');
        const fallback = child(el, 'mc', 'Fallback');
        if (choice && descendants(choice, 'w', 'txbxContent').length > 0 && !(fallback && descendants(fallback, 'w', 'txbxContent').length > 0)) {
          info.hazards.add('text-box');
          info.lostText.push(descendants(choice, 'w', 't').map((t) => t.textContent ?? '').join(''));
        }
        if (fallback) inline(fallback, info, extras);
      } else if (is(el, 'w', 'drawing')) {
        if (descendants(el, 'pic', 'pic').length > 0) info.hazards.add('image');
        const boxes = descendants(el, 'w', 'txbxContent');
        if (boxes.length > 0) {
          info.hazards.add('text-box');
          info.lostText.push(boxes.map((b) => descendants(b, 'w', 't').map((t) => t.textContent ?? '').join('')).join(' '));
        }
      } else if (is(el, 'w', 'pict')) {
        if (descendants(el, 'v', 'imagedata').length > 0) info.hazards.add('image');
        const boxes = descendants(el, 'w', 'txbxContent');
        if (boxes.length > 0) info.hazards.add('text-box');
        // mammoth puts a VML text box's paragraphs after this one.
        for (const box of boxes) extras.push(() => blockLevel(box, { inTextBox: true, inTable: info.inTable }));
      } else inline(el, info, extras);
    }
  };

  blockLevel(body, { inTextBox: false, inTable: false });
  return out;
}
