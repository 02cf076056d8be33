/**
 * The little XML reading the importer does itself (numbering.xml, styles.xml, and a walk over the body
 * for list numbering and for what mammoth passes over silently), with @xmldom/xmldom, the DOM parser
 * mammoth itself uses. Elements are matched by namespace and local name, not by prefix: Word writes
 * `w:`, but a file may bind any prefix, and "strict" Open XML uses other namespace names.
 */

import { DOMParser } from '@xmldom/xmldom';
import { WordImportError } from './errors.js';

export const NS = {
  w: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  mc: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
  wps: ['http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
  pic: ['http://schemas.openxmlformats.org/drawingml/2006/picture', 'http://purl.oclc.org/ooxml/drawingml/picture'],
  v: ['urn:schemas-microsoft-com:vml'],
} as const;

export type Ns = keyof typeof NS;

// xmldom's types are its own; the importer needs only this much of an element.
export interface XElement {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  childNodes: ArrayLike<XElement>;
  getAttributeNS(ns: string, name: string): string | null;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export function parseXml(text: string, part: string): XElement {
  const errors: string[] = [];
  const doc = new DOMParser({
    locator: {},
    errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(text, 'text/xml') as unknown as { documentElement: XElement | null };
  if (!doc.documentElement || errors.length > 0) {
    throw new WordImportError('unreadable', {
      fa: `بخش ${part} سند، XML درستی نیست${errors[0] ? `: ${errors[0]}` : ''}.`,
      en: `The document's ${part} is not well-formed XML${errors[0] ? `: ${errors[0]}` : ''}.`,
    });
  }
  return doc.documentElement;
}

export function is(node: XElement, ns: Ns, name: string): boolean {
  return node.nodeType === 1 && node.localName === name && (NS[ns] as readonly string[]).includes(node.namespaceURI ?? '');
}

export function children(node: XElement): XElement[] {
  const out: XElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i]!;
    if (c.nodeType === 1) out.push(c);
  }
  return out;
}

export function child(node: XElement | undefined, ns: Ns, name: string): XElement | undefined {
  if (!node) return undefined;
  return children(node).find((c) => is(c, ns, name));
}

/** A `w:` attribute (`w:val`, `w:numId` …), under whichever namespace the element's own `w` is. */
export function wAttr(node: XElement | undefined, name: string): string | undefined {
  if (!node) return undefined;
  for (const ns of NS.w) {
    const v = node.getAttributeNS(ns, name);
    if (v !== null && v !== '') return v;
  }
  return undefined;
}

/** Every descendant element matching, in document order. */
export function descendants(node: XElement, ns: Ns, name: string): XElement[] {
  const out: XElement[] = [];
  const walk = (n: XElement): void => {
    for (const c of children(n)) {
      if (is(c, ns, name)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
